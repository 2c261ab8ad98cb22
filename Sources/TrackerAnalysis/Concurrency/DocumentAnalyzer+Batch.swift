extension DocumentAnalyzer {
    /// ``analyze(_:)`` of each document, the documents spread over the
    /// machine's cores (each document on one core: a news article's few
    /// dozen sentences are too few to share), results in order. What ingest
    /// analyses while it stores the batch before.
    public func analyze(_ documents: [CleanedDocument]) -> [AnalyzedDocument] {
        var single = self
        single.tagger.cores = 1
        return ParallelMap.map(documents.indices, cores: tagger.cores) { single.analyze(documents[$0]) }
    }
}
