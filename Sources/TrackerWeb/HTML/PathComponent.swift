import Foundation

/// A value put into a URL path or query: percent-encoded so that a name with
/// `/`, `?`, `#` or spaces stays one component.
enum PathComponent {
    /// Characters left as they are: RFC 3986's unreserved set.
    private static let unreserved = CharacterSet(
        charactersIn:
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `value` percent-encoded for a path segment or a query value.
    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
