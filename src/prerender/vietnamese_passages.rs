//! `lang="vi"` on the Vietnamese words inside a translated page's text: a legal name in
//! brackets (`(Luật Bảo hiểm y tế)`), an office (`Cổng Dịch vụ công`), a place name. A screen
//! reader then reads them in Vietnamese, and the browser picks a Vietnamese font and
//! hyphenation. Done once on the built page, so no string, whatever file it comes from, is
//! missed; the text itself is never changed, only wrapped.
//!
//! A Vietnamese word is a Latin word with a letter only Vietnamese uses (`ả`, `ư`, `đ`…). A
//! passage runs from one such word to the last one that follows with only spaces and at most one
//! plain word between (`bảo hiểm y tế`). Elements that already carry `lang`, and text that
//! cannot hold an element (`title`, `option`, scripts), are left as they are.

/// Letters that only Vietnamese uses among the site's languages.
const VIETNAMESE_LETTERS: &str = "àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ\
ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴĐ";

/// Elements whose text is left alone: no `<span>` may go inside them, or they are not text.
const LEFT_ALONE: &[&str] = &["title", "option", "textarea", "script", "style", "svg", "head"];

/// Elements with no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

fn is_khmer(c: char) -> bool {
    ('\u{1780}'..='\u{17FF}').contains(&c) || ('\u{19E0}'..='\u{19FF}').contains(&c)
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_khmer(c)) || c == '/' || c == '-'
}

/// Whether a word without marks could be one Vietnamese syllable: a consonant onset, one to
/// three vowels and one of Vietnamese's few endings (`An`, `Long`, `Nam`; not `Ward`, `Commune`).
fn vietnamese_syllable(word: &str) -> bool {
    const ONSETS: &[&str] = &[
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n",
        "p", "r", "s", "t", "v", "x", "",
    ];
    const ENDINGS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    let word = word.to_ascii_lowercase();
    ONSETS.iter().filter_map(|onset| word.strip_prefix(onset)).any(|rest| {
        let vowels = rest.chars().take_while(|c| "aeiouy".contains(*c)).count();
        (1..=3).contains(&vowels) && ENDINGS.contains(&&rest[vowels..])
    })
}

/// The byte ranges of the Vietnamese passages of one text node.
fn passages(text: &str) -> Vec<(usize, usize)> {
    // Words: (start, end, Vietnamese?).
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (start, is_word_char(c) && index < text.len()) {
            (None, true) => start = Some(index),
            (Some(from), false) => {
                let word = text[from..index].trim_end_matches(['-', '/']);
                let end = from + word.len();
                words.push((from, end, word.chars().any(|c| VIETNAMESE_LETTERS.contains(c))));
                start = None;
            }
            _ => {}
        }
    }
    let spaces_between = |a: usize, b: usize| text[words[a].1..words[b].0].chars().all(|c| c == ' ');
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        if !words[index].2 {
            index += 1;
            continue;
        }
        let mut last = index;
        loop {
            let next = last + 1;
            if next < words.len() && words[next].2 && spaces_between(last, next) {
                last = next;
            } else if next + 1 < words.len()
                && !words[next].2
                && words[next + 1].2
                && spaces_between(last, next)
                && spaces_between(next, next + 1)
            {
                last = next + 1;
            } else {
                break;
            }
        }
        // A name goes on or starts with a capitalised word Vietnamese could spell (no f, j, w, z):
        // `Kiến An`, `Long Thạnh`, but not `Kiến An Ward`.
        let name_part = |at: usize| {
            let word = &text[words[at].0..words[at].1];
            !words[at].2 && word.chars().next().is_some_and(char::is_uppercase) && vietnamese_syllable(word)
        };
        let capitalised = |at: usize| text[words[at].0..].chars().next().is_some_and(char::is_uppercase);
        let mut first = index;
        if index > 0 && capitalised(index) && name_part(index - 1) && spaces_between(index - 1, index) {
            first = index - 1;
        }
        if last + 1 < words.len() && capitalised(last) && name_part(last + 1) && spaces_between(last, last + 1) {
            last += 1;
        }
        if first < index && found.last().is_some_and(|(_, end)| *end > words[first].0) {
            first = index;
        }
        found.push((words[first].0, words[last].1));
        index = last + 1;
    }
    found
}

