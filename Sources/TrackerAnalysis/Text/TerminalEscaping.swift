/// Text from documents and files made safe to print on a terminal: C0 and
/// C1 control characters and DEL are shown as `\u{1B}`, so an escape
/// sequence in an article (ESC[2J clears the screen, OSC 52 writes the
/// clipboard, OSC 0 sets the window title) prints as text and does nothing.
/// Line breaks and tabs inside data are escaped too: a data value never
/// starts a line of its own; the output's own newlines are added around it.
public enum TerminalEscaping {
    /// `text` with every control character written as `\u{XX}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F): the ranges a terminal acts on.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }
}
