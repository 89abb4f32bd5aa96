import Foundation
import Testing
@testable import HubContent
import HubModel

/// docs/content.md's field reference is made from the field tables, and each table is what the
/// loader reads: a field added to a table is documented, in the schema and read, or a test fails.
@Suite struct FieldReferenceTests {
    @Test func docsContentHasTheGeneratedFieldReference() throws {
        let url = CatalogueTests.repository.appendingPathComponent("docs/content.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let section = FieldReference.markdown()
        let current = text.range(of: FieldReference.start).flatMap { s in
            text.range(of: FieldReference.end, range: s.upperBound..<text.endIndex).map { s.lowerBound..<$0.upperBound }
        }
        if ProcessInfo.processInfo.environment["HUBSITE_UPDATE_DOCS"] != nil {
            let updated = current.map { text.replacingCharacters(in: $0, with: section) } ?? text + "\n" + section + "\n"
            try Data(updated.utf8).write(to: url)
            return
        }
        let range = try #require(current, "docs/content.md has no generated field reference")
        #expect(String(text[range]) == section, "docs/content.md is out of date: HUBSITE_UPDATE_DOCS=1 swift test --filter FieldReferenceTests")
    }

    @Test func everyFieldOfEveryLevelIsInTheReference() {
        let section = FieldReference.markdown()
        for name in FrontMatterFields.allHubNames.union(FrontMatterFields.allOpportunityNames).union(FieldTables.site.names) {
            #expect(section.contains("| `\(name)` |"), "\(name) is not in the field reference")
        }
        #expect(section.contains("#### Each item of `action_plan.actions`"))
        #expect(section.contains("Page variable `terms_of_reference`: link to the terms of reference."))
    }

    /// A table's fields are read by their declared kind: a value of another kind is reported
    /// with the field's path, and a shown field's value reads back as written.
    @Test func eachFieldIsReadByItsDeclaredKind() throws {
        let text = "---\ntitle: North Hub\nupdated: 2026-11-02\nterms_of_reference: terms.pdf\ndistribution_list: lots\nmeetings:\n  - date: 2026-12-01\n    online: maybe\n---\nText.\n"
        let loaded = ContentLoader.parse(text: text, file: "content/hubs/north.md", kind: .hub, renderer: MarkdownRenderer())
        let hub = try #require(loaded.hub)
        #expect(hub.updated == LocalDate(iso: "2026-11-02"))
        #expect(FieldTables.hub.entry("terms_of_reference")?.binding.value(hub.details) == .text("terms.pdf"))
        #expect(hub.distributionList == nil)
        #expect(hub.meetings.count == 1 && hub.meetings[0].online == false)
        let messages = loaded.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("'distribution_list' should be a whole number") })
        #expect(messages.contains { $0.hasPrefix("'meetings[0].online' should be true or false") })
    }
}
