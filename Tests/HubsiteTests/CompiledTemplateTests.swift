import Foundation
import Testing
@testable import HubBuild
import HubCalendar
import HubModel
import HubPlan
import Mustache
@testable import HubRender

/// Compiled templates render what swift-mustache renders, byte for byte, and what two
/// independent Mustache implementations (chevron, pystache) render for the features users'
/// templates may use.
@Suite struct CompiledTemplateTests {
    @Test func everyBuiltInPageTemplateIsCompiled() throws {
        let set = try #require(TemplateSet.build(texts: BuiltInTheme.templates, origins: [:]).templates)
        #expect(set.compiledTemplates == TemplateCatalogue.rendered.map(\.name).sorted())
    }

    /// Every file of the test site, rendered by the compiled templates and by swift-mustache.
    static func expectSameAsInterpreted(templates texts: [String: String], baseURL: String?) throws {
        let checked = BuildPipeline(options: BuildTests.fixtureOptions(baseURL: baseURL)).check()
        let templates = try #require(TemplateSet.build(texts: texts, origins: [:]).templates, "the templates check clean")
        #expect(templates.compiledTemplates.count == TemplateCatalogue.rendered.count)
        let compiled = SiteRenderer(content: checked.content, plan: checked.plan, templates: templates, stamp: Date(timeIntervalSince1970: 0))
        let reference = SiteRenderer(content: checked.content, plan: checked.plan, templates: templates.interpreted, stamp: Date(timeIntervalSince1970: 0))
        var pages = 0
        for file in checked.plan.files where file.template != nil {
            let ours = compiled.render(file), theirs = reference.render(file)
            #expect(ours == theirs, "\(file.path) differs from swift-mustache's rendering")
            pages += 1
        }
        #expect(pages > 40)
    }

    @Test func theTestSiteRendersAsSwiftMustacheRendersIt() throws {
        try Self.expectSameAsInterpreted(templates: BuiltInTheme.templates, baseURL: "https://example.org/hubs/")
        try Self.expectSameAsInterpreted(templates: BuiltInTheme.templates, baseURL: nil)
    }

    /// Users' templates may indent partials, repeat lists inside lists, reach outer values,
    /// use transforms, comments and other delimiters: all of it renders as swift-mustache does.
    @Test func overriddenTemplatesWithEveryFeatureRenderAsSwiftMustacheRendersThem() throws {
        var texts = BuiltInTheme.templates
        texts["meeting"] = """
        <li>
          {{! a comment on its own line }}
          <p>{{date_human}}{{#time_range}} at {{time_range}}{{/time_range}}{{^title}} (untitled){{/title}}</p>
          {{=<% %>=}}
          <p><% where %> <%& where %></p>
          <%={{ }}=%>
          <p>{{hub.title}} · {{uppercased(hub.title)}} · {{site.title}}</p>
        </li>

        """
        texts["hub-card"] = """
        <li>
          {{> card-parts}}
          {{#region}}<a href="{{region_url}}">{{lowercased(region)}}</a>{{/region}}
          {{^region}}No region{{/region}}
        </li>

        """
        texts["card-parts"] = "<h3>{{title}}</h3>\n<p>{{#next_meeting}}{{next_meeting}}{{/next_meeting}}</p>\n"
        texts["hub"] = texts["hub"]!.replacingOnce("<h2 id=\"leadership\">{{words.hub_leadership}}</h2>", with: """
        <h2 id="leadership">{{words.hub_leadership}} ({{count(hub.leads)}})</h2>
            {{#hub.leads}}{{name}}{{^last()}}, {{/last()}}{{#first()}} (first){{/first()}}{{index()}}{{/hub.leads}}
            {{#reversed(hub.leads)}}{{role}};{{/reversed(hub.leads)}}
            {{#hub.action_plan}}{{#actions}}{{action}} led by {{lead}} for {{hub.title}}{{/actions}}{{/hub.action_plan}}
            {{#hub.contact}}{{email}}{{/hub.contact}}{{#hub.region}}[{{hub.region}}]{{/hub.region}}
        """)
        try Self.expectSameAsInterpreted(templates: texts, baseURL: nil)
    }

    // MARK: Against chevron and pystache

