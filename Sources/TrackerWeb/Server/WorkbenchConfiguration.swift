public import TrackerAnalysis

/// Where the workbench listens and who may use it.
public struct WorkbenchConfiguration: Sendable, Equatable {
    /// The address to bind: loopback unless told otherwise.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// A shared secret every request must carry, if set.
    public var token: String?
    /// The largest request body accepted, in bytes (a correction form is well under 1 KiB).
    public var maximumBodySize: Int
    /// How many commitments without a holder a party page lists before a link to all of them (the
    /// busiest party of a million statements has 1.3 k: a megabyte of page).
    public var unattributedShown: Int

    /// A configuration; a non-loopback `host` without a `token` is refused, so
    /// that the database is never open to the network by accident.
    ///
    /// - Throws: ``WorkbenchError``.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maximumBodySize: Int = 64 * 1024,
        unattributedShown: Int = 100
    ) throws {
        guard unattributedShown > 0 else { throw WorkbenchError("a party page lists at least one commitment without a holder") }
        guard (0...65535).contains(port) else { throw WorkbenchError("--port \(port): a TCP port is 0 to 65535") }
        if let token, token.isEmpty { throw WorkbenchError("--token: the shared secret cannot be empty") }
        guard Self.isLoopback(host) || token != nil else {
            throw WorkbenchError("--host \(host) is not a loopback address: give --token SECRET so that only people with the secret get in")
        }
        self.host = host
        self.port = port
        self.token = token
        self.maximumBodySize = maximumBodySize
        self.unattributedShown = unattributedShown
    }

    /// Whether `host` names this machine only: `localhost`, `::1` or an address in 127.0.0.0/8.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in part.count <= 3 && UInt8(part) != nil }
    }
}

/// A workbench that cannot start, in one line.
public struct WorkbenchError: ReportableError, Sendable, Equatable {
    /// What is wrong and what to do.
    public var description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}
