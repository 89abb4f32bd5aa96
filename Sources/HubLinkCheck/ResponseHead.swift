/// What a link is judged by: the status and the headers of the final response of one request
/// (never a 1xx). The body is not part of it: no body is ever read.
struct ResponseHead: Sendable, Equatable {
    var status: Int
    /// Header names in lower case; a repeated header keeps its first value.
    var headers: [String: String]

    subscript(name: String) -> String? { headers[name.lowercased()] }
}
