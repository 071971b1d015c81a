//! The officials' household review (seed plan 000, §III.2): a list of household members in, and
//! out, per person, the wizard's own estimate (group, yearly amount, the one next step) and the
//! card's state; per hamlet, the three review counts and a worklist of whom to visit; and the
//! counts as a `thong-ke.json` that the dashboard's parser accepts. Names never reach the file.
//!
//! Plain Rust, so the browser's workspace and the native tests run the same code, with the same
//! engine and policy data as the residents' wizard: the two cannot disagree.
//!
//! "Not yet fully supported" (`chinh_sach_chua_ho_tro_du`) counts the people whose group the
//! state pays for, in full or in part, who have no valid card: the support is theirs to take.

mod columns;
mod files;
mod read;
#[cfg(feature = "template")]
mod template;

pub use columns::Column;
pub use files::{rows_from_file, MAX_COLUMNS, MAX_FILE_BYTES, MAX_PARTS, MAX_UNPACKED_BYTES};
pub use read::{read_date, read_rows, CardStatus, Person, Problem, Reading, MAX_CELL_CHARS, MAX_ROWS};
#[cfg(feature = "template")]
pub use template::{allowed_values_csv, list_xlsx, made_up_list, template_csv, template_xlsx};

use bhyt_core::Date;
use bhyt_rules::{assess, format_dong, next_step_text, papers_to_bring, Dong, LocalTopUps, Payer, Policy, QuestionId};
use bhyt_stats::{csv_line, Locality, MonthPoint, Percent, Statistics, Unit, FORMAT_VERSION};

/// The wizard's estimate for one person of the list.
#[derive(Clone, Debug, PartialEq)]
pub enum Estimate {
    Done {
        /// Article 12 clause and point, e.g. `3h`.
        group_code: &'static str,
        group_name: &'static str,
        /// What the person pays a year; `None` when it depends on a salary the list lacks.
        yearly: Option<Dong>,
        /// The state pays all or part of the card.
        state_supported: bool,
        next_step: String,
        papers: Vec<&'static str>,
    },
    /// The list lacks an answer the rules need for this person: the column to fill in.
    Missing(QuestionId),
    /// The policy data does not reach the review date (the engine's words): the same for
    /// every row, until the data is updated.
    NoPolicyData(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reviewed {
    pub person: Person,
    pub estimate: Estimate,
}

impl Reviewed {
    /// Someone the hamlet's official should visit: no valid card on the review date.
    pub fn to_visit(&self) -> bool {
        !matches!(self.person.card, CardStatus::Valid { .. })
    }

    /// Why the official visits, in the worklist's words; `None` for a valid card.
    pub fn visit_reason(&self) -> Option<String> {
        match self.person.card {
            CardStatus::Valid { .. } => None,
            CardStatus::Never => Some("Chưa từng có thẻ bảo hiểm y tế".to_owned()),
            CardStatus::Expired { on } => Some(format!("Thẻ hết hạn ngày {}", on.to_vietnamese())),
        }
    }

    /// The card's state on the review date, in the results' words.
    pub fn card_text(&self) -> String {
        match self.person.card {
            CardStatus::Valid { until } => format!("Còn hạn đến {}", until.to_vietnamese()),
            _ => self.visit_reason().unwrap_or_default(),
        }
    }

    /// The likely group, in the results' words: "3h. Học sinh, sinh viên", or what is missing.
    pub fn group_text(&self) -> String {
        match &self.estimate {
            Estimate::Done { group_code, group_name, .. } => format!("{group_code}. {group_name}"),
            Estimate::Missing(question) => format!("Chưa đủ thông tin: cần cột {}", question.key()),
            Estimate::NoPolicyData(reason) => reason.clone(),
        }
    }

    /// What the person pays a year (an estimate), or why it is not known.
    pub fn yearly_text(&self) -> String {
        match &self.estimate {
            Estimate::Done { yearly: Some(0), .. } => "Không phải đóng".to_owned(),
            Estimate::Done { yearly: Some(amount), .. } => format_dong(*amount),
            Estimate::Done { yearly: None, .. } => "Theo tiền lương, do nơi làm việc tính".to_owned(),
            _ => String::new(),
        }
    }

    pub fn next_step_text(&self) -> &str {
        match &self.estimate {
            Estimate::Done { next_step, .. } => next_step,
            _ => "",
        }
    }

    /// The papers to bring, each a sentence of its own.
    pub fn papers(&self) -> &[&'static str] {
        match &self.estimate {
            Estimate::Done { papers, .. } => papers,
            _ => &[],
        }
    }

    fn not_fully_supported(&self) -> bool {
        self.to_visit() && matches!(self.estimate, Estimate::Done { state_supported: true, .. })
    }
}

/// Each person through the wizard's engine on `date`. `office`: the people's committee, named
/// in the next steps ("UBND phường Kiến An").
pub fn review(people: Vec<Person>, policy: &Policy, local: &LocalTopUps, date: Date, office: &str) -> Vec<Reviewed> {
    people
        .into_iter()
        .map(|person| {
            let estimate = match assess(&person.answers, policy, local, date) {
                Ok(result) => Estimate::Done {
                    group_code: result.group.code,
                    group_name: result.group.name,
                    yearly: result.you_pay.map(|amount| amount.yearly),
                    state_supported: matches!(result.payer, Payer::StateBudget | Payer::PersonWithStateSupport),
                    next_step: next_step_text(&result, office).title,
                    papers: papers_to_bring(result.group.group),
                },
                Err(bhyt_rules::EngineError::Incomplete { next }) => Estimate::Missing(next),
                Err(other) => Estimate::NoPolicyData(other.to_string()),
            };
            Reviewed { person, estimate }
        })
        .collect()
}

/// One hamlet's review: its three counts and whom to visit, in the list's order.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitReview<'a> {
    pub unit: String,
    pub people: usize,
    pub insured: usize,
    pub never_enrolled: usize,
    pub card_expired: usize,
    pub not_fully_supported: usize,
    pub to_visit: Vec<&'a Reviewed>,
}

impl UnitReview<'_> {
    /// Never enrolled plus card expired: everyone without a valid card.
    pub fn total(&self) -> usize {
        self.never_enrolled + self.card_expired
    }
}

