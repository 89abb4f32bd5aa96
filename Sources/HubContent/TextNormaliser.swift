import HubModel

/// Turns raw file bytes into text the loaders can trust: valid UTF-8, no BOM, no NUL, LF endings.
public enum TextNormaliser {
    public enum Failure: Error, Equatable {
        /// Bytes that are not UTF-8; line and column of the first bad byte.
        case notUTF8(line: Int, column: Int)
        /// A NUL byte: the file is binary (an image renamed `.md`, say).
        case binary(line: Int, column: Int)
    }

    public static func normalise(_ bytes: [UInt8]) -> Result<String, Failure> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let content = bytes[start...]
        // One pass over the buffer for both a NUL and a carriage return.
        let (nul, hasCR) = content.withUnsafeBufferPointer { buffer -> (Int?, Bool) in
            var hasCR = false
            for (offset, byte) in buffer.enumerated() {
                if byte == 0 { return (start + offset, hasCR) }
                if byte == 13 { hasCR = true }
            }
            return (nil, hasCR)
        }
        if let nul {
            let (line, column) = position(of: nul, in: bytes, from: start)
            return .failure(.binary(line: line, column: column))
        }
        guard let text = String(validating: content, as: UTF8.self) else {
            let bad = firstInvalidUTF8(content) ?? start
            let (line, column) = position(of: bad, in: bytes, from: start)
            return .failure(.notUTF8(line: line, column: column))
        }
        if !hasCR { return .success(text) }
        // CRLF and lone CR both become LF.
        var out = [UInt8]()
        out.reserveCapacity(content.count)
        var previousCR = false
        for byte in content {
            if byte == 13 {
                out.append(10)
                previousCR = true
                continue
            }
            if byte == 10, previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(byte)
        }
        return .success(String(decoding: out, as: UTF8.self))
    }

    /// The line and column (as every position counts them: `TextLines`, `ColumnCounter`) of
    /// the byte at `index`, in what comes after the byte order mark.
    private static func position(of index: Int, in bytes: [UInt8], from start: Int) -> (Int, Int) {
        let before = TextLines(String(decoding: bytes[start..<index], as: UTF8.self))
        return (before.count, (before[before.count]?.count ?? 0) + 1)
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.endIndex { return i }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return nil
    }
}
