/// The checks the web page shows (what was read from the files, not the files), kept in memory
/// only, never on disk, so that its download buttons work from a plain HTML page: each under a
/// random 128-bit id, deleted when its lifetime ends, when the clerk presses "delete now", or
/// when newer checks need the room.
public actor ResultStore {
    let lifetime: Duration
    let capacity: Int
    private var entries: [String: Check] = [:]
    private var order: [String] = []

    public init(lifetime: Duration, capacity: Int) {
        self.lifetime = lifetime
        self.capacity = max(1, capacity)
    }

    public func put(_ entry: Check) -> String {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        entries[id] = entry
        order.append(id)
        while order.count > capacity { entries[order.removeFirst()] = nil }
        let lifetime = self.lifetime
        Task { [weak self] in
            try? await Task.sleep(for: lifetime)
            await self?.remove(id)
        }
        return id
    }

    public func get(_ id: String) -> Check? { entries[id] }

    public func remove(_ id: String) {
        guard entries.removeValue(forKey: id) != nil else { return }
        order.removeAll { $0 == id }
    }

    public var count: Int { entries.count }
}
