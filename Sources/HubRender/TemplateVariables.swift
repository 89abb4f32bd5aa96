/// Every variable the templates receive, with what it holds. docs/templates.md is generated
/// from this table, and loading checks each name a template uses against it, so a typo such
/// as `{{hub.titel}}` stops the build instead of rendering as nothing.
public enum TemplateVariables {
    public struct Variable: Sendable, Hashable {
        public let name: String
        public let meaning: String
        init(_ name: String, _ meaning: String) {
            self.name = name
            self.meaning = meaning
        }
    }

    /// What every page template receives.
    public static let common: [Variable] = [
        .init("root", "the way back to the site root from this page (`../../`); put it before every link to another page or file"),
        .init("site.title", "`title` from hubsite.yml"),
        .init("site.language", "`language` (for `<html lang>`)"),
        .init("site.accent", "`accent_colour`"),
        .init("site.footer", "`footer` text, if set"),
        .init("site.national_name", "`national.name`"),
        .init("site.national_url", "`national.url`, if set"),
        .init("site.base_url", "`base_url`, if set"),
        .init("site.report", "true when the Healthy Hub report is published"),
        .init("page.title", "the page's title"),
        .init("page.description", "a short description (meta description, Open Graph)"),
        .init("page.canonical", "the page's absolute URL, when a base URL is set"),
        .init("page.og_type", "Open Graph type"),
        .init("page.path", "the page's path in the site, e.g. `hubs/south/`"),
        .init("nav.hubs", "true on hub pages and the index (for `aria-current`)"),
        .init("nav.calendar", "true on calendar and opportunity pages"),
        .init("nav.health", "true on the Healthy Hub report"),
    ]

    static let eventCard: [Variable] = [
        .init("title", "the event's title"), .init("url", "link to the event's page"),
        .init("date_human", "e.g. Thursday 3 December 2026"), .init("datetime", "ISO 8601 with offset, for `<time datetime>`"),
        .init("time_range", "e.g. 14:00–16:00 (absent for all-day events)"), .init("end_human", "last day, for events over several days"),
        .init("where", "location, \"Online\", or both"), .init("is_meeting", "true for hub meetings"),
        .init("closing_soon", "true when booking closes within 14 days"), .init("hubs", "list of {title, url}"),
        .init("has_hubs", "true when `hubs` is not empty"), .init("audience", "who it is for, e.g. Practitioners"),
        .init("cost", "cost text"), .init("category", "category text"), .init("deadline_human", "booking deadline"),
        .init("card", "in a list of events on a page: the event rendered by event-card (use `{{{card}}}`; "
              + "the card sees its event, `root` and `site`). `hubsite serve` keeps unchanged cards between rebuilds, "
              + "which `{{> event-card}}` cannot"),
    ]

    static let hubCard: [Variable] = [
        .init("title", "the hub's name"), .init("url", "link to the hub page"), .init("region", "region"),
        .init("region_url", "link to the region's hub list"), .init("lead_organisations", "e.g. King's College London and Royal British Legion"),
        .init("next_meeting", "date and time of the next meeting"),
    ]

