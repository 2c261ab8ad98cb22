/// HTML character references: `&amp;`, `&#8220;`, `&#x201D;` and the named
/// ones news pages use. Unknown references are left as written.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
        "deg": "\u{00B0}", "euro": "\u{20AC}", "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}",
        "sect": "\u{00A7}", "para": "\u{00B6}", "times": "\u{00D7}", "divide": "\u{00F7}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "percnt": "%",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "shy": "\u{00AD}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú",
        "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù",
        "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
        "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "yuml": "ÿ",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "ccedil": "ç", "Ccedil": "Ç",
        "ntilde": "ñ", "Ntilde": "Ñ", "atilde": "ã", "otilde": "õ", "aring": "å", "Aring": "Å",
        "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø",
    ]

    /// Decodes the reference at `start` (which holds `&`): its UTF-8 bytes
    /// and the index after it; a lone `&` comes back as itself.
    static func decode(_ bytes: [UInt8], at start: Int) -> (bytes: [UInt8], next: Int) {
        let limit = min(bytes.count, start + 34)
        var cursor = start + 1
        while cursor < limit, bytes[cursor] != UInt8(ascii: ";"), bytes[cursor] != UInt8(ascii: "&"),
              bytes[cursor] != 0x20, bytes[cursor] != UInt8(ascii: "<") {
            cursor += 1
        }
        guard cursor < limit, bytes[cursor] == UInt8(ascii: ";"), cursor > start + 1 else {
            return ([bytes[start]], start + 1)
        }
        let body = String(decoding: bytes[(start + 1)..<cursor], as: UTF8.self)
        var scalar: Unicode.Scalar?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if body.hasPrefix("#") {
            scalar = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        } else {
            scalar = named[body]
        }
        guard var decoded = scalar else { return ([bytes[start]], start + 1) }
        if decoded.value == 0 { decoded = "\u{FFFD}" }
        if decoded == "\u{00A0}" { decoded = " " }
        return (Array(String(decoded).utf8), cursor + 1)
    }

    /// Every reference in an attribute value, decoded.
    static func decodeAll(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                let decoded = decode(bytes, at: index)
                out += decoded.bytes
                index = decoded.next
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
