import Foundation
import TrackerAnalysis
import TrackerSources
import TrackerStore

/// One poll of an RSS or Atom feed for `tracker ingest --feed`: asked with the
/// validators the database remembers (so an unchanged feed answers 304 and nothing
/// is fetched), read, and its items not stored yet picked out.
struct FeedPoll {
    /// The feed's URL as given.
    var url: String
    /// The items whose URL no stored document has, in the feed's order.
    var newItems: [NewsFeed.Item]
    /// What the server said about the feed, to send back on the next poll.
    var validators: FetchValidators

    /// Polls `url`. An unchanged feed gives no items.
    ///
    /// - Throws: ``SourceError`` (unreachable, an error status, not a feed).
    static func poll(_ url: String, fetcher: WebFetcher, store: TrackerDatabase) throws -> FeedPoll {
        let remembered = try store.fetchValidators(url: url).map { FetchValidators(etag: $0.etag, lastModified: $0.lastModified) }
        switch try fetcher.fetch(url, validators: remembered) {
        case .notModified:
            Diagnostics.info("\(url): feed unchanged since the last poll; nothing fetched")
            return FeedPoll(url: url, newItems: [], validators: remembered ?? FetchValidators())
        case let .fetched(resource):
            let feed: NewsFeed
            do {
                feed = try NewsFeed(xml: resource.bytes, base: resource.url)
            } catch {
                throw SourceError.notAFeed(url: url, detail: error.description)
            }
            var seen: Set<String> = []
            var fresh: [NewsFeed.Item] = []
            for item in feed.items where seen.insert(item.link).inserted {
                if try store.documentID(url: item.link) == nil, try store.documentID(path: item.link) == nil {
                    fresh.append(item)
                }
            }
            Diagnostics.info("\(url): \(feed.kind.rawValue) feed, \(feed.items.count) items, \(fresh.count) not stored yet")
            return FeedPoll(url: url, newItems: fresh, validators: resource.validators)
        }
    }

    /// Remembers the feed's validators for the next poll.
    func remember(in store: TrackerDatabase) throws {
        try store.setFetchValidators(etag: validators.etag, lastModified: validators.lastModified, url: url)
    }
}
