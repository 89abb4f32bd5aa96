import Foundation
import Testing
import Mustache
@testable import HubRender

@Suite struct CompiledTemplateTests {
    @Test func everyBuiltInPageTemplateIsCompiled() throws {
        let set = try #require(TemplateSet.build(texts: BuiltInTheme.templates, origins: [:]).templates)
        #expect(set.compiledTemplates == TemplateCatalogue.rendered.map(\.name).sorted())
    }
}
