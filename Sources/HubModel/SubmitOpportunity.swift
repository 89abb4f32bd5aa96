/// How someone outside the hub sends it an opportunity for its calendar (`submit_opportunity`):
/// a short text and an email address or a web form. The communications co-lead keeps the
/// calendar of opportunities for the region; this is how others add to it.
public struct SubmitOpportunity: Hashable, Sendable {
    public var text: String?
    public var email: String?
    public var formURL: String?

    public init(text: String? = nil, email: String? = nil, formURL: String? = nil) {
        self.text = text
        self.email = email
        self.formURL = formURL
    }
}
