//! The Vietnamese sentences of a result, made from the figures and decisions of an
//! [`Assessment`]: the engine ([`crate::engine`]) decides, this module words, and the result page
//! lays the sentences out (as smart-answers keeps its calculators' numbers apart from the
//! outcome templates). Nothing here decides or computes an amount.

use crate::assessment::*;
use crate::groups::{Group, Payer};
use crate::local::LocalNotice;
use crate::money::format_dong;
use crate::papers::where_to_go;
use crate::questions::QuestionId;
use crate::sentences::Sentence;
use bhyt_core::lowercase_first;

/// Shown with every result: an estimate, and who decides.
pub fn disclaimer() -> &'static str {
    Sentence::Disclaimer.text()
}

/// Who pays, e.g. `Nhà nước đóng toàn bộ, bạn không phải đóng` (no full stop).
pub fn payer_text(result: &Assessment) -> &'static str {
    // A group whose members pay, fully covered by the national and local support.
    if result.payer == Payer::StateBudget && result.group.group.payer().person_pays() {
        Sentence::BudgetPaysAll.text()
    } else {
        result.payer.description()
    }
}

/// The result's first step: a short heading and what to do.
#[derive(Clone, Debug, PartialEq)]
pub struct NextStepText {
    pub title: String,
    pub detail: String,
}

/// The words of [`Assessment::next_step`]. `office`: the people's committee, e.g. `UBND phường`.
pub fn next_step_text(result: &Assessment, office: &str) -> NextStepText {
    let group = result.group.group;
    let at_office = [("uy_ban", office)];
    let (title, detail) = match result.next_step() {
        NextStep::ApplyForSocialPension => {
            let monthly = result.social_pension_hint.as_ref().map(|hint| hint.monthly).unwrap_or_default();
            let monthly = format_dong(monthly);
            (
                Sentence::NextStepSocialPensionTitle.text().to_owned(),
                Sentence::NextStepSocialPension.fill(&[("tro_cap_thang", &monthly), ("uy_ban", office)]),
            )
        }
        NextStep::FindOut(question) => match check_text(question, result) {
            Some(check) => (
                Sentence::NextStepFindOutTitle.fill(&[("viec_can_hoi", &check.what)]),
                Sentence::NextStepFindOut.fill(&[("noi_hoi", check.where_to_ask)]),
            ),
            None => (Sentence::NextStepAskTitle.text().to_owned(), Sentence::NextStepAsk.fill(&at_office)),
        },
        NextStep::JoinByHousehold => (
            Sentence::NextStepHouseholdTitle.text().to_owned(),
            Sentence::NextStepHousehold.fill(&[("noi_dang_ky", where_to_go(Group::HouseholdMember))]),
        ),
        NextStep::ChildCard => {
            (Sentence::NextStepChildCardTitle.text().to_owned(), Sentence::NextStepChildCard.fill(&at_office))
        }
        NextStep::JoinThroughGroup => {
            let title = match group {
                Group::PupilOrStudent => Sentence::NextStepAtSchoolTitle,
                Group::Employee | Group::CommunePartTimer => Sentence::NextStepAtWorkTitle,
                Group::Pensioner | Group::Unemployed => Sentence::NextStepWithPensionTitle,
                _ => Sentence::NextStepByAgencyTitle,
            };
            (title.text().to_owned(), where_to_go(group).to_owned())
        }
        NextStep::CheckTheList => (
            Sentence::NextStepCheckListTitle.text().to_owned(),
            Sentence::NextStepCheckList.fill(&[("noi_dang_ky", where_to_go(group))]),
        ),
        NextStep::Pay => {
            let mut detail = where_to_go(group).to_owned();
            if result.card_start.waiting_period_warning {
                let days = result.card_start.waiting_days.to_string();
                detail = format!("{detail} {}", Sentence::NextStepPayEarly.fill(&[("so_ngay_cho", &days)]));
            }
            (Sentence::NextStepPayTitle.text().to_owned(), detail)
        }
    };
    NextStepText { title, detail }
}