/// The page with each Vietnamese passage of its body's text in `<span lang="vi">`.
pub fn mark_vietnamese_passages(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 20);
    // Open elements: (name, whether its text is left alone, itself or by an ancestor).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    let mut in_body = false;
    while !rest.is_empty() {
        let Some(tag_start) = rest.find('<') else {
            out.push_str(rest);
            break;
        };
        let text = &rest[..tag_start];
        let left_alone = !in_body || open.last().is_some_and(|(_, alone)| *alone);
        if left_alone || text.trim().is_empty() {
            out.push_str(text);
        } else {
            let mut written = 0;
            for (from, to) in passages(text) {
                out.push_str(&text[written..from]);
                out.push_str("<span lang=\"vi\">");
                out.push_str(&text[from..to]);
                out.push_str("</span>");
                written = to;
            }
            out.push_str(&text[written..]);
        }
        rest = &rest[tag_start..];
        let tag_end = rest.find('>').map_or(rest.len(), |end| end + 1);
        let tag = &rest[..tag_end];
        out.push_str(tag);
        rest = &rest[tag_end..];
        let inner = tag.trim_start_matches('<').trim_end_matches('>');
        if inner.starts_with('!') {
            continue;
        }
        let name: String =
            inner.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>();
        let name = name.to_ascii_lowercase();
        if inner.starts_with('/') {
            if let Some(position) = open.iter().rposition(|(open_name, _)| *open_name == name) {
                open.truncate(position);
            }
            continue;
        }
        if name == "body" {
            in_body = true;
        }
        if VOID.contains(&name.as_str()) || inner.ends_with('/') {
            continue;
        }
        let alone = open.last().is_some_and(|(_, alone)| *alone)
            || LEFT_ALONE.contains(&name.as_str())
            || (name != "html" && inner.contains(" lang="));
        // A script's or style's text may hold `<`: copy it through to its end tag.
        if name == "script" || name == "style" {
            let end_tag = format!("</{name}>");
            let end = rest.find(&end_tag).map_or(rest.len(), |end| end + end_tag.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        open.push((name, alone));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_passages_inside_translated_text_are_marked_and_nothing_else_changes() {
        let page = "<html lang=\"km\"><head><title>Luật Bảo hiểm y tế</title></head><body>\
            <p>ច្បាប់ (Luật Bảo hiểm y tế) និង VssID</p>\
            <p>The Law on Health Insurance (bảo hiểm y tế), Decree No. 188/2025/NĐ-CP.</p>\
            <p lang=\"vi\">Phường Kiến An</p><a href=\"/\" lang=\"vi\">Tiếng <b>Việt</b></a>\
            <script type=\"application/json\">{\"a\":\"<Hải>\"}</script><select><option>Đồng</option></select>\
            <br><p>Kiến An Ward</p></body></html>";
        let marked = mark_vietnamese_passages(page);
        assert!(marked.contains("<title>Luật Bảo hiểm y tế</title>"), "{marked}");
        assert!(marked.contains("ច្បាប់ (<span lang=\"vi\">Luật Bảo hiểm y tế</span>) និង VssID"), "{marked}");
        assert!(marked
            .contains("(<span lang=\"vi\">bảo hiểm y tế</span>), Decree No. <span lang=\"vi\">188/2025/NĐ-CP</span>."));
        assert!(marked.contains("<p lang=\"vi\">Phường Kiến An</p><a href=\"/\" lang=\"vi\">Tiếng <b>Việt</b></a>"));
        assert!(marked.contains("{\"a\":\"<Hải>\"}</script><select><option>Đồng</option>"), "{marked}");
        assert!(marked.contains("<br><p><span lang=\"vi\">Kiến An</span> Ward</p>"), "{marked}");
        let unmarked: String = marked.replace("<span lang=\"vi\">", "").replace("</span>", "");
        assert_eq!(unmarked, page, "only wrapped, never changed");
    }

    #[test]
    fn english_and_khmer_words_are_not_marked() {
        assert!(passages("Health insurance for everyone, in year 1 (A4).").is_empty());
        assert!(passages("ធានារ៉ាប់រងសុខភាព A4 VssID 2026").is_empty());
        let text = "Long Thạnh Commune, in Long Thạnh";
        let marked: Vec<&str> = passages(text).into_iter().map(|(from, to)| &text[from..to]).collect();
        assert_eq!(marked, ["Long Thạnh", "Long Thạnh"]);
    }
}
