//! `/hoc-sinh/`: the student insurance guide for parents. The words come from
//! `content/chung/hoc-sinh.toml`; every amount, percentage and date beside them is computed by
//! `bhyt_rules::school` from the policy data for the build date.

use crate::pages::PageHeading;
use crate::plan_news::document_view::DocumentView;
use crate::site::boot::BuildData;
use crate::site::language::{
    confidence, day, estimate_notice, money, percent, rich, rounding_rule, strong, use_words, vietnamese, PageLink,
};
use crate::site::page_meta::FixedPageMeta;
use crate::site::policy_data::national_policy;
use bhyt_content::{guide_section, routes, StudentGuide, StudentWords};
use bhyt_rules::{
    card_dates, cost_on, near_poor_support, pupil_benefit, pupil_items_to_ask_about, school_year_costs, CardDates,
    Confidence, NearPoorSupport, PupilBenefit, PupilCost, SchoolYear,
};
use bhyt_rules::{next_question, Answers, AppliedTopUp, Date, LocalTopUps, Percent, TopUpTarget};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything the student pages show, computed once for the build date.
pub struct Figures {
    pub today: Date,
    pub year: SchoolYear,
    pub costs: Vec<PupilCost>,
    pub current: PupilCost,
    pub next_year: Vec<PupilCost>,
    /// Ethnic-minority pupils, when a local top-up changes their amount.
    pub ethnic_minority: Option<Vec<PupilCost>>,
    pub near_poor: NearPoorSupport,
    pub cards: CardDates,
    pub benefit: PupilBenefit,
    pub to_ask: Vec<(String, String, Confidence)>,
    /// The locality's notices about pupils on the build date (e.g. a top-up whose basis ran out).
    pub notices: Vec<(String, Confidence)>,
    pub province: String,
}

impl Figures {
    pub fn on(local: &LocalTopUps, today: Date) -> Result<Figures, String> {
        let policy = national_policy();
        let year = SchoolYear::containing(today);
        let err = |err: bhyt_rules::EngineError| err.to_string();
        let costs = school_year_costs(policy, local, year, false).map_err(err)?;
        let current = cost_on(&costs, today).cloned().ok_or("no cost for today")?;
        let next_year = school_year_costs(policy, local, year.next(), false).map_err(err)?;
        let ethnic = school_year_costs(policy, local, year, true).map_err(err)?;
        let ethnic_minority = (ethnic != costs).then_some(ethnic);
        Ok(Figures {
            today,
            year,
            current,
            costs,
            next_year,
            ethnic_minority,
            near_poor: near_poor_support(policy, local, today).map_err(err)?,
            cards: card_dates(policy, year, today).map_err(err)?,
            benefit: pupil_benefit(policy, today).map_err(err)?,
            to_ask: pupil_items_to_ask_about(local, today)
                .into_iter()
                .map(|item| (item.name.clone(), item.note.clone(), item.confidence))
                .collect(),
            notices: local
                .notices_on(today, &[TopUpTarget::PupilOrStudent, TopUpTarget::EthnicMinorityPupil])
                .map(|notice| (notice.text.clone(), notice.confidence))
                .collect(),
            province: local.province.clone(),
        })
    }

    pub fn from_context() -> Figures {
        let boot = expect_context::<BuildData>();
        Figures::on(&boot.local_top_ups, boot.built_on).expect("the policy data covers the build date")
    }
}

/// The wizard's site path with "pupil" already answered: the first question still open for a child aged 6–17.
pub fn wizard_link_for_pupils() -> String {
    wizard_link("tuoi=6-17")
}

/// The same for a university or vocational student.
pub fn wizard_link_for_students() -> String {
    wizard_link("tuoi=18-59&cong_viec=sinh-vien")
}

fn wizard_link(query: &str) -> String {
    let (answers, dropped) = Answers::from_query(query);
    debug_assert!(dropped.is_empty(), "{query}");
    match next_question(&answers) {
        Some(id) => format!("{}?{}", crate::wizard::question_path(id), answers.to_query()),
        None => format!("{}?{}", routes::CHECK.path, answers.to_query()),
    }
}

/// The student pages' words, in the page's language.
pub fn student_words() -> StudentWords {
    use_words().students.clone()
}

