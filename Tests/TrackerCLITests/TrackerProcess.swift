import Foundation
import TrackerAnalysis
import TrackerCorpus

/// Runs the built `tracker` binary as a user would.
struct TrackerProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    static let executable: URL = {
        let bundle = Bundle.main.bundleURL
        for directory in [bundle.deletingLastPathComponent(), bundle, bundle.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("tracker")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("tracker")
    }()

    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func run(
        _ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = start(arguments, in: directory, environment: environment)
        let input = Pipe()
        process.process.standardInput = input
        try process.process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        return process.wait()
    }

    final class Running: @unchecked Sendable {
        let process = Process()
        let stdout = Pipe()
        let stderr = Pipe()
        private var outData = Data()
        private var errData = Data()
        private let group = DispatchGroup()

        func drain() {
            group.enter()
            group.enter()
            DispatchQueue.global().async {
                self.outData = self.stdout.fileHandleForReading.readDataToEndOfFile()
                self.group.leave()
            }
            DispatchQueue.global().async {
                self.errData = self.stderr.fileHandleForReading.readDataToEndOfFile()
                self.group.leave()
            }
        }

        func wait() -> Result {
            process.waitUntilExit()
            group.wait()
            return Result(
                status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    static func start(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) -> Running {
        let running = Running()
        running.process.executableURL = executable
        running.process.arguments = arguments
        running.process.standardOutput = running.stdout
        running.process.standardError = running.stderr
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TRACKER_DB")
        for (key, value) in environment { env[key] = value }
        running.process.environment = env
        if let directory { running.process.currentDirectoryURL = directory }
        running.drain()
        return running
    }
}

enum Scratch {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The bundled example articles, cleaned.
    static func exampleDocuments() throws -> [CleanedDocument] {
        let examples = TrackerProcess.projectRoot.appendingPathComponent("Examples")
        let reader = DocumentReader()
        var documents: [CleanedDocument] = []
        let enumerator = FileManager.default.enumerator(atPath: examples.path)
        while let relative = enumerator?.nextObject() as? String {
            guard let format = DocumentFormat(path: relative) else { continue }
            let url = examples.appendingPathComponent(relative)
            documents.append(try reader.read([UInt8](try Data(contentsOf: url)), format: format, path: url.path))
        }
        return documents
    }

    /// `count` generated documents written as .txt files into a new folder.
    static func generatedCorpus(count: Int, words: Int) throws -> URL {
        let folder = try directory().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let generator = CorpusGenerator(documents: try exampleDocuments(), seed: 7)
        for index in 0..<count {
            let name = folder.appendingPathComponent(String(format: "doc-%05d.txt", index))
            try Data(generator.document(index, words: words).text.utf8).write(to: name)
        }
        return folder
    }
}

extension TrackerProcess {
    /// Runs another program (a shell with a size limit, `mount`) the same way.
    static func run(_ arguments: [String], executable: URL) throws -> Result {
        let running = start(arguments)
        running.process.executableURL = executable
        running.process.standardInput = FileHandle.nullDevice
        try running.process.run()
        return running.wait()
    }
}
