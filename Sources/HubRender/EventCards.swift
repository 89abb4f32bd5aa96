import Foundation
import HubCalendar
import HubModel
import Mustache

/// Renders event cards with the `event-card` template, for the `card` variable that lists of
/// events offer (`{{{card}}}`). A card is rendered when a template first asks for it; when
/// `hubsite serve` rebuilds, cards whose event and surroundings have not changed are taken
/// from the rebuild before, so that editing one opportunity does not render the thousands of
/// cards on the calendar pages again.
struct EventCards: Sendable {
    struct Key: Hashable, Sendable {
        /// What, besides the event itself, shows on every card: templates, config, today and
        /// the hubs' titles. Cards kept from a rebuild with another generation are not reused.
        let generation: Int
        /// The page's way back to the site root: cards link relative to it.
        let root: String
        let id: String
    }

    let templates: TemplateSet
    let generation: Int
    /// Cards kept from one rebuild to the next, each with its event's fingerprint; nil in a
    /// one-off build, which keeps none.
    let store: FragmentStore<Key, Int>?
    /// Each event's fingerprint, by id (empty without a store).
    let prints: [String: Int]

    /// The card of one event, rendered when a template first asks for it. The card sees
    /// the event's values and the page's `root` and `site`.
    func card(for values: EventCardValues) -> RenderedCard {
        RenderedCard { [templates, generation, store, prints] in
            func render() -> String {
                var inner = values
                inner.offersCard = false
                return templates.render("event-card", CardTemplateValues(card: inner, site: values.contexts.site()))
            }
            guard let store else { return render() }
            let event = values.event
            return store.text(Key(generation: generation, root: values.links.root, id: event.id), from: prints[event.id] ?? event.hashValue, make: render)
        }
    }
}

/// A card as a template value: rendered (or fetched) only if the template uses `{{{card}}}`.
struct RenderedCard: MustacheCustomRenderable {
    let render: () -> String

    var renderText: String { render() }
    var isNull: Bool { false }
}

/// What the event-card template sees when it renders a `card`: the event's values, and the
/// page's `root` and `site` as a `{{> event-card}}` partial would find them.
struct CardTemplateValues: MustacheParent {
    let card: EventCardValues
    let site: [String: Any]

    func child(named name: String) -> Any? {
        switch name {
        case "root": return card.links.root
        case "site": return site
        default: return card.child(named: name)
        }
    }
}
