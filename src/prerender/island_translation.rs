//! An island's words in a translated language, from content files beside the Vietnamese:
//! - the self-check: `ket-qua.<code>.toml` (the result's sentences, with the keys of
//!   `ket-qua.toml`) and `tu-kiem-tra.<code>.toml`;
//! - the statistics: `thong-ke.<code>.toml`.
//!
//! A texts file maps each Vietnamese text of the island's code, `vi`, to its translation,
//! `dich`. A translation gives every text, or the build stops, naming the file, the line and
//! the field: a page half in one language would mislead.

use crate::site::boot::Island;
use bhyt_content::{file_in, routes, Words};
use bhyt_core::{line_of_offset, ContentError, Language, Translation};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

// `WIZARD_TEXTS` and `STATISTICS_TEXTS`: every `tr("…")` of each island's code, sorted (build.rs).
include!(concat!(env!("OUT_DIR"), "/island-texts.rs"));

/// The file of an island's texts, in `content/chung/` (with the language's code before `.toml`).
pub fn texts_file(island: Island) -> &'static str {
    match island {
        Island::Wizard => "tu-kiem-tra.toml",
        Island::Statistics => "thong-ke.toml",
    }
}

/// The file of the result's sentences: the self-check's only.
fn sentences_file(island: Island) -> Option<&'static str> {
    (island == Island::Wizard).then_some("ket-qua.toml")
}

/// The pages of an island whose titles and descriptions its code shows from the route table:
/// a translation gives them too (`[trang.…]` of its words).
fn route_pages(island: Island) -> &'static [routes::Page] {
    match island {
        Island::Wizard => &[routes::CHECK, routes::RESULT, routes::HOUSEHOLD],
        Island::Statistics => &[],
    }
}

/// Every Vietnamese text an island shows: its code's `tr("…")`, and the self-check's questions table.
pub fn code_texts(island: Island) -> BTreeSet<&'static str> {
    match island {
        Island::Wizard => WIZARD_TEXTS.iter().copied().chain(bhyt_rules::question_texts()).collect(),
        Island::Statistics => STATISTICS_TEXTS.iter().copied().collect(),
    }
}

