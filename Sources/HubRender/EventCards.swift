import Foundation
import HubCalendar
import HubModel

/// Renders event cards with the `event-card` template, for the `card` variable that lists of
/// events offer (`{{{card}}}`). A card is rendered when a template asks for it: a page that
/// does not show cards costs none.
final class EventCards: @unchecked Sendable {
    let templates: TemplateSet
    let zone: ZonedTime
    let today: LocalDate
    /// Hub titles by slug, for the hubs each card names.
    let hubTitles: [String: String]
    /// The `site` values, the same for every card.
    let site: SiteValues
    /// Dates, and the words of the cards' language.
    let dates: HumanDates
    var words: Words { templates.words }
    /// Each audience's and each status's name in the cards' language, looked up once.
    let audiences: [Audience: String]
    let statuses: [EventStatus: String]

    /// One instance per render, shared by every card (which holds a reference, not a copy of
    /// all the page contexts: copying those for each of 14,000 cards was measurable).
    init(templates: TemplateSet, zone: ZonedTime, today: LocalDate, hubTitles: [String: String], site: SiteValues,
         dates: HumanDates = .english) {
        self.dates = dates
        let words = templates.words
        audiences = Dictionary(uniqueKeysWithValues: Audience.allCases.map { ($0, words["audience_" + $0.rawValue]) })
        statuses = Dictionary(uniqueKeysWithValues: EventStatus.allCases.map { ($0, words["status_" + $0.rawValue]) })
        self.templates = templates
        self.zone = zone
        self.today = today
        self.hubTitles = hubTitles
        self.site = site
    }

    /// The card of one event, rendered when a template asks for it. The card sees the event's
    /// values and the page's `root` and `site`.
    func card(for values: EventCardValues) -> RenderedCard {
        RenderedCard { [self] in render(values) }
    }

    private func render(_ values: EventCardValues) -> String {
        var inner = values
        inner.offersCard = false
        return templates.render("event-card", CardTemplateValues(card: inner, site: site))
    }

    /// Every card of a list, one after another: what a long list shows (`{{{cards}}}`), for
    /// the cost of one template variable instead of one per event.
    func cards(for list: [EventCardValues]) -> RenderedCard {
        RenderedCard { [self] in
            var html = ""
            for values in list { html += render(values) }
            return html
        }
    }

    func hubLinks(_ slugs: [String], links: PageLinks) -> [HubLink] {
        slugs.compactMap { slug in
            hubTitles[slug].map { HubLink(title: $0, url: links.to(SitePaths.hub(slug))) }
        }
    }
}

/// A card as a template value: rendered (or fetched) only if the template uses `{{{card}}}`.
public struct RenderedCard: Sendable {
    let render: @Sendable () -> String

    public var renderText: String { render() }
    public var isNull: Bool { false }
}
