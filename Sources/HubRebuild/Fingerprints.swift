import Foundation
import HubBuild
import HubCalendar
import HubContent
import HubModel
import HubParallel
import HubPlan

/// A fingerprint of every piece of content a planned file can depend on, so that a rebuild
/// makes a file again only when something it shows has changed: editing one opportunity
/// renders its page, the calendar lists, the months it falls in, and the pages of its hubs,
/// not every hub page.
struct Fingerprints {
    /// What every file depends on: settings, date, build stamp and templates.
    let global: Int
    let hubs: [String: Int]
    let opportunities: [String: Int]
    /// Each event's fingerprint, by id.
    let events: [String: Int]
    let allEvents: Int
    let hubList: Int
    let hubTitles: Int
    let files: Int
    let views: Int
    /// All content and diagnostics: worked out only when a file depends on it (the report).
    let everything: Int?
    /// The translations into each language, by language.
    let translations: [String: Int]
    /// Which pages have a translation into which language.
    let translated: Int

    /// `slots` are the plan's files with their dependencies numbered. `stamp` gives the stamp a
    /// content file was read with: a file's fingerprint is its stamp (the loader reads a file
    /// again exactly when its stamp changes, and what it makes of a file depends only on the
    /// file and the settings, which `global` covers), so a rebuild
    /// does not hash every hub and opportunity, bodies and all (half of its fingerprinting).
    /// Without a stamp, the parsed value itself is hashed.
    init(checked: BuildPipeline.Checked, slots: DependencySlots, global: Int, stamp: (String) -> FileStamp?) {
        self.global = global
        let content = checked.content
        let plan = checked.plan
        func print<Value: Hashable>(_ file: String, _ value: Value) -> Int {
            var hasher = Hasher()
            if let stamp = stamp(file) { hasher.combine(stamp) } else { hasher.combine(value) }
            return hasher.finalize()
        }
        hubs = Dictionary(content.hubs.map { ($0.slug, print($0.file, $0)) }, uniquingKeysWith: { a, _ in a })
        opportunities = Dictionary(content.opportunities.map { ($0.slug, print($0.file, $0)) }, uniquingKeysWith: { a, _ in a })
        // An event is made from one file: an opportunity, or a hub (its meetings); its print is
        // that file's with the event's id.
        let hubPrints = hubs, opportunityPrints = opportunities
        let hashes = ParallelMap.map(plan.events) { event -> Int in
            let source: Int? = switch event.kind {
            case .opportunity: opportunityPrints[String(event.id.dropFirst("opportunity-".count))]
            case .meeting: event.hubs.first.flatMap { hubPrints[$0] }
            }
            var hasher = Hasher()
            hasher.combine(event.id)
            if let source { hasher.combine(source) } else { hasher.combine(event) }
            return hasher.finalize()
        }
        var prints: [String: Int] = [:]
        prints.reserveCapacity(hashes.count)
        var all = Hasher()
        for (index, print) in hashes.enumerated() {
            prints[plan.events[index].id] = print
            all.combine(print)
        }
        events = prints
        allEvents = all.finalize()
        var list = Hasher(), titles = Hasher()
        for hub in content.hubs {
            list.combine(hub.slug)
            list.combine(hub.title)
            list.combine(hub.region)
            list.combine(hub.organisations)
            list.combine(hub.meetings)
            list.combine(hub.updated)
            titles.combine(hub.slug)
            titles.combine(hub.title)
        }
        hubList = list.finalize()
        hubTitles = titles.finalize()
        files = slots.paths
        var named = Hasher()
        for view in plan.views { named.combine(view) }
        views = named.finalize()
        var byLanguage: [String: Hasher] = [:]
        for translation in content.translations {
            var hasher = byLanguage[translation.language] ?? Hasher()
            if let stamp = stamp(translation.file) { hasher.combine(stamp) } else { hasher.combine(translation) }
            byLanguage[translation.language] = hasher
        }
        translations = byLanguage.mapValues { $0.finalize() }
        var versions = Hasher()
        for translation in content.translations.sorted(by: { $0.file < $1.file }) {
            versions.combine(translation.kind.rawValue)
            versions.combine(translation.slug)
            versions.combine(translation.language)
        }
        translated = versions.finalize()
        if plan.files.contains(where: { $0.dependencies.contains(.everything) }) {
            var hasher = Hasher()
            hasher.combine(content.hubs)
            hasher.combine(content.opportunities)
            hasher.combine(checked.diagnostics)
            everything = hasher.finalize()
        } else {
            everything = nil
        }
    }

    /// What every event card shows besides its event: a change here renders every card again.
    var cardGeneration: Int {
        var hasher = Hasher()
        hasher.combine(global)
        hasher.combine(hubTitles)
        return hasher.finalize()
    }

    /// Each file's fingerprint, in the order of the plan's files: the files' dependencies are
    /// valued once each, and each file combines the values of its own.
    func ofFiles(_ slots: DependencySlots) -> [Int] {
        let values = ParallelMap.map(slots.dependencies) { value(of: $0) }
        return slots.fingerprints(global: global, values: values)
    }

    /// What a dependency is now (a value that is missing, such as the print of a hub that is
    /// gone, is `Int.min`).
    func value(of dependency: PlannedFile.Dependency) -> Int {
        let value: Int? = switch dependency {
        case .hub(let slug): hubs[slug]
        case .opportunity(let slug): opportunities[slug]
        case .event(let id): events[id]
        case .allEvents: allEvents
        case .hubList: hubList
        case .hubTitles: hubTitles
        case .files: files
        case .views: views
        case .everything: everything
        case .translations(let language): translations[language]
        case .translated: translated
        }
        return value ?? .min
    }
}
