//! The language a page is built in (`/en/lien-he/` is the contacts page in English), the words
//! of that language, and which languages have which page: for links, the language switch, the
//! head's alternates and the sitemap. Pages are built in a language at build time only.

use crate::site::boot::{BuildData, Island};
use bhyt_content::{routes, Words};
use bhyt_core::Language;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The words of every language the locality publishes (`ngon_ngu` in `site.toml`), and of
/// the islands in each language that translates them.
#[derive(Clone, Debug, PartialEq)]
pub struct Translations {
    pub words: BTreeMap<Language, Arc<Words>>,
    /// For each translation: its islands' words.
    pub islands: BTreeMap<Language, IslandWords>,
}

/// The islands' words in one language, as the content files give them.
#[derive(Clone, Debug)]
pub struct IslandWords {
    /// Each island the language translates, with its words (written as its words file), and
    /// whether a reader of the language checked them.
    pub by_island: Vec<(Island, bhyt_core::Translation, bool)>,
    /// Every island's words together (none when the language translates no island), and its
    /// figures, days and money: kept for the pages built in the language.
    pub kept: &'static bhyt_core::Installed,
}

impl IslandWords {
    /// `by_island` together, kept for the rest of the build. A text two islands share has the
    /// first island's translation.
    pub fn new(language: Language, by_island: Vec<(Island, bhyt_core::Translation, bool)>) -> IslandWords {
        let mut texts = BTreeMap::new();
        let mut sentences = Vec::new();
        for (_, translation, _) in &by_island {
            for (source, text) in &translation.texts {
                texts.entry(source.clone()).or_insert_with(|| text.clone());
            }
            if sentences.is_empty() {
                sentences = translation.sentences.clone();
            }
        }
        let kept =
            bhyt_core::Translation { language: Some(language), texts: texts.into_iter().collect(), sentences }.keep();
        IslandWords { by_island, kept }
    }

    /// The words of `island`, if the language translates it.
    pub fn of(&self, island: Island) -> Option<&bhyt_core::Translation> {
        self.by_island.iter().find(|(each, ..)| *each == island).map(|(_, translation, _)| translation)
    }

    /// Whether the words of the island of the page at `path` were checked; true for a page
    /// with none.
    pub fn checked_for(&self, path: &str) -> bool {
        let page = bhyt_content::translated_with(path);
        self.by_island.iter().all(|(island, _, checked)| *checked || island.start_page().path != page)
    }
}

impl PartialEq for IslandWords {
    fn eq(&self, other: &IslandWords) -> bool {
        self.by_island == other.by_island
    }
}

impl Translations {
    pub fn words(&self, language: Language) -> Arc<Words> {
        self.words.get(&language).or_else(|| self.words.get(&Language::SOURCE)).cloned().expect("the Vietnamese words")
    }

    /// The islands' words in the translation `language`.
    pub fn islands(&self, language: Language) -> Option<&IslandWords> {
        self.islands.get(&language)
    }

