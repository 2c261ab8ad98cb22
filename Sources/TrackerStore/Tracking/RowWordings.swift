import Foundation
import TrackerAnalysis

/// The wordings among the rows a loader reads, each with the first row read
/// of it, prepared by the linker: a later row of the same kind, polarity,
/// action, normalised action and topics shares that row's strings and what
/// linking compares of it (``CommitmentLinker/prepare(_:like:)``).
///
/// A large store repeats a few wordings across hundreds of thousands of rows
/// (6.1 k actions among the 320 k commitments and outcomes of the generated
/// million statements): looking a row's bytes up here makes no string for
/// its action, normalised action or topics, and hashes no string to find its
/// facts, where the loader made five strings a row and hashed two of them
/// twice.
final class RowWordings {
    /// A prepared row, and its topics as stored (compared byte for byte).
    private struct Wording {
        let row: TrackingStatement
        let topicKeys: String?
    }

    /// The wordings by the hash of their bytes (a hash shared by two wordings lists both).
    private var byHash: [UInt64: [Wording]] = [:]

    /// The columns a wording is read from, in a load query's order (``CommitmentLoader/rowColumns``).
    static let kind: Int32 = 1
    static let polarity: Int32 = 2
    static let action: Int32 = 4
    static let normalized: Int32 = 5
    static let topics: Int32 = 12

    /// The hash of the current row's wording: FNV-1a over its columns' bytes, each column ended by a byte that
    /// UTF-8 text never holds (0xFF, or 0xFE for NULL), so that no two wordings run together alike.
    static func hash(_ columns: ColumnReader) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for column in [kind, polarity, action, normalized, topics] {
            if let bytes = columns.bytes(column) {
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                hash = (hash ^ 0xFF) &* 0x100_0000_01b3
            } else {
                hash = (hash ^ 0xFE) &* 0x100_0000_01b3
            }
        }
        return hash
    }

    /// The prepared row whose wording is the current row's, if one was read.
    func row(like columns: ColumnReader, hash: UInt64) -> TrackingStatement? {
        guard let candidates = byHash[hash] else { return nil }
        return candidates.first { wording in
            let row = wording.row
            return columns.value(Self.kind, among: CommitmentLoader.kinds) == row.kind
                && columns.value(Self.polarity, among: CommitmentLoader.polarities) == row.polarity
                && Self.equal(row.action, columns.bytes(Self.action))
                && Self.equal(row.normalized, columns.bytes(Self.normalized))
                && Self.equal(wording.topicKeys, columns.bytes(Self.topics))
        }?.row
    }

    /// Keeps `row`, prepared, as the one of its wording (read from the current row of `columns`).
    func add(_ row: TrackingStatement, _ columns: ColumnReader, hash: UInt64) {
        byHash[hash, default: []].append(Wording(row: row, topicKeys: columns.string(Self.topics)))
    }

    private static func equal(_ text: String?, _ bytes: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let text, let bytes else { return text == nil && bytes == nil }
        return ColumnReader.equal(text, bytes)
    }
}