    /// A small typed value with every shape, for rendering the same cases three ways.
    struct Sample: TemplateValue {
        var name = "Ada & <Co> \"quoted\" 'single'"
        var html = "<em>safe</em>"
        var missing: String?
        var yes = true
        var no = false
        var count = 3
        var items = [Item(name: "one", tags: [Tag(label: "a"), Tag(label: "b")]), Item(name: "two", tags: []),
                     Item(name: "three", tags: [Tag(label: "c")])]
        var none: [Item] = []
        var child: Child? = Child(title: "Child", items: [Item(name: "inner", tags: [Tag(label: "x")])])
        var nobody: Child?

        static let variables = VariableTable<Self>("sample", [
            .text("name", "") { $0.name }, .html("html", "") { $0.html }, .text("missing", "") { $0.missing },
            .flag("yes", "") { $0.yes }, .flag("no", "") { $0.no }, .number("count", "") { $0.count },
            .list("items", "") { $0.items }, .list("none", "") { $0.none },
            .object("child", "") { $0.child }, .object("nobody", "") { $0.nobody },
        ])

        /// The same data as JSON, for the Python renderers (absent values left out).
        var json: [String: Any] {
            var data: [String: Any] = ["name": name, "html": html, "yes": yes, "no": no, "count": count,
                                       "items": items.map(\.json), "none": [Any]()]
            if let child { data["child"] = ["title": child.title, "items": child.items.map(\.json)] }
            return data
        }
    }

    struct Item: TemplateValue {
        var name: String
        var tags: [Tag]
        static let variables = VariableTable<Self>("item", [.text("name", "") { $0.name }, .list("tags", "") { $0.tags }])
        var json: [String: Any] { ["name": name, "tags": tags.map { ["label": $0.label] }] }
    }

    struct Tag: TemplateValue {
        var label: String
        static let variables = VariableTable<Self>("tag", [.text("label", "") { $0.label }])
    }

    struct Child: TemplateValue {
        var title: String
        var items: [Item]
        static let variables = VariableTable<Self>("child", [.text("title", "") { $0.title }, .list("items", "") { $0.items }])
    }

    /// Standard Mustache: what the three implementations all support.
    static let cases: [(template: String, partials: [String: String])] = [
        ("Hello {{name}}! {{{name}}} {{& name}} {{{html}}} {{missing}}.", [:]),
        ("{{#items}}<li>{{name}} of {{count}} ({{child.title}})</li>\n{{/items}}", [:]),
        ("{{#items}}\n  {{name}}:\n  {{#tags}}\n    - {{label}} in {{name}}\n  {{/tags}}\n  {{^tags}}\n    (no tags)\n  {{/tags}}\n{{/items}}\n", [:]),
        ("{{#yes}}yes{{/yes}}{{#no}}no{{/no}}{{^no}}not no{{/no}}{{^yes}}not yes{{/yes}}", [:]),
        ("{{#none}}never{{/none}}{{^none}}empty list{{/none}}{{^missing}}no value{{/missing}}{{#missing}}never{{/missing}}", [:]),
        ("{{#child}}{{title}}: {{#items}}{{name}} ({{title}}, {{name}}){{/items}}{{/child}}{{#nobody}}never{{/nobody}}{{^nobody}}nobody{{/nobody}}", [:]),
        ("{{child.title}} {{nobody.title}} {{#child}}{{#items}}{{count}}{{/items}}{{/child}}", [:]),
        ("Begin.\n{{! A comment\nover two lines }}\nEnd.\n", [:]),
        ("{{=<% %>=}}(<% name %>) <%# items %><% name %>,<%/ items %>\n<%={{ }}=%>{{count}}\n", [:]),
        ("<ul>\n  {{> item}}\n</ul>\n{{#items}}\n  {{> item}}\n{{/items}}\n", ["item": "<li>{{name}}</li>\n<li>again {{name}}</li>\n"]),
        ("|\r\n{{#items}}\r\n{{name}}\r\n{{/items}}\r\n|", [:]),
        // (A tab before a standalone closing tag is left out: chevron keeps it, the spec and the others do not.)
        ("  {{#yes}}\n  indented section\n  {{/yes}}\n  {{^no}}\ttabbed\n    {{/no}}\n", [:]),
    ]

