//! The year-end report (seed plan 002: "báo cáo kết quả thực hiện vào cuối mỗi năm"): coverage
//! at the start and the end of a year, for the whole locality and for each unit, from the
//! file's month-end history.
//!
//! The start of year Y is the end of December Y−1 when the history has it, else the first
//! month of Y it has. The end is the file's as-of date when that falls in Y (the year may not
//! be over: the report says so), else the last month of Y in the history. The people without a
//! card by reason and the groups exist only for the as-of date, so only that year's report has
//! them.

use crate::date::{year_month, Date, YearMonth};
use crate::figures::Coverage;
use crate::format::{format_count, format_date, format_month, format_percent};
use crate::model::{MonthPoint, Statistics, Unit};

/// The query key that picks the year: `/thong-ke/bao-cao/?nam=2026`.
pub const REPORT_YEAR_KEY: &str = "nam";

/// When a figure of the report was counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// The file's as-of date, with the units' counts by reason.
    AsOf(Date),
    /// The end of a month of the history.
    MonthEnd(YearMonth),
}

impl Moment {
    /// "ngày 31/10/2026", "cuối tháng 12/2025".
    pub fn label(self) -> String {
        match self {
            Moment::AsOf(date) => format!("ngày {}", format_date(date)),
            Moment::MonthEnd(month) => format!("cuối tháng {}", format_month(month)),
        }
    }
}

/// A change of coverage in tenths of a percentage point, between two shown (rounded-down)
/// percentages, so that it is the difference of the two figures beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PointChange(pub i64);

impl PointChange {
    pub fn between(start: Coverage, end: Coverage) -> PointChange {
        PointChange(i64::from(end.percent().tenths()) - i64::from(start.percent().tenths()))
    }

    /// "tăng 1,2 điểm phần trăm", "giảm 0,3 điểm phần trăm", "không đổi".
    pub fn words(self) -> String {
        rise_or_fall(self.0, |tenths| {
            let size = format_percent(crate::model::Percent::from_tenths(tenths as u32));
            format!("{} điểm phần trăm", size.trim_end_matches('%'))
        })
    }
}

/// A change in the number of people with a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeopleChange(pub i64);

impl PeopleChange {
    /// "tăng 713 người", "giảm 12 người", "không đổi".
    pub fn words(self) -> String {
        rise_or_fall(self.0, |people| format!("{} người", format_count(people)))
    }
}

/// One wording for every change: "tăng …", "giảm …" with its size, or "không đổi".
fn rise_or_fall(change: i64, size: impl Fn(u64) -> String) -> String {
    match change {
        0 => "không đổi".to_owned(),
        rise if rise > 0 => format!("tăng {}", size(rise.unsigned_abs())),
        fall => format!("giảm {}", size(fall.unsigned_abs())),
    }
}

/// One unit over the year. A figure the file does not have is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitYear<'a> {
    pub unit: &'a Unit,
    pub start: Option<Coverage>,
    pub end: Option<Coverage>,
}

impl UnitYear<'_> {
    pub fn change(&self) -> Option<PointChange> {
        Some(PointChange::between(self.start?, self.end?))
    }

    /// More (or, below zero, fewer) people with a card at the end than at the start.
    pub fn more_insured(&self) -> Option<PeopleChange> {
        Some(PeopleChange(self.end?.insured as i64 - self.start?.insured as i64))
    }

    /// Whether the unit met the target at the end; `None` without its figure.
    pub fn meets_target(&self) -> Option<bool> {
        self.end.map(|end| end.meets_target())
    }
}

/// The report of one year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearReport<'a> {
    pub year: u16,
    pub start_moment: Moment,
    pub end_moment: Moment,
    pub start: Coverage,
    pub end: Coverage,
    /// In the file's order.
    pub units: Vec<UnitYear<'a>>,
}

