import Foundation
import HubCalendar
import HubModel
import Mustache

/// Renders event cards with the `event-card` template, for the `card` variable that lists of
/// events offer (`{{{card}}}`). A card is rendered when a template first asks for it; when
/// `hubsite serve` rebuilds, cards whose event and surroundings have not changed are taken
/// from the rebuild before, so that editing one opportunity does not render the thousands of
/// cards on the calendar pages again.
final class EventCards: @unchecked Sendable {
    struct Key: Hashable, Sendable {
        /// What, besides the event itself, shows on every card: templates, config, today and
        /// the hubs' titles. Cards kept from a rebuild with another generation are not reused.
        let generation: Int
        /// The page's way back to the site root: cards link relative to it.
        let root: String
        let id: String
    }

    /// What cards are kept in between `hubsite serve` rebuilds, and how they are told apart.
    struct Keeping: Sendable {
        let generation: Int
        let store: FragmentStore<Key, Int>
        /// Each event's fingerprint, by id.
        let prints: [String: Int]
    }

    let templates: TemplateSet
    /// Nil in a one-off build, which keeps no cards.
    let keeping: Keeping?
    let zone: ZonedTime
    let today: LocalDate
    /// Hub titles by slug, for the hubs each card names.
    let hubTitles: [String: String]
    /// The `site` values, the same for every card.
    let site: SiteValues

    /// One instance per render, shared by every card (which holds a reference, not a copy of
    /// all the page contexts: copying those for each of 14,000 cards was measurable).
    init(templates: TemplateSet, keeping: Keeping?, zone: ZonedTime, today: LocalDate, hubTitles: [String: String], site: SiteValues) {
        self.templates = templates
        self.keeping = keeping
        self.zone = zone
        self.today = today
        self.hubTitles = hubTitles
        self.site = site
    }

    /// The card of one event, rendered when a template first asks for it. The card sees
    /// the event's values and the page's `root` and `site`.
    func card(for values: EventCardValues) -> RenderedCard {
        RenderedCard { [self] in
            func render() -> String {
                var inner = values
                inner.offersCard = false
                return templates.render("event-card", CardTemplateValues(card: inner, site: site))
            }
            guard let keeping else { return render() }
            let event = values.event
            return keeping.store.text(Key(generation: keeping.generation, root: values.links.root, id: event.id),
                                      from: keeping.prints[event.id] ?? event.hashValue, make: render)
        }
    }

    /// Every card of a list, one after another: what a long list shows (`{{{cards}}}`), for
    /// the cost of one template variable instead of one per event.
    func cards(for list: [EventCardValues]) -> RenderedCard {
        RenderedCard { [self] in
            var html = ""
            for values in list { html += card(for: values).render() }
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
struct RenderedCard: MustacheCustomRenderable, Sendable {
    let render: @Sendable () -> String

    var renderText: String { render() }
    var isNull: Bool { false }
}
