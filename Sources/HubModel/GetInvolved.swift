/// How people join the hub or take part (`get_involved`): a short text and one clear action,
/// emailing a named person, a web form or a mailing-list sign-up, and what joining commits a
/// member to. "Promotes the hub" (003) counts the stakeholders who receive the hub's updates:
/// this is the route by which they come to.
public struct GetInvolved: Hashable, Sendable {
    public var text: String?
    /// The person to email, by name ("the hub chair, Alex Example").
    public var person: String?
    public var email: String?
    public var formURL: String?
    public var mailingListURL: String?
    /// What joining commits a member to, one line each.
    public var commitments: [String] = []

    public init(text: String? = nil, person: String? = nil, email: String? = nil, formURL: String? = nil, mailingListURL: String? = nil,
                commitments: [String] = []) {
        self.text = text
        self.person = person
        self.email = email
        self.formURL = formURL
        self.mailingListURL = mailingListURL
        self.commitments = commitments
    }

    /// The ways to join given, by field name, in the order a page offers them.
    public var actions: [String] {
        [("email", email), ("form_url", formURL), ("mailing_list_url", mailingListURL)].compactMap { $0.1 == nil ? nil : $0.0 }
    }
}
