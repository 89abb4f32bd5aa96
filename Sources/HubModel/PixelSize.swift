import Foundation

/// An image's width and height in pixels, read from the header of a PNG, JPEG or WebP file:
/// what a share preview (`og:image:width`, `og:image:height`) says without the image being
/// decoded. SVG has no pixel size, and sharing sites do not show it, so it has none here.
public struct PixelSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    /// The smallest picture sharing sites show as a preview (Facebook's minimum), in pixels
    /// each way: a smaller one is not shared.
    public static let smallestShared = 200

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size the header of `data` gives, or nil when it is not a PNG, JPEG or WebP image
    /// (or is cut short before its size).
    public init?(imageData data: Data) {
        let bytes = [UInt8](data)
        guard let size = Self.png(bytes) ?? Self.jpeg(bytes) ?? Self.webp(bytes), size.width > 0, size.height > 0 else { return nil }
        self = size
    }

    /// The MIME type of a raster image by its name's extension, or nil for any other file.
    public static func mimeType(ofPath path: String) -> String? {
        switch path.split(separator: ".").last?.lowercased() {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        default: return nil
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        (at..<at + count).reduce(0) { $0 << 8 | Int(bytes[$1]) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        (at..<at + count).reversed().reduce(0) { $0 << 8 | Int(bytes[$1]) }
    }

    /// PNG: the IHDR chunk, always first, holds width and height.
    private static func png(_ bytes: [UInt8]) -> PixelSize? {
        guard bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return PixelSize(width: bigEndian(bytes, 16, 4), height: bigEndian(bytes, 20, 4))
    }

    /// JPEG: walk the segments to the first start-of-frame marker (SOF0–SOF15, but not DHT,
    /// JPG or DAC, which share the range).
    private static func jpeg(_ bytes: [UInt8]) -> PixelSize? {
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        var at = 2
        while at + 1 < bytes.count {
            guard bytes[at] == 0xFF else { return nil }
            let marker = bytes[at + 1]
            if marker == 0xFF { at += 1; continue }               // fill byte
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { at += 2; continue }  // no length
            guard at + 3 < bytes.count else { return nil }
            let length = bigEndian(bytes, at + 2, 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard at + 8 < bytes.count else { return nil }
                return PixelSize(width: bigEndian(bytes, at + 7, 2), height: bigEndian(bytes, at + 5, 2))
            }
            if marker == 0xDA || length < 2 { return nil }        // image data before any frame
            at += 2 + length
        }
        return nil
    }

    /// WebP: the first chunk is lossy (VP8), lossless (VP8L) or extended (VP8X, the canvas).
    private static func webp(_ bytes: [UInt8]) -> PixelSize? {
        guard bytes.count >= 30, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) else { return nil }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8 ":
            guard Array(bytes[23..<26]) == [0x9D, 0x01, 0x2A] else { return nil }
            return PixelSize(width: littleEndian(bytes, 26, 2) & 0x3FFF, height: littleEndian(bytes, 28, 2) & 0x3FFF)
        case "VP8L":
            guard bytes[20] == 0x2F else { return nil }
            let bits = littleEndian(bytes, 21, 4)
            return PixelSize(width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            return PixelSize(width: littleEndian(bytes, 24, 3) + 1, height: littleEndian(bytes, 27, 3) + 1)
        default:
            return nil
        }
    }
}
