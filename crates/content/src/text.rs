//! Vietnamese text hygiene: NFC normalisation and readable ASCII slugs.

use std::collections::HashSet;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Text in Unicode NFC, so the same word typed on two keyboards compares (and searches) equal.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// Readable ASCII slug: `Hỏi đáp về thẻ BHYT` → `hoi-dap-ve-the-bhyt`.
///
/// Tone marks and the marks of ă, â, ê, ô, ơ, ư are removed after decomposition (NFD), so
/// composed and decomposed input give the same slug; đ/Đ, which do not decompose, map to `d`.
/// Any other character becomes a separator.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// True for a non-empty slug of lowercase ASCII letters, digits and single inner hyphens.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
}

/// Hands out heading anchors unique within one document: the second `Mục tiêu` becomes
/// `muc-tieu-2`. Anchors depend only on the text and order of headings, so they are stable.
#[derive(Default)]
pub struct AnchorIds {
    used: HashSet<String>,
}

impl AnchorIds {
    /// Reserves an explicit id; false if it is already taken.
    pub fn reserve(&mut self, id: &str) -> bool {
        self.used.insert(id.to_owned())
    }

    /// A fresh id made from `text` (`muc` when the text has no letters or digits).
    pub fn for_text(&mut self, text: &str) -> String {
        let base = match slugify(text) {
            slug if slug.is_empty() => "muc".to_owned(),
            slug => slug,
        };
        let mut candidate = base.clone();
        let mut n = 2;
        while !self.used.insert(candidate.clone()) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_map_every_vietnamese_letter() {
        let cases = [
            ("Hỏi đáp về thẻ BHYT", "hoi-dap-ve-the-bhyt"),
            ("I. MỤC ĐÍCH, YÊU CẦU", "i-muc-dich-yeu-cau"),
            ("Đảng ủy phường", "dang-uy-phuong"),
            ("ĐỒNG ĐỨC ĐẶNG", "dong-duc-dang"),
            ("Trường học", "truong-hoc"),
            ("Ưu tiên người ở Ấp Ơn", "uu-tien-nguoi-o-ap-on"),
            ("Năm mới, Tết đến", "nam-moi-tet-den"),
            ("Cần Thơ, Huế", "can-tho-hue"),
            ("ăn ắn ằn ẳn ẵn ặn", "an-an-an-an-an-an"),
            ("âm ấm ầm ẩm ẫm ậm", "am-am-am-am-am-am"),
            ("êm ếm ềm ểm ễm ệm", "em-em-em-em-em-em"),
            ("ôn ốn ồn ổn ỗn ộn", "on-on-on-on-on-on"),
            ("ơn ớn ờn ởn ỡn ợn", "on-on-on-on-on-on"),
            ("ưu ứu ừu ửu ữu ựu", "uu-uu-uu-uu-uu-uu"),
            ("ía ìa ỉa ĩa ịa", "ia-ia-ia-ia-ia"),
            ("ý ỳ ỷ ỹ ỵ Ý", "y-y-y-y-y-y"),
            ("á à ả ã ạ", "a-a-a-a-a"),
            ("ó ò ỏ õ ọ", "o-o-o-o-o"),
            ("ú ù ủ ũ ụ", "u-u-u-u-u"),
            ("é è ẻ ẽ ẹ", "e-e-e-e-e"),
            ("NGƯỜI CAO TUỔI TỪ 75 TUỔI", "nguoi-cao-tuoi-tu-75-tuoi"),
            ("Chỉ thị số 52-CT/TW", "chi-thi-so-52-ct-tw"),
            ("  --Lương cơ sở 2.530.000 đồng!  ", "luong-co-so-2-530-000-dong"),
            ("Nghị quyết 261/2025/QH15: mức hưởng 100%", "nghi-quyet-261-2025-qh15-muc-huong-100"),
            ("Học sinh dân tộc thiểu số", "hoc-sinh-dan-toc-thieu-so"),
            ("Khuyến khích gia hạn trực tuyến qua VssID", "khuyen-khich-gia-han-truc-tuyen-qua-vssid"),
        ];
        for (text, slug) in cases {
            assert_eq!(slugify(text), slug, "{text}");
            assert!(is_slug(slug), "{slug}");
        }
    }

    #[test]
    fn decomposed_input_gives_the_same_slug() {
        let composed = "Hỏi đáp về thẻ bảo hiểm y tế Đặng Thị Ngọc";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed);
        assert_eq!(slugify(&decomposed), "hoi-dap-ve-the-bao-hiem-y-te-dang-thi-ngoc");
        assert_eq!(slugify(&decomposed), slugify(composed));
    }

    #[test]
    fn nfc_composes_decomposed_text() {
        let decomposed = "Thu\u{309}y"; // "Thủy" typed with a combining hook
        assert_eq!(nfc(decomposed), "Thủy");
        assert_eq!(nfc("Thủy"), "Thủy");
    }

    #[test]
    fn anchors_are_unique_and_stable() {
        let mut ids = AnchorIds::default();
        assert_eq!(ids.for_text("Mục tiêu"), "muc-tieu");
        assert_eq!(ids.for_text("MỤC TIÊU"), "muc-tieu-2");
        assert_eq!(ids.for_text("Mục tiêu"), "muc-tieu-3");
        assert_eq!(ids.for_text("***"), "muc");
        assert!(ids.reserve("rieng"));
        assert!(!ids.reserve("muc"));
    }

    #[test]
    fn slug_check() {
        assert!(is_slug("hoi-dap-2"));
        assert!(!is_slug("Hoi-dap"));
        assert!(!is_slug("hoi--dap"));
        assert!(!is_slug("-hoi"));
        assert!(!is_slug(""));
    }
}
