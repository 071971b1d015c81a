//! The language a page is built in (`/en/lien-he/` is the contacts page in English), the words
//! of that language, and which languages have which page: for links, the language switch, the
//! head's alternates and the sitemap. Pages are built in a language at build time only.

use crate::site::boot::BuildData;
use bhyt_content::{routes, Words};
use bhyt_core::Language;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The words of every language the locality publishes (`ngon_ngu` in `site.toml`).
#[derive(Clone, Debug, PartialEq)]
pub struct Translations(pub BTreeMap<Language, Arc<Words>>);

impl Translations {
    pub fn words(&self, language: Language) -> Arc<Words> {
        self.0.get(&language).or_else(|| self.0.get(&Language::SOURCE)).cloned().expect("the Vietnamese words")
    }

    /// The languages that have the page at `path`, Vietnamese first; only Vietnamese for a
    /// page no translation gives.
    pub fn languages_of(&self, path: &str) -> Vec<Language> {
        self.0.iter().filter(|(_, words)| words.has_page(path)).map(|(language, _)| *language).collect()
    }

    /// The page at `path` in each language that has it, then `x-default` (the Vietnamese, for
    /// any other reader), as `(hreflang, site path)`: for the head and the sitemap. Empty for a
    /// page in Vietnamese only.
    pub fn alternates(&self, path: &str) -> Vec<(&'static str, String)> {
        let languages = self.languages_of(path);
        if languages.len() < 2 {
            return Vec::new();
        }
        languages
            .into_iter()
            .map(|language| (language.code(), path_in(language, path)))
            .chain([("x-default", path.to_owned())])
            .collect()
    }

    /// Every page a translation gives, as `(language, Vietnamese path)`.
    pub fn translated_pages(&self) -> Vec<(Language, &'static str)> {
        self.0
            .iter()
            .filter(|(language, _)| **language != Language::SOURCE)
            .flat_map(|(language, words)| {
                bhyt_content::TRANSLATABLE_PAGES
                    .iter()
                    .filter(|page| words.has_page(page.path))
                    .map(|page| (*language, page.path))
            })
            .collect()
    }
}

/// The path of a page in a language: `/en` and the Vietnamese path.
pub fn path_in(language: Language, path: &str) -> String {
    format!("{}{path}", language.path_prefix())
}

/// The language of a built page's path, and its Vietnamese path (`/en/lien-he/` → English,
/// `/lien-he/`).
pub fn split_language(path: &str) -> (Language, &str) {
    Language::ALL
        .into_iter()
        .filter(|language| *language != Language::SOURCE)
        .find_map(|language| {
            path.strip_prefix(language.path_prefix()).filter(|rest| rest.starts_with('/')).map(|rest| (language, rest))
        })
        .unwrap_or((Language::SOURCE, path))
}

/// The language of the page being built.
pub fn use_language() -> Language {
    use_context::<Language>().unwrap_or(Language::SOURCE)
}

/// `lang` for a passage left in Vietnamese (a name or an address from `site.toml`): none on a
/// Vietnamese page.
pub fn lang_of_vietnamese() -> Option<&'static str> {
    (use_language() != Language::SOURCE).then_some(Language::SOURCE.code())
}

/// The words of the page being built.
pub fn use_words() -> Arc<Words> {
    expect_context::<BuildData>().translations.words(use_language())
}

/// Where a link to the Vietnamese `path` (with any query and fragment) goes from a page in
/// `language`: to its translation when the language has one, else to the Vietnamese page; and
/// whether it is the translation.
pub fn linked_path(words: &Words, language: Language, path: &str) -> (String, bool) {
    let translated = words.has_page(path.split(['?', '#']).next().unwrap_or_default());
    (if translated { path_in(language, path) } else { path.to_owned() }, translated)
}

/// A link to a page of the site from a page in any language: to its translation when this
/// language has one, else to the Vietnamese page, said after the label ("(in Vietnamese)").
#[component]
pub fn PageLink(
    /// The Vietnamese path, with any query and fragment.
    #[prop(into)]
    path: String,
    #[prop(into)] label: String,
    #[prop(optional)] current: bool,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    let language = use_language();
    let words = use_words();
    let (target, translated) = linked_path(&words, language, &path);
    let href = routes::href(&target);
    let here = current.then_some("page");
    let (hreflang, text) = if translated || language == Language::SOURCE {
        (None, view! { {label} }.into_any())
    } else {
        // One span: in a flex row (the navigation) the label and its note stay one line of text.
        let note = words.shell.in_vietnamese.clone();
        (
            Some(Language::SOURCE.code()),
            view! { <span>{label} " " <span class="lang-note">{note}</span></span> }.into_any(),
        )
    };
    // Leptos writes `class=""` for no class: the link without one has no such attribute.
    match class {
        Some(class) => view! { <a href=href class=class hreflang=hreflang aria-current=here>{text}</a> }.into_any(),
        None => view! { <a href=href hreflang=hreflang aria-current=here>{text}</a> }.into_any(),
    }
}

/// The languages this page is published in, each as a link to it in that language, named in
/// itself; nothing when the page has only its Vietnamese.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let build = expect_context::<BuildData>();
    let path = leptos_router::hooks::use_location().pathname.get_untracked();
    let languages = build.translations.languages_of(&path);
    let current = use_language();
    let words = use_words();
    (languages.len() > 1).then(|| {
        let links = languages
            .into_iter()
            .map(|language| {
                let here = (language == current).then_some("page");
                view! {
                    <li>
                        <a href=routes::href(&path_in(language, &path)) lang=language.code() hreflang=language.code() aria-current=here>
                            {language.own_name()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="language-switch" aria-label=words.shell.language_switch.clone()>
                <ul class="language-switch__list">{links}</ul>
            </nav>
        }
    })
}

/// On a translation no one has checked yet: says so in its language, and links to the
/// Vietnamese page.
#[component]
pub fn UnreviewedNotice() -> impl IntoView {
    let words = use_words();
    let path = leptos_router::hooks::use_location().pathname.get_untracked();
    (words.reviewed == Some(false)).then(|| {
        view! {
            <p class="notice notice--translation" role="note">
                {words.shell.unreviewed.clone()} " "
                <a href=routes::href(&path) hreflang="vi">{words.shell.see_vietnamese_page.clone()}</a>
            </p>
        }
    })
}
