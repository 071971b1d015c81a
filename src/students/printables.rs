//! The printables: an A4 handout for parents (`/hoc-sinh/to-roi/`, at most two pages, QR code
//! to the guide) and an A4 poster for hamlet meetings and notice boards (`/ap-phich/`, one page,
//! QR code to the self-check). Words from `content/chung/hoc-sinh.toml`, figures from the policy
//! data; the QR codes are drawn here as inline SVG.

use super::page::{period_label, student_words, top_up_summary, Figures};
use crate::plan_news::document_view::DocumentView;
use crate::site::boot::BuildData;
use crate::site::language::{
    day, estimate_notice, lang_of_vietnamese, linked_path, money, percent, rich, strong, use_language, use_words,
    vietnamese, PageLink,
};
use crate::site::page_meta::PageMeta;
use crate::site::policy_data::national_policy;
use bhyt_content::routes::{self, absolute_url};
use bhyt_content::tel_href;
use bhyt_content::{fill, PrintTexts, StudentGuide, StudentWords};
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
    let name = fill(&student_words().qr_label, &[("nhan", &label)]);
    view! {
        <figure class="qr">
            <svg class="qr__code" viewBox=view_box role="img" aria-label=name xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges" data-qr=url.clone()>
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
fn office_line(words: &StudentWords) -> Option<impl IntoView> {
    let site = expect_context::<BuildData>().site;
    let office = site.peoples_committee()?.clone();
    let name = view! { <strong lang=lang_of_vietnamese()>{office.name.clone()}</strong> }.into_any();
    let line = match office.phone.clone() {
        Some(phone) => rich(
            &words.ask_more_by_phone,
            vec![("co_quan", name), ("so", view! { <a href=tel_href(&phone)>{phone.clone()}</a> }.into_any())],
        ),
        None => rich(&words.ask_more, vec![("co_quan", name)]),
    };
    Some(view! { <p class="printable__contact">{line}</p> })
}

fn screen_note(words: &StudentWords, back_href: &'static str, back_label: String) -> impl IntoView {
    view! {
        <div class="no-print printable__screen-note">
            <p><PageLink path=back_href label=back_label class="back-link"/></p>
            <p class="hint">{words.print_on_a4.clone()}</p>
        </div>
    }
}

/// Where a printed QR code leads: the page in this language when it has one, else the
/// Vietnamese page; and the call to action, said to be in Vietnamese then.
fn qr_target(base_url: &str, path: &str, call_to_action: &str) -> (String, String) {
    let language = use_language();
    let words = use_words();
    let (target, translated) = linked_path(&words, language, path);
    let label = if translated || language == bhyt_core::Language::SOURCE {
        call_to_action.to_owned()
    } else {
        format!("{call_to_action} {}", words.shell.in_vietnamese)
    };
    (absolute_url(base_url, &target), label)
}

/// Where the locality is, as the printables head it: data, in Vietnamese.
fn printed_by(site: &bhyt_content::SiteConfig) -> impl IntoView {
    let words = use_words();
    view! {
        <p class="printable__from">
            {words.locality_name(&site.locality)} ", " {vietnamese(site.locality.province.clone())}
        </p>
    }
}

#[component]
pub fn HandoutPage() -> impl IntoView {
    let guide = guide();
    let site = expect_context::<BuildData>().site;
    let figures = Figures::from_context();
    let words = student_words();
    let texts = guide.handout.clone();
    let cost = figures.current.clone();
    let periods = cost
        .by_period
        .iter()
        .map(|(months, amount)| {
            let line = rich(
                &words.handout_period,
                vec![("ky", period_label(&words, *months).into_any()), ("so_tien", strong(money(*amount)))],
            );
            view! { <li>{line}</li> }
        })
        .collect_view();
    let local = (!cost.local.is_empty()).then(|| {
        let items = cost.local.iter().map(|item| view! { <li>{top_up_summary(&words, item)}</li> }).collect_view();
        view! { <ul class="list list--bullet">{items}</ul> }
    });
    let questions = guide
        .questions
        .iter()
        .take(HANDOUT_QUESTIONS)
        .map(|q| view! { <h3 class="heading-s">{q.question.clone()}</h3> <DocumentView document=q.answer.clone()/> })
        .collect_view();
    let later = figures.costs.iter().find(|c| c.from > figures.today).map(|c| {
        let line = rich(
            &words.handout_from,
            vec![("ngay", day(c.from).into_any()), ("moi_nam", strong(money(c.pays.yearly)))],
        );
        view! { <p>{line}</p> }
    });
    let cards = &figures.cards;
    let (guide_url, call_to_action) = qr_target(&site.locality.base_url, routes::STUDENTS.path, &texts.call_to_action);
    let heading = fill(&words.handout_cost_heading, &[("nam_hoc", &figures.year.label())]);
    let each_pupil = rich(
        &words.handout_each_pupil,
        vec![("moi_nam", strong(money(cost.pays.yearly))), ("moi_thang", money(cost.pays.monthly).into_any())],
    );
    let support = fill(
        &words.handout_support,
        &[("nha_nuoc", &percent(cost.national)), ("gia_dinh", &percent(cost.total_support.complement()))],
    );
    let grade_one = rich(
        &words.handout_grade_one,
        vec![("tu_ngay", strong(day(cards.grade_one_from))), ("het_the_tre_em", day(cards.under_six_until).into_any())],
    );
    let grade_twelve = rich(&words.handout_grade_twelve, vec![("den_ngay", strong(day(cards.grade_twelve_until)))]);
    let first_year = fill(&words.handout_first_year, &[("tu_ngay", &day(cards.first_year_from))]);
    let share = |text: &str, value| rich(text, vec![("ty_le", strong(percent(value)))]);
    let as_of = fill(&words.figures_of_day, &[("ngay", &day(figures.today))]);
    view! {
        <PageMeta title=texts.title.clone() description=texts.lead.clone() path=routes::HANDOUT.path/>
        {screen_note(&words, routes::STUDENTS.path, words.back_to_guide.clone())}
        <article class="printable printable--handout">
            {printed_by(&site)}
            <h1 class="heading-xl">{texts.title.clone()}</h1>
            <p class="lead">{texts.lead.clone()}</p>
            <section class="printable__box" aria-labelledby="to-roi-muc-dong">
                <h2 class="heading-m" id="to-roi-muc-dong">{heading}</h2>
                <p class="result-amount" data-amount="nam">{each_pupil}</p>
                <p>{support}</p>
                {local}
                <p>{words.handout_by_period.clone()}</p>
                <ul class="list list--bullet">{periods}</ul>
                {later}
            </section>
            <section aria-labelledby="to-roi-the">
                <h2 class="heading-m" id="to-roi-the">{words.card_valid.clone()}</h2>
                <ul class="list list--bullet">
                    <li>{grade_one}</li>
                    <li>{grade_twelve}</li>
                    <li>{first_year}</li>
                </ul>
            </section>
            <section aria-labelledby="to-roi-quyen-loi">
                <h2 class="heading-m" id="to-roi-quyen-loi">{words.child_benefits.clone()}</h2>
                <ul class="list list--bullet">
                    <li>{share(&words.handout_benefit_level, figures.benefit.level)}</li>
                    <li>{share(&words.handout_benefit_primary, figures.benefit.primary_level)}</li>
                </ul>
            </section>
            <section aria-labelledby="to-roi-can-nho">
                <h2 class="heading-m" id="to-roi-can-nho">{words.remember.clone()}</h2>
                {points(&texts)}
            </section>
            <section aria-labelledby="to-roi-hoi-dap">
                <h2 class="heading-m" id="to-roi-hoi-dap">{words.parents_ask.clone()}</h2>
                {questions}
            </section>
            <div class="printable__footer">
                <QrCode url=guide_url label=call_to_action/>
                <div>
                    {office_line(&words)}
                    <p class="hint">{estimate_notice()} " " {as_of}</p>
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
    let words = student_words();
    let texts = guide.poster.clone();
    let household = bhyt_rules::household_ladder(national_policy(), figures.today, 2).ok();
    let household_line = household.map(|ladder| {
        let first = ladder.rows[0].amount.yearly;
        let second = ladder.rows.get(1).map(|row| row.amount.yearly).unwrap_or(first);
        let line = rich(
            &words.poster_household,
            vec![("nguoi_thu_nhat", strong(money(first))), ("nguoi_thu_hai", strong(money(second)))],
        );
        view! { <li data-amount="ho-gia-dinh">{line}</li> }
    });
    let (wizard_url, call_to_action) = qr_target(&site.locality.base_url, routes::WIZARD.path, &texts.call_to_action);
    let heading = fill(&words.poster_cost_heading, &[("ngay", &day(figures.today))]);
    let pupils = rich(&words.poster_pupils, vec![("moi_nam", strong(money(figures.current.pays.yearly)))]);
    view! {
        <PageMeta title=texts.title.clone() description=texts.lead.clone() path=routes::POSTER.path/>
        {screen_note(&words, routes::HOME.path, words.back_to_home.clone())}
        <article class="printable printable--poster">
            {printed_by(&site)}
            <h1 class="poster__title">{texts.title.clone()}</h1>
            <p class="poster__lead">{texts.lead.clone()}</p>
            {points(&texts)}
            <section class="printable__box" aria-labelledby="ap-phich-so-tien">
                <h2 class="heading-m" id="ap-phich-so-tien">{heading}</h2>
                <ul class="list list--bullet">
                    {household_line}
                    <li data-amount="hoc-sinh">{pupils}</li>
                </ul>
            </section>
            <div class="printable__footer">
                <QrCode url=wizard_url label=call_to_action/>
                <div>
                    {office_line(&words)}
                    <p class="hint">{estimate_notice()}</p>
                </div>
            </div>
        </article>
    }
    .into_any()
}
