/// A word cut from text by ``WordSplitter``: its form and where it is.
public struct SplitWord: Sendable, Hashable {
    /// The word as written.
    public var form: String
    /// Its UTF-8 offsets in the text given to the splitter (plus the base offset).
    public var range: Range<Int>
    /// No space follows it in the text (CoNLL-U `SpaceAfter=No`).
    public var noSpaceAfter: Bool

    /// A word with this form at this place.
    public init(form: String, range: Range<Int>, noSpaceAfter: Bool = false) {
        self.form = form
        self.range = range
        self.noSpaceAfter = noSpaceAfter
    }
}
