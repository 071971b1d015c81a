//! Rows of cells (the first row the headers) into people with the wizard's answers. A cell that
//! cannot be read is named by its row and column; the row's other cells still count, and the
//! other rows go through. Rows are numbered as a spreadsheet shows them: the header is row 1.

use crate::columns::Column;
use bhyt_core::Date;
use bhyt_rules::{AgeBand, Answers, CardHistory, Policy, QuestionId, QuestionKind, MAX_MEMBERS};
use std::collections::HashMap;

/// Most rows a list may have: a large ward has about 20,000 residents.
pub const MAX_ROWS: usize = 50_000;
/// Longest cell read, in characters; a longer one is refused rather than kept.
pub const MAX_CELL_CHARS: usize = 500;

/// A cell, or a column, that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// 1 for the header; 0 for the whole list.
    pub row: usize,
    /// The column's header as written; empty for the whole row.
    pub column: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.row, self.column.is_empty()) {
            (0, _) => f.write_str(&self.message),
            (row, true) => write!(f, "Dòng {row}: {}", self.message),
            (row, false) => write!(f, "Dòng {row}, cột {}: {}", self.column, self.message),
        }
    }
}

/// Whether the person has a card on the review date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardStatus {
    Valid { until: Date },
    Expired { on: Date },
    Never,
}

/// One person of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// Spreadsheet row number.
    pub row: usize,
    pub unit: String,
    pub household: String,
    pub name: Option<String>,
    pub birth_year: u16,
    /// The year of birth alone cannot tell which side of an age limit the person is this year.
    pub age_uncertain: bool,
    pub card: CardStatus,
    /// Everything the list said, plus the age band, the household's size and the card history.
    pub answers: Answers,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub people: Vec<Person>,
    pub problems: Vec<Problem>,
}

/// Reads the list as of `review_date`. `policy` gives the gap after which an expired card
/// counts as interrupted.
pub fn read_rows(rows: &[Vec<String>], review_date: Date, policy: &Policy) -> Reading {
    let mut reading = Reading::default();
    let Some((header, body)) = rows.split_first() else {
        reading
            .problems
            .push(Problem { row: 0, column: String::new(), message: "Tệp không có dòng nào.".into() });
        return reading;
    };
    if body.len() > MAX_ROWS {
        reading.problems.push(Problem {
            row: 0,
            column: String::new(),
            message: format!(
                "Tệp có {} dòng, nhiều hơn {MAX_ROWS} dòng đọc được; hãy chia thành nhiều tệp.",
                body.len()
            ),
        });
        return reading;
    }
    let columns: Vec<Option<Column>> = header.iter().map(|cell| Column::from_header(cell)).collect();
    for (cell, column) in header.iter().zip(&columns) {
        if column.is_none() && !cell.trim().is_empty() {
            reading.problems.push(Problem {
                row: 1,
                column: cell.trim().chars().take(60).collect(),
                message: "Cột không có trong mẫu, nên không được đọc. Hãy dùng tên cột như trong tệp mẫu.".into(),
            });
        }
    }
    let missing: Vec<&str> = Column::all()
        .into_iter()
        .filter(|column| column.required() && !columns.contains(&Some(*column)))
        .map(Column::key)
        .collect();
    if !missing.is_empty() {
        reading.problems.push(Problem {
            row: 1,
            column: String::new(),
            message: format!("Thiếu cột bắt buộc: {}.", missing.join(", ")),
        });
        return reading;
    }
    // Policy data that does not reach the date: every expired card counts as interrupted, the
    // case with the waiting period, until the data is updated.
    let gap_days = policy.gap_days.on(review_date).map_or(0, |dated| dated.value);
    for (index, cells) in body.iter().enumerate() {
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if let Some(person) =
            read_person(index + 2, &columns, header, cells, review_date, gap_days, &mut reading.problems)
        {
            reading.people.push(person);
        }
    }
    // The household's size is its rows.
    let mut sizes: HashMap<(String, String), u32> = HashMap::new();
    for person in &reading.people {
        *sizes.entry((person.unit.clone(), person.household.clone())).or_default() += 1;
    }
    for person in &mut reading.people {
        let size = sizes[&(person.unit.clone(), person.household.clone())].min(MAX_MEMBERS);
        let _ = person.answers.set(QuestionId::HouseholdMembers, &size.to_string());
    }
    reading
}