    /// What only swift-mustache rendered before hubsite read templates itself (`{{.}}`,
    /// leading-dot names, `first`/`last` of a list, a section over a text), and the corners
    /// of its parser (delimiters inside a section, standalone lines after a section that
    /// does not stand alone, blocks and parents with indentation, content types).
    static let swiftMustacheCases: [(template: String, partials: [String: String])] = [
        ("{{#name}}[{{.}}]{{/name}}{{#count}}<{{.}}>{{/count}}{{#missing}}{{.}}{{/missing}}{{#html}}{{{.}}}{{/html}}", [:]),
        ("{{#name}}{{uppercased(.)}} {{.name}}|{{/name}}{{#items}}{{.name}}{{#name}}{{.name}}{{/name}};{{/items}}", [:]),
        ("{{#first(items)}}{{name}}{{/first(items)}} {{#last(items)}}{{name}}{{/last(items)}} {{#first(none)}}x{{/first(none)}}{{^last(none)}}none{{/last(none)}}", [:]),
        ("{{#child}}{{.title}}{{#items}}{{.name}}{{/items}}{{/child}}{{#items}}{{#first()}}{{.name}}{{/first()}}{{index()}}{{/items}}", [:]),
        ("{{#items}}{{#tags}}{{label}}{{/tags}}{{^tags}}({{count(.)}}){{/tags}}{{/items}}{{#reversed(items)}}{{name}}{{/reversed(items)}}", [:]),
        ("{{% CONTENT_TYPE: TEXT }}{{name}} {{% CONTENT_TYPE: HTML }}{{name}} {{% CONTENT_TYPE: HUBSITE_HTML }}{{name}}", [:]),
        ("{{#yes}}{{=<% %>=}}<%name%>{{x}}<%/yes%>{{count}}\nx{{#yes}}y\n{{/yes}}\n{{! c }}\nz\n  {{! alone }}  \r\nend\n", [:]),
        ("{{<layout}}{{$body}}B {{name}}{{/body}}{{/layout}}", ["layout": "<h>\n  {{$body}}default{{/body}}\n</h>\n{{$other}}o{{/other}}\n"]),
        ("  {{<layout}}\n  {{$body}}\n    line1\n    {{name}}\n  {{/body}}\n  {{/layout}}\n", ["layout": "<a>\n  {{$body}}\n  d\n  {{/body}}\n</a>\n"]),
        ("<ul>\n  {{> item}}\n</ul>\n", ["item": "<li>\n  {{> inner}}\n</li>\n", "inner": "{{#items}}\n<b>{{name}}</b>\n{{/items}}\n"]),
        ("{{<layout}}\n{{$body}}\n  {{> part}}\n{{/body}}\n{{/layout}}\n", ["layout": "  {{$body}}\n  {{/body}}\n", "part": "{{name}}\n{{$inner}}i{{/inner}}\n"]),
    ]

    @Test func whatSwiftMustacheAloneRenderedRendersAsItRendersIt() throws {
        for (template, partials) in Self.swiftMustacheCases {
            var texts = partials
            texts["case"] = template
            let library = try MustacheReference.library(texts: texts)
            let compiler = TemplateCompiler(trees: try texts.mapValues { try TemplateParser.parse($0) }, words: .english)
            let compiled = try #require(compiler.compile("case", receives: Sample.variables.schema), "\(template) compiles")
            let theirs = library.render(MustacheValue(Sample()), withTemplate: "case") ?? ""
            #expect(compiled.render(Sample()) == theirs, "\(template.debugDescription)")
            #expect(!theirs.isEmpty)
        }
    }

    @Test func standardFeaturesRenderAsChevronAndPystacheRenderThem() throws {
        var ours: [String] = []
        var reference: [String] = []
        for (template, partials) in Self.cases {
            var texts = partials
            texts["case"] = template
            let library = try MustacheReference.library(texts: texts)
            let trees = try texts.mapValues { try TemplateParser.parse($0) }
            let compiler = TemplateCompiler(trees: trees, words: .english)
            let compiled = try #require(compiler.compile("case", receives: Sample.variables.schema), "\(template) compiles")
            ours.append(compiled.render(Sample()))
            reference.append(library.render(MustacheValue(Sample()), withTemplate: "case") ?? "")
        }
        #expect(ours == reference, "compiled and swift-mustache differ")
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("mustache-cases-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: input) }
        let cases = Self.cases.map { ["template": $0.template, "partials": $0.partials, "data": Sample().json] as [String: Any] }
        try JSONSerialization.data(withJSONObject: cases).write(to: input)
        let results = try #require(try CalendarTests.parse("mustache_render.py", [input.path]) as? [String: [String]])
        for engine in ["chevron", "pystache"] {
            let theirs = try #require(results[engine])
            for (index, expected) in theirs.enumerated() {
                #expect(ours[index] == expected, "case \(index) differs from \(engine): \(Self.cases[index].template.debugDescription)")
            }
        }
    }
}
