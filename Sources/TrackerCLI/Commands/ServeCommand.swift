import ArgumentParser
import Dispatch
import Synchronization
import TrackerStore
import TrackerWeb

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the browser workbench: review statements, follow commitments, read the status report.",
        discussion: """
            Serves the database's documents, parties and status as web pages, with forms \
            (and keys: j/k, c, x) to confirm, reject and correct statements, recorded as \
            'tracker correct' records them, under the name each reviewer gives once. Binds \
            the loopback address unless --host says otherwise; any other address needs \
            --token SECRET, which every request must then carry (open ?token=SECRET once).

            Examples:
              tracker serve --db work.sqlite                  # http://127.0.0.1:8080/
              tracker serve --host 0.0.0.0 --port 9000 --token "$(openssl rand -hex 16)"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The TCP port.") var port = 8080
    @Option(help: ArgumentHelp("A shared secret every request must carry (required off loopback).", valueName: "SECRET"))
    var token: String?

    func run() throws {
        let configuration = try WorkbenchConfiguration(host: host, port: port, token: token)
        let workbench = try Workbench(store: database.openExisting(), configuration: configuration)
        let host = self.host
        try Self.wait {
            try await workbench.run { port in
                Diagnostics.info("workbench at http://\(host):\(port)/ (Ctrl-C stops it)")
            }
        }
    }

    /// Runs async `work` to its end from the synchronous command (the root
    /// command's `main` is synchronous), and rethrows its error.
    private static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await work()
                outcome.withLock { $0 = .success(()) }
            } catch {
                outcome.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        try outcome.withLock { $0 }?.get()
    }
}
