extension String {
    /// The first `count` Characters: what `prefix(count)` gives, found without judging each
    /// Character's bounds where that cannot change the answer. A text of at most `count` bytes
    /// is whole; in ASCII without a carriage return (which joins a following line feed into
    /// one Character) each byte is a Character, as long as the byte after the cut is ASCII
    /// too (a combining mark would join the last one). Feeds and pages cut thousands of
    /// event descriptions, and `prefix` judged every Character of each.
    public func leadingCharacters(_ count: Int) -> Substring {
        let bytes = utf8
        if bytes.count <= count { return self[...] }
        let plain = bytes.withContiguousStorageIfAvailable { buffer in
            !buffer[..<(count + 1)].contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
        } ?? false
        if plain { return self[..<bytes.index(bytes.startIndex, offsetBy: count)] }
        return prefix(count)
    }
}
