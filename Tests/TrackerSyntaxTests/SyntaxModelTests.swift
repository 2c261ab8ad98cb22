import Foundation
import Testing

@testable import TrackerSyntax

@Suite struct SyntaxModelTests {
    @Test func bundledModelLoads() throws {
        let model = try SyntaxModel.bundled
        #expect(model.tags.count > 40)
        #expect(model.relations.contains(.oblAgent))
    }

    @Test func damagedModelsAreErrorsNotCrashes() throws {
        let good = try SyntaxModel.bundled.serialized()
        #expect(throws: SyntaxModelError.notAModel) { try SyntaxModel(bytes: []) }
        #expect(throws: SyntaxModelError.notAModel) { try SyntaxModel(bytes: Array("not a model at all, just text".utf8)) }
        var version = good
        version[8] = 99
        #expect(throws: SyntaxModelError.unsupportedVersion(99)) { try SyntaxModel(bytes: version) }
        var flipped = good
        flipped[good.count / 2] ^= 0x40
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(bytes: flipped) }
        for cut in [12, 100, good.count / 3, good.count - 1] {
            #expect(throws: SyntaxModelError.self) { try SyntaxModel(bytes: Array(good.prefix(cut))) }
        }
        let missing = URL(fileURLWithPath: "/nonexistent/english.model")
        #expect(throws: SyntaxModelError.missing(missing.path)) { try SyntaxModel(contentsOf: missing) }
        // A file that is damaged and whose checksum was made to match still fails on its counts.
        var forged = Array(good.prefix(8 + 4)) + [0xff, 0xff, 0xff, 0xff]
        var writer = ModelWriter()
        writer.write(raw: forged)
        writer.write(FeatureHash.bytes(forged))
        forged = writer.bytes
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(bytes: forged) }
    }

    @Test func sameBytesAfterReadingAndWriting() throws {
        let good = try SyntaxModel.bundled.serialized()
        #expect(try SyntaxModel(bytes: good).serialized() == good)
    }
}
