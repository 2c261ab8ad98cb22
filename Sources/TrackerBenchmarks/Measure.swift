import Foundation

/// Timing, latency percentiles, peak memory and the table rows benchmarks print.
enum Measure {
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// How long `body` takes, in seconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        try seconds(ContinuousClock().measure(body))
    }

    /// CPU time this process has used so far (all threads), in seconds: on a
    /// shared machine it shows what wall-clock time loses to other processes.
    static func cpuTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// The median time of `runs` runs of `body` (which gets the run's number).
    static func median(runs: Int, _ body: (Int) throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for run in 0..<runs {
            times.append(try time { try body(run) })
        }
        return times.sorted()[times.count / 2]
    }

    /// The median wall-clock and CPU times of `runs` runs of `body`.
    static func medians(runs: Int, _ body: (Int) throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var walls: [Double] = []
        var cpus: [Double] = []
        for run in 0..<runs {
            let cpu = cpuTime()
            walls.append(try time { try body(run) })
            cpus.append(cpuTime() - cpu)
        }
        return (walls.sorted()[runs / 2], cpus.sorted()[runs / 2])
    }

    /// Latencies of repeated calls of `body`, after `warmUp` unmeasured calls:
    /// `runs` of them, or fewer when they take more than `budget` seconds in all.
    static func latencies(runs: Int, warmUp: Int = 3, budget: Double, _ body: () throws -> Void) rethrows -> Latency {
        for _ in 0..<warmUp { try body() }
        var samples: [Double] = []
        var cpu: [Double] = []
        var total = 0.0
        while samples.count < runs, total < budget || samples.count < 5 {
            let start = cpuTime()
            let elapsed = try time(body)
            cpu.append(cpuTime() - start)
            samples.append(elapsed)
            total += elapsed
        }
        return Latency(samples: samples.sorted(), cpu: cpu.sorted())
    }

    /// The process's peak resident memory so far (VmHWM), in MiB; Linux only.
    static func peakMemoryMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return nil }
        return kilobytes / 1024
    }

    static func peakMemory() -> String {
        peakMemoryMiB().map { String(format: "%.0f MiB", $0) } ?? "n/a"
    }

    /// 12.3 k, 1.2 M: a rate or a count for a table cell.
    static func rate(_ value: Double) -> String {
        value >= 1e6
            ? String(format: "%.2f M", value / 1e6)
            : value >= 1e3 ? String(format: "%.1f k", value / 1e3) : String(format: "%.0f", value)
    }

    static func duration(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.2f ms", seconds * 1000)
    }

    /// One row of the results table; the last cell is the process's peak memory so far.
    static func report(_ name: String, _ input: String, _ time: String, _ result: String) {
        print("| \(name) | \(input) | \(time) | \(result) | \(peakMemory()) |")
        fflush(nil)
    }
}

/// Sorted latency samples: wall-clock, and the CPU time of the same calls.
struct Latency {
    var samples: [Double]
    var cpu: [Double]

    var median: Double { samples[samples.count / 2] }

    /// The 99th percentile (nearest rank).
    var p99: Double { Self.percentile99(samples) }

    var summary: String {
        "median \(Measure.duration(median)), p99 \(Measure.duration(p99)) (\(samples.count) runs; "
            + "CPU median \(Measure.duration(cpu[cpu.count / 2])), p99 \(Measure.duration(Self.percentile99(cpu))))"
    }

    static func percentile99(_ sorted: [Double]) -> Double {
        sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
