//! `/quy-dinh/`: the rules review for officials and reviewers. Every policy value and local
//! top-up with its basis, last check and confidence (as OpenFisca publishes its parameters), the
//! groups with the answers that lead to each and the questions with when each is asked (as
//! GOV.UK's `visualise` shows a flow). All of it comes from the data and code the wizard uses;
//! nothing here is written by hand. Printable and `noindex`: residents should use the wizard.

use super::PageHeading;
use crate::site::boot::BuildData;
use crate::site::page_meta::PageMeta;
use crate::site::policy_data::national_policy;
use bhyt_content::routes;
use bhyt_rules::{condition_text, conditions, question_reach, value_label, GROUPS};
use bhyt_rules::{format_dong, question, Citation, Confidence, Date, LocalTopUps, Percent, Policy, TopUp};
use leptos::prelude::*;

/// A value last checked longer ago than this before the build is flagged, on the page and in
/// the build's output.
pub const STALE_AFTER_DAYS: i64 = 180;

/// The oldest last-checked date of the national file and the locality's file.
pub fn oldest_check(policy: &Policy, local: &LocalTopUps) -> Option<Date> {
    [policy.oldest_check(), local.oldest_check()].into_iter().flatten().min()
}

fn confidence_cell(confidence: Confidence) -> impl IntoView {
    let class = match confidence {
        Confidence::Confirmed => "tag tag--yes",
        Confidence::Likely => "tag tag--unknown",
        Confidence::Unconfirmed => "tag tag--no",
    };
    view! { <td><span class=class>{confidence.label()}</span></td> }
}

/// A wide table under its heading, in a region that keyboard users can scroll on a phone.
fn scroll_table(id: String, label: String, head: &'static [&'static str], rows: AnyView) -> impl IntoView {
    let header = head.iter().map(|title| view! { <th scope="col">{*title}</th> }).collect_view();
    let heading_id = format!("{id}-tieu-de");
    view! {
        <h3 class="heading-s" id=heading_id.clone()>{label.clone()}</h3>
        <div class="table-wrap" role="region" aria-labelledby=heading_id tabindex="0">
            <table class="table review-table">
                <caption class="visually-hidden">{label}</caption>
                <thead><tr>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

const VALUE_HEAD: &[&str] = &["Từ ngày", "Giá trị", "Căn cứ", "Kiểm tra lần cuối", "Độ tin cậy"];

fn national_values(policy: &Policy) -> impl IntoView {
    policy
        .summaries()
        .into_iter()
        .map(|summary| {
            let rows = summary
                .values
                .iter()
                .map(|value| {
                    view! {
                        <tr>
                            <td>{value.from.to_vietnamese()}</td>
                            <td data-value="">{value.text.clone()}</td>
                            <td>{value.basis.clone()}</td>
                            <td>{value.last_checked.to_vietnamese()}</td>
                            {confidence_cell(value.confidence)}
                        </tr>
                    }
                })
                .collect_view()
                .into_any();
            let label = format!("{} ({})", summary.label, summary.key);
            let note = (!summary.in_estimate)
                .then(|| view! { <p class="hint">"Chỉ dùng để nhắc người dân, không dùng để tính số tiền."</p> });
            let id = summary.key.replace(['.', '_'], "-");
            let table = scroll_table(format!("{id}-bang"), label, VALUE_HEAD, rows);
            view! {
                <section class="review-parameter" id=id>
                    {table}
                    {note}
                </section>
            }
        })
        .collect_view()
}

fn citation_rows(policy: &Policy) -> impl IntoView {
    let row = |(key, citation): (&'static str, &Citation)| {
        view! {
            <tr>
                <td>{citation.label.clone()} <span class="hint">" (" {key} ")"</span></td>
                <td>{citation.text.clone()}{citation.summary.clone().map(|summary| view! { <br/><span class="hint">{summary}</span> })}</td>
                <td>{citation.from.to_vietnamese()}</td>
                <td>{citation.last_checked.to_vietnamese()}</td>
                {confidence_cell(citation.confidence)}
            </tr>
        }
    };
    let rows = policy.citations.all().into_iter().map(row).collect_view().into_any();
    scroll_table(
        "van-ban-bang".into(),
        "Văn bản được trích dẫn khi giải thích kết quả".into(),
        &["Dùng cho", "Văn bản", "Hiệu lực từ", "Kiểm tra lần cuối", "Độ tin cậy"],
        rows,
    )
}

fn share_text(item: &TopUp) -> String {
    match (item.extra, item.total) {
        (Some(extra), _) => format!("thêm {extra}"),
        (None, Some(total)) => format!("tổng {total}"),
        (None, None) => "chưa rõ mức".to_owned(),
    }
}

fn period_text(from: Option<Date>, until: Option<Date>) -> String {
    match (from, until) {
        (Some(from), Some(until)) => format!("{} – {}", from.to_vietnamese(), until.to_vietnamese()),
        (Some(from), None) => format!("từ {}", from.to_vietnamese()),
        (None, Some(until)) => format!("đến {}", until.to_vietnamese()),
        (None, None) => "mọi ngày".to_owned(),
    }
}

/// One row of the local table: who, how much, when, basis, last check, confidence, use.
struct LocalRow<'a> {
    who: String,
    level: String,
    period: String,
    basis: &'a str,
    last_checked: Date,
    confidence: Confidence,
    used: &'static str,
}

fn local_row(row: LocalRow) -> impl IntoView {
    view! {
        <tr>
            <td>{row.who}</td>
            <td>{row.level}</td>
            <td>{row.period}</td>
            <td>{row.basis.to_owned()}</td>
            <td>{row.last_checked.to_vietnamese()}</td>
            {confidence_cell(row.confidence)}
            <td>{row.used}</td>
        </tr>
    }
}

fn local_tables(local: &LocalTopUps) -> impl IntoView {
    let items = local.items.iter().map(|item| LocalRow {
        who: format!("{}{}", item.name, if item.includes_students { " (cả sinh viên)" } else { "" }),
        level: share_text(item),
        period: period_text(Some(item.from), item.until),
        basis: &item.basis,
        last_checked: item.last_checked,
        confidence: item.confidence,
        used: if item.confidence.may_be_applied() && item.target != bhyt_rules::TopUpTarget::Other {
            "Có"
        } else {
            "Không (chỉ liệt kê để hỏi thêm)"
        },
    });
    let pensions = local.social_pensions.iter().map(|amount| LocalRow {
        who: amount.name.clone(),
        level: format!("{}/tháng", format_dong(amount.amount)),
        period: period_text(Some(amount.from), amount.until),
        basis: &amount.basis,
        last_checked: amount.last_checked,
        confidence: amount.confidence,
        used: "Nêu trong lời nhắc làm đơn",
    });
    let notices = local.notices.iter().map(|notice| LocalRow {
        who: notice.text.clone(),
        level: "lời nhắc".to_owned(),
        period: period_text(notice.from, notice.until),
        basis: &notice.basis,
        last_checked: notice.last_checked,
        confidence: notice.confidence,
        used: "Hiện trên kết quả",
    });
    let rows = items.chain(pensions).chain(notices).map(local_row).collect_view().into_any();
    let head: &'static [&'static str] =
        &["Đối tượng", "Mức", "Thời gian", "Căn cứ", "Kiểm tra lần cuối", "Độ tin cậy", "Dùng để tính"];
    scroll_table("dia-phuong-bang".into(), format!("Hỗ trợ thêm của {}", local.province), head, rows)
}

