//! The words of the self-check in the language of the page it runs in. The Vietnamese is
//! written in the code (`tr("Quay lại")`) and is the source; a translation maps each
//! Vietnamese text, and each result sentence's key, to its own words. The pre-renderer loads
//! the translations from the content files and writes the page's one into the page; the
//! island reads it from there. No translation is compiled in, so the WebAssembly is the same
//! whatever languages a locality publishes.
//!
//! A page is in one language, so the translation in use is ambient: [`install`] in the
//! browser, [`with_translation`] around each page the pre-renderer builds.

use crate::Language;
use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// One language's words for the self-check: each Vietnamese text of the code with its
/// translation, sorted by the first, and the result's sentences. Lists, not maps: the
/// WebAssembly then needs no map code to read them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub language: Option<Language>,
    pub texts: Vec<(String, String)>,
    /// The result's sentences, in the order of their keys (`bhyt_rules::Sentence::ALL`): by
    /// position, so the WebAssembly holds no key.
    #[serde(default)]
    pub sentences: Vec<String>,
}

/// A translation in use: kept for the life of the program (one per language).
#[derive(Debug)]
pub struct Installed {
    language: Language,
    /// Sorted by the source text.
    texts: Vec<(&'static str, &'static str)>,
    sentences: Vec<&'static str>,
}

impl Translation {
    /// Keeps this translation for the rest of the program, for [`install`] and
    /// [`with_translation`]: once per language, so its texts can be `&'static str`.
    pub fn keep(self) -> &'static Installed {
        // Sorted as the build wrote them (from a sorted map): no sorting code in the WebAssembly.
        let texts = self
            .texts
            .into_iter()
            .map(|(source, text)| (&*Box::leak(source.into_boxed_str()), &*Box::leak(text.into_boxed_str())))
            .collect();
        let sentences = self.sentences.into_iter().map(|text| &*Box::leak(text.into_boxed_str())).collect();
        Box::leak(Box::new(Installed { language: self.language.unwrap_or(Language::SOURCE), texts, sentences }))
    }
}

thread_local! {
    static CURRENT: Cell<Option<&'static Installed>> = const { Cell::new(None) };
}

/// Uses `translation` for the rest of this page (the browser: one page, one language).
pub fn install(translation: &'static Installed) {
    CURRENT.with(|current| current.set(Some(translation)));
}

/// Runs `build` with `translation` in use (`None`: the Vietnamese), then puts back the one before.
pub fn with_translation<R>(translation: Option<&'static Installed>, build: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(|current| current.replace(translation));
    let result = build();
    CURRENT.with(|current| current.set(before));
    result
}

/// The language of the words in use.
pub fn current_language() -> Language {
    CURRENT.with(Cell::get).map_or(Language::SOURCE, |installed| installed.language)
}

impl crate::Date {
    /// The day as the language in use writes it (`1/9/2026`, `1 September 2026`).
    pub fn in_page_language(self) -> String {
        current_language().date(self)
    }
}

/// A Vietnamese text of the code in the language in use (itself in Vietnamese, or when the
/// translation lacks it: the build checks that a published one lacks none).
// Not inlined: the self-check calls it from some three hundred places.
#[inline(never)]
pub fn tr(vietnamese: &'static str) -> &'static str {
    translated(vietnamese).unwrap_or(vietnamese)
}

/// The result's sentence at `index` in the translation in use, if any.
#[inline(never)]
pub fn translated_sentence(index: usize) -> Option<&'static str> {
    CURRENT.with(Cell::get).and_then(|installed| installed.sentences.get(index).copied())
}

/// The text the translation in use gives for `key`, if any.
#[inline(never)]
pub fn translated(key: &str) -> Option<&'static str> {
    let installed = CURRENT.with(Cell::get)?;
    let index = installed.texts.binary_search_by_key(&key, |(source, _)| source).ok()?;
    Some(installed.texts[index].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_is_used_only_while_it_is_in_use() {
        let english = Translation {
            language: Some(Language::English),
            texts: vec![("Quay lại".to_owned(), "Back".to_owned())],
            sentences: Vec::new(),
        }
        .keep();
        assert_eq!(tr("Quay lại"), "Quay lại");
        let inside = with_translation(Some(english), || (tr("Quay lại"), tr("Tiếp tục"), current_language()));
        assert_eq!(inside, ("Back", "Tiếp tục", Language::English));
        assert_eq!((tr("Quay lại"), current_language()), ("Quay lại", Language::Vietnamese));
    }
}