impl YearReport<'_> {
    pub fn change(&self) -> PointChange {
        PointChange::between(self.start, self.end)
    }

    pub fn more_insured(&self) -> PeopleChange {
        PeopleChange(self.end.insured as i64 - self.start.insured as i64)
    }

    /// The year was not over on the end date (the report is of the year so far).
    pub fn year_so_far(&self) -> bool {
        match self.end_moment {
            Moment::AsOf(date) => !(date.month == 12 && date.day == 31),
            Moment::MonthEnd(month) => month.month() != 12,
        }
    }

    /// The counts by reason and the groups are of the end date: only the as-of year has them.
    pub fn has_reasons(&self) -> bool {
        matches!(self.end_moment, Moment::AsOf(_))
    }

    /// The units that met the target at the end, those that did not, and those without an
    /// end figure, each in file order.
    pub fn by_result(&self) -> [Vec<&UnitYear<'_>>; 3] {
        let mut result = [Vec::new(), Vec::new(), Vec::new()];
        for unit in &self.units {
            let index = match unit.meets_target() {
                Some(true) => 0,
                Some(false) => 1,
                None => 2,
            };
            result[index].push(unit);
        }
        result
    }
}

/// The years the file has a report for, oldest first.
pub fn report_years(statistics: &Statistics) -> Vec<u16> {
    let last = statistics.as_of.year as u16;
    let first = statistics.history.first().map_or(last, |point| {
        // December's figure only opens the next year.
        if point.month.month() == 12 {
            point.month.year() + 1
        } else {
            point.month.year()
        }
    });
    (first.min(last)..=last).filter(|year| bounds(statistics, *year).is_some()).collect()
}

/// When a year's report ends and starts, and the locality's figures then: what decides whether
/// the year has a report, without the units' figures.
struct Bounds<'a> {
    end_moment: Moment,
    end: Coverage,
    start: &'a MonthPoint,
}

fn bounds(statistics: &Statistics, year: u16) -> Option<Bounds<'_>> {
    let (end_moment, end) = if statistics.as_of.year as u16 == year {
        (Moment::AsOf(statistics.as_of), statistics.overall())
    } else {
        let point = statistics.history.iter().rev().find(|point| point.month.year() == year)?;
        (Moment::MonthEnd(point.month), point_coverage(point, statistics))
    };
    let end_month = match end_moment {
        Moment::AsOf(date) => year_month(date),
        Moment::MonthEnd(month) => month,
    };
    let start = start_of(&statistics.history, year, end_month)?;
    Some(Bounds { end_moment, end, start })
}

fn point_coverage(point: &MonthPoint, statistics: &Statistics) -> Coverage {
    Coverage { population: point.population, insured: point.insured, target: statistics.target }
}

/// The report of `year`, or `None` when the file has no start and end for it.
pub fn year_report(statistics: &Statistics, year: u16) -> Option<YearReport<'_>> {
    let Bounds { end_moment, end, start } = bounds(statistics, year)?;
    let units = statistics
        .units
        .iter()
        .map(|unit| {
            let at = |month: YearMonth| {
                unit.history.iter().find(|point| point.month == month).map(|point| point_coverage(point, statistics))
            };
            let end = match end_moment {
                Moment::AsOf(_) => Some(unit.coverage(statistics.target)),
                Moment::MonthEnd(month) => at(month),
            };
            UnitYear { unit, start: at(start.month), end }
        })
        .collect();
    Some(YearReport {
        year,
        start_moment: Moment::MonthEnd(start.month),
        end_moment,
        start: point_coverage(start, statistics),
        end,
        units,
    })
}

/// December of the year before, else the first month of the year, before `end`.
fn start_of(history: &[MonthPoint], year: u16, end: YearMonth) -> Option<&MonthPoint> {
    let december = YearMonth::new(year.checked_sub(1)?, 12)?;
    history
        .iter()
        .find(|point| point.month == december)
        .or_else(|| history.iter().find(|point| point.month.year() == year && point.month < end))
}

