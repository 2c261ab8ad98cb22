import Foundation
public import TrackerAnalysis

/// One line of a file for `tracker import`: an exported sentence (with its
/// statements and their correction history) or a plain gold line.
public enum ImportLine: Sendable {
    case exported(ExportedSentence)
    case gold(GoldLine)

    /// How the lines of a file are read.
    public enum Reading: Sendable {
        /// Each line by its shape: a line with `statements`, `document` or
        /// `sentence` is an exported sentence, any other a gold line.
        case byShape
        /// Every line as a gold line (an export's lines are gold lines too).
        case gold
    }

    /// The fields only an exported sentence has: a line with any of them is
    /// read as one, and is refused if it is not a valid one (never read as a
    /// gold line instead, which would turn automatic statements into a
    /// person's confirmed ones).
    static let exportFields: Set<String> = ["statements", "document", "sentence"]

    /// Reads one JSON line as `reading` says.
    ///
    /// - Throws: ``ImportLineError`` saying which shape was expected and
    ///   which field is wrong.
    public static func decode(_ line: some StringProtocol, reading: Reading = .byShape) throws(ImportLineError) -> ImportLine {
        let data = Data(line.utf8)
        let fields: Set<String>
        do {
            fields = try JSONDecoder().decode(FieldNames.self, from: data).names
        } catch {
            throw ImportLineError(shape: nil, reason: "not a JSON object")
        }
        if reading == .byShape, !fields.isDisjoint(with: exportFields) {
            do {
                return .exported(try JSONDecoder().decode(ExportedSentence.self, from: data))
            } catch {
                throw ImportLineError(shape: .exported, reason: Self.describe(error))
            }
        }
        do {
            return .gold(try JSONDecoder().decode(GoldLine.self, from: data))
        } catch {
            throw ImportLineError(shape: .gold, reason: Self.describe(error))
        }
    }

    /// A decoding error as a user reads it: the field's path and what is wrong.
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "the line" : "\"\(text)\""
        }
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case let .keyNotFound(key, context):
            return "\(path(context.codingPath + [key])) is missing"
        case let .valueNotFound(type, context):
            return "\(path(context.codingPath)) is null, expected \(Self.name(of: type))"
        case let .typeMismatch(type, context):
            return "\(path(context.codingPath)) is not \(Self.name(of: type))"
        case let .dataCorrupted(context):
            return "\(path(context.codingPath)) has a value that is not allowed"
        @unknown default:
            return "\(error)"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type, is Double.Type: return "a number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        default: return "\(type)".hasPrefix("Array") ? "a list" : "an object"
        }
    }
}

/// Why a line of an import file was refused.
public struct ImportLineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The shape the line was read as.
    public enum Shape: Sendable, Hashable { case exported, gold }
    /// The shape the line was read as (nil when it is not JSON at all).
    public var shape: Shape?
    /// What is wrong, naming the field.
    public var reason: String

    /// The sentence shown to the user: what the line looked like and what it lacks.
    public var description: String {
        switch shape {
        case .exported: return "an exported sentence (it has \"statements\", \"document\" or \"sentence\"), but \(reason)"
        case .gold: return "a gold line (it has no \"statements\"), but \(reason); a gold line needs \"text\" and \"kinds\""
        case nil: return reason
        }
    }
}

/// The top-level field names of a JSON object, whatever their values.
private struct FieldNames: Decodable {
    var names: Set<String>

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        names = Set(try decoder.container(keyedBy: Key.self).allKeys.map(\.stringValue))
    }
}
