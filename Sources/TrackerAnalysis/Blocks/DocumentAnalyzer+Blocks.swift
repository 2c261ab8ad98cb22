extension DocumentAnalyzer {
    /// What ``analyze(_:)`` finds in `document`, block by block (see
    /// ``TextBlock``): `body` gets the annotated sentences in order, a block's
    /// worth at a time (a call may have none, while a quotation is held), and
    /// may forget them; memory is bounded by the block, not the document.
    /// The sentences and statements are those of the whole-document analysis.
    public func annotateInBlocks(
        _ document: CleanedDocument, blockBytes: Int = TextBlock.defaultBytes,
        _ body: ([AnnotatedSentence]) throws -> Void
    ) rethrows {
        let context = StatementTagger.DocumentContext(
            date: document.metadata.date, publication: document.metadata.source,
            country: document.metadata.country)
        var tagging = BlockTagging(tagger: tagger, context: context)
        for block in TextBlock.blocks(in: document.text, bytes: blockBytes) {
            var annotated = tagging.tag(document.text, sentences: segmenter.sentences(in: document.text, block: block))
            addTopics(&annotated)
            try body(annotated)
        }
        var rest = tagging.finish()
        addTopics(&rest)
        try body(rest)
    }
}
