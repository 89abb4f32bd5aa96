/// The kinds of file a hub page offers to download, by their name's extension: what the page
/// calls each ("PDF", "Word") and the MIME type its link gives. A file of another kind is not
/// offered: a reader could not tell what opens it.
public struct DocumentType: Hashable, Sendable {
    /// The key of its name in the word files (`file_pdf`); an image's names its format.
    public let wordKey: String
    /// For an image, its format ("PNG"), filled into `file_image`.
    public let format: String?
    public let mimeType: String

    /// The type of the file at `path`, or nil for a kind the page does not offer.
    public static func of(path: String) -> DocumentType? {
        guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/") else { return nil }
        return byExtension[path[path.index(after: dot)...].lowercased()]
    }

    /// Every extension offered, for hints: "pdf, docx, …".
    public static var extensions: [String] { byExtension.keys.sorted() }

    static let byExtension: [String: DocumentType] = [
        "pdf": DocumentType(wordKey: "file_pdf", format: nil, mimeType: "application/pdf"),
        "doc": DocumentType(wordKey: "file_word", format: nil, mimeType: "application/msword"),
        "docx": DocumentType(wordKey: "file_word", format: nil, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "ppt": DocumentType(wordKey: "file_powerpoint", format: nil, mimeType: "application/vnd.ms-powerpoint"),
        "pptx": DocumentType(wordKey: "file_powerpoint", format: nil, mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        "xls": DocumentType(wordKey: "file_excel", format: nil, mimeType: "application/vnd.ms-excel"),
        "xlsx": DocumentType(wordKey: "file_excel", format: nil, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "odt": DocumentType(wordKey: "file_odt", format: nil, mimeType: "application/vnd.oasis.opendocument.text"),
        "odp": DocumentType(wordKey: "file_odp", format: nil, mimeType: "application/vnd.oasis.opendocument.presentation"),
        "ods": DocumentType(wordKey: "file_ods", format: nil, mimeType: "application/vnd.oasis.opendocument.spreadsheet"),
        "csv": DocumentType(wordKey: "file_csv", format: nil, mimeType: "text/csv"),
        "png": DocumentType(wordKey: "file_image", format: "PNG", mimeType: "image/png"),
        "jpg": DocumentType(wordKey: "file_image", format: "JPEG", mimeType: "image/jpeg"),
        "jpeg": DocumentType(wordKey: "file_image", format: "JPEG", mimeType: "image/jpeg"),
        "gif": DocumentType(wordKey: "file_image", format: "GIF", mimeType: "image/gif"),
        "webp": DocumentType(wordKey: "file_image", format: "WebP", mimeType: "image/webp"),
        "svg": DocumentType(wordKey: "file_image", format: "SVG", mimeType: "image/svg+xml"),
    ]

    /// A file's size as a page gives it: "850 KB", "1.2 MB" (1 KB = 1,024 bytes, as GOV.UK's
    /// attachments count); never "0 KB".
    public static func sizeText(bytes: Int) -> String {
        let kilobytes = Double(bytes) / 1024
        if kilobytes < 1000 { return "\(max(1, Int(kilobytes.rounded()))) KB" }
        let megabytes = kilobytes / 1024
        let tenths = Int((megabytes * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
