//! The self-check in a translated language, from two content files beside the Vietnamese:
//! `ket-qua.<code>.toml` (the result's sentences, with the keys of `ket-qua.toml`) and
//! `tu-kiem-tra.<code>.toml` (each other Vietnamese text of the self-check's code, `vi`, with
//! its translation, `dich`). A translation gives every text, or the build stops, naming the
//! file, the line and the field: a self-check half in one language would mislead.

use bhyt_content::{file_in, routes, Words};
use bhyt_core::{line_of_offset, ContentError, Language, Translation};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

// `WIZARD_TEXTS`: every `tr("…")` of the code, sorted (build.rs).
include!(concat!(env!("OUT_DIR"), "/wizard-texts.rs"));

/// The file of the texts, in `content/chung/`.
pub const TEXTS_FILE: &str = "tu-kiem-tra.toml";

/// The pages of the self-check whose titles and descriptions the code shows from the route
/// table: a translation gives them too.
const ROUTE_PAGES: [routes::Page; 3] = [routes::CHECK, routes::RESULT, routes::HOUSEHOLD];

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

/// The self-check's words in `language`, if its files are there; `words` must then give the
/// start page (`[trang.tu_kiem_tra]`), and the other way round.
pub fn load(content_dir: &Path, language: Language, words: &Words) -> Result<Option<Translation>, String> {
    let shared = content_dir.join(bhyt_content::SHARED_DIR);
    let read = |name: &str| -> Result<Option<(String, String)>, String> {
        let file = format!("content/{}/{name}", bhyt_content::SHARED_DIR);
        match std::fs::read_to_string(shared.join(name)) {
            Ok(source) => Ok(Some((file, source))),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(format!("{file}: {err}")),
        }
    };
    let sentences = read(&file_in(language, "ket-qua.toml"))?;
    let texts = read(&file_in(language, TEXTS_FILE))?;
    let start_page = words.page(routes::WIZARD);
    let (sentences, texts) = match (sentences, texts, start_page.is_some()) {
        (None, None, false) => return Ok(None),
        (Some(sentences), Some(texts), true) => (sentences, texts),
        (sentences, texts, _) => {
            let missing = [
                (sentences.is_none(), file_in(language, "ket-qua.toml")),
                (texts.is_none(), file_in(language, TEXTS_FILE)),
                (start_page.is_none(), format!("[trang.tu_kiem_tra] trong {}", bhyt_content::words_file(language))),
            ];
            let missing: Vec<String> =
                missing.into_iter().filter(|(absent, _)| *absent).map(|(_, name)| name).collect();
            return Err(format!(
                "LỖI NỘI DUNG: bản dịch tự kiểm tra tiếng {} cần đủ ba phần; còn thiếu: {}",
                language.code(),
                missing.join(", ")
            ));
        }
    };
    let mut by_key = BTreeMap::new();
    read_sentences(language, &sentences.0, &sentences.1, &mut by_key)?;
    // In the order of `Sentence::ALL`; `check_sentences` made sure each is there.
    let sentences: Vec<String> =
        bhyt_rules::Sentence::ALL.iter().map(|sentence| by_key.remove(sentence.key()).unwrap_or_default()).collect();
    let mut translation = BTreeMap::new();
    read_texts(language, &texts.0, &texts.1, &mut translation)?;
    for page in ROUTE_PAGES {
        let page_words = words.page(page).ok_or_else(|| {
            format!(
                "LỖI NỘI DUNG: {}: thiếu [trang.{}] (tên và mô tả trang)",
                bhyt_content::words_file(language),
                bhyt_content::page_key(page.path)
            )
        })?;
        translation.insert(page.title.to_owned(), page_words.0);
        translation.insert(page.description.to_owned(), page_words.1);
    }
    Ok(Some(Translation { language: Some(language), texts: translation.into_iter().collect(), sentences }))
}

fn read_sentences(
    language: Language,
    file: &str,
    source: &str,
    into: &mut BTreeMap<String, String>,
) -> Result<(), String> {
    bhyt_rules::check_sentences(file, source).map_err(|err| format!("LỖI NỘI DUNG: {err}"))?;
    let parsed: SentencesFile = bhyt_core::parse_toml(file, source).map_err(|err| format!("LỖI NỘI DUNG: {err}"))?;
    reviewed(language, file, source, parsed.da_duyet)?;
    for (section, entries) in parsed.sections {
        for (key, text) in entries {
            into.insert(format!("{section}.{key}"), text);
        }
    }
    Ok(())
}

fn read_texts(language: Language, file: &str, source: &str, into: &mut BTreeMap<String, String>) -> Result<(), String> {
    let parsed: TextsFile = bhyt_core::parse_toml(file, source).map_err(|err| format!("LỖI NỘI DUNG: {err}"))?;
    let code_texts = code_texts();
    reviewed(language, file, source, parsed.da_duyet)?;
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
                error("vi", format!("“{}” không còn trong công cụ tự kiểm tra: xoá mục này, hoặc sửa cho đúng chữ tiếng Việt hiện nay", text.vi))
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
    Ok(())
}

/// Every Vietnamese text the self-check shows: the code's `tr("…")` and the questions table.
fn code_texts() -> std::collections::BTreeSet<&'static str> {
    WIZARD_TEXTS.iter().copied().chain(bhyt_rules::question_texts()).collect()
}

fn reviewed(language: Language, file: &str, source: &str, da_duyet: Option<bool>) -> Result<(), String> {
    bhyt_content::check_reviewed(da_duyet, language).map_err(|(field, message)| {
        format!(
            "LỖI NỘI DUNG: {}",
            ContentError { file: file.to_owned(), line: bhyt_core::locate_key(source, &field), field, message }
        )
    })
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
        assert!(code_texts().contains("Tôi không biết") && code_texts().contains("Dưới 6 tuổi"));
        assert_eq!(placeholders("Hãy nhập một số từ {min} đến {max}"), ["{max}", "{min}"]);
    }
}
