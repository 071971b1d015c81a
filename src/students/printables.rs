//! The printables: an A4 handout for parents (`/hoc-sinh/to-roi/`, at most two pages, QR code
//! to the guide) and an A4 poster for hamlet meetings and notice boards (`/ap-phich/`, one page,
//! QR code to the self-check). Words from `content/chung/hoc-sinh.toml`, figures from the policy
//! data; the QR codes are drawn here as inline SVG.

use super::page::{dong, Figures};
use crate::plan_news::document_view::DocumentView;
use crate::site::boot::BuildData;
use crate::site::page_meta::PageMeta;
use crate::site::policy_data::national_policy;
use bhyt_content::routes::{self, absolute_url};
use bhyt_content::tel_href;
use bhyt_content::{PrintTexts, StudentGuide};
use leptos::prelude::*;
use std::sync::Arc;

/// Questions from the guide printed on the handout (the rest are on the page behind the QR code).
const HANDOUT_QUESTIONS: usize = 3;

/// The dark modules of a QR code as one SVG path (one square per module), with a 4-module
/// quiet zone: (path data, size in modules including the quiet zone).
pub fn qr_path(text: &str) -> Result<(String, usize), String> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|err| format!("mã QR cho {text}: {err}"))?;
    let width = code.width();
    let quiet = 4;
    let mut path = String::new();
    for (index, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (index % width + quiet, index / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Ok((path, width + 2 * quiet))
}

/// A QR code with its address written beside it, so it can be typed too.
#[component]
pub fn QrCode(#[prop(into)] url: String, #[prop(into)] label: String) -> impl IntoView {
    let (path, size) = qr_path(&url).expect("a site address fits in a QR code");
    let view_box = format!("0 0 {size} {size}");
    let square = size.to_string();
    view! {
        <figure class="qr">
            <svg class="qr__code" viewBox=view_box role="img" aria-label=format!("Mã QR: {label}") xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges" data-qr=url.clone()>
                <rect width=square.clone() height=square fill="#ffffff"/>
                <path d=path fill="#000000"/>
            </svg>
            <figcaption class="qr__caption">{label} <br/><span class="qr__url">{url}</span></figcaption>
        </figure>
    }
}

fn guide() -> Arc<StudentGuide> {
    expect_context::<Arc<StudentGuide>>()
}

fn points(texts: &PrintTexts) -> impl IntoView {
    let items = texts.points.iter().map(|point| view! { <li>{point.clone()}</li> }).collect_view();
    view! { <ul class="list list--bullet printable__points">{items}</ul> }
}

/// The people's committee's name and phone, for "who to ask".
fn office_line() -> Option<impl IntoView> {
    let site = expect_context::<BuildData>().site;
    let office = site.peoples_committee()?.clone();
    Some(view! {
        <p class="printable__contact">
            "Hỏi thêm: " <strong>{office.name.clone()}</strong>
            {office.phone.clone().map(|phone| view! { ", điện thoại " <a href=tel_href(&phone)>{phone.clone()}</a> })}
            ", hoặc nhà trường."
        </p>
    })
}

fn screen_note(back_href: &'static str, back_label: &'static str) -> impl IntoView {
    view! {
        <div class="no-print printable__screen-note">
            <p><a href=routes::href(back_href) class="back-link">{back_label}</a></p>
            <p class="hint">"Trang này để in trên khổ giấy A4: dùng lệnh In của trình duyệt (trên máy tính: Ctrl + P), chọn khổ A4."</p>
        </div>
    }
}

#[component]
pub fn HandoutPage() -> impl IntoView {
    let guide = guide();
    let site = expect_context::<BuildData>().site;
    let figures = Figures::from_context();
    let texts = guide.handout.clone();
    let cost = figures.current.clone();
    let periods = cost
        .by_period
        .iter()
        .map(|(months, amount)| view! { <li>{format!("{months} tháng: ")} <strong>{dong(*amount)}</strong></li> })
        .collect_view();
    let local = (!cost.local.is_empty()).then(|| {
        let items = cost
            .local
            .iter()
            .map(|item| view! { <li>{item.name.clone()} ": " {format!("hỗ trợ thêm {}", item.added)} " (độ tin cậy: " {item.confidence_label} ")."</li> })
            .collect_view();
        view! { <ul class="list list--bullet">{items}</ul> }
    });
    let questions = guide
        .questions
        .iter()
        .take(HANDOUT_QUESTIONS)
        .map(|q| view! { <h3 class="heading-s">{q.question.clone()}</h3> <DocumentView document=q.answer.clone()/> })
        .collect_view();
    let later = figures.costs.iter().find(|c| c.from > figures.today).map(|c| {
        view! { <p>"Từ ngày " {c.from.to_vietnamese()} ": " <strong>{dong(c.pays.yearly)}</strong> " một năm."</p> }
    });
    let cards = &figures.cards;
    let guide_url = absolute_url(&site.locality.base_url, routes::STUDENTS.path);
    view! {
        <PageMeta title=texts.title.clone() description=texts.lead.clone() path=routes::HANDOUT.path/>
        {screen_note(routes::STUDENTS.path, "Về hướng dẫn bảo hiểm y tế học sinh")}
        <article class="printable printable--handout">
            <p class="printable__from">{site.locality.full_name()} ", " {site.locality.province.clone()}</p>
            <h1 class="heading-xl">{texts.title.clone()}</h1>
            <p class="lead">{texts.lead.clone()}</p>
            <section class="printable__box" aria-labelledby="to-roi-muc-dong">
                <h2 class="heading-m" id="to-roi-muc-dong">"Năm học " {figures.year.label()} ": đóng bao nhiêu? (ước tính)"</h2>
                <p class="result-amount" data-amount="nam">
                    "Mỗi học sinh: " <strong>{dong(cost.pays.yearly)}</strong> " một năm (" {dong(cost.pays.monthly)} " mỗi tháng)."
                </p>
                <p>"Nhà nước hỗ trợ ít nhất " {cost.national.to_string()} " mức đóng; gia đình đóng " {cost.total_support.complement().to_string()} "."</p>
                {local}
                <p>"Theo kỳ đóng:"</p>
                <ul class="list list--bullet">{periods}</ul>
                {later}
            </section>
            <section aria-labelledby="to-roi-the">
                <h2 class="heading-m" id="to-roi-the">"Thẻ có giá trị"</h2>
                <ul class="list list--bullet">
                    <li>"Lớp 1: từ ngày " <strong>{cards.grade_one_from.to_vietnamese()}</strong> ", nối tiếp thẻ trẻ em (hết ngày " {cards.under_six_until.to_vietnamese()} ")."</li>
                    <li>"Lớp 12: đến hết ngày " <strong>{cards.grade_twelve_until.to_vietnamese()}</strong> "."</li>
                    <li>"Sinh viên năm thứ nhất: từ ngày nhập học, hoặc từ ngày " {cards.first_year_from.to_vietnamese()} " nếu thẻ lớp 12 còn hạn."</li>
                </ul>
            </section>
            <section aria-labelledby="to-roi-quyen-loi">
                <h2 class="heading-m" id="to-roi-quyen-loi">"Con được hưởng"</h2>
                <ul class="list list--bullet">
                    <li>"Quỹ bảo hiểm y tế trả " <strong>{figures.benefit.level.to_string()}</strong> " chi phí khám chữa bệnh trong phạm vi được hưởng."</li>
                    <li>"Khám ở trạm y tế và cơ sở cấp ban đầu: quỹ trả " <strong>{figures.benefit.primary_level.to_string()}</strong> "."</li>
                </ul>
            </section>
            <section aria-labelledby="to-roi-can-nho">
                <h2 class="heading-m" id="to-roi-can-nho">"Cần nhớ"</h2>
                {points(&texts)}
            </section>
            <section aria-labelledby="to-roi-hoi-dap">
                <h2 class="heading-m" id="to-roi-hoi-dap">"Cha mẹ hay hỏi"</h2>
                {questions}
            </section>
            <div class="printable__footer">
                <QrCode url=guide_url label=texts.call_to_action.clone()/>
                <div>
                    {office_line()}
                    <p class="hint">{bhyt_rules::disclaimer()} " Số liệu tính ngày " {figures.today.to_vietnamese()} "."</p>
                </div>
            </div>
        </article>
    }
    .into_any()
}

#[component]
pub fn PosterPage() -> impl IntoView {
    let guide = guide();
    let boot = expect_context::<BuildData>();
    let site = boot.site.clone();
    let figures = Figures::from_context();
    let texts = guide.poster.clone();
    let household = bhyt_rules::household_ladder(national_policy(), figures.today, 2).ok();
    let household_line = household.map(|ladder| {
        let first = ladder.rows[0].amount.yearly;
        let second = ladder.rows.get(1).map(|row| row.amount.yearly).unwrap_or(first);
        view! {
            <li data-amount="ho-gia-dinh">"Mua theo hộ gia đình: người thứ nhất " <strong>{dong(first)}</strong> " một năm, người thứ hai " <strong>{dong(second)}</strong> ", và giảm dần."</li>
        }
    });
    let wizard_url = absolute_url(&site.locality.base_url, routes::WIZARD.path);
    view! {
        <PageMeta title=texts.title.clone() description=texts.lead.clone() path=routes::POSTER.path/>
        {screen_note(routes::HOME.path, "Về trang chủ")}
        <article class="printable printable--poster">
            <p class="printable__from">{site.locality.full_name()} ", " {site.locality.province.clone()}</p>
            <h1 class="poster__title">{texts.title.clone()}</h1>
            <p class="poster__lead">{texts.lead.clone()}</p>
            {points(&texts)}
            <section class="printable__box" aria-labelledby="ap-phich-so-tien">
                <h2 class="heading-m" id="ap-phich-so-tien">"Đóng bao nhiêu? (ước tính, ngày " {figures.today.to_vietnamese()} ")"</h2>
                <ul class="list list--bullet">
                    {household_line}
                    <li data-amount="hoc-sinh">"Học sinh, sinh viên: " <strong>{dong(figures.current.pays.yearly)}</strong> " một năm, đóng qua nhà trường."</li>
                </ul>
            </section>
            <div class="printable__footer">
                <QrCode url=wizard_url label=texts.call_to_action.clone()/>
                <div>
                    {office_line()}
                    <p class="hint">{bhyt_rules::disclaimer()}</p>
                </div>
            </div>
        </article>
    }
    .into_any()
}
