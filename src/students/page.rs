//! `/hoc-sinh/`: the student insurance guide for parents. The words come from
//! `content/chung/hoc-sinh.toml`; every amount, percentage and date beside them is computed by
//! `bhyt_rules::school` from the policy data for the build date.

use crate::pages::PageHeading;
use crate::plan_news::document_view::DocumentView;
use crate::site::boot::BuildData;
use crate::site::page_meta::FixedPageMeta;
use crate::site::policy_data::national_policy;
use bhyt_content::routes;
use bhyt_content::{guide_section, StudentGuide};
use bhyt_core::group_thousands;
use bhyt_rules::{
    card_dates, cost_on, near_poor_support, pupil_benefit, pupil_items_to_ask_about, school_year_costs, CardDates,
    NearPoorSupport, PupilBenefit, PupilCost, SchoolYear,
};
use bhyt_rules::{format_dong, next_question, Answers, AppliedTopUp, Date, LocalTopUps, Percent, TopUpTarget};
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
    pub to_ask: Vec<(String, String, &'static str)>,
    /// The locality's notices about pupils on the build date (e.g. a top-up whose basis ran out).
    pub notices: Vec<(String, &'static str)>,
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
                .map(|item| (item.name.clone(), item.note.clone(), item.confidence.label()))
                .collect(),
            notices: local
                .notices_on(today, &[TopUpTarget::PupilOrStudent, TopUpTarget::EthnicMinorityPupil])
                .map(|notice| (notice.text.clone(), notice.confidence.label()))
                .collect(),
            province: local.province.clone(),
        })
    }

    pub fn from_context() -> Figures {
        let boot = expect_context::<BuildData>();
        Figures::on(&boot.local_top_ups, boot.built_on).expect("the policy data covers the build date")
    }
}

/// The wizard with "pupil" already answered: the first question still open for a child aged 6–17.
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
        Some(id) => format!("{}?{}", routes::href(&crate::wizard::question_path(id)), answers.to_query()),
        None => format!("{}?{}", routes::href(routes::CHECK.path), answers.to_query()),
    }
}

pub fn dong(amount: u64) -> String {
    format_dong(amount)
}

/// `2.530.000`
pub fn number(amount: u64) -> String {
    group_thousands(amount)
}

fn period_label(months: u32) -> String {
    format!("{months} tháng")
}

