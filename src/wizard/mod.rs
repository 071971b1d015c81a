//! The self-check wizard (`/tu-kiem-tra/…`): start page, one page per question, check your
//! answers, result, and the household calculator. The answers live in the URL, so reload,
//! back/forward and a shared link show the same page; the rules are in `bhyt_rules`.
//!
//! The answers, today's date and `?ngay=` are only known in the browser, so every page except
//! the start page pre-renders a neutral shell, and the [`WizardContent`] island builds the real
//! content in the browser ([`client_only`]). Moving between wizard pages is an ordinary page
//! load, so reload, back and forward behave as on any page.

pub mod check;
pub mod household;
#[cfg(feature = "ssr")]
pub mod page;
pub mod question;
pub mod result;
#[cfg(feature = "ssr")]
pub mod start;

use crate::site::boot::BootData;
use bhyt_content::routes;
use bhyt_core::tr;
use bhyt_rules::{page_heading, poverty_line_hint, widest_page, Answers, Date, DroppedParam, QuestionId};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;

/// The URL of one question page: the answer key with dashes, e.g. `/tu-kiem-tra/cau-hoi/ho-ngheo/`.
pub fn question_path(id: QuestionId) -> String {
    routes::member_path(routes::QUESTION_PAGES, &id.key().replace('_', "-"))
}

/// Where a self-check with these answers already given goes on: the next question, or the
/// result once nothing is left to ask (the home page's life events start here).
#[cfg(feature = "ssr")]
pub fn wizard_entry(query: &str) -> String {
    let (answers, _) = Answers::from_query(query);
    let path = bhyt_rules::next_question(&answers).map_or_else(|| routes::RESULT.path.to_owned(), question_path);
    format!("{path}?{}", answers.to_query())
}

/// The question a page slug names (`ho-ngheo` → the poverty question).
pub fn question_from_slug(slug: &str) -> Option<QuestionId> {
    QuestionId::from_key(&slug.trim_matches('/').replace('-', "_"))
}

/// One of the wizard pages whose content depends on the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WizardPage {
    Question(QuestionId),
    Check,
    Result,
    Household,
}

impl WizardPage {
    pub fn from_path(path: &str) -> Option<WizardPage> {
        let path = if path.ends_with('/') { path.to_owned() } else { format!("{path}/") };
        match path.as_str() {
            path if path == routes::CHECK.path => Some(WizardPage::Check),
            path if path == routes::RESULT.path => Some(WizardPage::Result),
            path if path == routes::HOUSEHOLD.path => Some(WizardPage::Household),
            path => {
                path.strip_prefix(routes::QUESTION_PAGES.path).and_then(question_from_slug).map(WizardPage::Question)
            }
        }
    }

    pub fn path(self) -> String {
        match self {
            WizardPage::Question(id) => question_path(id),
            WizardPage::Check => routes::CHECK.path.to_owned(),
            WizardPage::Result => routes::RESULT.path.to_owned(),
            WizardPage::Household => routes::HOUSEHOLD.path.to_owned(),
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            WizardPage::Question(id) => page_heading(&widest_page(id)).0,
            WizardPage::Check => tr(routes::CHECK.title),
            WizardPage::Result => tr(routes::RESULT.title),
            WizardPage::Household => tr(routes::HOUSEHOLD.title),
        }
    }

    pub fn description(self) -> String {
        match self {
            WizardPage::Question(id) => {
                return crate::site::policy_data::national_policy()
                    .fill_figures(page_heading(&widest_page(id)).1, today())
            }
            WizardPage::Check => tr(routes::CHECK.description),
            WizardPage::Result => tr(routes::RESULT.description),
            WizardPage::Household => tr(routes::HOUSEHOLD.description),
        }
        .to_owned()
    }
}

/// The content of a wizard page, built in the browser from the address. It pre-renders
/// nothing: the page's pre-rendered copy sits beside it ([`PRERENDERED_ID`]) and is taken over.
#[island]
pub fn WizardContent(path: String) -> impl IntoView {
    provide_boot_context();
    let page = WizardPage::from_path(&path).unwrap_or(WizardPage::Check);
    client_only(move || {
        let search = crate::site::browser::search();
        keep_answers_in_language_links(&search);
        let chosen_before = take_over_prerendered();
        match page {
            WizardPage::Question(id) => EitherOf4::A(view! { <question::QuestionForm id search chosen_before/> }),
            WizardPage::Check => EitherOf4::B(view! { <check::CheckAnswers search/> }),
            WizardPage::Result => EitherOf4::C(view! { <result::ResultView search/> }),
            WizardPage::Household => EitherOf4::D(view! { <household::HouseholdCalculator search/> }),
        }
    })
}

