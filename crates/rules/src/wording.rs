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

/// Shown with every result.
pub const DISCLAIMER: &str = "Đây là ước tính — cơ quan BHXH quyết định.";

/// How amounts are rounded (see [`crate::money`]).
pub const ROUNDING_RULE: &str = "Số tiền mỗi tháng được làm tròn đến đồng (từ 0,5 đồng làm tròn lên); số tiền mỗi năm bằng số tiền mỗi tháng nhân 12, vì BHXH thu theo tháng (3, 6 hoặc 12 tháng một lần).";

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
        format!(
            "Một lần khám chữa bệnh có chi phí dưới {} ({} lương cơ sở): quỹ trả toàn bộ.",
            format_dong(benefit.low_cost_visit_threshold),
            benefit.low_cost_visit_share
        ),
        format!(
            "Khám chữa bệnh tại trạm y tế xã, phường và cơ sở cấp ban đầu: quỹ trả {} chi phí trong phạm vi được hưởng.",
            benefit.primary_care_level
        ),
        format!(
            "Tham gia 5 năm liên tục và phần tự trả trong năm vượt {} ({} lần lương cơ sở): quỹ trả toàn bộ phần vượt.",
            format_dong(benefit.yearly_copay_cap),
            benefit.copay_cap_multiple
        ),
        "Cấp cứu ở bất kỳ cơ sở nào: được hưởng đủ mức hưởng.".into(),
    ]
}

/// When the card becomes valid, in words (the basis is shown beside it).
pub fn card_start_text(card: &CardStart) -> String {
    let under_six_until = format!("{}/{}", card.under_six_until.day, card.under_six_until.month);
    let (gap, wait) = (card.gap_days, card.waiting_days);
    let (paid, valid) = (card.paid_on.to_vietnamese(), card.valid_after_waiting.to_vietnamese());
    match card.rule {
        CardStartRule::UnderSixUntilSeptemberThirty => format!(
            "Thẻ có giá trị từ khi sinh đến hết ngày {under_six_until} của năm trẻ đủ 72 tháng tuổi; trẻ sinh sau ngày {under_six_until} thì đến hết tháng trẻ đủ 72 tháng tuổi. Thẻ được cấp cùng khi đăng ký khai sinh."
        ),
        CardStartRule::GradeOneFromOctoberFirst => format!(
            "Thẻ học sinh lớp 1 có giá trị từ ngày {}, nối tiếp thẻ trẻ em dưới 6 tuổi (trẻ sinh sau {under_six_until}: từ ngày kế tiếp ngày hết hạn thẻ trẻ em). Nhà trường thu và làm thẻ.",
            card.valid_from_if_paid_today.map(|date| date.to_vietnamese()).unwrap_or_default()
        ),
        CardStartRule::ThroughSchool => "Học sinh, sinh viên mua thẻ tại trường; thẻ có giá trị theo đợt thu của nhà trường. Sinh viên năm thứ nhất có thẻ từ ngày nhập học.".into(),
        CardStartRule::ThroughEmployer => "Đơn vị sử dụng lao động lập danh sách khi bạn bắt đầu làm việc và đóng hằng tháng; thẻ có giá trị từ khi đơn vị đóng.".into(),
        CardStartRule::FromUnemploymentBenefit => "Thẻ có giá trị từ ngày đầu tiên hưởng trợ cấp thất nghiệp.".into(),
        CardStartRule::WithPension => "Cơ quan bảo hiểm xã hội cấp thẻ cùng với lương hưu hoặc trợ cấp.".into(),
        CardStartRule::FromApprovedList if card.fully_supported => "Ngân sách đóng toàn bộ: thẻ có giá trị từ ngày ghi trong danh sách được duyệt. Hãy hỏi UBND xã, phường để được đưa vào danh sách.".into(),
        CardStartRule::FromApprovedList => "Thẻ có giá trị từ ngày ghi trong danh sách hoặc quyết định được duyệt. UBND xã, phường lập danh sách; bạn không phải đóng tiền.".into(),
        CardStartRule::ByManagingAgency => "Cơ quan, đơn vị quản lý lập danh sách và làm thẻ; bạn không phải đóng tiền.".into(),
        CardStartRule::FromPayment => format!(
            "Gia hạn trước khi thẻ cũ hết hạn (hoặc hết hạn chưa đến {gap} ngày): thẻ mới có giá trị từ ngày đóng tiền, nối tiếp thẻ cũ, không phải chờ."
        ),
        CardStartRule::AfterWaitingPeriod => format!(
            "Mua lần đầu hoặc thẻ đã hết hạn từ {gap} ngày trở lên: thẻ chỉ dùng được sau {wait} ngày kể từ ngày đóng đủ tiền. Ví dụ đóng ngày {paid} thì thẻ có giá trị từ ngày {valid}. Hãy mua sớm, đừng đợi đến khi ốm."
        ),
        CardStartRule::WaitingPeriodUnknown => format!(
            "Nếu thẻ cũ còn hạn hoặc hết hạn chưa đến {gap} ngày, thẻ mới có giá trị ngay từ ngày đóng tiền. Nếu mua lần đầu hoặc thẻ hết hạn từ {gap} ngày trở lên, phải chờ {wait} ngày (đóng ngày {paid} thì từ ngày {valid})."
        ),
    }
}

