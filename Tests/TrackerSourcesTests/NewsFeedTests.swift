import Testing

@testable import TrackerAnalysis

/// RSS and Atom as publishers write them (the team's own feeds, written for these tests).
@Suite struct NewsFeedTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Meridian Trade Review</title>
            <link>https://trade.example/</link>
            <item>
              <title>Ministers agree to cut tariffs on solar panels</title>
              <link>https://trade.example/2025/06/02/solar-tariffs</link>
              <pubDate>Mon, 02 Jun 2025 07:30:00 +0000</pubDate>
            </item>
            <item>
              <title><![CDATA[Port deal: "a first step" & more]]></title>
              <link>/2025/06/01/port-deal</link>
              <dc:date>2025-06-01T18:00:00-05:00</dc:date>
            </item>
            <item><title>No link, skipped</title></item>
            <item><guid>https://trade.example/guid-only</guid></item>
          </channel>
        </rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valdora Harbour Authority news</title>
          <entry>
            <title>Shore power for every ferry berth</title>
            <link rel="enclosure" href="https://harbour.example/img/berth.jpg"/>
            <link rel="alternate" href="https://harbour.example/news/shore-power"/>
            <published>2025-03-14T09:00:00Z</published>
            <updated>2025-03-20T10:00:00Z</updated>
          </entry>
          <entry>
            <title>Dredging ends</title>
            <link href="news/dredging"/>
            <updated>2025-05-02T10:00:00+02:00</updated>
          </entry>
        </feed>
        """

    @Test func readsRSS() throws {
        let feed = try NewsFeed(xml: Array(Self.rss.utf8), base: "https://trade.example/feeds/rss.xml")
        #expect(feed.kind == .rss)
        #expect(feed.title == "Meridian Trade Review")
        #expect(
            feed.items == [
                .init(
                    link: "https://trade.example/2025/06/02/solar-tariffs", title: "Ministers agree to cut tariffs on solar panels",
                    date: CalendarDate(year: 2025, month: 6, day: 2)),
                .init(
                    link: "https://trade.example/2025/06/01/port-deal", title: "Port deal: \"a first step\" & more",
                    date: CalendarDate(year: 2025, month: 6, day: 1)),
                .init(link: "https://trade.example/guid-only"),
            ])
    }

    @Test func readsAtom() throws {
        let feed = try NewsFeed(xml: Array(Self.atom.utf8), base: "https://harbour.example/feed.atom")
        #expect(feed.kind == .atom)
        #expect(
            feed.items == [
                .init(
                    link: "https://harbour.example/news/shore-power", title: "Shore power for every ferry berth",
                    date: CalendarDate(year: 2025, month: 3, day: 14)),
                .init(
                    link: "https://harbour.example/news/dredging", title: "Dredging ends",
                    date: CalendarDate(year: 2025, month: 5, day: 2)),
            ])
    }

    @Test func refusesWhatIsNotAFeed() {
        #expect(throws: NewsFeed.ParseError.unknownRoot("html")) {
            try NewsFeed(xml: Array("<html><body><p>Hello</p></body></html>".utf8))
        }
        for bad in ["<html><body><p>Hello</body>", "{\"items\": []}", "", "<rss><channel><item>"] {
            do {
                _ = try NewsFeed(xml: Array(bad.utf8))
                Issue.record("read as a feed: \(bad)")
            } catch {
                guard case .notXML = error else { Issue.record("\(bad): \(error)"); continue }
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func entitiesAreNotExpandedFromOutside() throws {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <rss version="2.0"><channel><item><title>&secret;</title><link>https://x.example/a</link></item></channel></rss>
            """
        let feed = try? NewsFeed(xml: Array(hostile.utf8))
        #expect(feed?.items.first?.title?.isEmpty ?? true, "an external entity is never read into a title")
    }
}
