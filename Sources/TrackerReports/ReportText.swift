import Mustache

/// A text value of a report's context, as the template engine reads it
/// fastest: rendered through ``renderText`` (one protocol check, where a plain
/// `String` goes through four casts and `String(describing:)`), and with no
/// keys of its own, so that a name looked up inside its section (`{{#per}}per
/// {{per}}{{/per}}`) goes on to the enclosing object without reflecting on the
/// text (`Mirror`). At a million statements a status report renders 16 MB of
/// such values. Transforms (`{{uppercased(action)}}`) are a string's.
struct ReportText: MustacheParent, MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible {
    /// The text, unescaped (the template's content type escapes it).
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    /// Never null: a section over it renders, as over a string.
    var isNull: Bool { false }
    var description: String { text }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}