/// What changes at the next known policy change, for the person of `now`, e.g.
/// `Từ 1/7/2026: lương cơ sở là 2.530.000 đồng. Số bạn đóng sẽ là …/tháng, …/năm.`
pub fn next_change_text(change: &NextChange, now: &Assessment) -> String {
    let mut text = format!("Từ {}: ", change.from.to_vietnamese());
    text.push_str(
        &change
            .changes
            .iter()
            .map(|known| format!("{} là {}", lowercase_first(&known.label), known.text))
            .collect::<Vec<_>>()
            .join("; "),
    );
    text.push('.');
    if change.you_pay != now.you_pay {
        if let Some(amount) = change.you_pay {
            text.push_str(&format!(
                " Số bạn đóng sẽ là {}/tháng, {}/năm.",
                format_dong(amount.monthly),
                format_dong(amount.yearly)
            ));
        }
    }
    if change.benefit_level != now.benefit.level {
        text.push_str(&format!(" Mức hưởng sẽ là {}.", change.benefit_level));
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
    let year = result.date.year;
    let (what, where_to_ask) = match question {
        QuestionId::Poverty => (
            format!("Gia đình có trong danh sách hộ nghèo hoặc hộ cận nghèo năm {year} không"),
            "Hỏi trưởng thôn, tổ trưởng tổ dân phố, hoặc công chức văn hóa – xã hội của UBND xã, phường.",
        ),
        QuestionId::Area => (
            "Thôn, ấp, tổ dân phố nơi bạn ở có thuộc vùng khó khăn, đặc biệt khó khăn, xã đảo, vùng đồng bào dân tộc thiểu số và miền núi, hoặc xã nghèo không".into(),
            "Hỏi UBND xã, phường hoặc trưởng thôn.",
        ),
        QuestionId::SocialAssistance => (
            "Người này có trong danh sách hưởng trợ cấp xã hội hằng tháng không".into(),
            "Hỏi công chức văn hóa – xã hội của UBND xã, phường.",
        ),
        QuestionId::SurvivorAllowance => (
            "Người này có đang hưởng trợ cấp tuất hằng tháng của bảo hiểm xã hội không".into(),
            "Xem giấy báo của BHXH, ứng dụng VssID, hoặc hỏi BHXH cơ sở.",
        ),
        QuestionId::SocialPension => (
            "Người này có đang nhận trợ cấp hưu trí xã hội hằng tháng không".into(),
            "Hỏi UBND xã, phường; nếu chưa nhận mà đủ tuổi, có thể làm đơn ngay tại đó.",
        ),
        QuestionId::FarmHousehold => (
            format!("Gia đình có trong danh sách hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình năm {year} không"),
            "Hỏi trưởng thôn hoặc UBND xã, phường.",
        ),
        QuestionId::CardHistory => (
            format!(
                "Thẻ BHYT cũ hết hạn từ ngày nào (để biết có phải chờ {} ngày không)",
                result.card_start.waiting_days
            ),
            "Tra cứu trên ứng dụng VssID, hoặc mục “Tra cứu thời hạn sử dụng thẻ BHYT” tại baohiemxahoi.gov.vn.",
        ),
        QuestionId::MonthlySalary => (
            "Tiền lương tháng dùng để đóng bảo hiểm xã hội".into(),
            "Xem hợp đồng lao động, phiếu lương, hoặc hỏi bộ phận kế toán của đơn vị.",
        ),
        _ => return None,
    };
    Some(CheckText { what, where_to_ask })
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
    let text = match question {
        QuestionId::Poverty => "Tạm tính như gia đình không thuộc hộ nghèo, hộ cận nghèo.",
        QuestionId::Area => "Tạm tính như nơi ở không thuộc vùng khó khăn, xã đảo hay xã nghèo.",
        QuestionId::SocialAssistance => "Tạm tính như không hưởng trợ cấp xã hội hằng tháng.",
        QuestionId::SurvivorAllowance => "Tạm tính như không hưởng trợ cấp tuất hằng tháng.",
        QuestionId::SocialPension => "Tạm tính như chưa nhận trợ cấp hưu trí xã hội.",
        QuestionId::FarmHousehold => {
            "Tạm tính như gia đình không thuộc hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình."
        }
        QuestionId::CardHistory => return format!("Chưa rõ có phải chờ {waiting_days} ngày hay không."),
        QuestionId::MonthlySalary => "Chưa tính được số tiền vì chưa rõ tiền lương.",
        _ => "",
    };
    text.to_owned()
}

/// "Apply for the social pension", with the amounts and their bases.
pub fn social_pension_text(hint: &SocialPensionHint) -> String {
    let who = match hint.who {
        SocialPensionAge::From75 => "Người từ đủ 75 tuổi không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng",
        SocialPensionAge::From70To74PoorOrNearPoor => {
            "Người từ đủ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo, không có lương hưu"
        }
    };
    let national = format!(
        "mức chung toàn quốc {}/tháng (độ tin cậy: {})",
        format_dong(hint.national),
        hint.national_confidence.label()
    );
    let (amounts, bases) = match &hint.local {
        Some(local) => (
            format!(
                "ở {} {}/tháng (độ tin cậy: {}); {national}",
                local.province,
                format_dong(local.amount),
                local.confidence.label()
            ),
            format!("{}; {}", local.basis, hint.national_basis),
        ),
        None => (national, hint.national_basis.clone()),
    };
    format!(
        "{who} có thể làm đơn gửi UBND xã, phường để nhận trợ cấp hưu trí xã hội hằng tháng và được Nhà nước đóng bảo hiểm y tế. Mức trợ cấp: {amounts}. Căn cứ: {}. Mức trợ cấp: {bases}.",
        hint.citation
    )
}

/// A notice of the locality, with how sure it is and its basis.
pub fn local_notice_text(notice: &LocalNotice) -> String {
    format!("{} (độ tin cậy: {}; căn cứ: {})", notice.text, notice.confidence.label(), notice.basis)
}

/// When the locality has no top-up data: the estimate uses the national floors only.
pub fn local_note(result: &Assessment) -> Option<&'static str> {
    result.no_local_data.then_some(
        "Chưa có thông tin hỗ trợ thêm của tỉnh, thành phố: trang tính theo mức tối thiểu của Nhà nước. Tỉnh, thành phố có thể hỗ trợ thêm; hãy hỏi UBND xã, phường.",
    )
}

