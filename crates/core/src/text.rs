//! Small text helpers shared by the crates.
//!
//! Lowercasing here knows only the Vietnamese alphabet: the standard library's full Unicode
//! case tables would add about 7 KB (brotli) to the WebAssembly, which lowercases labels
//! placed inside sentences and nothing else.

/// `Đi làm…` → `đi làm…`, for a label placed inside a sentence.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    // The rest is copied whole: the rules call this on every evaluation of the groups.
    let mut small = String::with_capacity(text.len());
    small.push(lowercase_letter(first));
    small.push_str(chars.as_str());
    small
}

/// `Từ 60 đến 74 Tuổi` → `từ 60 đến 74 tuổi`.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lowercase_letter).collect()
}

/// The small letter of a capital of the Vietnamese alphabet, precomposed (`Ữ` → `ữ`) or a
/// base letter before combining marks; every other character is returned as it is.
pub fn lowercase_letter(letter: char) -> char {
    let code = u32::from(letter);
    let small = match code {
        // A–Z; À–Þ in Latin-1 (not ×).
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 0x20,
        // Ă, Đ, Ĩ, Ũ (Latin Extended-A) and Ơ, Ư (Latin Extended-B).
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => code + 1,
        // Ạ–Ỹ (Latin Extended Additional): each capital is followed by its small letter.
        0x1EA0..=0x1EF8 if code % 2 == 0 => code + 1,
        _ => code,
    };
    char::from_u32(small).unwrap_or(letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_only_the_first_letter() {
        assert_eq!(lowercase_first("Đang nhận Lương hưu"), "đang nhận Lương hưu");
        assert_eq!(lowercase_first("Ưu tiên"), "ưu tiên");
        assert_eq!(lowercase_first(""), "");
        assert_eq!(lowercase("TỪ 60 ĐẾN 74 TUỔI"), "từ 60 đến 74 tuổi");
    }

    /// Every capital of the Vietnamese alphabet, with every tone, lowercases as the standard
    /// library does; a character it does not know is left unchanged, never garbled.
    #[test]
    fn agrees_with_the_standard_library_on_every_vietnamese_capital() {
        let vowels = "AĂÂEÊIOÔƠUƯY";
        let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        let mut capitals: Vec<char> = "ABCDĐEGHIKLMNOPQRSTUVXY".chars().chain(vowels.chars()).collect();
        // The toned capitals, precomposed: every capital in À–Þ, Ĩ, Ũ and Ạ–Ỹ.
        capitals.extend((0xC0..=0xDEu32).chain([0x128, 0x168]).chain(0x1EA0..=0x1EF8).filter_map(char::from_u32));
        capitals.retain(|c| c.is_uppercase());
        assert!(capitals.len() > 100, "{}", capitals.len());
        for capital in capitals {
            let expected: String = capital.to_lowercase().collect();
            assert_eq!(lowercase_letter(capital).to_string(), expected, "{capital}");
        }
        for tone in tones {
            assert_eq!(lowercase_letter(tone), tone, "combining marks stay");
        }
        for code in 0..0x2000u32 {
            let Some(c) = char::from_u32(code) else { continue };
            let ours = lowercase_letter(c);
            if ours != c {
                assert_eq!(Some(ours), c.to_lowercase().next(), "{c} U+{code:04X}");
            }
        }
    }
}