/// `{so} tháng`, `6 months`.
pub fn period_label(words: &StudentWords, months: u32) -> String {
    bhyt_content::fill(&words.months, &[("so", &months.to_string())])
}

/// `Căn cứ: …`, the basis being data, in Vietnamese.
pub fn basis_line(words: &StudentWords, basis: String) -> AnyView {
    rich(&words.basis, vec![("can_cu", vietnamese(basis))])
}

/// `(độ tin cậy: chắc chắn)`, in the page's language.
pub fn confidence_note(words: &StudentWords, level: Confidence) -> String {
    bhyt_content::fill(&words.confidence, &[("muc", &confidence(level))])
}

/// The table of amounts per payment period, one row per dated period.
#[component]
pub fn CostTable(costs: Vec<PupilCost>, #[prop(into)] caption: String, today: Date) -> impl IntoView {
    let words = student_words();
    let months: Vec<u32> = costs.first().map(|c| c.by_period.iter().map(|(m, _)| *m).collect()).unwrap_or_default();
    let header =
        months.iter().map(|m| view! { <th scope="col" class="numeric">{period_label(&words, *m)}</th> }).collect_view();
    let rows = costs
        .into_iter()
        .map(|cost| {
            let current = in_force(&cost, today);
            let label_id = dated("dang-ap-dung", &cost);
            let cells = cost
                .by_period
                .iter()
                .map(
                    |(months, amount)| view! { <td class="numeric" data-months=months.to_string()>{money(*amount)}</td> },
                )
                .collect_view();
            let period = bhyt_content::fill(&words.table_from_until, &[("tu", &day(cost.from)), ("den", &day(cost.until))]);
            view! {
                <tr data-from=cost.from.to_string() data-until=cost.until.to_string() class="cost-row">
                    <th scope="row">
                        {period}
                        <strong id=label_id class="cost-row__now" data-show-from=cost.from.to_string() data-show-until=cost.until.to_string() hidden=!current><br/>{words.in_force.clone()}</strong>
                    </th>
                    <td class="numeric" data-months="1">{money(cost.pays.monthly)}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    // A wide table scrolls inside its own region on a phone: keyboard users reach it by Tab.
    let region_label = caption.clone();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-label=region_label>
            <table class="table cost-table">
                <caption class="table__caption">{caption}</caption>
                <thead>
                    <tr><th scope="col">{words.table_period.clone()}</th><th scope="col" class="numeric">{words.table_monthly.clone()}</th>{header}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A local top-up: its name (data, in Vietnamese), what it adds, how sure it is.
pub fn top_up_summary(words: &StudentWords, item: &AppliedTopUp) -> AnyView {
    let added = bhyt_content::fill(&words.top_up, &[("ty_le", &percent(item.added))]);
    view! { {vietnamese(item.name.clone())} ": " {added} " " {confidence_note(words, item.confidence)} }.into_any()
}

fn top_up_line(words: &StudentWords, item: &AppliedTopUp) -> impl IntoView {
    view! {
        <li>
            {top_up_summary(words, item)} " " {vietnamese(item.note.clone())}
            <br/><span class="hint">{basis_line(words, item.basis.clone())}</span>
        </li>
    }
}

fn support_summary(words: &StudentWords, cost: &PupilCost) -> String {
    let full = bhyt_content::fill(
        &words.full_premium,
        &[
            ("ty_le", &percent(cost.premium_rate)),
            ("luong_co_so", &money(cost.base_salary)),
            ("moi_thang", &money(cost.full.monthly)),
        ],
    );
    let (national, family) = (percent(cost.national), percent(cost.total_support.complement()));
    let support = if cost.local.is_empty() {
        bhyt_content::fill(&words.state_support, &[("nha_nuoc", &national), ("gia_dinh", &family)])
    } else {
        bhyt_content::fill(
            &words.state_and_local_support,
            &[("nha_nuoc", &national), ("tong", &percent(cost.total_support)), ("gia_dinh", &family)],
        )
    };
    format!("{full} {support}")
}

fn in_force(cost: &PupilCost, day: Date) -> bool {
    cost.from <= day && day <= cost.until
}

/// `id` of an element shown only in one period (`public/dated.js` shows the one in force).
fn dated(prefix: &str, cost: &PupilCost) -> String {
    format!("{prefix}-{}", cost.from)
}

/// What a pupil pays in one period, with how it is made up: one block per period, the one in
/// force shown.
fn period_details(words: &StudentWords, figures: &Figures, year: SchoolYear, cost: &PupilCost) -> impl IntoView {
    let id = dated("muc-dong", cost);
    let local_items = cost.local.iter().map(|item| top_up_line(words, item)).collect_view();
    let no_local = cost.local.is_empty().then(|| {
        let missing = if figures.province.is_empty() {
            words.no_local_data.clone().into_any()
        } else {
            rich(&words.no_local_data_of_province, vec![("tinh", vietnamese(figures.province.clone()))])
        };
        view! { <p>{missing} " " {words.ask_the_school.clone()}</p> }
    });
    let amount = rich(
        &words.period_amount,
        vec![
            ("nam_hoc", year.label().into_any()),
            ("tu", day(cost.from).into_any()),
            ("den", day(cost.until).into_any()),
            ("moi_nam", view! { <strong data-amount="nam">{money(cost.pays.yearly)}</strong> }.into_any()),
            ("moi_thang", view! { <strong data-amount="thang">{money(cost.pays.monthly)}</strong> }.into_any()),
        ],
    );
    let basis = rich(
        &words.cost_basis,
        vec![
            ("can_cu", vietnamese(cost.national_basis.clone())),
            ("can_cu_luong", vietnamese(cost.base_salary_basis.clone())),
        ],
    );
    view! {
        <div id=id class="period" data-show-from=cost.from.to_string() data-show-until=cost.until.to_string() hidden=!in_force(cost, figures.today)>
            <p class="result-amount">{amount}</p>
            <p>{support_summary(words, cost)}</p>
            <p class="hint">{basis}</p>
            <ul class="list list--bullet">{local_items}</ul>
            {no_local}
        </div>
    }
}

fn cost_figures(words: &StudentWords, figures: &Figures) -> impl IntoView {
    let year = figures.year;
    let details = figures
        .costs
        .iter()
        .map(|cost| (year, cost))
        .chain(figures.next_year.iter().map(|cost| (year.next(), cost)))
        .map(|(year, cost)| period_details(words, figures, year, cost))
        .collect_view();
    let ethnic = figures.ethnic_minority.clone().map(|costs| {
        let blocks = costs
            .iter()
            .map(|cost| {
                let id = dated("dan-toc", cost);
                let items = cost.local.iter().map(|item| top_up_line(words, item)).collect_view();
                let pays = rich(&words.ethnic_minority_pays, vec![("moi_nam", strong(money(cost.pays.yearly)))]);
                view! {
                    <div id=id class="period" data-show-from=cost.from.to_string() data-show-until=cost.until.to_string() hidden=!in_force(cost, figures.today)>
                        <p data-amount="dan-toc-nam">{pays}</p>
                        <ul class="list list--bullet">{items}</ul>
                    </div>
                }
            })
            .collect_view();
        view! {
            <h3 class="heading-s">{words.ethnic_minority_heading.clone()}</h3>
            {blocks}
        }
    });
    let to_ask = (!figures.to_ask.is_empty()).then(|| {
        let items = figures
            .to_ask
            .iter()
            .map(|(name, note, level)| {
                view! { <li>{vietnamese(name.clone())} " " {confidence_note(words, *level)} " " {vietnamese(note.clone())}</li> }
            })
            .collect_view();
        view! {
            <p>{words.not_yet_applied.clone()}</p>
            <ul class="list list--bullet">{items}</ul>
        }
    });
    let notices = (!figures.notices.is_empty()).then(|| {
        let items = figures
            .notices
            .iter()
            .map(|(text, level)| view! { <li>{vietnamese(text.clone())} " " {confidence_note(words, *level)}</li> })
            .collect_view();
        view! {
            <h3 class="heading-s">{words.local_notices.clone()}</h3>
            <ul class="list list--bullet" data-figure="luu-y">{items}</ul>
        }
    });
    let this_year = bhyt_content::fill(&words.table_this_year, &[("nam_hoc", &year.label())]);
    let next_year = bhyt_content::fill(&words.table_next_year, &[("nam_hoc", &year.next().label())]);
    view! {
        <div class="figure-box" data-figure="muc-dong">
            {details}
            <CostTable costs=figures.costs.clone() caption=this_year today=figures.today/>
            <CostTable costs=figures.next_year.clone() caption=next_year today=figures.today/>
            {ethnic}
            {notices}
            {to_ask}
            <p class="hint">{rounding_rule()}</p>
        </div>
    }
}

/// What a near-poor pupil's family pays in a year with `share` of support.
pub fn near_poor_pays(figures: &Figures, share: Percent) -> u64 {
    share.complement().of(figures.current.full.monthly) * 12
}

fn free_figures(words: &StudentWords, figures: &Figures) -> impl IntoView {
    let np = &figures.near_poor;
    let line = |text: &str, share: Percent| {
        rich(
            text,
            vec![
                ("ty_le", percent(share).into_any()),
                ("moi_nam", money(near_poor_pays(figures, share)).into_any()),
                ("tinh", vietnamese(figures.province.clone())),
            ],
        )
    };
    let local = (!np.local.is_empty()).then(|| {
        let items = np.local.iter().map(|item| top_up_line(words, item)).collect_view();
        view! {
            <li>
                {line(&words.near_poor_local, np.with_local)}
                <ul class="list list--bullet">{items}</ul>
            </li>
        }
    });
    view! {
        <div class="figure-box" data-figure="can-ngheo">
            <p><strong>{words.near_poor_heading.clone()}</strong></p>
            <ul class="list list--bullet">
                <li>{line(&words.near_poor_national, np.national)} " "
                    <span class="hint">{basis_line(words, np.national_basis.clone())}</span></li>
                <li>{line(&words.near_poor_in_poor_commune, np.in_poor_commune)} " "
                    <span class="hint">{basis_line(words, np.in_poor_commune_basis.clone())}</span></li>
                {local}
            </ul>
        </div>
    }
}

fn card_figures(words: &StudentWords, cards: &CardDates) -> impl IntoView {
    let note = cards.grade_one_note.clone().map(|note| view! { <p class="hint">{vietnamese(note)}</p> });
    let year = cards.year.label();
    let label = |text: &str| bhyt_content::fill(text, &[("nam_hoc", &year)]);
    let grade_one = rich(
        &words.grade_one,
        vec![("het_the_tre_em", day(cards.under_six_until).into_any()), ("tu_ngay", strong(day(cards.grade_one_from)))],
    );
    let grade_twelve = rich(
        &words.grade_twelve,
        vec![
            ("den_ngay", strong(day(cards.grade_twelve_until))),
            ("nam", cards.grade_twelve_until.year.to_string().into_any()),
        ],
    );
    let first_year = rich(
        &words.first_year,
        vec![
            ("het_the_lop_12", day(cards.last_grade_twelve_until).into_any()),
            ("tu_ngay", strong(day(cards.first_year_from))),
        ],
    );
    view! {
        <div class="figure-box" data-figure="thoi-han-the">
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{label(&words.grade_one_label)}</dt>
                    <dd class="summary-list__value" data-date="lop-1">{grade_one}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{label(&words.grade_twelve_label)}</dt>
                    <dd class="summary-list__value" data-date="lop-12">{grade_twelve}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{words.first_year_label.clone()}</dt>
                    <dd class="summary-list__value" data-date="nam-nhat">{first_year}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{words.final_year_label.clone()}</dt>
                    <dd class="summary-list__value">{words.final_year.clone()}</dd>
                </div>
            </dl>
            {note}
            <p class="hint">{basis_line(words, cards.basis.clone())}</p>
        </div>
    }
}

fn paying_figures(words: &StudentWords, cost: &PupilCost) -> impl IntoView {
    let periods = cost.by_period.iter().map(|(months, _)| period_label(words, *months)).collect::<Vec<_>>().join(", ");
    view! {
        <div class="figure-box" data-figure="ky-dong">
            <p>{rich(&words.payment_periods, vec![("cac_ky", strong(periods))])}</p>
        </div>
    }
}

fn benefit_figures(words: &StudentWords, benefit: &PupilBenefit) -> impl IntoView {
    let share = |text: &str, value: Percent, key: &'static str| {
        rich(text, vec![("ty_le", view! { <strong data-benefit=key>{percent(value)}</strong> }.into_any())])
    };
    view! {
        <div class="figure-box" data-figure="quyen-loi">
            <ul class="list list--bullet">
                <li>{share(&words.benefit_level, benefit.level, "chung")} " "
                    <span class="hint">{basis_line(words, benefit.level_basis.clone())}</span></li>
                <li>{share(&words.benefit_primary, benefit.primary_level, "cap-ban-dau")} " "
                    <span class="hint">{basis_line(words, benefit.primary_level_basis.clone())}</span></li>
                <li>{rich(&words.benefit_low_cost, vec![("so_tien", strong(money(benefit.low_cost_visit_threshold)))])} " "
                    <span class="hint">{basis_line(words, benefit.low_cost_basis.clone())}</span></li>
            </ul>
        </div>
    }
}

#[component]
pub fn StudentsPage() -> impl IntoView {
    let guide = expect_context::<Arc<StudentGuide>>();
    let figures = Figures::from_context();
    let words = student_words();
    let (title, _) = use_words().page(routes::STUDENTS).unwrap_or_default();
    let contents = guide
        .sections
        .iter()
        .map(|section| view! { <li><a href=format!("#{}", section.id)>{section.title.clone()}</a></li> })
        .collect_view();
    let sections = guide
        .sections
        .iter()
        .map(|section| {
            let figures_view = match section.id.as_str() {
                guide_section::COST => Some(cost_figures(&words, &figures).into_any()),
                guide_section::FREE_ALREADY => Some(free_figures(&words, &figures).into_any()),
                guide_section::CARD_VALIDITY => Some(card_figures(&words, &figures.cards).into_any()),
                guide_section::PAYING_AT_SCHOOL => Some(paying_figures(&words, &figures.current).into_any()),
                guide_section::BENEFITS => Some(benefit_figures(&words, &figures.benefit).into_any()),
                _ => None,
            };
            view! {
                <section class="guide-section" aria-labelledby=section.id.clone()>
                    <h2 class="heading-l" id=section.id.clone()>{section.title.clone()}</h2>
                    <DocumentView document=section.body.clone()/>
                    {figures_view}
                    <p class="hint">{rich(&words.basis, vec![("can_cu", section.legal_basis.clone().into_any())])}</p>
                </section>
            }
        })
        .collect_view();
    let questions = guide
        .questions
        .iter()
        .map(|q| {
            view! {
                <section class="qa" aria-labelledby=q.id.clone()>
                    <h3 class="heading-m" id=q.id.clone()>{q.question.clone()}</h3>
                    <DocumentView document=q.answer.clone()/>
                    <p class="hint">{rich(&words.basis, vec![("can_cu", q.legal_basis.clone().into_any())])}</p>
                </section>
            }
        })
        .collect_view();
    let built_on = bhyt_content::fill(&words.figures_as_of, &[("ngay", &day(figures.today))]);
    view! {
        <FixedPageMeta page=routes::STUDENTS/>
        <PageHeading title=title lead=guide.lead.clone()/>
        <div class="notice notice--date" role="note">
            <p>{built_on} " " <strong>{estimate_notice()}</strong> " " {words.school_announces.clone()}</p>
        </div>
        <div class="button-group">
            <PageLink path=wizard_link_for_pupils() label=words.check_for_child.clone() class="button"/>
            <PageLink path=wizard_link_for_students() label=words.check_for_student.clone() class="button button--secondary"/>
        </div>
        <p>
            {words.to_print.clone()} " "
            <PageLink path=routes::HANDOUT.path label=words.handout_link.clone()/> " · "
            <PageLink path=routes::POSTER.path label=words.poster_link.clone()/> "."
        </p>
        <nav class="guide-contents" aria-labelledby="muc-luc">
            <h2 class="heading-m" id="muc-luc">{words.contents.clone()}</h2>
            <ul class="list list--bullet">{contents}<li><a href="#cha-me-hay-hoi">{words.parents_ask.clone()}</a></li></ul>
        </nav>
        {sections}
        <section aria-labelledby="cha-me-hay-hoi">
            <h2 class="heading-l" id="cha-me-hay-hoi">{words.parents_ask.clone()}</h2>
            {questions}
        </section>
    }
    .into_any()
}