/// The table of amounts per payment period, one row per dated period. `id` names the table
/// for tests (`data-table`).
#[component]
pub fn CostTable(costs: Vec<PupilCost>, #[prop(into)] caption: String, today: Date) -> impl IntoView {
    let months: Vec<u32> = costs.first().map(|c| c.by_period.iter().map(|(m, _)| *m).collect()).unwrap_or_default();
    let header =
        months.iter().map(|m| view! { <th scope="col" class="numeric">{period_label(*m)}</th> }).collect_view();
    let rows = costs
        .into_iter()
        .map(|cost| {
            let current = in_force(&cost, today);
            let label_id = dated("dang-ap-dung", &cost);
            let cells = cost
                .by_period
                .iter()
                .map(
                    |(months, amount)| view! { <td class="numeric" data-months=months.to_string()>{dong(*amount)}</td> },
                )
                .collect_view();
            view! {
                <tr data-from=cost.from.to_string() data-until=cost.until.to_string() class="cost-row">
                    <th scope="row">
                        "Từ " {cost.from.to_vietnamese()} " đến " {cost.until.to_vietnamese()}
                        <strong id=label_id class="cost-row__now" data-show-from=cost.from.to_string() data-show-until=cost.until.to_string() hidden=!current><br/>"(đang áp dụng)"</strong>
                    </th>
                    <td class="numeric" data-months="1">{dong(cost.pays.monthly)}</td>
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
                    <tr><th scope="col">"Thời gian"</th><th scope="col" class="numeric">"Mỗi tháng"</th>{header}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn top_up_line(item: &AppliedTopUp) -> impl IntoView {
    view! {
        <li>
            {item.name.clone()} ": " {format!("hỗ trợ thêm {}", item.added)}
            " (độ tin cậy: " {item.confidence_label} "). " {item.note.clone()}
            <br/><span class="hint">"Căn cứ: " {item.basis.clone()}</span>
        </li>
    }
}

fn support_summary(cost: &PupilCost) -> String {
    format!(
        "Mức đóng đầy đủ bằng {} mức lương cơ sở ({}): {}/tháng. Nhà nước hỗ trợ ít nhất {}{}, gia đình đóng {}.",
        cost.premium_rate,
        dong(cost.base_salary),
        dong(cost.full.monthly),
        cost.national,
        if cost.local.is_empty() {
            String::new()
        } else {
            format!(", cùng địa phương là {}", cost.total_support)
        },
        cost.total_support.complement(),
    )
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
fn period_details(figures: &Figures, year: SchoolYear, cost: &PupilCost) -> impl IntoView {
    let id = dated("muc-dong", cost);
    let local_items = cost.local.iter().map(top_up_line).collect_view();
    let no_local = cost.local.is_empty().then(|| {
        let province = figures.province.clone();
        view! {
            <p>
                {if province.is_empty() { "Trang chưa có dữ liệu hỗ trợ thêm của tỉnh, thành phố cho học sinh. ".to_owned() }
                 else { format!("Trang chưa có dữ liệu {province} hỗ trợ thêm cho học sinh. ") }}
                "Địa phương có thể hỗ trợ thêm; hãy hỏi nhà trường."
            </p>
        }
    });
    view! {
        <div id=id class="period" data-show-from=cost.from.to_string() data-show-until=cost.until.to_string() hidden=!in_force(cost, figures.today)>
            <p class="result-amount">
                "Năm học " {year.label()} ", từ " {cost.from.to_vietnamese()} " đến " {cost.until.to_vietnamese()} ": mỗi học sinh đóng "
                <strong data-amount="nam">{dong(cost.pays.yearly)}</strong> " một năm, tức "
                <strong data-amount="thang">{dong(cost.pays.monthly)}</strong> " mỗi tháng (ước tính)."
            </p>
            <p>{support_summary(cost)}</p>
            <p class="hint">"Căn cứ: " {cost.national_basis.clone()} "; lương cơ sở: " {cost.base_salary_basis.clone()} "."</p>
            <ul class="list list--bullet">{local_items}</ul>
            {no_local}
        </div>
    }
}

fn cost_figures(figures: &Figures) -> impl IntoView {
    let year = figures.year;
    let next_label = year.next().label();
    let details = figures
        .costs
        .iter()
        .map(|cost| (year, cost))
        .chain(figures.next_year.iter().map(|cost| (year.next(), cost)))
        .map(|(year, cost)| period_details(figures, year, cost))
        .collect_view();
    let ethnic = figures.ethnic_minority.clone().map(|costs| {
        let blocks = costs
            .iter()
            .map(|cost| {
                let id = dated("dan-toc", cost);
                let items = cost.local.iter().map(top_up_line).collect_view();
                view! {
                    <div id=id class="period" data-show-from=cost.from.to_string() data-show-until=cost.until.to_string() hidden=!in_force(cost, figures.today)>
                        <p data-amount="dan-toc-nam">"Gia đình đóng " <strong>{dong(cost.pays.yearly)}</strong> " mỗi năm (ước tính)."</p>
                        <ul class="list list--bullet">{items}</ul>
                    </div>
                }
            })
            .collect_view();
        view! {
            <h3 class="heading-s">"Học sinh là người dân tộc thiểu số"</h3>
            {blocks}
        }
    });
    let to_ask = (!figures.to_ask.is_empty()).then(|| {
        let items = figures
            .to_ask
            .iter()
            .map(|(name, note, confidence)| view! { <li>{name.clone()} " (độ tin cậy: " {*confidence} "). " {note.clone()}</li> })
            .collect_view();
        view! {
            <p>"Chưa dùng để tính, hãy hỏi thêm:"</p>
            <ul class="list list--bullet">{items}</ul>
        }
    });
    let notices = (!figures.notices.is_empty()).then(|| {
        let items = figures
            .notices
            .iter()
            .map(|(text, confidence)| view! { <li>{text.clone()} " (độ tin cậy: " {*confidence} ")"</li> })
            .collect_view();
        view! {
            <h3 class="heading-s">"Lưu ý của địa phương"</h3>
            <ul class="list list--bullet" data-figure="luu-y">{items}</ul>
        }
    });
    view! {
        <div class="figure-box" data-figure="muc-dong">
            {details}
            <CostTable costs=figures.costs.clone() caption=format!("Gia đình đóng cho một học sinh, năm học {}", year.label()) today=figures.today/>
            <CostTable costs=figures.next_year.clone() caption=format!("Năm học {next_label}, theo số liệu đã biết") today=figures.today/>
            {ethnic}
            {notices}
            {to_ask}
            <p class="hint">{bhyt_rules::Sentence::RoundingRule.text()}</p>
        </div>
    }
}

fn near_poor_pays(figures: &Figures, share: Percent) -> String {
    dong(share.complement().of(figures.current.full.monthly) * 12)
}

fn free_figures(figures: &Figures) -> impl IntoView {
    let np = &figures.near_poor;
    let local = (!np.local.is_empty()).then(|| {
        let items = np.local.iter().map(top_up_line).collect_view();
        view! {
            <li>
                "Tại " {figures.province.clone()} ": tổng hỗ trợ " <strong>{np.with_local.to_string()}</strong>
                ", gia đình đóng " {near_poor_pays(figures, np.with_local)} " mỗi năm."
                <ul class="list list--bullet">{items}</ul>
            </li>
        }
    });
    view! {
        <div class="figure-box" data-figure="can-ngheo">
            <p><strong>"Học sinh thuộc hộ cận nghèo"</strong> " (ước tính):"</p>
            <ul class="list list--bullet">
                <li>"Nhà nước hỗ trợ ít nhất " {np.national.to_string()} ": gia đình đóng " {near_poor_pays(figures, np.national)} " mỗi năm. "
                    <span class="hint">"Căn cứ: " {np.national_basis.clone()} "."</span></li>
                <li>"Sống ở xã nghèo: hỗ trợ " {np.in_poor_commune.to_string()} ", gia đình đóng " {near_poor_pays(figures, np.in_poor_commune)} ". "
                    <span class="hint">"Căn cứ: " {np.in_poor_commune_basis.clone()} "."</span></li>
                {local}
            </ul>
        </div>
    }
}

fn card_figures(cards: &CardDates) -> impl IntoView {
    let note = cards.grade_one_note.clone().map(|note| view! { <p class="hint">{note}</p> });
    view! {
        <div class="figure-box" data-figure="thoi-han-the">
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Vào lớp 1 năm học " {cards.year.label()}</dt>
                    <dd class="summary-list__value" data-date="lop-1">
                        "Thẻ trẻ em dưới 6 tuổi đến hết ngày " {cards.under_six_until.to_vietnamese()}
                        "; thẻ học sinh lớp 1 có giá trị từ ngày " <strong>{cards.grade_one_from.to_vietnamese()}</strong> "."
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Lớp 12 năm học " {cards.year.label()}</dt>
                    <dd class="summary-list__value" data-date="lop-12">
                        "Thẻ có giá trị đến hết ngày " <strong>{cards.grade_twelve_until.to_vietnamese()}</strong>
                        ". Các em được khuyến khích đóng tiếp đến hết năm " {cards.grade_twelve_until.year.to_string()} " để thẻ không bị gián đoạn."
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Sinh viên năm thứ nhất"</dt>
                    <dd class="summary-list__value" data-date="nam-nhat">
                        "Có thẻ từ ngày nhập học. Ai học lớp 12 năm trước thì thẻ lớp 12 còn đến hết ngày "
                        {cards.last_grade_twelve_until.to_vietnamese()} "; thẻ sinh viên nối tiếp từ ngày "
                        <strong>{cards.first_year_from.to_vietnamese()}</strong> "."
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Sinh viên năm cuối"</dt>
                    <dd class="summary-list__value">
                        "Thẻ có giá trị đến hết tháng kết thúc khóa học; nên đóng tiếp đến hết năm."
                    </dd>
                </div>
            </dl>
            {note}
            <p class="hint">"Căn cứ: " {cards.basis.clone()} "."</p>
        </div>
    }
}

fn paying_figures(cost: &PupilCost) -> impl IntoView {
    let periods = cost.by_period.iter().map(|(months, _)| period_label(*months)).collect::<Vec<_>>().join(", ");
    view! {
        <div class="figure-box" data-figure="ky-dong">
            <p>"Các kỳ đóng: " <strong>{periods}</strong> ". Số tiền mỗi kỳ ở bảng mức đóng phía trên."</p>
        </div>
    }
}

fn benefit_figures(benefit: &PupilBenefit) -> impl IntoView {
    view! {
        <div class="figure-box" data-figure="quyen-loi">
            <ul class="list list--bullet">
                <li>"Mức hưởng của thẻ học sinh, sinh viên: quỹ trả " <strong data-benefit="chung">{benefit.level.to_string()}</strong>
                    " chi phí trong phạm vi được hưởng. " <span class="hint">"Căn cứ: " {benefit.level_basis.clone()} "."</span></li>
                <li>"Khám chữa bệnh ở cơ sở cấp ban đầu (trạm y tế xã, phường…): quỹ trả " <strong data-benefit="cap-ban-dau">{benefit.primary_level.to_string()}</strong>
                    ". " <span class="hint">"Căn cứ: " {benefit.primary_level_basis.clone()} "."</span></li>
                <li>"Một lần khám có tổng chi phí dưới " <strong>{dong(benefit.low_cost_visit_threshold)}</strong>
                    ": quỹ trả toàn bộ. " <span class="hint">"Căn cứ: " {benefit.low_cost_basis.clone()} "."</span></li>
            </ul>
        </div>
    }
}

#[component]
pub fn StudentsPage() -> impl IntoView {
    let guide = expect_context::<Arc<StudentGuide>>();
    let figures = Figures::from_context();
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
                guide_section::COST => Some(cost_figures(&figures).into_any()),
                guide_section::FREE_ALREADY => Some(free_figures(&figures).into_any()),
                guide_section::CARD_VALIDITY => Some(card_figures(&figures.cards).into_any()),
                guide_section::PAYING_AT_SCHOOL => Some(paying_figures(&figures.current).into_any()),
                guide_section::BENEFITS => Some(benefit_figures(&figures.benefit).into_any()),
                _ => None,
            };
            view! {
                <section class="guide-section" aria-labelledby=section.id.clone()>
                    <h2 class="heading-l" id=section.id.clone()>{section.title.clone()}</h2>
                    <DocumentView document=section.body.clone()/>
                    {figures_view}
                    <p class="hint">"Căn cứ: " {section.legal_basis.clone()}</p>
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
                    <p class="hint">"Căn cứ: " {q.legal_basis.clone()}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <FixedPageMeta page=routes::STUDENTS/>
        <PageHeading title=routes::STUDENTS.title lead=guide.lead.clone()/>
        <div class="notice notice--date" role="note">
            <p>"Các con số trên trang được tính từ số liệu chính sách theo ngày hiệu lực của từng con số (trang được dựng ngày "
               {figures.today.to_vietnamese()} "). " <strong>{bhyt_rules::disclaimer()}</strong> " Nhà trường thông báo số tiền cụ thể."</p>
        </div>
        <div class="button-group">
            <a class="button" href=wizard_link_for_pupils()>{format!("Tự kiểm tra cho con ({})", bhyt_rules::AgeBand::From6To17.label().to_lowercase())}</a>
            <a class="button button--secondary" href=wizard_link_for_students()>"Tự kiểm tra cho sinh viên"</a>
        </div>
        <p>"Để in và phát: " <a href=routes::href(routes::HANDOUT.path)>"tờ rơi cho cha mẹ học sinh (A4)"</a> " · " <a href=routes::href(routes::POSTER.path)>"áp phích cho họp thôn, bảng tin (A4)"</a> "."</p>
        <nav class="guide-contents" aria-labelledby="muc-luc">
            <h2 class="heading-m" id="muc-luc">"Nội dung"</h2>
            <ul class="list list--bullet">{contents}<li><a href="#cha-me-hay-hoi">"Cha mẹ hay hỏi"</a></li></ul>
        </nav>
        {sections}
        <section aria-labelledby="cha-me-hay-hoi">
            <h2 class="heading-l" id="cha-me-hay-hoi">"Cha mẹ hay hỏi"</h2>
            {questions}
        </section>
    }
    .into_any()
}
