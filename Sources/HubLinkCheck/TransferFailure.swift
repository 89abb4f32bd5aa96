/// Why a transfer ended without a response's head: libcurl's code (CURLcode) and its words,
/// kept as they are so that `LinkChecker.failure` names them and a test can give any code.
struct TransferFailure: Error, Sendable, Equatable {
    /// The CURLcode: 6 host not found, 7 could not connect, 28 out of time, 35 and 60 TLS, ….
    var code: Int
    var message: String

    init(code: Int, message: String = "") {
        self.code = code
        self.message = message
    }
}
