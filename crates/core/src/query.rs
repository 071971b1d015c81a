//! Query strings and percent-encoding, shared by the wizard's and the statistics' address
//! codecs, the share links and the CSV download: one reading of `?a=b&c=d`.

/// The `key=value` pairs of a query string, with or without its leading `?`, still encoded.
/// A pair without `=` has an empty value; empty pairs (`a=1&&b=2`) are skipped.
pub fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|pair| !pair.is_empty()).map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// The first (still encoded) value of `key`.
pub fn value<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    pairs(query).find_map(|(name, value)| (name == key).then_some(value))
}

/// Percent-decoding with `+` as a space. `None` for a broken escape or invalid UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
                decoded.push(u8::from_str_radix(hex, 16).ok()?);
                index += 3;
            }
            b'+' => {
                decoded.push(b' ');
                index += 1;
            }
            byte => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(decoded).ok()
}

/// Percent-encodes every byte but RFC 3986's unreserved characters, as `encodeURIComponent`
/// does for a query value (and as a `data:` URL needs).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_and_values() {
        let found: Vec<_> = pairs("?a=1&&b&c=x=y").collect();
        assert_eq!(found, [("a", "1"), ("b", ""), ("c", "x=y")]);
        assert_eq!(value("a=1&ngay=2026-07-01&ngay=2027-01-01", "ngay"), Some("2026-07-01"));
        assert_eq!(value("", "ngay"), None);
    }

    #[test]
    fn encoding_round_trips() {
        assert_eq!(percent_encode("https://a.vn/tin-tuc/b/"), "https%3A%2F%2Fa.vn%2Ftin-tuc%2Fb%2F");
        assert_eq!(percent_encode("ấp"), "%E1%BA%A5p");
        assert_eq!(percent_decode("%E1%BA%A5p+1").as_deref(), Some("ấp 1"));
        assert_eq!(percent_decode("%E1%BA"), None, "invalid UTF-8");
        assert_eq!(percent_decode("%G1"), None, "broken escape");
        assert_eq!(percent_decode("%4"), None, "cut escape");
    }
}