/// `id` of what the pre-renderer writes where the wizard content goes, readable before and
/// without the WebAssembly: a question whole; on the other pages the title and a note.
pub const PRERENDERED_ID: &str = "trang-in-san";

/// Removes the pre-rendered copy, so the live content takes its place, and returns what the
/// resident had picked on it meanwhile.
fn take_over_prerendered() -> Option<question::Picked> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let prerendered = web_sys::window()?.document()?.get_element_by_id(PRERENDERED_ID)?;
        let inputs = prerendered.query_selector_all("input").ok()?;
        prerendered.remove();
        let picked = (0..inputs.length())
            .filter_map(|index| inputs.item(index)?.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter_map(|input| {
                let value = match input.type_().as_str() {
                    "text" => input.value().trim().to_owned(),
                    _ if input.checked() => input.value(),
                    _ => return None,
                };
                (!value.is_empty()).then(|| (input.name(), value))
            })
            .collect();
        Some(picked)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The language switch, and the unchecked translation's link to the Vietnamese page, lead to
/// this page in another language with the same answers: their links get the address's query
/// (written by the build without one).
fn keep_answers_in_language_links(search: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
        let Ok(links) = document.query_selector_all(".language-switch a, .notice--translation a") else { return };
        for index in 0..links.length() {
            let Some(link) =
                links.item(index).and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            else {
                continue;
            };
            if let Some(href) = link.get_attribute("href") {
                let path = href.split('?').next().unwrap_or_default();
                let _ = link.set_attribute("href", &format!("{path}{search}"));
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = search;
}

/// Islands do not see the contexts of the page around them in the browser: read the boot data
/// the pre-renderer wrote into the page. (At build time the app has provided it already.)
fn provide_boot_context() {
    #[cfg(target_arch = "wasm32")]
    match crate::site::boot::read_from_page() {
        Ok(boot) => {
            crate::site::boot::install_words_from_page();
            provide_context(boot)
        }
        Err(message) => leptos::logging::error!("{message}"),
    }
}

/// `?ngay=` as read from the URL.
#[derive(Clone, Debug, PartialEq)]
pub enum DatePreview {
    Today,
    On(Date),
    /// The text that was not a date, shortened.
    Invalid(String),
}

/// What a wizard URL says: the answers, what was dropped, and the preview date.
#[derive(Clone, Debug, PartialEq)]
pub struct WizardUrl {
    pub answers: Answers,
    pub dropped: Vec<DroppedParam>,
    pub preview: DatePreview,
}

impl WizardUrl {
    pub fn parse(search: &str) -> WizardUrl {
        let (answers, dropped) = Answers::from_query(search);
        WizardUrl { answers, dropped, preview: date_preview(search) }
    }

    /// The date the estimate is for: the preview date, else today in Vietnam.
    pub fn date(&self, today: Date) -> Date {
        match self.preview {
            DatePreview::On(date) => date,
            _ => today,
        }
    }

    /// A wizard link with this query, keeping a valid `?ngay=` preview, under the site's path.
    pub fn href(&self, path: &str, query: &str) -> String {
        let path = routes::page_href(path);
        let mut parts: Vec<String> = Vec::new();
        if !query.is_empty() {
            parts.push(query.to_owned());
        }
        if let DatePreview::On(date) = self.preview {
            parts.push(format!("ngay={date}"));
        }
        if parts.is_empty() {
            path
        } else {
            format!("{path}?{}", parts.join("&"))
        }
    }
}

fn date_preview(search: &str) -> DatePreview {
    let Some(raw) = bhyt_core::query::value(search, "ngay") else { return DatePreview::Today };
    match Date::parse(raw) {
        Ok(date) => DatePreview::On(date),
        Err(_) => DatePreview::Invalid(raw.chars().take(20).collect()),
    }
}

/// The poverty-line hint for this locality: the urban line in a ward, the rural one in a commune;
/// short beside the question, with its basis and who decides on the result.
pub fn poverty_hint(lines: &bhyt_rules::PovertyLines, with_basis: bool) -> String {
    let urban = expect_context::<BootData>().locality.level == bhyt_content::LocalityLevel::Ward;
    poverty_line_hint(lines, urban, &people_committee(), with_basis)
}

/// The people's committee of this locality, as results name it: `UBND phường`, `UBND xã`.
pub fn people_committee() -> String {
    match expect_context::<BootData>().locality.level {
        bhyt_content::LocalityLevel::Ward => tr("UBND phường"),
        _ => tr("UBND xã"),
    }
    .to_owned()
}

/// Today in Vietnam (UTC+7). While pre-rendering (never shown), the build date.
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        crate::site::browser::today()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        expect_context::<BootData>().built_on
    }
}

/// In the browser, after hydration, builds `content` straight into the page, afresh whenever a
/// signal it reads (the URL) changes. It is never pre-rendered, hydrated or patched in place,
/// so only its DOM-building code goes into the WebAssembly: hydration and update code for every
/// wizard view would otherwise more than double the download.
pub fn client_only<V: Render + 'static>(content: impl Fn() -> V + 'static) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        let mut state = content().build();
        state.mount(&host, None);
        // Runs before the next build and when the page goes: the old content leaves the page.
        let state = send_wrapper::SendWrapper::new(state);
        on_cleanup(move || state.take().unmount());
    });
    view! { <div node_ref=host></div> }
}

