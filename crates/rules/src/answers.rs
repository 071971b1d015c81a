//! The resident's answers and their URL form. Coarse on purpose: age bands, yes/no/"không biết";
//! never an identity number or a date of birth. Answers never leave the phone except in the URL
//! the resident chooses to share.

use crate::questions::*;
use bhyt_core::query;
use bhyt_core::tr;
use std::collections::BTreeMap;

/// A stored answer. Choice values are the canonical `&'static str` from the option table, so an
/// `Answers` can only ever hold valid values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    Choice(&'static str),
    /// Several options, in option order (the area question).
    Choices(Vec<&'static str>),
    Number(u64),
    Unknown,
}

/// A typed answer: given, or "Tôi không biết".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply<T> {
    Given(T),
    Unknown,
}

impl<T: Copy + PartialEq> Reply<T> {
    pub fn is(self, value: T) -> bool {
        self == Reply::Given(value)
    }

    pub fn given(self) -> Option<T> {
        match self {
            Reply::Given(value) => Some(value),
            Reply::Unknown => None,
        }
    }
}

/// The answers, keyed by question. Build with [`Answers::from_query`] or [`Answers::set`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    values: BTreeMap<QuestionId, AnswerValue>,
}

/// Why a URL parameter was not used. The page shows one short notice and carries on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DropReason {
    UnknownKey,
    InvalidValue,
    Duplicate,
    Empty,
    TooLong,
    BadEncoding,
}