/// The words of a [`CheaperWay`], beside what the person pays now: (the route and its amount,
/// the condition and where to ask). `office`: the people's committee, e.g. `UBND phường`.
pub fn cheaper_way_text(way: &CheaperWay, now: Amount, office: &str) -> (String, String) {
    let amount = if way.you_pay.yearly == 0 {
        Sentence::CheaperWayFree.text().to_owned()
    } else {
        Sentence::CheaperWayAmount
            .fill(&[("moi_nam", &format_dong(way.you_pay.yearly)), ("moi_thang", &format_dong(way.you_pay.monthly))])
    };
    let at_office = [("uy_ban", office)];
    let (route, condition) = match way.route {
        CheaperRoute::SocialPension => {
            (Sentence::CheaperSocialPension.text().to_owned(), Sentence::CheaperSocialPensionCondition.fill(&at_office))
        }
        CheaperRoute::NearPoorList => {
            (Sentence::CheaperNearPoor.text().to_owned(), Sentence::CheaperNearPoorCondition.fill(&at_office))
        }
        CheaperRoute::Household { members } => (
            Sentence::CheaperHousehold.fill(&[("so_nguoi", &members.to_string())]),
            Sentence::CheaperHouseholdCondition.text().to_owned(),
        ),
    };
    let line =
        Sentence::CheaperWay.fill(&[("cach", &route), ("so_tien", &amount), ("hien_nay", &format_dong(now.yearly))]);
    (line, condition)
}

/// How the person pays, e.g. `Bạn đóng 70% mức đóng: 79.695 đồng/tháng, 956.340 đồng/năm.`
pub fn payment_text(payment: &Payment) -> String {
    let dong_of = |amount: &Amount| (format_dong(amount.monthly), format_dong(amount.yearly));
    match payment {
        Payment::FromSalary { employee_rate, monthly, cap } => {
            let rate = employee_rate.to_string();
            let mut text = Sentence::PayFromSalary.fill(&[("ty_le", &rate), ("moi_thang", &format_dong(*monthly))]);
            if let Some(cap) = cap {
                let (salary, multiple) = (format_dong(cap.salary), cap.multiple.to_string());
                text = format!(
                    "{text} {}",
                    Sentence::PaySalaryCap.fill(&[("luong_toi_da", &salary), ("so_lan", &multiple)])
                );
            }
            text
        }
        Payment::FromUnknownSalary { employee_rate } => {
            Sentence::PayFromUnknownSalary.fill(&[("ty_le", &employee_rate.to_string())])
        }
        Payment::WithCommune { employee_rate, monthly } => Sentence::PayWithCommune
            .fill(&[("ty_le", &employee_rate.to_string()), ("moi_thang", &format_dong(*monthly))]),
        Payment::PaidForYou => Sentence::PaidForYou.text().to_owned(),
        Payment::FullySupported => Sentence::FullySupported.text().to_owned(),
        Payment::Supported { share, amount } => {
            let (monthly, yearly) = dong_of(amount);
            Sentence::PaySupported.fill(&[("ty_le", &share.to_string()), ("moi_thang", &monthly), ("moi_nam", &yearly)])
        }
        Payment::Full { premium_rate, amount } => {
            let (monthly, yearly) = dong_of(amount);
            Sentence::PayFull.fill(&[
                ("ty_le", &premium_rate.to_string()),
                ("moi_thang", &monthly),
                ("moi_nam", &yearly),
            ])
        }
    }
}

/// The two routes compared, e.g. `Với 3 người, mua theo hộ gia đình rẻ hơn: … so với … mỗi năm.`
pub fn route_comparison_text(comparison: &RouteComparison) -> String {
    let members = comparison.members.to_string();
    let (household, subsidised) =
        (format_dong(comparison.household_total.yearly), format_dong(comparison.subsidised_total.yearly));
    let (sentence, cheaper, dearer) = match comparison.cheaper {
        Route::Household => (Sentence::HouseholdCheaper, &household, &subsidised),
        Route::Subsidised => (Sentence::SubsidisedCheaper, &subsidised, &household),
        Route::Equal => return Sentence::RoutesEqual.fill(&[("so_nguoi", &members), ("so_tien", &household)]),
    };
    sentence.fill(&[("so_nguoi", &members), ("re_hon", cheaper), ("dat_hon", dearer)])
}

/// The cases every card pays in full, with their amounts.
pub fn full_cover_cases(benefit: &Benefit) -> Vec<String> {
    vec![
        Sentence::LowCostVisit.fill(&[
            ("nguong", &format_dong(benefit.low_cost_visit_threshold)),
            ("ty_le", &benefit.low_cost_visit_share.to_string()),
        ]),
        Sentence::PrimaryCare.fill(&[("ty_le", &benefit.primary_care_level.to_string())]),
        Sentence::CopayCap.fill(&[
            ("so_nam", &benefit.copay_cap_years.to_string()),
            ("tran", &format_dong(benefit.yearly_copay_cap)),
            ("so_lan", &benefit.copay_cap_multiple.to_string()),
        ]),
        Sentence::Emergency.text().to_owned(),
    ]
}

