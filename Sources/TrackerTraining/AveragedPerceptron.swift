/// A multi-class perceptron over hashed features with weight averaging
/// (Collins 2002), stored as one dense row of floats per feature seen.
final class AveragedPerceptron {
    let classCount: Int
    private var rows: [UInt64: Int] = [:]
    private var features: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Float] = []
    private var stamps: [Int] = []
    /// Training instances seen so far.
    private(set) var clock = 0
    /// A feature gets weights only once it has taken part in this many updates:
    /// features seen once in 46 thousand words are mostly noise, and they made
    /// two thirds of the model's size.
    let minimumUpdates: Int
    private var pending: [UInt64: Int] = [:]

    init(classCount: Int, minimumUpdates: Int = 1) {
        self.classCount = classCount
        self.minimumUpdates = minimumUpdates
    }

    /// Adds the weights of `active` into `scores`.
    func score(_ active: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for c in 0..<classCount { scores[c] = 0 }
        for feature in active {
            guard let row = rows[feature] else { continue }
            let base = row * classCount
            for c in 0..<classCount { scores[c] += weights[base + c] }
        }
    }

    /// Counts one training instance (call once per decision, right or wrong).
    func tick() { clock += 1 }

    /// Moves weight from `guess` to `truth` for every active feature.
    func update(_ active: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for feature in active {
            guard let row = rows[feature] ?? admit(feature) else { continue }
            bump(row * classCount + truth, by: 1)
            bump(row * classCount + guess, by: -1)
        }
    }

    private func admit(_ feature: UInt64) -> Int? {
        if minimumUpdates > 1 {
            let seen = pending[feature, default: 0] + 1
            guard seen >= minimumUpdates else { pending[feature] = seen; return nil }
            pending[feature] = nil
        }
        return addRow(feature)
    }

    private func addRow(_ feature: UInt64) -> Int {
        let row = features.count
        rows[feature] = row
        features.append(feature)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    private func bump(_ cell: Int, by delta: Float) {
        totals[cell] += Float(clock - stamps[cell]) * weights[cell]
        stamps[cell] = clock
        weights[cell] += delta
    }

    /// The averaged weights of every feature, in the order features were first seen.
    func averaged() -> [(feature: UInt64, weights: [Float])] {
        let clock = Float(max(self.clock, 1))
        return features.enumerated().map { row, feature in
            let base = row * classCount
            return (
                feature,
                (0..<classCount).map { c in
                    let cell = base + c
                    return (totals[cell] + Float(self.clock - stamps[cell]) * weights[cell]) / clock
                }
            )
        }
    }

    var featureCount: Int { features.count }
}

/// A seeded generator (splitmix64) so training shuffles the same way every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9e37_79b9_7f4a_7c15 }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension Array {
    /// A deterministic shuffle (Fisher-Yates with the seeded generator; the standard one may change between releases).
    mutating func seededShuffle(_ rng: inout SeededGenerator) {
        guard count > 1 else { return }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            swapAt(i, j)
        }
    }
}
