import Foundation
import Testing
import TrackerTestSupport

@testable import TrackerAnalysis
@testable import TrackerSources

/// PDFs the tests write themselves (``TestPDF``), read through poppler's pdftotext
/// (installed by `.ci/run` as `poppler-utils`).
@Suite struct PDFSourceTests {
    static let report = TestPDF.report(
        pages: 3,
        left: { page in
            switch page {
            case 1:
                [
                    "The authority pledged to cut emissions", "from its harbour tugs by half by 2030.", "",
                    "The berths make the port more sustain-", "able, the board said.",
                ]
            case 2:
                [
                    "of the eastern channel would end in May.", "", "A state-owned firm was hired. The",
                    "state-", "owned dredging firm finished a basin.",
                ]
            default: ["Shore power reached three berths in May."]
            }
        },
        right: { page in
            switch page {
            case 1:
                [
                    "Separately, the board approved a budget of", "120 million euros for shore power.", "",
                    "The harbour master said the dredging",
                ]
            case 2: ["The board will publish its next report in 2026."]
            default: ["The authority will review the tug fleet again."]
            }
        })

    /// Offset in Unicode scalars of `needle` in `text` (the unit of sentence offsets).
    static func offset(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    }

    @Test func readsAReportWithoutItsFurniture() throws {
        let path = try Self.report.write(named: "report.pdf")
        let (document, article) = try PDFSource().read(path: path)
        let text = document.text
        #expect(!text.contains("Sustainability Report 2025"), "the running header is dropped on every page")
        #expect(
            !text.split(separator: "\n").contains { ["1", "2", "3"].contains($0.trimmingCharacters(in: .whitespaces)) },
            "page numbers are dropped")
        #expect(article.dropped.filter { $0.rule == PDFArticle.runningLineRule }.count == 3)
        #expect(article.dropped.filter { $0.rule == PDFArticle.pageNumberRule }.count == 3)
        #expect(text.contains("more sustainable, the board said."), "a word hyphenated at a line end is whole again")
        #expect(text.contains("The state-owned dredging firm"), "a hyphen the document writes elsewhere stays")
        #expect(
            text.contains("said the dredging of the eastern channel would end in May."),
            "a paragraph running on to the next page is one paragraph")
        let left = try #require(Self.offset(of: "tugs by half", in: text))
        let right = try #require(Self.offset(of: "approved a budget", in: text))
        #expect(left < right, "the left column is read before the right one")
        #expect(text.contains("cut emissions from its harbour tugs"), "a block's lines are one paragraph")
    }

    @Test func keepsThePageOfEachPart() throws {
        let path = try Self.report.write(named: "pages.pdf")
        let (document, article) = try PDFSource().read(path: path)
        let expected: [(String, Int)] = [
            ("The authority pledged", 1), ("approved a budget", 1), ("The harbour master said", 1),
            ("of the eastern channel", 2), ("The state-owned dredging", 2), ("publish its next report", 2),
            ("Shore power reached", 3), ("review the tug fleet", 3),
        ]
        var wrong: [String] = []
        for (needle, page) in expected {
            let offset = Self.offset(of: needle, in: document.text)
            let found = offset.flatMap(article.page(at:))
            if found != page { wrong.append("'\(needle)': page \(found.map(String.init) ?? "none"), expected \(page)") }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "; "))")
        #expect(article.pageStarts.map(\.page) == [1, 2, 3])
    }

    @Test func imageOnlyPDFHasNoTextLayer() throws {
        let path = try TestPDF(pages: [[], []]).write(named: "scan.pdf")
        #expect(throws: DocumentError.noTextLayer(path: path, reason: "its 2 pages are images only, without text")) {
            try PDFSource().read(path: path)
        }
        let message = DocumentError.noTextLayer(path: path, reason: "x").description
        #expect(message.contains("no text layer") && !message.contains("\n"))
    }

    @Test func passwordLockedPDFHasNoTextLayer() throws {
        let locked = TestPDF(pages: [[.init(x: 72, y: 700, size: 10, text: "The board will meet in May.")]], locked: true)
        let path = try locked.write(named: "locked.pdf")
        #expect(throws: DocumentError.noTextLayer(path: path, reason: "encrypted: it opens only with a password")) {
            try PDFSource().read(path: path)
        }
    }

    @Test func notAPDFIsOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("broken.pdf").path
        try Data("this is not a PDF at all\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try PDFSource().read(path: path)
            Issue.record("a file that is not a PDF was read")
        } catch let error as SourceError {
            guard case .unreadablePDF = error else { Issue.record("unexpected \(error)"); return }
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func missingPdftotextSaysWhatToInstall() throws {
        let path = try Self.report.write(named: "report.pdf")
        #expect(throws: SourceError.missingTool(tool: "/nonexistent/pdftotext", package: "poppler-utils")) {
            try PDFSource(tool: "/nonexistent/pdftotext").read(path: path)
        }
        #expect(SourceError.missingTool(tool: "pdftotext", package: "poppler-utils").description.contains("apt-get install poppler-utils"))
    }

    @Test(arguments: [
        ("7", true), ("Page 7", true), ("7 of 12", true), ("7/12", true), ("- 7 -", true), ("vii", true),
        ("2030", true), ("Chapter 7", false), ("7 berths", false), ("Annual Report", false), ("12345", false),
    ])
    func pageNumbers(line: String, isNumber: Bool) {
        #expect(PDFArticle.isPageNumber(line) == isNumber, "\(line)")
    }
}