fn group_list(policy: &Policy) -> impl IntoView {
    let items = GROUPS
        .iter()
        .map(|group| {
            let routes = conditions(*group)
                .iter()
                .map(|set| view! { <li>{set.iter().map(condition_text).collect::<Vec<_>>().join("; ")}</li> })
                .collect_view();
            let payer = group.payer().description();
            view! {
                <li class="review-group">
                    <strong>{group.code()} " – " {group.name()}</strong>
                    <br/><span class="hint">"Căn cứ: " {group.basis(&policy.citations.groups.text)} ". " {payer} "."</span>
                    <p class="review-group__label">"Câu trả lời dẫn tới nhóm này (mỗi dòng là một cách):"</p>
                    <ul class="list list--bullet">{routes}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="list list--number review-groups">{items}</ol> }
}

fn question_list(policy: &Policy, date: Date) -> impl IntoView {
    question_reach()
        .into_iter()
        .map(|reach| {
            let spec = question(reach.id);
            let mut options: Vec<String> = spec.options.iter().map(|choice| policy.fill_figures(choice.label(), date)).collect();
            if spec.allows_unknown {
                options.push(bhyt_rules::unknown_label().to_owned());
            }
            let options = match spec.kind {
                bhyt_rules::QuestionKind::Number { min, max, unit } => vec![format!("Một số từ {min} đến {max} {unit}")]
                    .into_iter()
                    .chain(spec.allows_unknown.then(|| bhyt_rules::unknown_label().to_owned()))
                    .collect(),
                bhyt_rules::QuestionKind::MultipleChoice { .. } => {
                    options.insert(0, "(chọn được nhiều mục)".to_owned());
                    options
                }
                bhyt_rules::QuestionKind::SingleChoice => options,
            };
            let ages = reach.ages.iter().map(|age| value_label(bhyt_rules::QuestionId::Age, age)).collect::<Vec<_>>().join("; ");
            let after = reach
                .after
                .iter()
                .map(|(earlier, values)| {
                    let labels = values.iter().map(|value| value_label(*earlier, value)).collect::<Vec<_>>().join(" hoặc ");
                    view! { <li>{question(*earlier).title()} " → " {labels}</li> }
                })
                .collect_view();
            let when = if reach.id == bhyt_rules::QuestionId::Age {
                "Luôn hỏi đầu tiên.".to_owned()
            } else {
                format!("Hỏi với độ tuổi: {ages}.")
            };
            view! {
                <li class="review-question" id=format!("cau-{}", reach.id.key())>
                    <strong>{spec.title()}</strong>
                    <span class="hint">" (" {reach.id.key()} ")"</span>
                    <p class="hint">{policy.fill_figures(spec.hint(), date)}</p>
                    <p class="review-group__label">"Lựa chọn:"</p>
                    <ul class="list list--bullet">{options.into_iter().map(|option| view! { <li>{option}</li> }).collect_view()}</ul>
                    <p class="review-group__label">{when}</p>
                    {(!reach.after.is_empty()).then(|| view! {
                        <p class="review-group__label">"Chỉ hỏi sau một trong các câu trả lời:"</p>
                        <ul class="list list--bullet">{after}</ul>
                    })}
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn RulesReviewPage() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let policy = national_policy();
    let local = boot.local_top_ups.clone();
    let built_on = boot.built_on;
    let page = routes::RULES_REVIEW;
    let oldest = oldest_check(policy, &local);
    let freshness = oldest.map(|oldest| {
        let days = oldest.days_until(built_on);
        let stale = days > STALE_AFTER_DAYS;
        let class = if stale { "notice notice--warning" } else { "notice notice--date" };
        view! {
            <div class=class role="note" data-freshness=oldest.to_string()>
                <p>
                    "Độ mới của số liệu: mục được đối chiếu lâu nhất là ngày " <strong>{oldest.to_vietnamese()}</strong>
                    ", " {days} " ngày trước ngày dựng trang (" {built_on.to_vietnamese()} ")."
                    {stale.then(|| format!(" Đã quá {STALE_AFTER_DAYS} ngày: cần đối chiếu lại với văn bản."))}
                </p>
            </div>
        }
    });
    let unconfirmed = policy
        .unconfirmed
        .iter()
        .map(|note| {
            view! {
                <li>
                    <strong>{note.title.clone()}</strong> ". " {note.text.clone()}
                    <br/><span class="hint">"Nguồn: " {note.source.clone()} ". Kiểm tra lần cuối: " {note.last_checked.to_vietnamese()} "."</span>
                    {note.resident_notice.clone().map(|notice| view! { <br/><span class="hint">"Dòng nhắc trên kết quả: “" {notice} "”"</span> })}
                </li>
            }
        })
        .collect_view();
    let priority = [&policy.citations.group_order, &policy.citations.household_route, &policy.citations.highest_benefit]
        .into_iter()
        .map(|citation| {
            view! { <li><strong>{citation.label.clone()}</strong> " (" {citation.text.clone()} "). " {citation.summary.clone().unwrap_or_default()}</li> }
        })
        .collect_view();
    let full = Percent::FULL;
    view! {
        <PageMeta title=page.title description=page.description path=page.path/>
        <PageHeading title=page.title lead=page.description/>
        {freshness}
        <p>
            "Mọi số tiền trên trang tự kiểm tra được tính từ các số liệu dưới đây. Số liệu ghi trong "
            <code>"content/chinh-sach.toml"</code> " và " <code>"content/<địa phương>/ho-tro-dia-phuong.toml"</code>
            "; mục “chưa xác nhận” không bao giờ được dùng để tính. Kết quả là ước tính; cơ quan BHXH quyết định."
        </p>
        <nav aria-label="Mục lục"><ul class="list list--bullet no-print">
            <li><a href="#so-lieu">"Số liệu chính sách toàn quốc"</a></li>
            <li><a href="#dia-phuong">"Hỗ trợ của địa phương"</a></li>
            <li><a href="#van-ban">"Văn bản được trích dẫn"</a></li>
            <li><a href="#chua-xac-nhan">"Chưa xác nhận"</a></li>
            <li><a href="#nhom">"Nhóm đối tượng và thứ tự ưu tiên"</a></li>
            <li><a href="#cau-hoi">"Câu hỏi và khi nào được hỏi"</a></li>
        </ul></nav>
        <h2 class="heading-l" id="so-lieu">"Số liệu chính sách toàn quốc"</h2>
        {national_values(policy)}
        <h2 class="heading-l" id="dia-phuong">"Hỗ trợ của địa phương"</h2>
        {local_tables(&local)}
        <p class="hint">"Mức hỗ trợ thêm được cộng vào mức tối thiểu của Nhà nước, tối đa " {full.to_string()} "."</p>
        <h2 class="heading-l" id="van-ban">"Văn bản được trích dẫn"</h2>
        {citation_rows(policy)}
        <h2 class="heading-l" id="chua-xac-nhan">"Chưa xác nhận (không dùng để tính)"</h2>
        <ul class="list list--bullet">{unconfirmed}</ul>
        <h2 class="heading-l" id="nhom">{format!("Nhóm đối tượng theo thứ tự {} và thứ tự ưu tiên", policy.citations.groups.text)}</h2>
        <ul class="list list--bullet">{priority}</ul>
        {group_list(policy)}
        <h2 class="heading-l" id="cau-hoi">"Câu hỏi và khi nào được hỏi"</h2>
        <p>"Danh sách này có được bằng cách đi thử mọi đường qua các câu hỏi của trang tự kiểm tra."</p>
        <ol class="list list--number">{question_list(policy, built_on)}</ol>
    }
}
