/// A value handed to one other thread that alone uses it from then on: the
/// compiler cannot see that hand-over, so the caller vouches for it (see each use).
struct UncheckedSendable<Value>: @unchecked Sendable {
    /// The value handed over.
    let value: Value

    init(_ value: Value) { self.value = value }
}
