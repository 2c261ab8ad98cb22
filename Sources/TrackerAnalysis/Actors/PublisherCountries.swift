/// The country of major news outlets (`Resources/publishers.tsv`): in an
/// article of the BBC, "the government" with no state named is the United
/// Kingdom's.
public struct PublisherCountries: Sendable {
    private var countries: [String: String] = [:]

    /// An empty table, to fill with ``add(_:path:)``.
    public init() {}

    /// The bundled table (a test checks that it loads and names known states).
    public static let standard: PublisherCountries = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// The bundled table, parsed; a malformed line is an error naming it.
    public static func bundled() throws(RuleFileError) -> PublisherCountries {
        var table = PublisherCountries()
        try table.add(String(decoding: PackageResources.publishers_tsv, as: UTF8.self), path: "publishers.tsv")
        return table
    }

    /// Adds lines `name<TAB>country id<TAB>other names separated by |`.
    public mutating func add(_ text: String, path: String) throws(RuleFileError) {
        for row in DataFile.rows(text) {
            guard row.fields.count >= 2, !row.fields[0].isEmpty, !row.fields[1].isEmpty else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'outlet<TAB>country id<TAB>other names'")
            }
            let names = [row.fields[0]] + (row.fields.count > 2 ? row.fields[2].split(separator: "|").map(String.init) : [])
            for name in names { countries[Self.folded(name)] = row.fields[1] }
        }
    }

    /// The country id of `publisher` ("BBC", "bbc news", "The Guardian"), if known.
    public func country(of publisher: String) -> String? {
        countries[Self.folded(publisher)] ?? countries[Self.folded("The " + publisher)]
    }

    /// Every country id the table names.
    public var countryIDs: Set<String> { Set(countries.values) }

    private static func folded(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
