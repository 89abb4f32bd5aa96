/// A template variable's value, typed: what the compiled renderer reads without casts. The
/// same value is handed to swift-mustache (the reference renderer) as the plain Swift value
/// it expects (`mustacheValue`).
public enum TemplateData {
    case text(String)
    case flag(Bool)
    case number(Int)
    case object(any TemplateValue)
    case list(any TemplateList)
    /// HTML made by a template when it is printed (an event card).
    case rendered(RenderedCard)
    /// A declared variable the content has no value for.
    case absent

    /// What swift-mustache receives for this value.
    var mustacheValue: Any {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .number(let number): return number
        case .object(let value): return value
        case .list(let list): return list.elements
        case .rendered(let card): return card
        case .absent: return TemplateAbsent.value
        }
    }
}

/// A list of template values, read by position without copying it into an array of
/// existentials.
public protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> any TemplateValue
}

extension TemplateList {
    /// The items as swift-mustache iterates them.
    var elements: [Any] { (0..<count).map { element(at: $0) } }
}

extension Array: TemplateList where Element: TemplateValue {
    public func element(at index: Int) -> any TemplateValue { self[index] }
}