impl DropReason {
    pub fn message(&self) -> &'static str {
        match self {
            DropReason::UnknownKey => tr("không phải câu hỏi của trang này"),
            DropReason::InvalidValue => tr("câu trả lời không hợp lệ"),
            DropReason::Duplicate => tr("câu hỏi bị lặp lại; đã dùng câu trả lời đầu tiên"),
            DropReason::Empty => tr("không có câu trả lời"),
            DropReason::TooLong => tr("đường dẫn quá dài; phần thừa bị bỏ qua"),
            DropReason::BadEncoding => tr("ký tự không đọc được"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DroppedParam {
    /// The key as received, shortened to 40 characters (safe to show as text, never as HTML).
    pub key: String,
    pub reason: DropReason,
}

/// Longest query accepted; a full set of answers is under 400 characters.
pub const MAX_QUERY_LEN: usize = 2_000;
/// Keys used by the page itself (e.g. `?ngay=` date preview): skipped silently.
pub const RESERVED_KEYS: &[&str] = &["ngay"];
const MAX_NUMBER_DIGITS: usize = 12;

fn shorten(text: &str, limit: usize) -> String {
    text.chars().take(limit).collect()
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Reads answers from a query string (with or without the leading `?`). Never panics:
    /// unknown keys, invalid values, duplicates (first wins) and anything past
    /// [`MAX_QUERY_LEN`] are dropped and reported.
    pub fn from_query(query: &str) -> (Answers, Vec<DroppedParam>) {
        let mut answers = Answers::new();
        let mut dropped = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut budget = query;
        if query.len() > MAX_QUERY_LEN {
            let mut cut = MAX_QUERY_LEN;
            while !query.is_char_boundary(cut) {
                cut -= 1;
            }
            // Keep whole pairs only.
            let kept = query[..cut].rfind('&').map_or("", |end| &query[..end]);
            budget = kept;
            dropped.push(DroppedParam { key: shorten(&query[kept.len()..], 40), reason: DropReason::TooLong });
        }
        for (raw_key, raw_value) in query::pairs(budget) {
            let Some(key) = query::percent_decode(raw_key) else {
                dropped.push(DroppedParam { key: shorten(raw_key, 40), reason: DropReason::BadEncoding });
                continue;
            };
            if RESERVED_KEYS.contains(&key.as_str()) {
                continue;
            }
            let Some(id) = QuestionId::from_key(&key) else {
                dropped.push(DroppedParam { key: shorten(&key, 40), reason: DropReason::UnknownKey });
                continue;
            };
            if answers.values.contains_key(&id) {
                dropped.push(DroppedParam { key, reason: DropReason::Duplicate });
                continue;
            }
            let Some(value) = query::percent_decode(raw_value) else {
                dropped.push(DroppedParam { key, reason: DropReason::BadEncoding });
                continue;
            };
            if let Err(reason) = answers.set(id, &value) {
                dropped.push(DroppedParam { key, reason });
            }
        }
        (answers, dropped)
    }

    /// Stores one answer from its URL/form value after checking it against the question.
    pub fn set(&mut self, id: QuestionId, raw: &str) -> Result<(), DropReason> {
        let value = parse_value(id, raw.trim())?;
        self.values.insert(id, value);
        Ok(())
    }

    pub fn remove(&mut self, id: QuestionId) {
        self.values.remove(&id);
    }

    pub fn get(&self, id: QuestionId) -> Option<&AnswerValue> {
        self.values.get(&id)
    }

    pub fn contains(&self, id: QuestionId) -> bool {
        self.values.contains_key(&id)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Answered question ids, in question order.
    pub fn answered(&self) -> impl Iterator<Item = QuestionId> + '_ {
        self.values.keys().copied()
    }

    /// The URL value of one answer.
    pub fn value_text(&self, id: QuestionId) -> Option<String> {
        Some(match self.values.get(&id)? {
            AnswerValue::Choice(value) => (*value).to_owned(),
            AnswerValue::Choices(values) => values.join(","),
            AnswerValue::Number(number) => number.to_string(),
            AnswerValue::Unknown => UNKNOWN_VALUE.to_owned(),
        })
    }

    /// Query string of exactly these answers in question order, without `?`. Values are ASCII, so
    /// no escaping is needed. Use [`crate::flow::relevant_answers`] first to drop irrelevant ones.
    pub fn to_query(&self) -> String {
        self.values
            .keys()
            .filter_map(|id| Some(format!("{}={}", id.key(), self.value_text(*id)?)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The answer in words, for the check-your-answers page.
    pub fn label_text(&self, id: QuestionId) -> Option<String> {
        let question = question(id);
        Some(match self.values.get(&id)? {
            AnswerValue::Choice(value) => option_label(question.options, value).to_owned(),
            AnswerValue::Choices(values) => {
                values.iter().map(|value| option_label(question.options, value)).collect::<Vec<_>>().join("; ")
            }
            AnswerValue::Number(number) if id == QuestionId::MonthlySalary => crate::money::format_dong(*number),
            AnswerValue::Number(number) => tr("{} người").replace("{}", &number.to_string()),
            AnswerValue::Unknown => unknown_label().to_owned(),
        })
    }

    fn choice<T>(&self, id: QuestionId, parse: fn(&str) -> Option<T>) -> Option<Reply<T>> {
        match self.values.get(&id)? {
            AnswerValue::Choice(value) => parse(value).map(Reply::Given),
            AnswerValue::Unknown => Some(Reply::Unknown),
            _ => None,
        }
    }

    pub fn age(&self) -> Option<AgeBand> {
        self.choice(QuestionId::Age, AgeBand::from_value)?.given()
    }
    pub fn work(&self) -> Option<Work> {
        self.choice(QuestionId::Work, Work::from_value)?.given()
    }
    pub fn merit(&self) -> Option<Merit> {
        self.choice(QuestionId::Merit, Merit::from_value)?.given()
    }
    pub fn poverty(&self) -> Option<Reply<Poverty>> {
        self.choice(QuestionId::Poverty, Poverty::from_value)
    }
    pub fn ethnic_minority(&self) -> Option<YesNo> {
        self.choice(QuestionId::EthnicMinority, YesNo::from_value)?.given()
    }
    pub fn social_pension(&self) -> Option<Reply<SocialPension>> {
        self.choice(QuestionId::SocialPension, SocialPension::from_value)
    }
    pub fn survivor_allowance(&self) -> Option<Reply<YesNo>> {
        self.choice(QuestionId::SurvivorAllowance, YesNo::from_value)
    }
    pub fn social_assistance(&self) -> Option<Reply<YesNo>> {
        self.choice(QuestionId::SocialAssistance, YesNo::from_value)
    }
    pub fn school(&self) -> Option<School> {
        self.choice(QuestionId::School, School::from_value)?.given()
    }
    pub fn village_role(&self) -> Option<VillageRole> {
        self.choice(QuestionId::VillageRole, VillageRole::from_value)?.given()
    }
    pub fn farm_household(&self) -> Option<Reply<YesNo>> {
        self.choice(QuestionId::FarmHousehold, YesNo::from_value)
    }
    pub fn card_history(&self) -> Option<Reply<CardHistory>> {
        self.choice(QuestionId::CardHistory, CardHistory::from_value)
    }

    /// Area answer: `None` if not asked, `Some(Reply::Unknown)` for "không biết".
    pub fn areas(&self) -> Option<Reply<Vec<Area>>> {
        match self.values.get(&QuestionId::Area)? {
            AnswerValue::Choices(values) => {
                Some(Reply::Given(values.iter().filter_map(|v| Area::from_value(v)).collect()))
            }
            AnswerValue::Unknown => Some(Reply::Unknown),
            _ => None,
        }
    }

    pub fn lives_in(&self, area: Area) -> bool {
        matches!(self.areas(), Some(Reply::Given(areas)) if areas.contains(&area))
    }

    pub fn monthly_salary(&self) -> Option<Reply<u64>> {
        match self.values.get(&QuestionId::MonthlySalary)? {
            AnswerValue::Number(number) => Some(Reply::Given(*number)),
            AnswerValue::Unknown => Some(Reply::Unknown),
            _ => None,
        }
    }

    pub fn household_members(&self) -> Option<u32> {
        match self.values.get(&QuestionId::HouseholdMembers)? {
            AnswerValue::Number(number) => u32::try_from(*number).ok(),
            _ => None,
        }
    }

    /// These answers restricted to `ids` (used to drop answers made irrelevant by earlier ones).
    pub fn restricted_to(&self, ids: &[QuestionId]) -> Answers {
        Answers {
            values: self.values.iter().filter(|(id, _)| ids.contains(id)).map(|(id, v)| (*id, v.clone())).collect(),
        }
    }
}

fn option_label(options: &[Choice], value: &str) -> &'static str {
    options.iter().find(|choice| choice.value == value).map_or("", |choice| choice.label())
}

fn parse_value(id: QuestionId, raw: &str) -> Result<AnswerValue, DropReason> {
    if raw.is_empty() {
        return Err(DropReason::Empty);
    }
    let question = question(id);
    if raw == UNKNOWN_VALUE {
        return if question.allows_unknown { Ok(AnswerValue::Unknown) } else { Err(DropReason::InvalidValue) };
    }
    match question.kind {
        QuestionKind::SingleChoice => question
            .options
            .iter()
            .find(|choice| choice.value == raw)
            .map(|choice| AnswerValue::Choice(choice.value))
            .ok_or(DropReason::InvalidValue),
        QuestionKind::MultipleChoice { exclusive } => {
            let mut chosen: Vec<&'static str> = Vec::new();
            for part in raw.split(',') {
                let choice =
                    question.options.iter().find(|choice| choice.value == part).ok_or(DropReason::InvalidValue)?;
                if chosen.contains(&choice.value) {
                    return Err(DropReason::InvalidValue);
                }
                chosen.push(choice.value);
            }
            if chosen.len() > 1 && chosen.contains(&exclusive) {
                return Err(DropReason::InvalidValue);
            }
            // Canonical order: the option order, so equal answers give equal URLs.
            bhyt_core::sort_short_by_key(&mut chosen, |value| {
                question.options.iter().position(|choice| choice.value == *value)
            });
            Ok(AnswerValue::Choices(chosen))
        }
        QuestionKind::Number { min, max, .. } => {
            // People type "10.000.000" or "10 000 000".
            let raw: String = raw.chars().filter(|c| *c != '.' && *c != ' ').collect();
            if raw.is_empty() || raw.len() > MAX_NUMBER_DIGITS || !raw.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DropReason::InvalidValue);
            }
            let number: u64 = raw.parse().map_err(|_| DropReason::InvalidValue)?;
            if (min..=max).contains(&number) {
                Ok(AnswerValue::Number(number))
            } else {
                Err(DropReason::InvalidValue)
            }
        }
    }
}
