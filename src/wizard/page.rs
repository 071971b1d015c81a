//! The self-check wizard's pages as rendered at build time. The interactive part is the
//! [`WizardContent`] island beside it in `crate::wizard`.

use crate::pages::not_found::NotFoundPage;
use crate::site::boot::BuildData;
use crate::site::page_meta::PageMeta;
use crate::wizard::question::QuestionForm;
use crate::wizard::{WizardContent, WizardPage, PRERENDERED_ID};
use bhyt_content::routes;
use bhyt_content::tel_href;
use bhyt_core::tr;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// `data-action` of the read-aloud button: `public/read-aloud.js` (hashed into the head by trunk)
/// is kept on the pages that have it.
pub const READ_ALOUD_ACTION: &str = "read-aloud";

/// Every wizard page except the start page: its head tags at build time, and the island
/// that fills it in the browser.
#[component]
pub fn WizardRoute() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    match WizardPage::from_path(&path) {
        None => Either::Left(view! { <NotFoundPage/> }),
        Some(page) => {
            // Written whole into the page: a question needs nothing from the address to be
            // shown, so it reads before (and without) the WebAssembly.
            let prerendered = match page {
                WizardPage::Question(id) => Either::Left(view! {
                    <QuestionForm id search=String::new() prerendered=true/>
                    <ShellNote lead=ShellLead::Question/>
                }),
                _ => Either::Right(
                    view! { <h1 class="heading-xl">{page.title()}</h1> <ShellNote lead=ShellLead::Opening/> },
                ),
            };
            // Read aloud for the question and the result: a few lines of plain JavaScript, no
            // WebAssembly; shown only where the phone has a voice for the page's language.
            let read_aloud = matches!(page, WizardPage::Question(_) | WizardPage::Result).then(|| {
                view! {
                    <button type="button" class="button button--secondary read-aloud no-print" data-action=READ_ALOUD_ACTION data-read=tr("Nghe đọc") data-stop=tr("Dừng đọc") hidden>
                        {tr("Nghe đọc")}
                    </button>
                }
            });
            Either::Right(view! {
                <PageMeta title=page.title() description=page.description() path=page.path()/>
                {read_aloud}
                <div id=PRERENDERED_ID>{prerendered}</div>
                <WizardContent path=page.path()/>
            })
        }
    }
}

/// What the pre-rendered page is waiting for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ShellLead {
    /// A question page: the question is there, "Tiếp tục" is not yet.
    Question,
    /// The answers check, the result and the household calculator: nothing shows yet.
    Opening,
}

/// The pre-rendered note of a wizard page, replaced once the app runs: what needs JavaScript,
/// and whom to call instead.
#[component]
pub fn ShellNote(lead: ShellLead) -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let office = site.peoples_committee().cloned();
    let (lead, missing) = match lead {
        ShellLead::Question => (tr("Nút “Tiếp tục” hiện ra khi trang tải xong."), tr("Nếu không thấy nút")),
        ShellLead::Opening => (tr("Đang mở công cụ tự kiểm tra…"), tr("Nếu trang không hiện nội dung")),
    };
    let call = office.and_then(|office| {
        office.phone.clone().map(|phone| {
            view! { {tr(" gọi ")} {office.name.clone()} ": " <a href=tel_href(&phone)>{phone.clone()}</a> "," }
        })
    });
    view! {
        <div class="panel panel--info">
            <p>{lead} {tr(" Công cụ cần JavaScript và chạy ngay trên điện thoại của bạn.")}</p>
            <p>
                {missing} {tr(", hãy")} {call} {tr(" hỏi người phụ trách bảo hiểm y tế nơi bạn ở (")}
                <a href=routes::page_href(routes::CONTACTS.path)>{tr("xem trang Liên hệ")}</a> ")."
            </p>
        </div>
    }
}
