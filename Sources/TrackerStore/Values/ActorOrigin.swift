/// Where a stored actor came from (the `actor.origin` column).
public enum ActorOrigin: String, Sendable, Codable, CaseIterable {
    /// The actor dictionary (bundled or `--actors`).
    case dictionary
    /// Found in an article's text.
    case discovered
    /// Added by a person (`tracker actors add`).
    case user
}
