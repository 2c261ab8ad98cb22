import Foundation

/// Who makes corrections: `$TRACKER_AUTHOR`, else `$USER`, else "user".
enum Author {
    /// The author of corrections made now.
    static var current: String {
        let environment = ProcessInfo.processInfo.environment
        for name in ["TRACKER_AUTHOR", "USER"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return "user"
    }
}
