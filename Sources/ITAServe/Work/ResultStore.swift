/// The checks the web page shows (what was read from the files, not the files), kept in memory
/// only, never on disk, so that its download buttons work from a plain HTML page: each under a
/// random 128-bit id, deleted when its lifetime ends, when the clerk presses "delete now", or
/// when newer checks need the room.
actor ResultStore {
    let lifetime: Duration
    let capacity: Int
    /// The most upload bytes whose checks are kept at once (what was read from them is a few
    /// times larger); the newest check is always kept.
    let byteBudget: Int
    /// Each with the timer that removes it when its lifetime ends (cancelled when it goes earlier).
    private var entries: [String: (check: Check, bytes: Int, expiry: OneShotTimer)] = [:]
    private var order: [String] = []
    private var keptBytes = 0

    init(lifetime: Duration, capacity: Int, byteBudget: Int) {
        self.lifetime = lifetime
        self.capacity = max(1, capacity)
        self.byteBudget = byteBudget
    }

    /// Keeps `entry`, read from `bytes` bytes of uploads, and returns its new id.
    func put(_ entry: Check, bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        let expiry = OneShotTimer(deadline: .now + lifetime) { [weak self] in
            Task { await self?.remove(id) }
        }
        entries[id] = (entry, bytes, expiry)
        order.append(id)
        keptBytes += bytes
        while order.count > capacity || (keptBytes > byteBudget && order.count > 1) { remove(order[0]) }
        return id
    }

    func get(_ id: String) -> Check? { entries[id]?.check }

    func remove(_ id: String) {
        guard let removed = entries.removeValue(forKey: id) else { return }
        removed.expiry.cancel()
        keptBytes -= removed.bytes
        order.removeAll { $0 == id }
    }

    var count: Int { entries.count }
}