    /// Variables by template (besides `common` for page templates).
    public static let byTemplate: [(template: String, variables: [Variable])] = [
        ("index", [
            .init("heading", "page heading"), .init("intro", "introductory sentence"), .init("list_heading", "heading above the hub cards"),
            .init("hubs", "list of hub cards (see hub-card)"), .init("has_regions", "true when there is more than one region"),
            .init("region_selected", "true on a region's page"), .init("regions", "list of {name, url, current, count}"),
            .init("name", "a region's name (inside `regions`)"), .init("current", "true for the page's own region"),
            .init("count", "number of hubs in a region"), .init("upcoming", "up to six upcoming events (see event-card)"),
        ]),
        ("hub", [
            .init("hub.title", "the hub's name"), .init("hub.slug", "the file name without .md"),
            .init("hub.region", "region"), .init("hub.region_url", "link to the region's hub list"),
            .init("hub.updated_human", "when the page was last reviewed"), .init("hub.intro_html", "the introduction as HTML (use `{{{ }}}`)"),
            .init("hub.feed_url", "link to the hub's iCalendar feed"),
            .init("hub.organisations", "list of {name, url, logo_src, logo_alt}"),
            .init("logo_src", "link to the logo file"), .init("logo_alt", "the logo's alt text"),
            .init("hub.leads", "list of {name, role, job_title, organisation, email, email_href, phone, phone_href}"),
            .init("role", "a lead's role"), .init("job_title", "a lead's job title"), .init("organisation", "a lead's organisation"),
            .init("email", "an email address"), .init("email_href", "its mailto: link"), .init("phone", "a phone number"), .init("phone_href", "its tel: link"),
            .init("hub.contact", "{email, email_href, phone, phone_href, url}"), .init("hub.terms_of_reference", "link to the terms of reference"),
            .init("hub.member_groups", "list of {label, members: [{name}]}, by member type"), .init("label", "a member type's name"), .init("members", "the members of a type"),
            .init("hub.meetings_upcoming", "meetings from today on (see meeting)"), .init("hub.meetings_past", "earlier meetings, latest first"),
            .init("hub.action_plan", "{reviewed_human, actions}"), .init("reviewed_human", "when the action plan was reviewed"),
            .init("actions", "list of {action, aim, lead, due, due_human, status, status_class}"), .init("action", "what will be done"),
            .init("aim", "the aim it serves"), .init("lead", "who leads it"), .init("due", "due date, ISO"), .init("due_human", "due date"),
            .init("status", "Planned, In progress or Done"), .init("status_class", "planned, in-progress or done (for CSS)"),
            .init("hub.opportunities", "the hub's upcoming opportunities (see event-card)"),
        ]),
        ("meeting", [
            .init("date_human", "the meeting's date"), .init("datetime", "ISO 8601 with offset"), .init("time_range", "e.g. 14:00–16:00"),
            .init("title", "the meeting's title"), .init("where", "location, \"Online\", or both"),
            .init("agenda_url", "link to the agenda"), .init("minutes_url", "link to the minutes"),
        ]),
        ("opportunity", [
            .init("event", "the event (see event-card)"), .init("body_html", "the description as HTML (use `{{{ }}}`)"),
            .init("booking_url", "booking link"), .init("ics_url", "link to the event's .ics file"),
            .init("json_ld", "schema.org Event data, already safe inside `<script>` (use `{{{ }}}`)"),
        ]),
        ("calendar", [
            .init("heading", "page heading"), .init("intro", "introductory sentence"), .init("feed_url", "link to this view's iCalendar feed"),
            .init("views", "list of {label, url, current}: all, each audience, past"),
            .init("months", "list of {id, title, url, events}"), .init("id", "e.g. 2026-12, for anchors"),
            .init("events", "the month's events (see event-card)"),
            .init("cards", "the month's events rendered by event-card, one after another (use `{{{cards}}}`: one variable instead of one per event, much quicker on long lists)"), .init("empty_text", "what to say when there is nothing"),
        ]),
        ("month", [
            .init("title", "e.g. April 2027"), .init("previous", "{title, url} of the previous month with a page"),
            .init("next", "{title, url} of the next month with a page"), .init("weekdays", "list of {name, short}"),
            .init("short", "e.g. Mon"), .init("weeks", "list of {days}"), .init("days", "list of {day, in_month, today, events}"),
            .init("day", "day of the month"), .init("in_month", "false for days of the neighbouring months"),
            .init("today", "true for today"), .init("time", "start time of an event on its first day"),
        ]),
        ("health", [
            .init("report.today", "the report's date"), .init("report.academic_year", "e.g. 2026/27"),
            .init("sorts", "list of {label, url, current}: the pre-sorted versions of the table"), .init("sorted_by", "the table's caption"),
            .init("criteria", "list of {id, title}: the framework's criteria"), .init("rows", "list of {title, url, average, cells}"),
            .init("average", "average attendance"), .init("cells", "list of {status, figure, class} per criterion"),
            .init("figure", "the figure behind a verdict"), .init("class", "met, not-met or no-data (for CSS)"),
            .init("meetings_chart", "{width, height, axis_x, target_y, target_label_y, bars, labels, years, description}"),
            .init("width", "a chart's or bar's width"), .init("height", "a chart's or bar's height"), .init("axis_x", "where the bars start"),
            .init("target_y", "height of the two-a-year line"), .init("target_label_y", "its label's position"),
            .init("bars", "list of {x, y, width, height, fill, label}"), .init("labels", "list of {x, y, text}"),
            .init("x", "horizontal position"), .init("y", "vertical position"), .init("fill", "a bar's colour"), .init("text", "a label"),
            .init("years", "the academic years shown"), .init("description", "the chart's text alternative"),
            .init("attendance_charts", "list of {title, description, points, dots, max} per hub that records attendance"),
            .init("points", "the line's points"), .init("dots", "list of {x, y, label}"), .init("max", "the highest attendance"),
        ]),
        ("event-card", eventCard),
        ("hub-card", hubCard),
        ("not-found", []),
        ("style", [.init("site.accent", "the accent colour")]),
        ("favicon", [.init("site.accent", "the accent colour")]),
    ]