/// When the card becomes valid, in words (the basis is shown beside it).
pub fn card_start_text(card: &CardStart) -> String {
    let under_six_until = format!("{}/{}", card.under_six_until.day, card.under_six_until.month);
    let (gap, wait) = (card.gap_days.to_string(), card.waiting_days.to_string());
    let (paid, valid) = (card.paid_on.in_page_language(), card.valid_after_waiting.in_page_language());
    let waiting = [
        ("so_ngay_gian_doan", gap.as_str()),
        ("so_ngay_cho", &wait),
        ("ngay_dong", &paid),
        ("ngay_co_gia_tri", &valid),
    ];
    let sentence = match card.rule {
        CardStartRule::UnderSixUntilSeptemberThirty => {
            let months = card.under_six_months.to_string();
            return Sentence::CardUnderSix.fill(&[("ngay", &under_six_until), ("so_thang", &months)]);
        }
        CardStartRule::GradeOneFromOctoberFirst => {
            let from = card.valid_from_if_paid_today.map(|date| date.in_page_language()).unwrap_or_default();
            return Sentence::CardGradeOne.fill(&[("ngay_lop_mot", &from), ("ngay", &under_six_until)]);
        }
        CardStartRule::ThroughSchool => Sentence::CardThroughSchool,
        CardStartRule::ThroughEmployer => Sentence::CardThroughEmployer,
        CardStartRule::FromUnemploymentBenefit => Sentence::CardFromUnemploymentBenefit,
        CardStartRule::WithPension => Sentence::CardWithPension,
        CardStartRule::FromApprovedList if card.fully_supported => Sentence::CardFromListFullySupported,
        CardStartRule::FromApprovedList => Sentence::CardFromList,
        CardStartRule::ByManagingAgency => Sentence::CardByManagingAgency,
        CardStartRule::FromPayment => Sentence::CardFromPayment,
        CardStartRule::AfterWaitingPeriod => Sentence::CardAfterWaiting,
        CardStartRule::WaitingPeriodUnknown => Sentence::CardWaitingUnknown,
    };
    sentence.fill(&waiting)
}

/// What changes at the next known policy change, for the person of `now`, e.g.
/// `Từ 1/7/2026: lương cơ sở là 2.530.000 đồng. Số bạn đóng sẽ là …/tháng, …/năm.`
pub fn next_change_text(change: &NextChange, now: &Assessment) -> String {
    let changes: Vec<String> = change
        .changes
        .iter()
        .map(|known| Sentence::ChangedValue.fill(&[("ten", &lowercase_first(&known.label)), ("gia_tri", &known.text)]))
        .collect();
    let mut text =
        Sentence::ChangeFrom.fill(&[("ngay", &change.from.in_page_language()), ("thay_doi", &changes.join("; "))]);
    if change.you_pay != now.you_pay {
        if let Some(amount) = change.you_pay {
            let (monthly, yearly) = (format_dong(amount.monthly), format_dong(amount.yearly));
            text = format!("{text} {}", Sentence::ChangedAmount.fill(&[("moi_thang", &monthly), ("moi_nam", &yearly)]));
        }
    }
    if change.benefit_level != now.benefit.level {
        let level = change.benefit_level.to_string();
        text = format!("{text} {}", Sentence::ChangedBenefit.fill(&[("ty_le", &level)]));
    }
    text
}

/// One thing to check after a "Tôi không biết" answer: what, and where to ask.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckText {
    pub what: String,
    pub where_to_ask: &'static str,
}

/// What to check for each answer in [`Assessment::needs_more_info`], in its order.
pub fn info_to_check(result: &Assessment) -> Vec<CheckText> {
    result.needs_more_info.iter().filter_map(|question| check_text(*question, result)).collect()
}

fn check_text(question: QuestionId, result: &Assessment) -> Option<CheckText> {
    let year = [("nam", result.date.year.to_string())];
    let waiting = [("so_ngay_cho", result.card_start.waiting_days.to_string())];
    let (what, values, where_to_ask): (Sentence, &[(&str, String)], Sentence) = match question {
        QuestionId::Poverty => (Sentence::AskPoverty, &year, Sentence::AskPovertyWhere),
        QuestionId::Area => (Sentence::AskArea, &[], Sentence::AskAreaWhere),
        QuestionId::SocialAssistance => (Sentence::AskSocialAssistance, &[], Sentence::AskSocialAssistanceWhere),
        QuestionId::SurvivorAllowance => (Sentence::AskSurvivorAllowance, &[], Sentence::AskSurvivorAllowanceWhere),
        QuestionId::SocialPension => (Sentence::AskSocialPension, &[], Sentence::AskSocialPensionWhere),
        QuestionId::FarmHousehold => (Sentence::AskFarmHousehold, &year, Sentence::AskFarmHouseholdWhere),
        QuestionId::CardHistory => (Sentence::AskCardHistory, &waiting, Sentence::AskCardHistoryWhere),
        QuestionId::MonthlySalary => (Sentence::AskSalary, &[], Sentence::AskSalaryWhere),
        _ => return None,
    };
    let values: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
    Some(CheckText { what: what.fill(&values), where_to_ask: where_to_ask.text() })
}