/// The year asked for in the address: `None` without one; a message when it is unreadable.
pub fn asked_report_year(query: &str) -> Result<Option<u16>, String> {
    let Some((_, value)) = bhyt_core::query::pairs(query).find(|(key, _)| *key == REPORT_YEAR_KEY) else {
        return Ok(None);
    };
    match value.parse::<u16>() {
        Ok(year) if (1000..=9999).contains(&year) => Ok(Some(year)),
        _ => {
            let shown: String = value.chars().take(20).collect();
            Err(format!("Năm “{shown}” trong đường dẫn không đọc được"))
        }
    }
}

/// The report to show for the year asked for: that year's, else the latest year's, with a
/// message saying why the year asked for is not shown. `None` when the file has no year at all.
pub fn chosen_report<'a>(
    statistics: &'a Statistics,
    asked: &Result<Option<u16>, String>,
) -> (Option<YearReport<'a>>, Option<String>) {
    if let Ok(Some(year)) = asked {
        if let Some(report) = year_report(statistics, *year) {
            return (Some(report), None);
        }
    }
    let years = report_years(statistics);
    let Some(latest) = years.last().and_then(|year| year_report(statistics, *year)) else { return (None, None) };
    let listed = years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ");
    let notice = match asked {
        Ok(None) => None,
        Ok(Some(year)) => Some(format!("Chưa có số liệu đầu năm và cuối năm {year}; các năm có báo cáo: {listed}")),
        Err(message) => Some(format!("{message}; các năm có báo cáo: {listed}")),
    };
    (Some(latest), notice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse, Date};

    /// Two hamlets, with history from November 2025 to the as-of date, 15 November 2026.
    const FILE: &str = r#"{
      "phien_ban": 1,
      "dia_phuong": { "ma": "xa-mau", "ten": "Xã Mẫu" },
      "tinh_den_ngay": "2026-11-15",
      "nguon": "Bảo hiểm xã hội cơ sở",
      "du_lieu_mau": true,
      "muc_tieu": 95,
      "dan_so": 3000,
      "da_tham_gia": 2860,
      "don_vi": [
        { "ma": "ap-1", "ten": "Ấp 1", "dan_so": 1000, "da_tham_gia": 960, "chua_tham_gia": 25,
          "the_het_han": 10, "chinh_sach_chua_ho_tro_du": 3,
          "lich_su": [ { "thang": "2025-12", "dan_so": 990, "da_tham_gia": 900 },
                       { "thang": "2026-06", "dan_so": 995, "da_tham_gia": 930 } ] },
        { "ma": "ap-2", "ten": "Ấp 2", "dan_so": 2000, "da_tham_gia": 1900, "chua_tham_gia": 60,
          "the_het_han": 40, "chinh_sach_chua_ho_tro_du": 8,
          "lich_su": [ { "thang": "2026-06", "dan_so": 2000, "da_tham_gia": 1850 } ] }
      ],
      "theo_nhom": [],
      "lich_su": [
        { "thang": "2025-11", "dan_so": 2985, "da_tham_gia": 2700 },
        { "thang": "2025-12", "dan_so": 2990, "da_tham_gia": 2750 },
        { "thang": "2026-06", "dan_so": 2995, "da_tham_gia": 2780 }
      ]
    }"#;

    fn statistics() -> Statistics {
        parse(FILE, Date::parse("2026-12-01").unwrap()).expect("the test file is valid")
    }

    #[test]
    fn the_as_of_year_runs_from_last_december_to_the_as_of_date() {
        let statistics = statistics();
        let report = year_report(&statistics, 2026).expect("2026 has a report");
        assert_eq!(report.start_moment, Moment::MonthEnd(YearMonth::new(2025, 12).unwrap()));
        assert_eq!(report.start_moment.label(), "cuối tháng 12/2025");
        assert_eq!(report.end_moment.label(), "ngày 15/11/2026");
        assert!(report.year_so_far() && report.has_reasons());
        assert_eq!((report.start.insured, report.end.insured), (2750, 2860));
        // 91,9 % → 95,3 %.
        assert_eq!(report.change(), PointChange(34));
        assert_eq!(report.change().words(), "tăng 3,4 điểm phần trăm");
        assert_eq!(report.more_insured(), PeopleChange(110));
        assert_eq!(report.more_insured().words(), "tăng 110 người");
        let [met, not_met, unknown] = report.by_result();
        assert_eq!(met.iter().map(|unit| unit.unit.id.as_str()).collect::<Vec<_>>(), ["ap-1", "ap-2"]);
        assert!(not_met.is_empty() && unknown.is_empty());
        // Ấp 1: 90,9 % → 96,0 %; Ấp 2 has no December figure.
        assert_eq!(report.units[0].change(), Some(PointChange(51)));
        assert_eq!(report.units[0].more_insured(), Some(PeopleChange(60)));
        assert_eq!(report.units[1].start, None);
        assert_eq!(report.units[1].change(), None);
    }

    #[test]
    fn an_earlier_year_ends_with_its_last_month_and_has_no_reasons() {
        let statistics = statistics();
        let report = year_report(&statistics, 2025).expect("2025 has November and December");
        assert_eq!(report.start_moment, Moment::MonthEnd(YearMonth::new(2025, 11).unwrap()));
        assert_eq!(report.end_moment, Moment::MonthEnd(YearMonth::new(2025, 12).unwrap()));
        assert!(!report.year_so_far() && !report.has_reasons());
        assert_eq!(report.more_insured(), PeopleChange(50));
        assert_eq!(report.units[0].end.map(|end| end.insured), Some(900), "Ấp 1's December");
        assert_eq!(report.units[0].start, None, "Ấp 1 has no November");
        let [met, not_met, unknown] = report.by_result();
        assert!(met.is_empty());
        assert_eq!(not_met.len(), 1, "Ấp 1 at 90,9 %");
        assert_eq!(unknown.len(), 1, "Ấp 2 has no December");
        assert_eq!(report_years(&statistics), [2025, 2026]);
    }

    #[test]
    fn the_address_picks_the_year_and_a_bad_year_is_explained() {
        let statistics = statistics();
        assert_eq!(asked_report_year(""), Ok(None));
        assert_eq!(asked_report_year("nam=2025"), Ok(Some(2025)));
        assert!(asked_report_year("nam=hai-nghin").unwrap_err().contains("“hai-nghin”"));
        assert!(asked_report_year("nam=99").is_err());

        let (report, notice) = chosen_report(&statistics, &Ok(Some(2025)));
        assert_eq!((report.unwrap().year, notice), (2025, None));
        let (report, notice) = chosen_report(&statistics, &Ok(None));
        assert_eq!((report.unwrap().year, notice), (2026, None));
        let (report, notice) = chosen_report(&statistics, &Ok(Some(2019)));
        assert_eq!(report.unwrap().year, 2026, "the latest year instead");
        assert_eq!(notice.unwrap(), "Chưa có số liệu đầu năm và cuối năm 2019; các năm có báo cáo: 2025, 2026");
        let (report, notice) = chosen_report(&statistics, &asked_report_year("nam=abc"));
        assert_eq!(report.unwrap().year, 2026);
        assert!(notice.unwrap().ends_with("các năm có báo cáo: 2025, 2026"));
    }

    #[test]
    fn a_file_without_history_has_no_report() {
        let mut statistics = statistics();
        statistics.history.clear();
        assert!(report_years(&statistics).is_empty());
        assert_eq!(chosen_report(&statistics, &Ok(Some(2026))), (None, None));
    }

    #[test]
    fn a_fall_is_worded_as_one() {
        assert_eq!(PointChange(-3).words(), "giảm 0,3 điểm phần trăm");
        assert_eq!(PointChange(0).words(), "không đổi");
        assert_eq!(PeopleChange(-1_200).words(), "giảm 1.200 người");
        assert_eq!(PeopleChange(0).words(), "không đổi");
    }
}
