//! `/tu-kiem-tra/kiem-tra/`: the answers that count, each with a "Thay đổi" link back to its
//! question. Later answers stay in those links, so after a change the resident comes back here.

use super::{question_path, BackLink, DatePreview, UrlNotices, WizardUrl};
use bhyt_content::routes;
use bhyt_core::tr;
use bhyt_rules::{next_question, pages, question, relevant_answers};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub(super) fn CheckAnswers(search: String) -> impl IntoView {
    let url = WizardUrl::parse(&search);
    let answers = url.answers.clone();
    // The path cut into pages, once: each answer's "Thay đổi" goes to the start of its page.
    let pages = pages(&answers);
    let policy = crate::site::policy_data::national_policy();
    let date = url.date(super::today());
    let all_query = answers.to_query();
    let back_href = match pages.last() {
        Some(last) => url.href(&question_path(last[0]), &all_query),
        None => url.href(routes::WIZARD.path, ""),
    };
    let today_href = WizardUrl { preview: DatePreview::Today, ..url.clone() }.href(routes::CHECK.path, &all_query);
    let body = match next_question(&answers) {
        Some(next) => Either::Left(view! {
            <div class="panel panel--info">
                <p>{tr("Bạn chưa trả lời hết các câu hỏi cần thiết.")}</p>
                <a class="button" href=url.href(&question_path(next), &all_query)>{tr("Trả lời tiếp")}</a>
            </div>
        }),
        None => {
            let rows = pages
                .iter()
                .flat_map(|page| page.iter().map(move |id| (page[0], id)))
                .map(|(page_start, id)| {
                    let spec = question(*id);
                    let change_href = url.href(&question_path(page_start), &all_query);
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{spec.title()}</dt>
                            <dd class="summary-list__value">{policy.fill_figures(&answers.label_text(*id).unwrap_or_default(), date)}</dd>
                            <dd class="summary-list__actions">
                                <a href=change_href>{tr("Thay đổi")}<span class="visually-hidden">{tr(" câu trả lời cho câu hỏi: ")} {spec.title()}</span></a>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            let result_href = url.href(routes::RESULT.path, &relevant_answers(&answers).to_query());
            Either::Right(view! {
                <dl class="summary-list">{rows}</dl>
                <p>{tr("Kết quả là ước tính theo câu trả lời của bạn; cơ quan BHXH quyết định.")}</p>
                <a class="button" href=result_href>{tr("Xem kết quả")}</a>
            })
        }
    };
    view! {
        <BackLink href=back_href/>
        <UrlNotices dropped=url.dropped.clone() preview=url.preview.clone() today_href/>
        <h1 class="heading-xl">{tr(routes::CHECK.title)}</h1>
        {body}
    }
}