/// A short notice for dropped URL parameters and the `?ngay=` preview banner.
#[component]
pub fn UrlNotices(dropped: Vec<DroppedParam>, preview: DatePreview, #[prop(into)] today_href: String) -> impl IntoView {
    let dropped_notice = (!dropped.is_empty()).then(|| {
        let items = dropped
            .into_iter()
            .map(|param| view! { <li>"“" {param.key} "”: " {param.reason.message()}</li> })
            .collect_view();
        view! {
            <div class="notice notice--warning" role="status">
                <p class="notice__title">{tr("Một phần của đường dẫn không dùng được và đã được bỏ qua:")}</p>
                <ul class="list list--bullet">{items}</ul>
            </div>
        }
    });
    let date_notice = match preview {
        DatePreview::Today => None,
        DatePreview::On(date) => Some(Either::Left(view! {
            <div class="notice notice--date notice--compact" role="status">
                <p><strong>{tr("Đang xem theo ngày ")} {date.in_page_language()}</strong>{tr(", không phải hôm nay. ")}
                    <a href=today_href.clone()>{tr("Xem theo hôm nay")}</a></p>
            </div>
        })),
        DatePreview::Invalid(raw) => Some(Either::Right(view! {
            <div class="notice notice--warning" role="status">
                <p>{tr("Ngày “")} {raw} {tr("” trong đường dẫn không đúng dạng NNNN-TT-NN (ví dụ 2026-07-01): trang tính theo hôm nay.")}</p>
            </div>
        })),
    };
    view! { {dropped_notice} {date_notice} }
}

/// GOV.UK-style back link, placed first on the page.
#[component]
pub fn BackLink(#[prop(into)] href: String) -> impl IntoView {
    view! { <a href=href class="back-link no-print">{tr("Quay lại")}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_a_page_and_back() {
        for id in QuestionId::ALL {
            assert_eq!(WizardPage::from_path(&question_path(id)), Some(WizardPage::Question(id)));
            assert!(question_path(id).is_ascii());
        }
        assert_eq!(WizardPage::from_path("/tu-kiem-tra/ket-qua"), Some(WizardPage::Result));
        assert_eq!(WizardPage::from_path("/tu-kiem-tra/cau-hoi/khong-co/"), None);
    }

    #[test]
    fn links_keep_a_valid_preview_date_only() {
        let url = WizardUrl::parse("?tuoi=duoi-6&ngay=2026-07-01");
        assert_eq!(url.preview, DatePreview::On(Date::parse("2026-07-01").unwrap()));
        assert_eq!(url.href(routes::RESULT.path, "tuoi=duoi-6"), "/tu-kiem-tra/ket-qua/?tuoi=duoi-6&ngay=2026-07-01");
        let bad = WizardUrl::parse("ngay=2026-13-01&x=1");
        assert_eq!(bad.preview, DatePreview::Invalid("2026-13-01".into()));
        assert_eq!(bad.href(routes::WIZARD.path, ""), routes::WIZARD.path);
        assert_eq!(bad.dropped.len(), 1, "the unknown key is reported, the date key is not");
    }
}