/// What the estimate assumed for each answer in [`Assessment::needs_more_info`], without repeats.
pub fn assumptions(result: &Assessment) -> Vec<String> {
    let mut assumptions: Vec<String> = Vec::new();
    for question in &result.needs_more_info {
        let text = assumption_for(*question, result.card_start.waiting_days);
        if !text.is_empty() && !assumptions.contains(&text) {
            assumptions.push(text);
        }
    }
    assumptions
}

fn assumption_for(question: QuestionId, waiting_days: u32) -> String {
    let sentence = match question {
        QuestionId::Poverty => Sentence::AssumedPoverty,
        QuestionId::Area => Sentence::AssumedArea,
        QuestionId::SocialAssistance => Sentence::AssumedSocialAssistance,
        QuestionId::SurvivorAllowance => Sentence::AssumedSurvivorAllowance,
        QuestionId::SocialPension => Sentence::AssumedSocialPension,
        QuestionId::FarmHousehold => Sentence::AssumedFarmHousehold,
        QuestionId::CardHistory => Sentence::AssumedCardHistory,
        QuestionId::MonthlySalary => Sentence::AssumedSalary,
        _ => return String::new(),
    };
    sentence.fill(&[("so_ngay_cho", &waiting_days.to_string())])
}

/// "Apply for the social pension", with the amounts and their bases.
pub fn social_pension_text(hint: &SocialPensionHint) -> String {
    let (age, age_poor) = (hint.age.to_string(), hint.age_poor.to_string());
    let who = match hint.who {
        SocialPensionAge::From75 => Sentence::SocialPensionWhoAlone.fill(&[("tuoi", &age)]),
        SocialPensionAge::From70To74PoorOrNearPoor => {
            Sentence::SocialPensionWhoPoor.fill(&[("tuoi_tu", &age_poor), ("tuoi_den", &age)])
        }
    };
    let national = Sentence::SocialPensionNational
        .fill(&[("muc", &format_dong(hint.national)), ("do_tin_cay", hint.national_confidence.label())]);
    let (amounts, bases) = match &hint.local {
        Some(local) => (
            Sentence::SocialPensionLocal.fill(&[
                ("tinh", &local.province),
                ("muc", &format_dong(local.amount)),
                ("do_tin_cay", local.confidence.label()),
                ("muc_chung", &national),
            ]),
            format!("{}; {}", local.basis, hint.national_basis),
        ),
        None => (national, hint.national_basis.clone()),
    };
    Sentence::SocialPensionApply.fill(&[
        ("doi_tuong", &who),
        ("cac_muc", &amounts),
        ("can_cu", &hint.citation),
        ("can_cu_muc", &bases),
    ])
}

/// A notice of the locality, with how sure it is and its basis.
pub fn local_notice_text(notice: &LocalNotice) -> String {
    Sentence::LocalNotice.fill(&[
        ("noi_dung", &notice.text),
        ("do_tin_cay", notice.confidence.label()),
        ("can_cu", &notice.basis),
    ])
}

/// When the locality has no top-up data: the estimate uses the national floors only.
pub fn local_note(result: &Assessment) -> Option<&'static str> {
    result.no_local_data.then(|| Sentence::NoLocalData.text())
}

/// The hint beside the poverty question (short) and on a "don't know" result (with the basis),
/// for a ward (urban line) or a commune (rural line). `office` names who decides, e.g. `UBND phường`.
pub fn poverty_line_hint(lines: &PovertyLines, urban: bool, office: &str, with_basis: bool) -> String {
    let area = if urban { Sentence::PovertyUrban } else { Sentence::PovertyRural }.text();
    let amount = |on: &PovertyLineOn| format_dong(if urban { on.line.urban } else { on.line.rural });
    let mut sentences = Vec::new();
    if let Some(current) = &lines.current {
        sentences.push(Sentence::PovertyLineNow.fill(&[("khu_vuc", area), ("muc", &amount(current))]));
    }
    if let Some(next) = &lines.next {
        let (from, year) = (next.from.in_page_language(), next.from.year.to_string());
        sentences.push(Sentence::PovertyLineNext.fill(&[("ngay", &from), ("muc", &amount(next)), ("nam", &year)]));
        if with_basis {
            sentences.push(Sentence::PovertyLineBasis.fill(&[("can_cu", &next.basis)]));
        }
    }
    if with_basis {
        sentences.push(Sentence::PovertyListDecides.fill(&[("uy_ban", office)]));
    }
    sentences.join(" ")
}
