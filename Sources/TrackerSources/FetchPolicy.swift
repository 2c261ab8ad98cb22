/// How the tracker behaves as a web client: who it says it is, how long it waits,
/// how much it reads, how far it follows redirects and how often it asks one host.
public struct FetchPolicy: Sendable, Hashable {
    /// The `User-Agent` sent with every request.
    public var userAgent: String
    /// Longest wait for a connection: 10 s (a host that is up answers in well under 1 s).
    public var connectTimeout: Duration
    /// Longest silence while reading: 30 s.
    public var readTimeout: Duration
    /// Longest whole request, redirects included: 60 s.
    public var deadline: Duration
    /// Largest body read: 20 MiB (a long news page is about 1 MiB of HTML; a feed far less).
    public var maxBytes: Int
    /// Redirects followed: 5 (http to https, then a canonical host, rarely more).
    public var maxRedirects: Int
    /// Least time between two requests to one host: 1 s, the polite crawl delay
    /// most sites' robots.txt ask for.
    public var perHostInterval: Duration

    /// The defaults above, or others.
    public init(
        userAgent: String = FetchPolicy.defaultUserAgent, connectTimeout: Duration = .seconds(10),
        readTimeout: Duration = .seconds(30), deadline: Duration = .seconds(60), maxBytes: Int = 20 * 1_048_576,
        maxRedirects: Int = 5, perHostInterval: Duration = .seconds(1)
    ) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.deadline = deadline
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.perHostInterval = perHostInterval
    }

    /// `tracker/0.1 (claim and commitment tracker)`.
    public static let defaultUserAgent = "tracker/0.1 (claim and commitment tracker)"
}