    /// The languages that have the page at `path`, Vietnamese first; only Vietnamese for a
    /// page no translation gives.
    pub fn languages_of(&self, path: &str) -> Vec<Language> {
        self.words.iter().filter(|(_, words)| words.has_page(path)).map(|(language, _)| *language).collect()
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

    /// Every page of `site` a translation gives, as `(language, Vietnamese path)`.
    pub fn translated_pages(&self, site: &[String]) -> Vec<(Language, String)> {
        self.words
            .iter()
            .filter(|(language, _)| **language != Language::SOURCE)
            .flat_map(|(language, words)| {
                site.iter().filter(|path| words.has_page(path)).map(|path| (*language, path.clone()))
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

/// What a link to the Vietnamese `path` carries on the page being built: its `href`, its
/// `hreflang` and its content, which says "(in Vietnamese)" after `label` when the page's
/// language has no translation of it. For [`PageLink`] and the links in content files.
pub fn site_link_parts(path: &str, label: AnyView) -> (String, Option<&'static str>, AnyView) {
    let language = use_language();
    let words = use_words();
    let (target, translated) = linked_path(&words, language, path);
    let href = routes::href(&target);
    if translated || language == Language::SOURCE {
        return (href, None, label);
    }
    // One span: in a flex row (the navigation) the label and its note stay one line of text.
    let note = words.shell.in_vietnamese.clone();
    (
        href,
        Some(Language::SOURCE.code()),
        view! { <span>{label} " " <span class="lang-note">{note}</span></span> }.into_any(),
    )
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
    let (href, hreflang, text) = site_link_parts(&path, label.into_any());
    let here = current.then_some("page");
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

/// Whether the content file a page reads (the student guide, the questions) has been checked
/// in the page's language, as the pre-renderer found it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContentChecked(pub bool);

/// On a translation no one has checked yet (its words, or the content file the page reads):
/// says so in its language, and links to the Vietnamese page.
#[component]
pub fn UnreviewedNotice() -> impl IntoView {
    let words = use_words();
    let path = leptos_router::hooks::use_location().pathname.get_untracked();
    let content_checked = use_context::<ContentChecked>().is_none_or(|checked| checked.0);
    let translation = words.reviewed.is_some();
    // Compact in the self-check, whose first screen is for the question and its answers.
    let class = if path.starts_with(routes::WIZARD.path) {
        "notice notice--translation notice--compact"
    } else {
        "notice notice--translation"
    };
    (translation && (words.reviewed == Some(false) || !content_checked)).then(|| {
        view! {
            <p class=class role="note">
                {words.shell.unreviewed.clone()} " "
                <a href=routes::href(&path) hreflang="vi">{words.shell.see_vietnamese_page.clone()}</a>
            </p>
        }
    })
}

/// Words with each `{name}` replaced by a view (an amount in `<strong>`, a Vietnamese name in
/// its own `lang`), for text around elements. A name with no view stays as written: the words
/// files are checked at build time, so that never happens with a shipped file.
pub fn rich(text: &str, mut values: Vec<(&str, AnyView)>) -> AnyView {
    let mut parts: Vec<AnyView> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(length) = rest[start..].find('}') else { break };
        let name = &rest[start + 1..start + length];
        parts.push(rest[..start].to_owned().into_any());
        match values.iter().position(|(value_name, _)| *value_name == name) {
            Some(index) => parts.push(values.swap_remove(index).1),
            None => parts.push(rest[start..start + length + 1].to_owned().into_any()),
        }
        rest = &rest[start + length + 1..];
    }
    parts.push(rest.to_owned().into_any());
    parts.into_iter().collect_view().into_any()
}

/// `<strong>` around a figure, as the result and the guide set their amounts.
pub fn strong(text: String) -> AnyView {
    view! { <strong>{text}</strong> }.into_any()
}

/// Text from the data files (a name, a note, a legal basis), which stays in Vietnamese: in a
/// span with `lang="vi"` on a translated page, as it is on a Vietnamese one.
pub fn vietnamese(text: String) -> AnyView {
    match lang_of_vietnamese() {
        Some(lang) => view! { <span lang=lang>{text}</span> }.into_any(),
        None => text.into_any(),
    }
}

/// How the page's language writes figures, shares and days (`bhyt_core::Language`).
pub fn money(amount: u64) -> String {
    use_language().money(amount)
}

pub fn percent(share: bhyt_rules::Percent) -> String {
    share.in_language(use_language())
}

pub fn day(date: bhyt_core::Date) -> String {
    use_language().date(date)
}

/// "Every result is an estimate, and who decides", in the page's language.
pub fn estimate_notice() -> String {
    match &use_words().common {
        Some(common) => common.estimate.clone(),
        None => bhyt_rules::disclaimer().to_owned(),
    }
}

/// How amounts are rounded, in the page's language.
pub fn rounding_rule() -> String {
    match &use_words().common {
        Some(common) => common.rounding.clone(),
        None => bhyt_rules::Sentence::RoundingRule.text().to_owned(),
    }
}

/// How sure a figure is, in the page's language.
pub fn confidence(confidence: bhyt_rules::Confidence) -> String {
    use bhyt_rules::Confidence;
    let Some(common) = use_words().common.clone() else { return confidence.label().to_owned() };
    match confidence {
        Confidence::Confirmed => common.confirmed,
        Confidence::Likely => common.likely,
        Confidence::Unconfirmed => common.unconfirmed,
    }
}
