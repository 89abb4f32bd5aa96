import Foundation
import HubCalendar
import HubModel

/// Renders event cards with the `event-card` template, for the `card` variable that lists of
/// events offer (`{{{card}}}`). A card is rendered when a template first asks for it, through
/// `EventPieces`: `hubsite serve` passes pieces that hand back cards whose event did not
/// change, so that editing one opportunity does not render the thousands of cards on the
/// calendar pages again.
final class EventCards: @unchecked Sendable {
    let templates: TemplateSet
    /// How each card is made: afresh, or (in `hubsite serve`) kept from the rebuild before.
    let pieces: EventPieces
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
    /// Whether cards are made from one text per event (see `card(for:)`).
    let sharesCardText: Bool

    /// One instance per render, shared by every card (which holds a reference, not a copy of
    /// all the page contexts: copying those for each of 14,000 cards was measurable).
    init(templates: TemplateSet, pieces: EventPieces, zone: ZonedTime, today: LocalDate, hubTitles: [String: String], site: SiteValues,
         dates: HumanDates = .english) {
        self.dates = dates
        let words = templates.words
        audiences = Dictionary(uniqueKeysWithValues: Audience.allCases.map { ($0, words["audience_" + $0.rawValue]) })
        statuses = Dictionary(uniqueKeysWithValues: EventStatus.allCases.map { ($0, words["status_" + $0.rawValue]) })
        self.templates = templates
        sharesCardText = templates.insertsValuesAsIs("event-card")
        self.pieces = pieces
        self.zone = zone
        self.today = today
        self.hubTitles = hubTitles
        self.site = site
    }

    /// The card of one event, rendered when a template first asks for it. The card sees
    /// the event's values and the page's `root` and `site`.
    ///
    /// An event's card differs from page to page only by the page's way back to the root
    /// (`root`, and the links that start with it), so it is rendered once per event with
    /// `rootMark` in the root's place (the `cardText` piece) and each page's card made from
    /// that by putting the root in, instead of rendering the card template for each of the
    /// 50,000 cards a large network's pages show. That holds while the template inserts
    /// values as they are (`TemplateSet.insertsValuesAsIs`: no `uppercased(root)`); otherwise,
    /// and on a page at the site root (`{{#root}}` would differ), each card is rendered.
    func card(for values: EventCardValues) -> RenderedCard {
        RenderedCard { [self] in
            pieces.text(for: values.event, .card(root: values.links.root), settings: 0) {
                let root = values.links.root
                guard sharesCardText, !root.isEmpty else { return render(values) }
                let text = pieces.text(for: values.event, .cardText, settings: 0) {
                    var marked = values
                    marked.links = values.links.rooted(at: Self.rootMark)
                    return render(marked)
                }
                return Self.putting(root, intoMarksOf: text)
            }
        }
    }

    private func render(_ values: EventCardValues) -> String {
        var inner = values
        inner.offersCard = false
        return templates.render("event-card", CardTemplateValues(card: inner, site: site))
    }

    /// Stands for the root in a card's text. No value can hold it: YAML does not allow the
    /// character, cmark-gfm replaces it, the text normaliser drops it, and a card template
    /// whose own text holds it is rendered for each page (`insertsValuesAsIs`).
    static let rootMark = "\u{0}"

    /// `text` with each `rootMark` replaced by `root`.
    static func putting(_ root: String, intoMarksOf text: String) -> String {
        var bytes = text, root = root
        return bytes.withUTF8 { bytes in
            let marks = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
            guard marks > 0 else { return text }
            return root.withUTF8 { root in
                String(unsafeUninitializedCapacity: bytes.count + marks * (root.count - 1)) { out in
                    var written = 0, start = 0
                    func copy(_ from: UnsafeBufferPointer<UInt8>) {
                        guard !from.isEmpty else { return }
                        (out.baseAddress! + written).initialize(from: from.baseAddress!, count: from.count)
                        written += from.count
                    }
                    for index in bytes.indices where bytes[index] == 0 {
                        copy(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                        copy(root)
                        start = index + 1
                    }
                    copy(UnsafeBufferPointer(rebasing: bytes[start...]))
                    return written
                }
            }
        }
    }

    /// Every card of a list, one after another: what a long list shows (`{{{cards}}}`), for
    /// the cost of one template variable instead of one per event.
    func cards(for list: [EventCardValues]) -> RenderedCard {
        RenderedCard { [self] in
            pieces.cards(count: list.count, event: { list[$0].event }, root: list.first?.links.root ?? "") {
                var html = ""
                for values in list { html += card(for: values).render() }
                return html
            }
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
