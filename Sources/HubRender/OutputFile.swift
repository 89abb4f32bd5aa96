import Foundation

/// One file of the built site: a path relative to the output folder and its bytes, held as
/// bytes, as a text, or made piece by piece as they are written. A large feed
/// (`calendar.ics` of a large network is 20 MB) is written one event at a time and never held
/// whole, and a page's text is written as it is, without a copy into `Data`.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    private var content: Content

    enum Content: Sendable {
        case text(String)
        case bytes(Data)
        /// Hands its pieces to a sink, in order, until the sink refuses one.
        case stream(@Sendable (_ sink: (String) -> Bool) -> Bool)
    }

    public init(path: String, data: Data) {
        self.path = path
        self.content = .bytes(data)
    }

    public init(path: String, text: String) {
        self.path = path
        self.content = .text(text)
    }

    /// A file whose pieces are made as it is written (`produce` hands each to the sink).
    public init(path: String, producing produce: @escaping @Sendable (_ sink: (String) -> Bool) -> Bool) {
        self.path = path
        self.content = .stream(produce)
    }

    /// The file's bytes, joined.
    public var data: Data {
        if case .bytes(let data) = content { return data }
        var data = Data()
        _ = withEachPiece { piece in
            data.append(contentsOf: piece)
            return true
        }
        return data
    }

    /// Hands the bytes to `write` piece by piece, stopping at the first piece it refuses.
    public func withEachPiece(_ write: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        switch content {
        case .text(var text):
            return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        case .bytes(let bytes):
            return bytes.withUnsafeBytes(write)
        case .stream(let produce):
            return produce { piece in
                var piece = piece
                return piece.withUTF8 { write(UnsafeRawBufferPointer($0)) }
            }
        }
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.data == b.data
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(data)
    }
}