    /// Every name component a template may use.
    public static let knownNames: Set<String> = {
        var names: Set<String> = []
        for variable in common + byTemplate.flatMap(\.variables) {
            for part in variable.name.split(separator: ".") { names.insert(String(part)) }
        }
        return names
    }()

    /// Names used in a template that are not documented variables, with their positions.
    static func unknownNames(in text: String) -> [(name: String, line: Int, column: Int)] {
        let tags = MustacheTag.scan(text)
        // Blocks ({{$main}}) and parents ({{<base}}) are closed with {{/name}} too; those are not variables.
        let structural = Set(tags.filter { $0.sigil == "$" || $0.sigil == "<" }.map(\.name))
        var result: [(String, Int, Int)] = []
        for tag in tags {
            if tag.sigil == "/", structural.contains(tag.name) { continue }
            if let sigil = tag.sigil, !"#^/&".contains(sigil) { continue }
            var name = tag.name
            // Transforms: empty(list), last() → the name inside, if any.
            if let paren = name.firstIndex(of: "(") {
                name = String(name[name.index(after: paren)...].dropLast())
            }
            if name.isEmpty || name == "." { continue }
            for part in name.split(separator: ".") where !knownNames.contains(String(part)) {
                result.append((String(part), tag.line, tag.column))
            }
        }
        return result
    }

    /// docs/templates.md.
    public static func markdown() -> String {
        var out = """
        # Templates

        <!-- Generated by `hubsite templates docs > docs/templates.md` from Sources/HubRender/TemplateVariables.swift. -->

        hubsite's default theme is built into the program. To change part of the site, put a file
        with the same name in your project's `templates/` folder: it replaces only that template.
        `hubsite templates export` copies the whole built-in set into `templates/` to start from.

        Templates are [Mustache](https://mustache.github.io/mustache.5.html), rendered by
        swift-mustache: `{{name}}` is escaped for HTML (text and attribute values alike); `{{{name}}}`
        is not, and is used only for HTML hubsite made safe itself (`intro_html`, `body_html`,
        `json_ld`, and `card`/`cards`, which are the event-card template's own output). Every link
        from content is already limited to http, https, mailto and tel.
        Sections: `{{#list}}…{{/list}}`, `{{^list}}…{{/list}}` when empty; inside a list,
        `{{^last()}}, {{/last()}}`; `{{^empty(list)}}…{{/empty(list)}}` for "when not empty".
        Layouts: a page starts with `{{<base}}` and fills the blocks `{{$head}}` and `{{$main}}`.
        Partials: `{{> header}}`. Lists of events print each event with `{{{card}}}` (or a month's
        all at once with `{{{cards}}}`) rather than `{{> event-card}}`: the result is the same
        for a card that uses its event's values, `root` and `site`, and `hubsite serve` can reuse
        cards whose event did not change.

        Loading fails the build (exit status 1, with file and line) when a template does not parse,
        names a partial or layout that does not exist, or uses a variable not listed here.

        ## The templates

        | template | renders |
        | --- | --- |
        | `base` | the layout every page fills: `<head>`, skip link, header, `<main>`, footer |
        | `header`, `footer` | partials of `base` |
        | `index` | the hub index (`index.html`) and each region's page (`regions/<region>/`) |
        | `hub` | a hub's page (`hubs/<slug>/`) |
        | `hub-card` | a hub in a list (partial) |
        | `meeting` | a meeting on a hub page (partial) |
        | `opportunity` | an opportunity's page (`opportunities/<slug>/`) |
        | `event-card` | an opportunity or meeting in a list (partial) |
        | `calendar` | the calendar lists: `calendar/`, one per audience, `calendar/past/` |
        | `month` | a month grid (`calendar/YYYY/MM/`) |
        | `not-found` | `404.html` |
        | `health` | the Healthy Hub report (`health/`, when `report: true`) |
        | `style` | the stylesheet, `assets/site.css` |
        | `favicon` | `favicon.svg` |

        ## Variables every page receives

        | variable | holds |
        | --- | --- |

        """
        for variable in common { out += "| `\(variable.name)` | \(variable.meaning) |\n" }
        for (template, variables) in byTemplate where !variables.isEmpty {
            out += "\n## `\(template)`\n\n| variable | holds |\n| --- | --- |\n"
            for variable in variables { out += "| `\(variable.name)` | \(variable.meaning) |\n" }
        }
        out += """

        ## Example: your own footer

        Create `templates/footer.mustache`:

        ```mustache
        <footer class="site-footer">
          <div class="wrap">
            <p>{{site.title}} is run by the South Hub. <a href="{{root}}calendar/index.html">What's on</a></p>
          </div>
        </footer>
        ```

        Every page now has this footer; nothing else changes.

        """
        return out
    }
}