/// The review per unit, in the order `unit_ids` lists them (the order of `site.toml`); people of
/// a unit not listed there come last, under their own code.
pub fn by_unit<'a>(reviewed: &'a [Reviewed], unit_ids: &[String]) -> Vec<UnitReview<'a>> {
    let mut order: Vec<String> = unit_ids.to_vec();
    for person in reviewed {
        if !order.contains(&person.person.unit) {
            order.push(person.person.unit.clone());
        }
    }
    order
        .into_iter()
        .map(|unit| {
            let people: Vec<&Reviewed> = reviewed.iter().filter(|r| r.person.unit == unit).collect();
            let count = |test: fn(&Reviewed) -> bool| people.iter().filter(|r| test(r)).count();
            UnitReview {
                people: people.len(),
                insured: count(|r| !r.to_visit()),
                never_enrolled: count(|r| r.person.card == CardStatus::Never),
                card_expired: count(|r| matches!(r.person.card, CardStatus::Expired { .. })),
                not_fully_supported: count(Reviewed::not_fully_supported),
                to_visit: people.into_iter().filter(|r| r.to_visit()).collect(),
                unit,
            }
        })
        .collect()
}

/// What the commune publishes: counts only, never a name or a household.
pub struct Publication<'a> {
    pub locality: Locality,
    /// Each unit's id and name, from `site.toml`.
    pub units: &'a [(String, String)],
    pub as_of: Date,
    pub source: String,
    pub target: Percent,
    pub is_sample: bool,
}

/// The review as a statistics file: one unit per hamlet with people in the list, the whole
/// locality as their sum, and this month as its history. It passes the dashboard's parser.
pub fn published_statistics(reviewed: &[Reviewed], publication: &Publication<'_>) -> Statistics {
    let ids: Vec<String> = publication.units.iter().map(|(id, _)| id.clone()).collect();
    let units: Vec<Unit> = by_unit(reviewed, &ids)
        .into_iter()
        .filter(|unit| unit.people > 0)
        .map(|unit| Unit {
            name: publication
                .units
                .iter()
                .find(|(id, _)| *id == unit.unit)
                .map_or_else(|| unit.unit.clone(), |(_, name)| name.clone()),
            id: unit.unit.clone(),
            population: unit.people as u64,
            insured: unit.insured as u64,
            never_enrolled: unit.never_enrolled as u64,
            card_expired: unit.card_expired as u64,
            policy_not_fully_supported: unit.not_fully_supported as u64,
            history: Vec::new(),
        })
        .collect();
    let population = units.iter().map(|unit| unit.population).sum();
    let insured = units.iter().map(|unit| unit.insured).sum();
    let month = bhyt_stats::YearMonth::new(publication.as_of.year as u16, publication.as_of.month);
    Statistics {
        schema: None,
        format_version: FORMAT_VERSION,
        locality: publication.locality.clone(),
        as_of: publication.as_of,
        source: publication.source.clone(),
        is_sample: publication.is_sample,
        target: publication.target,
        population,
        insured,
        units,
        groups: Vec::new(),
        history: month.map(|month| vec![MonthPoint { month, population, insured }]).unwrap_or_default(),
    }
}

/// Every person's result, one line each, as CSV ([`list_csv`]): the list's own columns that say
/// who the person is, then the estimate. It holds names: it is for the commune's own use,
/// never for publishing.
pub fn results_csv(reviewed: &[Reviewed]) -> String {
    let header = [
        "dong",
        "ma_don_vi",
        "ma_ho",
        "ho_ten",
        "nam_sinh",
        "the",
        "nhom_du_kien",
        "dong_moi_nam_uoc_tinh",
        "viec_can_lam",
        "giay_to_mang_theo",
    ];
    let mut rows = vec![header.map(str::to_owned).to_vec()];
    rows.extend(reviewed.iter().map(|one| {
        let person = &one.person;
        vec![
            person.row.to_string(),
            person.unit.clone(),
            person.household.clone(),
            person.name.clone().unwrap_or_default(),
            person.birth_year.to_string(),
            one.card_text(),
            one.group_text(),
            one.yearly_text(),
            one.next_step_text().to_owned(),
            one.papers().join(" "),
        ]
    }));
    list_csv(&rows)
}

/// Rows as a CSV file that Excel opens with its accents right: UTF-8 with a byte order mark,
/// lines ending in CRLF.
pub fn list_csv(rows: &[Vec<String>]) -> String {
    let lines: Vec<String> = rows.iter().map(|row| csv_line(row)).collect();
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}
