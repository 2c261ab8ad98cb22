/// What a later statement says became of a pledge itself, rather than of
/// its action: dropped, missed, or put off.
public enum PledgeTurn: String, Sendable, Hashable, Codable {
    /// "shelved its ban on nets", "dropped its plan to buy", "walked back its promise to cap": broken (reversed).
    case reverses
    /// "did not meet its deadline to close", "missed its target to cut": broken (failed), or partly kept when part was done.
    case fails
    /// "postponed the withdrawal until", "pushed back ... to": the deadline moves.
    case delays
}