/// The hint beside the poverty question (short) and on a "don't know" result (with the basis),
/// for a ward (urban line) or a commune (rural line). `office` names who decides, e.g. `UBND phường`.
pub fn poverty_line_hint(lines: &PovertyLines, urban: bool, office: &str, with_basis: bool) -> String {
    let area = if urban { "thành thị" } else { "nông thôn" };
    let amount = |on: &PovertyLineOn| format_dong(if urban { on.line.urban } else { on.line.rural });
    let mut text = String::new();
    if let Some(current) = &lines.current {
        text.push_str(&format!(
            "Hiện nay, hộ ở {area} có thu nhập bình quân từ {}/người/tháng trở xuống có thể được xét là hộ nghèo hoặc hộ cận nghèo.",
            amount(current)
        ));
    }
    if let Some(next) = &lines.next {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!(
            "Từ {}, mức này là {}; danh sách năm {} được rà soát theo mức mới.",
            next.from.to_vietnamese(),
            amount(next),
            next.from.year
        ));
        if with_basis {
            text.push_str(&format!(" Căn cứ: {}.", next.basis));
        }
    }
    if with_basis {
        text.push_str(&format!(
            " Chỉ danh sách do {office} lập mới quyết định gia đình có thuộc hộ nghèo, hộ cận nghèo hay không."
        ));
    }
    text
}
