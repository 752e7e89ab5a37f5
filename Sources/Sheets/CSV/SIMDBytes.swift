extension SIMDMask where Storage == SIMD16<Int8> {
    /// True when any lane is set. The standard library's `any(_:)` reduces the lanes with a
    /// generic `min()` that is not inlined (a quarter of a CSV conversion's time); two 64-bit
    /// halves OR-ed together compile to a couple of instructions.
    @inline(__always)
    var anyLane: Bool {
        let halves = unsafeBitCast(self, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }
}
