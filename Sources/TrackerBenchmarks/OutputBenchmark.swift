import Foundation
import TrackerAnalysis
import TrackerCorpus

/// `tracker annotate --format jsonl` against `--format text` on the same
/// generated text: the cost of writing JSON, measured as a user runs the
/// command (the release `tracker` built beside this executable, standard
/// output to /dev/null, start-up included; or another build of it, `--tracker
/// PATH`, to compare commits). The two formats alternate run by run, so that a
/// slow phase of a shared machine falls on both.
struct OutputBenchmark {
    let generator: CorpusGenerator
    let words: Int
    let runs: Int
    /// The `tracker` executable to time; nil for the one built beside this executable.
    var executable: String?

    func run() throws {
        let tracker =
            try executable.map { path in
                guard FileManager.default.isExecutableFile(atPath: path) else { throw BenchmarkError("\(path): not an executable") }
                return URL(fileURLWithPath: path)
            } ?? Self.trackerExecutable()
        let text = generator.text(words: words)
        let count = WordCounter.count(in: text)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-output-\(getpid()).txt").path
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw BenchmarkError("\(path): cannot write the corpus")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let formats = ["text", "jsonl"]
        var walls: [String: [Double]] = [:]
        var cpus: [String: [Double]] = [:]
        for _ in 0..<runs {
            for format in formats {
                let (wall, cpu) = try Self.time(tracker, ["annotate", path, "--format", format])
                walls[format, default: []].append(wall)
                cpus[format, default: []].append(cpu)
            }
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let textFormat = (wall: median(walls["text"] ?? []), cpu: median(cpus["text"] ?? []))
        for format in formats {
            let wall = median(walls[format] ?? [])
            let cpu = median(cpus[format] ?? [])
            let versus =
                format == "text"
                ? "" : String(format: "; %.2f× text's wall time, %.2f× its CPU time", wall / textFormat.wall, cpu / textFormat.cpu)
            Measure.report(
                "`tracker annotate --format \(format)` (the command, start-up included)"
                    + (executable.map { " of \($0)" } ?? ""),
                "\(Measure.rate(Double(count))) words",
                Measure.duration(wall) + " (median of \(runs); CPU \(Measure.duration(cpu)))",
                "\(Measure.rate(Double(count) / wall)) words/s" + versus)
        }
    }

    /// The wall-clock and CPU time (user and system, of the child) of one run with standard output to /dev/null.
    static func time(_ executable: URL, _ arguments: [String]) throws -> (wall: Double, cpu: Double) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let before = childrenCPU()
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let wall = Measure.seconds(ContinuousClock.now - start)
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("tracker \(arguments.joined(separator: " ")) failed (exit code \(process.terminationStatus))")
        }
        return (wall, childrenCPU() - before)
    }

    /// CPU time of the waited-for children so far, in seconds.
    static func childrenCPU() -> Double {
        var usage = rusage()
        // Glibc imports RUSAGE_CHILDREN as an enum case; getrusage takes its raw value.
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
    }

    /// The `tracker` built beside this executable (`swift build -c release --product tracker`).
    static func trackerExecutable() throws -> URL {
        let own = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        let tracker = own.deletingLastPathComponent().appendingPathComponent("tracker")
        guard FileManager.default.isExecutableFile(atPath: tracker.path) else {
            throw BenchmarkError("\(tracker.path) not found: build it first with `swift build -c release --product tracker`")
        }
        return tracker
    }
}
