import Foundation
import Testing

@Suite struct SegmentCommandTests {
    struct Line: Decodable, Equatable {
        var sentence: Int
        var start: Int
        var end: Int
        var text: String
    }

    @Test func jsonlFollowsTheContract() throws {
        let dir = try Scratch.directory()
        let file = dir.appendingPathComponent("a.txt")
        try Data("Headline\n\nPeru’s envoy met Dr. Ruiz. “We will,” she said.\n\nAdvertisement\n\nTalks end.".utf8).write(to: file)
        let result = try TrackerProcess.run(["segment", "--format", "jsonl", file.path])
        #expect(result.status == 0)
        let lines = try result.stdout.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        #expect(
            lines == [
                Line(sentence: 0, start: 0, end: 8, text: "Headline"),
                Line(sentence: 1, start: 10, end: 36, text: "Peru’s envoy met Dr. Ruiz."),
                Line(sentence: 2, start: 37, end: 57, text: "“We will,” she said."),
                Line(sentence: 3, start: 59, end: 69, text: "Talks end."),
            ])
    }

    @Test func readsStandardInputAndOneSentencePerLine() throws {
        let result = try TrackerProcess.run(["segment", "-", "--one-sentence-per-line"], stdin: "One. Two.\nThree\n")
        #expect(result.status == 0)
        #expect(result.stdout == "One. Two.\nThree\n")
    }

    @Test func badInputGetsOneClearLineAndAFailureCode() throws {
        let dir = try Scratch.directory()
        let binary = dir.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: binary)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        for (arguments, message) in [
            (["segment", binary.path], "binary file"),
            (["segment", empty.path], "empty document"),
            (["segment", dir.appendingPathComponent("missing.txt").path], "no such file"),
            (["segment", dir.path], "is a directory"),
        ] {
            let result = try TrackerProcess.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderrLines.count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains(message), "\(result.stderr)")
        }
    }

    @Test func invalidUTF8IsAWarningNotAFailure() throws {
        let dir = try Scratch.directory()
        let file = dir.appendingPathComponent("latin1.txt")
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x2E]).write(to: file)
        let result = try TrackerProcess.run(["segment", file.path])
        #expect(result.status == 0)
        #expect(result.stdout == "Caf\u{FFFD} open.\n")
        #expect(result.stderr == "warning: \(file.path): invalid UTF-8, 1 replacement character(s) inserted\n")
    }
}
