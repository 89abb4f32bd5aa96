/// hubsite's one reader of the Mustache syntax: the template check, the words, the partial
/// references and rendering all read the nodes it makes. It reads what swift-mustache 2.1.1
/// reads, step for step (its `Template+Parser.swift`), so that text, standalone lines and
/// indentation come out as they did when that library parsed hubsite's templates: the tests
/// render every template both ways. Where swift-mustache recurses once per open section, this
/// keeps an explicit stack and stops at `maximumDepth`, and it reads at most `maximumSize`
/// bytes: a hostile template is a located error, never a stack overflow.
struct TemplateParser {
    /// Sections, blocks and parents open at once.
    static let maximumDepth = 100
    /// The largest template read, in bytes (the built-in theme's largest is under 10 kB).
    static let maximumSize = 512 * 1024

    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        guard text.utf8.count <= maximumSize else {
            throw TemplateSyntaxError(kind: .tooLarge(bytes: text.utf8.count), at: TemplatePosition(line: 1, column: 1))
        }
        var parser = TemplateParser(text)
        return try parser.parse()
    }

    /// What swift-mustache's `ParserState` holds: the open section and the delimiters.
    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]
        var partialDefinitionIndent: Int?

        func withSectionName(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// What opened a level of the stack, to make its node when it closes.
    private enum Opener {
        case section(name: String, transforms: [String], inverted: Bool)
        case parent(name: String, dynamic: Bool, indentation: String)
        case blockDefinition(name: String)
        case block(name: String, indentation: String)
    }

    /// One open level: swift-mustache's locals of one recursive `parse` call.
    private struct Level {
        var nodes: [TemplateNode] = []
        var state: State
        var whiteSpaceBefore = ""
        /// How it was opened, the opening tag's place and whether that tag stood alone on
        /// its line (what the level below goes on with once this one closes); nil for the file.
        var opener: (kind: Opener, at: TemplatePosition, standalone: Bool)?
        /// Override blocks found directly inside a parent, by name.
        var overrides: [String: TemplateNode.Override] = [:]
    }

    private let characters: [Character]
    private var position = 0
    /// Where each line starts, for positions: after each LF, CRLF or lone CR, where every
    /// position hubsite reports counts a line (`TextLines`). An index into `characters` less
    /// its line's start is a column as `ColumnCounter` counts it, since both count `Character`s.
    private let lineStarts: [Int]

    /// The text's bytes, and where each character starts among them (and where they end): a
    /// run of characters is copied from the bytes, not rebuilt one character at a time.
    private let bytes: [UInt8]
    private let byteStarts: [Int]

    /// The characters from `start` up to `end` (indices into `characters`).
    private func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[byteStarts[start]..<byteStarts[end]], as: UTF8.self)
    }

    private init(_ text: String) {
        characters = Array(text)
        bytes = Array(text.utf8)
        var byteStarts = [Int]()
        byteStarts.reserveCapacity(characters.count + 1)
        var offset = 0
        for character in characters {
            byteStarts.append(offset)
            offset += character.utf8.count
        }
        byteStarts.append(offset)
        self.byteStarts = byteStarts
        var starts = [0]
        for (index, character) in characters.enumerated() where character == "\n" || character == "\r\n" || character == "\r" {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    private func place(_ index: Int) -> TemplatePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return TemplatePosition(line: low + 1, column: index - lineStarts[low] + 1)
    }

    private var reachedEnd: Bool { position >= characters.count }
    /// The current character, or NUL at the end (as swift-mustache's `current()`).
    private var current: Character { reachedEnd ? "\0" : characters[position] }

    private func error(_ kind: TemplateSyntaxError.Kind, at index: Int) -> TemplateSyntaxError {
        TemplateSyntaxError(kind: kind, at: place(min(index, characters.count)))
    }

    @discardableResult
    private mutating func read(while test: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, test(characters[position]) { position += 1 }
        return slice(start, position)
    }

    /// Whether `string` comes next (then read); fails like swift-mustache's `read(string:)`
    /// when fewer characters are left than it has.
    private mutating func read(_ string: [Character], tag: Int) throws(TemplateSyntaxError) -> Bool {
        guard characters.count - position >= string.count else { throw error(.unfinishedTag, at: tag) }
        guard characters[position..<position + string.count].elementsEqual(string) else { return false }
        position += string.count
        return true
    }

    private mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var levels = [Level(state: State())]
        while !reachedEnd {
            var level = levels.removeLast()
            defer { levels.append(level) }
            if level.state.newLine {
                let whiteSpace = read { $0 == " " || $0 == "\t" }
                if level.state.isPartialDefinition, !level.state.isPartialDefinitionTopLevel {
                    if let indent = level.state.partialDefinitionIndent {
                        level.whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        level.state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    level.whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline(level.state)
            if current.isNewline {
                level.nodes.append(.text(level.whiteSpaceBefore + text + String(current)))
                level.state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                level.nodes.append(.text(level.whiteSpaceBefore + text))
                level.whiteSpaceBefore = ""
                level.state.newLine = false
            }
            if reachedEnd { break }
            let tag = position - level.state.start.count
            let at = place(tag)
            var setNewLine = false
            func flushWhiteSpace() {
                if !level.whiteSpaceBefore.isEmpty {
                    level.nodes.append(.text(level.whiteSpaceBefore))
                    level.whiteSpaceBefore = ""
                }
            }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, transforms) = try readName(level.state, tag: tag)
                if isStandalone(level.state) { setNewLine = true } else { flushWhiteSpace() }
                guard levels.count < Self.maximumDepth else { throw error(.nestedTooDeeply, at: tag) }
                var inner = Level(state: level.state.withSectionName(name, newLine: setNewLine, transforms: transforms))
                inner.opener = (.section(name: name, transforms: transforms, inverted: inverted), at, setNewLine)
                levels.append(level)
                level = inner
                continue
            case "/":
                position += 1
                let (name, transforms) = try readName(level.state, tag: tag)
                guard name == level.state.sectionName, transforms == level.state.sectionTransforms, let opener = level.opener else {
                    throw error(.closedWithOtherName(closing: name, open: level.state.sectionName), at: tag)
                }
                if !isStandalone(level.state) { flushWhiteSpace() }
                var outer = levels.removeLast()
                switch opener.kind {
                case .section(let name, let transforms, let inverted):
                    outer.nodes.append(.section(name: name, transforms: transforms, body: level.nodes, inverted: inverted, at: opener.at))
                case .parent(let name, let dynamic, let indentation):
                    // Inside a parent only overrides (and text, which is dropped) may stand.
                    if let stray = level.nodes.lazy.compactMap(\.position).first {
                        throw TemplateSyntaxError(kind: .notAnOverride, at: stray)
                    }
                    outer.nodes.append(.partial(name: name, dynamic: dynamic, indentation: indentation, overrides: level.overrides, at: opener.at))
                    outer.whiteSpaceBefore = ""
                case .blockDefinition(let name):
                    outer.overrides[name] = TemplateNode.Override(body: level.nodes, at: opener.at)
                case .block(let name, let indentation):
                    outer.nodes.append(.block(name: name, body: level.nodes, indentation: indentation, at: opener.at))
                    outer.whiteSpaceBefore = ""
                }
                outer.state.newLine = opener.standalone
                level = outer
                continue
            case "!":
                position += 1
                try skipComment(level.state, tag: tag)
                setNewLine = isStandalone(level.state)
            case "{":
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try readName(level.state, tag: tag)
                guard try read(["}"], tag: tag) else { throw error(.unfinishedTag, at: tag) }
                level.nodes.append(.variable(name: name, transforms: transforms, escaped: false, at: at))
            case "&":
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try readName(level.state, tag: tag)
                level.nodes.append(.variable(name: name, transforms: transforms, escaped: false, at: at))
            case ">":
                position += 1
                read(while: \.isWhitespace)
                let dynamic = current == "*"
                if dynamic { position += 1 }
                let name = try readPartialName(level.state, tag: tag)
                if !level.whiteSpaceBefore.isEmpty { level.nodes.append(.text(level.whiteSpaceBefore)) }
                var indentation: String?
                if isStandalone(level.state) {
                    setNewLine = true
                    indentation = level.whiteSpaceBefore
                }
                level.nodes.append(.partial(name: name, dynamic: dynamic, indentation: indentation, overrides: nil, at: at))
                level.whiteSpaceBefore = ""
            case "<":
                position += 1
                read(while: \.isWhitespace)
                let sectionName = try readPartialName(level.state, tag: tag)
                let dynamic = sectionName.first == "*"
                if !level.whiteSpaceBefore.isEmpty { level.nodes.append(.text(level.whiteSpaceBefore)) }
                if isStandalone(level.state) { setNewLine = true }
                guard levels.count < Self.maximumDepth else { throw error(.nestedTooDeeply, at: tag) }
                var inner = Level(state: level.state.withInheritancePartial(sectionName))
                inner.opener = (.parent(name: dynamic ? String(sectionName.dropFirst()) : sectionName, dynamic: dynamic,
                                        indentation: level.whiteSpaceBefore), at, setNewLine)
                levels.append(level)
                level = inner
                continue
            case "$":
                position += 1
                let (name, transforms) = try readName(level.state, tag: tag)
                guard transforms.isEmpty else { throw error(.transformOnBlock, at: tag) }
                guard levels.count < Self.maximumDepth else { throw error(.nestedTooDeeply, at: tag) }
                if level.state.isPartialDefinitionTopLevel {
                    if isStandalone(level.state) { setNewLine = true }
                    var inner = Level(state: level.state.withSectionName(name, newLine: setNewLine))
                    inner.opener = (.blockDefinition(name: name), at, setNewLine)
                    levels.append(level)
                    level = inner
                } else {
                    if !level.whiteSpaceBefore.isEmpty { level.nodes.append(.text(level.whiteSpaceBefore)) }
                    if isStandalone(level.state) { setNewLine = true }
                    var inner = Level(state: level.state.withSectionName(name, newLine: setNewLine))
                    inner.opener = (.block(name: name, indentation: level.whiteSpaceBefore), at, setNewLine)
                    levels.append(level)
                    level = inner
                }
                continue
            case "=":
                position += 1
                level.state = try readDelimiters(level.state, tag: tag)
                setNewLine = isStandalone(level.state)
            case "%":
                position += 1
                let type = try readContentType(level.state, tag: tag)
                level.nodes.append(.contentType(type, at: at))
                setNewLine = isStandalone(level.state)
            default:
                flushWhiteSpace()
                let (name, transforms) = try readName(level.state, tag: tag)
                level.nodes.append(.variable(name: name, transforms: transforms, escaped: true, at: at))
            }
            level.state.newLine = setNewLine
        }
        guard let file = levels.first, levels.count == 1 else {
            let open = levels.last!
            let name: String
            switch open.opener?.kind {
            case .section(let section, _, _)?: name = section
            case .parent(let parent, _, _)?: name = parent
            case .blockDefinition(let block)?, .block(let block, _)?: name = block
            case nil: name = ""
            }
            throw TemplateSyntaxError(kind: .neverClosed(name), at: open.opener?.at ?? place(characters.count))
        }
        return file.nodes
    }

    /// Text up to the next tag (whose opening delimiter is read) or line end (not read).
    private mutating func readUntilDelimiterOrNewline(_ state: State) throws(TemplateSyntaxError) -> String {
        guard let first = state.start.first else { return "" }
        let start = position
        while !reachedEnd {
            while !reachedEnd, characters[position] != "\n", characters[position] != "\r\n", characters[position] != first { position += 1 }
            if current.isNewline { break }
            if current == first {
                let here = position
                if try read(state.start, tag: position) { return slice(start, here) }
                position += 1
            }
        }
        return slice(start, position)
    }

    /// A tag's name and transforms, and its closing delimiter.
    private mutating func readName(_ state: State, tag: Int) throws(TemplateSyntaxError) -> (String, [String]) {
        read(while: \.isWhitespace)
        let nameStart = position
        read { Self.nameCharacters.contains($0) }
        let nameEnd = position
        read(while: \.isWhitespace)
        guard try read(state.end, tag: tag) else { throw error(.unfinishedTag, at: tag) }
        var index = nameStart
        func plain() -> String {
            let start = index
            while index < nameEnd, Self.plainNameCharacters.contains(characters[index]) { index += 1 }
            return slice(start, index)
        }
        let function = plain()
        if index == nameEnd { return (slice(nameStart, nameEnd), []) }
        guard characters[index] == "(" else { throw error(.unfinishedTag, at: tag) }
        index += 1
        var transforms = [function]
        while true {
            let name = plain()
            guard index < nameEnd else { throw error(.unfinishedTag, at: tag) }
            if characters[index] == ")" {
                index += 1
                var closing = 0
                while index < nameEnd, characters[index] == ")" { closing += 1; index += 1 }
                guard closing + 1 == transforms.count, index == nameEnd else { throw error(.unfinishedTag, at: tag) }
                return (name, transforms)
            }
            guard characters[index] == "(" else { throw error(.unfinishedTag, at: tag) }
            index += 1
            transforms.append(name)
        }
    }

    private mutating func readPartialName(_ state: State, tag: Int) throws(TemplateSyntaxError) -> String {
        read(while: \.isWhitespace)
        let name = read { Self.partialNameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard try read(state.end, tag: tag) else { throw error(.unfinishedTag, at: tag) }
        return name
    }

    /// Past the comment's closing delimiter (matched as swift-mustache matches it).
    private mutating func skipComment(_ state: State, tag: Int) throws(TemplateSyntaxError) {
        let end = state.end
        var matched = 0
        while !reachedEnd {
            if characters[position] == end[matched] {
                matched += 1
                if matched == end.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw error(.unfinishedTag, at: tag)
    }

    private mutating func readDelimiters(_ state: State, tag: Int) throws(TemplateSyntaxError) -> State {
        read(while: \.isWhitespace)
        let start = read { !$0.isWhitespace }
        guard !reachedEnd else { throw error(.invalidSetDelimiter, at: tag) }
        read(while: \.isWhitespace)
        let end = read { $0 != "=" && !$0.isWhitespace }
        guard !reachedEnd else { throw error(.invalidSetDelimiter, at: tag) }
        read(while: \.isWhitespace)
        guard try read(["="], tag: tag), try read(state.end, tag: tag), !start.isEmpty, !end.isEmpty else {
            throw error(.invalidSetDelimiter, at: tag)
        }
        var state = state
        state.start = Array(start)
        state.end = Array(end)
        state.isPartialDefinitionTopLevel = false
        return state
    }

    private mutating func readContentType(_ state: State, tag: Int) throws(TemplateSyntaxError) -> TemplateContentType {
        read(while: \.isWhitespace)
        let variable = read { Self.plainNameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard current == ":" else { throw error(.invalidPragma, at: tag) }
        position += 1
        read(while: \.isWhitespace)
        let value = read { Self.plainNameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard (try? read(state.end, tag: tag)) == true, !variable.isEmpty, !value.isEmpty else { throw error(.invalidPragma, at: tag) }
        guard variable == "CONTENT_TYPE", let type = TemplateContentType(rawValue: value) else {
            throw error(variable == "CONTENT_TYPE" ? .unknownContentType(value) : .invalidPragma, at: tag)
        }
        return type
    }

    /// Whether the tag just read stands alone on its line: then its line end is read too.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var next = position
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        guard next < characters.count, characters[next].isNewline else { return false }
        position = next + 1
        return true
    }

    /// The characters of names, as swift-mustache's sets of them: all ASCII, so a look at the
    /// character's byte (a `Set<Character>` hashed each character, normalising it first).
    private enum NameCharacters {
        /// Letters, digits and `.-_?*`.
        case plain
        /// And `(` `)`, for transforms.
        case name
        /// And `/`, for partials' names.
        case partial

        func contains(_ character: Character) -> Bool {
            // CR LF's is LF's, which no name has. A character that is not ASCII may still equal
            // one (U+212A KELVIN SIGN is K): the rare case is asked of the characters themselves.
            guard let byte = character.asciiValue else { return Self.asCharacters[self]!.contains(character) }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"):
                return true
            case UInt8(ascii: "("), UInt8(ascii: ")"): return self != .plain
            case UInt8(ascii: "/"): return self == .partial
            default: return false
            }
        }

        private static let plainSet = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
        private static let asCharacters: [NameCharacters: Set<Character>] = [
            .plain: plainSet, .name: plainSet.union("()"), .partial: plainSet.union("()/"),
        ]
    }
    private static let plainNameCharacters = NameCharacters.plain
    private static let nameCharacters = NameCharacters.name
    private static let partialNameCharacters = NameCharacters.partial
}
