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
use std::collections::{BTreeMap, HashMap};

/// One language's words for the self-check: each Vietnamese text of the code (and each
/// `section.key` of the result's sentences) with its translation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub language: Option<Language>,
    pub texts: BTreeMap<String, String>,
}

/// A translation in use: kept for the life of the program (one per language).
#[derive(Debug)]
pub struct Installed {
    language: Language,
    texts: HashMap<&'static str, &'static str>,
}

impl Translation {
    /// Keeps this translation for the rest of the program, for [`install`] and
    /// [`with_translation`]: once per language, so its texts can be `&'static str`.
    pub fn keep(self) -> &'static Installed {
        let texts = self
            .texts
            .into_iter()
            .map(|(source, text)| (&*Box::leak(source.into_boxed_str()), &*Box::leak(text.into_boxed_str())))
            .collect();
        Box::leak(Box::new(Installed { language: self.language.unwrap_or(Language::SOURCE), texts }))
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
pub fn tr(vietnamese: &'static str) -> &'static str {
    translated(vietnamese).unwrap_or(vietnamese)
}

/// The text the translation in use gives for `key`, if any.
pub fn translated(key: &str) -> Option<&'static str> {
    CURRENT.with(Cell::get).and_then(|installed| installed.texts.get(key).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_is_used_only_while_it_is_in_use() {
        let english = Translation {
            language: Some(Language::English),
            texts: [("Quay lại".to_owned(), "Back".to_owned())].into(),
        }
        .keep();
        assert_eq!(tr("Quay lại"), "Quay lại");
        let inside = with_translation(Some(english), || (tr("Quay lại"), tr("Tiếp tục"), current_language()));
        assert_eq!(inside, ("Back", "Tiếp tục", Language::English));
        assert_eq!((tr("Quay lại"), current_language()), ("Quay lại", Language::Vietnamese));
    }
}