fn read_person(
    row: usize,
    columns: &[Option<Column>],
    header: &[String],
    cells: &[String],
    review_date: Date,
    gap_days: u32,
    problems: &mut Vec<Problem>,
) -> Option<Person> {
    let mut complain = |index: usize, message: String| {
        problems.push(Problem { row, column: header[index].trim().to_owned(), message });
    };
    let (mut unit, mut household, mut name, mut birth_year, mut card) = (None, None, None, None, CardStatus::Never);
    let mut answers = Answers::new();
    for (index, column) in columns.iter().enumerate() {
        let Some(column) = column else { continue };
        let cell = cells.get(index).map(|cell| cell.trim()).unwrap_or_default();
        if cell.chars().count() > MAX_CELL_CHARS {
            complain(index, format!("Ô dài quá {MAX_CELL_CHARS} ký tự, không đọc."));
            continue;
        }
        // A formula's text is never evaluated; it is not a value either.
        if cell.starts_with('=') {
            complain(index, "Ô là công thức; hãy ghi giá trị.".into());
            continue;
        }
        match column {
            Column::Unit if !cell.is_empty() => unit = Some(cell.to_lowercase()),
            Column::Household if !cell.is_empty() => household = Some(cell.to_owned()),
            Column::Name if !cell.is_empty() => name = Some(cell.to_owned()),
            Column::BirthYear => match cell.parse::<u16>() {
                Ok(year) if (1900..=review_date.year as u16).contains(&year) => birth_year = Some(year),
                _ if cell.is_empty() => {}
                _ => complain(index, format!("Năm sinh “{cell}” không đọc được; ghi bốn chữ số, ví dụ 1951.")),
            },
            Column::CardExpiry if !cell.is_empty() => match read_date(cell) {
                Some(until) if until >= review_date => card = CardStatus::Valid { until },
                Some(on) => card = CardStatus::Expired { on },
                None => complain(index, format!("Ngày “{cell}” không đọc được; ghi ngày/tháng/năm, ví dụ 31/12/2026.")),
            },
            Column::Answer(id) if !cell.is_empty() => {
                if let Err(message) = set_answer(&mut answers, *column, *id, cell) {
                    complain(index, message);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    for (column, value) in [
        (Column::Unit, unit.is_some()),
        (Column::Household, household.is_some()),
        (Column::BirthYear, birth_year.is_some()),
    ] {
        if !value {
            missing.push(column.key());
        }
    }
    if !missing.is_empty() {
        problems.push(Problem {
            row,
            column: String::new(),
            message: format!("Thiếu {}, nên dòng này không được tính.", missing.join(", ")),
        });
        return None;
    }
    let birth_year = birth_year?;
    let age = review_date.year as u16 - birth_year;
    let band = age_band(age);
    let _ = answers.set(QuestionId::Age, band.value());
    let history = match card {
        CardStatus::Valid { .. } => CardHistory::Continuous,
        CardStatus::Expired { on } if on.days_until(review_date) < i64::from(gap_days) => CardHistory::Continuous,
        CardStatus::Expired { .. } => CardHistory::GapOf90Days,
        CardStatus::Never => CardHistory::Never,
    };
    let _ = answers.set(QuestionId::CardHistory, history.value());
    Some(Person {
        row,
        unit: unit?,
        household: household?,
        name,
        birth_year,
        age_uncertain: age > 0 && age_band(age - 1) != band,
        card,
        answers,
    })
}

/// The band of the age reached this year.
fn age_band(age: u16) -> AgeBand {
    match age {
        0..=5 => AgeBand::Under6,
        6..=17 => AgeBand::From6To17,
        18..=59 => AgeBand::From18To59,
        60..=69 => AgeBand::From60To69,
        70..=74 => AgeBand::From70To74,
        _ => AgeBand::From75,
    }
}

/// A choice by its code or its words (any case); several separated by `;`; a number with or
/// without thousands dots.
fn set_answer(answers: &mut Answers, column: Column, id: QuestionId, cell: &str) -> Result<(), String> {
    let question = column.question().expect("an answer column has a question");
    if let QuestionKind::Number { .. } = question.kind {
        let digits: String = cell.chars().filter(|c| !matches!(c, '.' | ' ' | ',')).collect();
        return answers.set(id, &digits).map_err(|_| format!("“{cell}” không phải một số dùng được ở cột này."));
    }
    let allowed = column.allowed_values();
    let code = |part: &str| {
        let part = part.trim().to_lowercase();
        allowed.iter().find(|choice| choice.value == part || choice.label().to_lowercase() == part).map(|c| c.value)
    };
    let codes: Option<Vec<&str>> =
        if column.takes_several() { cell.split(';').map(code).collect() } else { code(cell).map(|value| vec![value]) };
    let listed = || allowed.iter().map(|choice| format!("“{}”", choice.label())).collect::<Vec<_>>().join(", ");
    let Some(codes) = codes else {
        return Err(format!("“{cell}” không có trong danh sách giá trị của cột này: {}.", listed()));
    };
    answers
        .set(id, &codes.join(","))
        .map_err(|_| format!("“{cell}” không dùng được cùng nhau ở cột này; giá trị hợp lệ: {}.", listed()))
}

/// `31/12/2026`, `31-12-2026` or `2026-12-31`.
pub fn read_date(cell: &str) -> Option<Date> {
    if let Ok(date) = Date::parse(cell) {
        return Some(date);
    }
    let parts: Vec<&str> = cell.split(['/', '-', '.']).collect();
    let [day, month, year] = parts.as_slice() else { return None };
    let iso = format!("{:0>4}-{:0>2}-{:0>2}", year, month, day);
    Date::parse(&iso).ok()
}
