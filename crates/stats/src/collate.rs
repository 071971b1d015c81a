//! Vietnamese alphabetical order with numbers compared by value, so that "Tổ dân phố 2" comes
//! before "Tổ dân phố 10" and "Ấp" sorts under Â, after "An".
//!
//! Letters compare first (a ă â b c d đ e ê …); tone marks only break ties, in the dictionary
//! order ngang, huyền, hỏi, ngã, sắc, nặng.

use std::cmp::Ordering;

/// Vowels with their five tone forms, in tone order.
const TONED_VOWELS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];

/// Rank of a lowercase letter without tone in the Vietnamese alphabet; f, j, w, z (foreign
/// words) are placed as in the Latin alphabet.
fn letter_rank(c: char) -> Option<u32> {
    let rank = match c {
        'a' => 0,
        'ă' => 1,
        'â' => 2,
        'b' => 3,
        'c' => 4,
        'd' => 5,
        'đ' => 6,
        'e' => 7,
        'ê' => 8,
        'f' => 9,
        'g' => 10,
        'h' => 11,
        'i' => 12,
        'j' => 13,
        'k' => 14,
        'l' => 15,
        'm' => 16,
        'n' => 17,
        'o' => 18,
        'ô' => 19,
        'ơ' => 20,
        'p' => 21,
        'q' => 22,
        'r' => 23,
        's' => 24,
        't' => 25,
        'u' => 26,
        'ư' => 27,
        'v' => 28,
        'w' => 29,
        'x' => 30,
        'y' => 31,
        'z' => 32,
        _ => return None,
    };
    Some(rank)
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Piece {
    /// Numbers sort before letters, by value.
    Number(u128),
    /// Primary weight of one character: its letter, or the character itself if not a letter.
    Letter(u32),
}

/// A precomputed sort key: compare keys instead of strings when sorting many names.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct CollationKey {
    pieces: Vec<Piece>,
    tones: Vec<u8>,
    original: String,
}

pub(crate) fn collation_key(text: &str) -> CollationKey {
    let mut pieces = Vec::new();
    let mut tones = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(first) = chars.next() {
        if let Some(digit) = first.to_digit(10) {
            let mut value = u128::from(digit);
            while let Some(next) = chars.peek().and_then(|c| c.to_digit(10)) {
                value = value.saturating_mul(10).saturating_add(u128::from(next));
                chars.next();
            }
            pieces.push(Piece::Number(value));
            continue;
        }
        let lower = first.to_lowercase().next().unwrap_or(first);
        let (base, tone) = split_tone(lower);
        let weight = match letter_rank(base) {
            Some(rank) => 0x10_0000 + rank,
            None => 0x20_0000 + base as u32,
        };
        pieces.push(Piece::Letter(weight));
        tones.push(tone);
    }
    CollationKey { pieces, tones, original: text.to_owned() }
}

/// Compares two names in Vietnamese order.
pub fn compare_vi(left: &str, right: &str) -> Ordering {
    collation_key(left).cmp(&collation_key(right))
}

fn split_tone(c: char) -> (char, u8) {
    if c.is_ascii() {
        return (c, 0);
    }
    for forms in TONED_VOWELS {
        if let Some(tone) = forms.chars().position(|form| form == c) {
            return (forms.chars().next().unwrap_or(c), tone as u8);
        }
    }
    (c, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|name| name.to_string()).collect();
        names.sort_by(|a, b| compare_vi(a, b));
        names
    }

    #[test]
    fn numbers_compare_by_value() {
        assert_eq!(
            sorted(&["Tổ dân phố 10", "Tổ dân phố 2", "Tổ dân phố 1", "Tổ dân phố 12"]),
            ["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 10", "Tổ dân phố 12"]
        );
    }

    #[test]
    fn vietnamese_letter_order() {
        assert_eq!(
            sorted(&["Ấp 1", "An Phú", "Bình An", "Đông", "Dương"]),
            ["An Phú", "Ấp 1", "Bình An", "Dương", "Đông"]
        );
        assert_eq!(sorted(&["ơ", "ô", "o"]), ["o", "ô", "ơ"]);
    }

    #[test]
    fn tones_only_break_ties() {
        assert_eq!(sorted(&["mạ", "má", "mã", "mả", "mà", "ma"]), ["ma", "mà", "mả", "mã", "má", "mạ"]);
        // Letters decide before tones: "bà b" < "ba c".
        assert_eq!(sorted(&["ba c", "bà b"]), ["bà b", "ba c"]);
    }

    #[test]
    fn case_is_ignored_first() {
        assert!(compare_vi("ấp 3", "Ấp 3").is_ne(), "still a total order");
        assert_eq!(sorted(&["b", "A", "a"])[2], "b");
    }
}