#[derive(Deserialize)]
struct SentencesFile {
    da_duyet: Option<bool>,
    #[serde(flatten)]
    sections: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextsFile {
    da_duyet: Option<bool>,
    #[serde(default)]
    cau: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Text {
    vi: String,
    dich: String,
}

/// The island's words in `language`, if its files are there, and whether a reader of the
/// language checked each of them (`da_duyet`); `words` must then give the island's start page
/// (`[trang.tu_kiem_tra]`, `[trang.thong_ke]`), and the other way round.
pub fn load(
    content_dir: &Path,
    language: Language,
    words: &Words,
    island: Island,
) -> Result<Option<(Translation, bool)>, String> {
    let shared = content_dir.join(bhyt_content::SHARED_DIR);
    let read = |name: &str| -> Result<Option<(String, String)>, String> {
        let file = format!("content/{}/{name}", bhyt_content::SHARED_DIR);
        match std::fs::read_to_string(shared.join(name)) {
            Ok(source) => Ok(Some((file, source))),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(format!("{file}: {err}")),
        }
    };
    let texts_name = file_in(language, texts_file(island));
    let texts = read(&texts_name)?;
    let sentences = match sentences_file(island) {
        Some(name) => Some((file_in(language, name), read(&file_in(language, name))?)),
        None => None,
    };
    let start_page = words.page(island.start_page());
    let mut parts = vec![(texts.is_some(), texts_name)];
    if let Some((name, file)) = &sentences {
        parts.push((file.is_some(), name.clone()));
    }
    parts.push((
        start_page.is_some(),
        format!(
            "[trang.{}] trong {}",
            bhyt_content::page_key(island.start_page().path),
            bhyt_content::words_file(language)
        ),
    ));
    if parts.iter().all(|(present, _)| !present) {
        return Ok(None);
    }
    let missing: Vec<String> = parts.into_iter().filter(|(present, _)| !present).map(|(_, name)| name).collect();
    if !missing.is_empty() {
        return Err(format!(
            "LỖI NỘI DUNG: bản dịch {} tiếng {} cần đủ các phần; còn thiếu: {}",
            island.name(),
            language.code(),
            missing.join(", ")
        ));
    }
    let (sentences, sentences_checked) = match sentences {
        Some((_, Some((file, source)))) => {
            let mut by_key = BTreeMap::new();
            let checked = read_sentences(language, &file, &source, &mut by_key)?;
            // In the order of `Sentence::ALL`; `check_sentences` made sure each is there.
            let sentences = bhyt_rules::Sentence::ALL
                .iter()
                .map(|sentence| by_key.remove(sentence.key()).unwrap_or_default())
                .collect();
            (sentences, checked)
        }
        _ => (Vec::new(), true),
    };
    let (file, source) = texts.unwrap_or_default();
    let mut translation = BTreeMap::new();
    let texts_checked = read_texts(language, &file, &source, &code_texts(island), &mut translation)?;
    for page in route_pages(island) {
        let page_words = words.page(*page).ok_or_else(|| {
            format!(
                "LỖI NỘI DUNG: {}: thiếu [trang.{}] (tên và mô tả trang)",
                bhyt_content::words_file(language),
                bhyt_content::page_key(page.path)
            )
        })?;
        translation.insert(page.title.to_owned(), page_words.0);
        translation.insert(page.description.to_owned(), page_words.1);
    }
    let translation = Translation { language: Some(language), texts: translation.into_iter().collect(), sentences };
    Ok(Some((translation, sentences_checked && texts_checked)))
}

fn read_sentences(
    language: Language,
    file: &str,
    source: &str,
    into: &mut BTreeMap<String, String>,
) -> Result<bool, String> {
    bhyt_rules::check_sentences(file, source).map_err(|err| format!("LỖI NỘI DUNG: {err}"))?;
    let parsed: SentencesFile = bhyt_core::parse_toml(file, source).map_err(|err| format!("LỖI NỘI DUNG: {err}"))?;
    let checked = reviewed(language, file, source, parsed.da_duyet)?;
    for (section, entries) in parsed.sections {
        for (key, text) in entries {
            into.insert(format!("{section}.{key}"), text);
        }
    }
    Ok(checked)
}

fn read_texts(
    language: Language,
    file: &str,
    source: &str,
    code_texts: &BTreeSet<&'static str>,
    into: &mut BTreeMap<String, String>,
) -> Result<bool, String> {
    let parsed: TextsFile = bhyt_core::parse_toml(file, source).map_err(|err| format!("LỖI NỘI DUNG: {err}"))?;
    let checked = reviewed(language, file, source, parsed.da_duyet)?;
    let entry_lines: Vec<usize> =
        source.match_indices("[[cau]]").map(|(offset, _)| line_of_offset(source, offset)).collect();
    for (index, text) in parsed.cau.into_iter().enumerate() {
        let error = |field: &str, message: String| ContentError {
            file: file.to_owned(),
            line: entry_lines.get(index).copied(),
            field: format!("cau[{index}].{field}"),
            message,
        };
        if !code_texts.contains(text.vi.as_str()) {
            return Err(format!(
                "LỖI NỘI DUNG: {}",
                error(
                    "vi",
                    format!(
                        "“{}” không còn trong mã của trang: xoá mục này, hoặc sửa cho đúng chữ tiếng Việt hiện nay",
                        text.vi
                    )
                )
            ));
        }
        if text.dich.trim().is_empty() {
            return Err(format!("LỖI NỘI DUNG: {}", error("dich", "cần bản dịch, không để trống".to_owned())));
        }
        if placeholders(&text.vi) != placeholders(&text.dich) {
            return Err(format!(
                "LỖI NỘI DUNG: {}",
                error(
                    "dich",
                    format!("cần đúng các chỗ {{…}} của câu tiếng Việt: {}", placeholders(&text.vi).join(" "))
                )
            ));
        }
        if into.insert(text.vi.clone(), text.dich).is_some() {
            return Err(format!("LỖI NỘI DUNG: {}", error("vi", "chữ này đã được dịch ở một mục trước".to_owned())));
        }
    }
    if let Some(missing) = code_texts.iter().find(|text| !into.contains_key(**text)) {
        return Err(format!(
            "LỖI NỘI DUNG: {file}: thiếu bản dịch của “{missing}” (thêm một mục [[cau]] với vi và dich)"
        ));
    }
    Ok(checked)
}

/// Whether a reader of the language checked the file: `da_duyet`, which a translation must have.
fn reviewed(language: Language, file: &str, source: &str, da_duyet: Option<bool>) -> Result<bool, String> {
    bhyt_content::check_reviewed(da_duyet, language).map_err(|(field, message)| {
        format!(
            "LỖI NỘI DUNG: {}",
            ContentError { file: file.to_owned(), line: bhyt_core::locate_key(source, &field), field, message }
        )
    })?;
    Ok(da_duyet == Some(true))
}

/// The `{…}` of a text, sorted: a translation keeps each.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .match_indices('{')
        .filter_map(|(start, _)| Some(&text[start..start + text[start..].find('}')? + 1]))
        .collect();
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_texts_are_listed_sorted_and_a_translation_keeps_each_placeholder() {
        assert!(WIZARD_TEXTS.windows(2).all(|pair| pair[0] < pair[1]));
        let wizard = code_texts(Island::Wizard);
        assert!(wizard.contains("Tôi không biết") && wizard.contains("Dưới 6 tuổi"));
        assert!(STATISTICS_TEXTS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(code_texts(Island::Statistics).contains("Theo từng {don_vi}"));
        assert_eq!(placeholders("Hãy nhập một số từ {min} đến {max}"), ["{max}", "{min}"]);
    }
}
