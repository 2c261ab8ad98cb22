import Testing
import TrackerAnalysis

/// Progress against the pledged quantity, as outcomes say it (the team's phrasing).
@Suite struct ProgressShareTests {
    static let cases: [(action: String, pledged: Int?, share: String?)] = [
        ("withdrew its troops from two of the five border posts", 5, "2 of 5"),
        ("delivered the first of three shipments of grain", nil, "1 of 3"),
        ("released 70 of the 100 prisoners", 100, "70 of 100"),
        ("has built 60 percent of the plant", nil, "60%"),
        ("has repaired 45% of the roads", nil, "45%"),
        ("cleared half of the minefields", nil, "50%"),
        ("released 70 prisoners", 100, "70 of 100"),
        ("released 100 prisoners", 100, nil),
        ("freed 1,040 of the 1,200 detainees", 1_200, "1040 of 1200"),
        ("signed the accord in 2025", 3, nil),
        ("released all five of the five hostages", 5, "5 of 5"),
        ("opened the bridge", nil, nil),
    ]

    @Test func sharesAsWritten() {
        var failures: [String] = []
        for row in Self.cases {
            let found = ProgressShare.find(in: row.action, pledged: row.pledged)?.description
            if found != row.share { failures.append("\(row.action): expected \(row.share ?? "none"), got \(found ?? "none")") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
