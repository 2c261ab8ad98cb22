import Foundation

/// A minimal PDF writer for the tests: pages of text lines in Helvetica at given
/// positions (PDF points from the bottom left, as PDF draws), nothing else. Enough
/// for poppler to lay out columns, margins and hyphens as in a real report.
public struct TestPDF: Sendable {
    /// One line of text at a position.
    public struct Line: Sendable {
        /// Points from the left edge.
        public var x: Double
        /// Points from the bottom edge.
        public var y: Double
        /// The font size in points.
        public var size: Double
        /// The text drawn.
        public var text: String

        /// A line of `text` in `size` points at (`x`, `y`).
        public init(x: Double, y: Double, size: Double, text: String) {
            self.x = x
            self.y = y
            self.size = size
            self.text = text
        }
    }

    /// The pages; an empty page is drawn as an image-like rectangle without text.
    public var pages: [[Line]]

    /// Locked with a user password: the standard security handler's dictionary with
    /// password hashes no empty password matches, so a reader must ask for one.
    public var locked = false

    /// A PDF of these pages.
    public init(pages: [[Line]], locked: Bool = false) {
        self.pages = pages
        self.locked = locked
    }

    /// The PDF file's bytes: catalog, page tree, one page and content stream each, one font.
    public var bytes: [UInt8] {
        var objects: [String] = []
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = pages.indices.map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        let font = 3 + 2 * pages.count
        for (index, page) in pages.enumerated() {
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                    + "/Resources << /Font << /F1 \(font) 0 R >> >> /Contents \(4 + 2 * index) 0 R >>")
            // An image-only page still draws something: a grey rectangle where a scan would be.
            let stream =
                page.isEmpty
                ? "0.5 g 72 72 468 648 re f\n"
                : page.map { "BT /F1 \($0.size) Tf \($0.x) \($0.y) Td (\(Self.escaped($0.text))) Tj ET\n" }.joined()
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream")
        }
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        let lock =
            locked
            ? " /Encrypt << /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "41", count: 32))> /U <\(String(repeating: "42", count: 32))> /P -4 >>"
                + " /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"
            : ""
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(lock) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// Writes the PDF to a new temporary file and returns its path.
    public func write(named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-pdf-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(
            of: ")", with: "\\)")
    }

    /// A report of `count` pages laid out as sustainability reports are: a running header
    /// at the top, a page number at the foot, two columns of body text in between.
    public static func report(pages count: Int, left: (Int) -> [String], right: (Int) -> [String]) -> TestPDF {
        var pages: [[Line]] = []
        for number in 1...count {
            var lines = [Line(x: 72, y: 760, size: 9, text: "Valdora Harbour Authority - Sustainability Report 2025")]
            // Columns of at most 42 characters of 10 pt Helvetica (about 210 pt) leave a gutter of 40 pt or more.
            for (row, text) in left(number).enumerated() { lines.append(Line(x: 72, y: 700 - Double(row) * 13, size: 10, text: text)) }
            for (row, text) in right(number).enumerated() { lines.append(Line(x: 330, y: 700 - Double(row) * 13, size: 10, text: text)) }
            lines.append(Line(x: 300, y: 40, size: 9, text: "\(number)"))
            pages.append(lines)
        }
        return TestPDF(pages: pages)
    }
}
