/// The version of the analysis rules, stored with everything they produce so
/// `tracker reanalyze` knows what is stale.
public enum AnalyzerVersion {
    public static let current = "0.1.0"
}
