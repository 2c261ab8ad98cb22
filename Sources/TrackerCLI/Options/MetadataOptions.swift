import ArgumentParser
import TrackerAnalysis

/// Document metadata given on the command line; it wins over the file's own.
struct MetadataOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Publication date (YYYY-MM-DD): the reference for relative times.",
            valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    @Option(help: "Publisher or outlet.")
    var source: String?

    @Option(help: "Title.")
    var title: String?

    @Option(help: "URL of the original.")
    var url: String?

    @Option(
        help: ArgumentHelp(
            "The document's country (a name or id): the state of 'the government' or 'ministers' "
                + "when the text names none (default: the publisher's, for major outlets).",
            valueName: "NAME"))
    var country: String?

    var metadata: DocumentMetadata {
        var metadata = DocumentMetadata(title: title, date: date, source: source, url: url, country: country)
        metadata.language = "en"
        return metadata
    }
}

extension CalendarDate: ExpressibleByArgument {
    /// A date given as `YYYY-MM-DD` on the command line.
    public init?(argument: String) {
        guard argument.count == 10 else { return nil }
        self.init(iso: argument)
    }
}
