//! Findings that do not stop the page: the figures are usable, but an official should look.
//!
//! The overall totals are allowed to differ from the sum of the units, because the overall
//! figures often come from BHXH while the unit figures come from the hamlet review lists,
//! counted on slightly different days. The page shows the overall figures as published.

use crate::format::format_count;
use crate::model::Statistics;
use std::collections::HashMap;
use std::fmt;

/// Something worth checking in a valid file. Same shape as [`crate::StatsError`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatsWarning {
    /// Field path as written in the file, e.g. `dan_so` or `don_vi[3]`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for StatsWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Inconsistencies inside a parsed file, in file order.
pub fn consistency_warnings(statistics: &Statistics) -> Vec<StatsWarning> {
    let mut warnings = Vec::new();
    let mut warn = |path: String, message: String| warnings.push(StatsWarning { path, message });

    let unit_population: u64 = statistics.units.iter().map(|unit| unit.population).sum();
    if unit_population != statistics.population {
        warn(
            "dan_so".into(),
            format!(
                "Dân số toàn địa bàn ({}) khác tổng dân số các đơn vị ({}).",
                format_count(statistics.population),
                format_count(unit_population)
            ),
        );
    }
    let unit_insured: u64 = statistics.units.iter().map(|unit| unit.insured).sum();
    if unit_insured != statistics.insured {
        warn(
            "da_tham_gia".into(),
            format!(
                "Số người đã tham gia toàn địa bàn ({}) khác tổng các đơn vị ({}).",
                format_count(statistics.insured),
                format_count(unit_insured)
            ),
        );
    }

    let mut first_index_by_name: HashMap<&str, usize> = HashMap::new();
    for (index, unit) in statistics.units.iter().enumerate() {
        let unclassified = unit.population - unit.insured - unit.never_enrolled - unit.card_expired;
        if unclassified > 0 {
            warn(
                format!("don_vi[{index}]"),
                format!(
                    "{} người chưa có thẻ chưa được ghi vào `chua_tham_gia` hoặc `the_het_han`.",
                    format_count(unclassified)
                ),
            );
        }
        if let Some(first) = first_index_by_name.insert(unit.name.as_str(), index) {
            warn(
                format!("don_vi[{index}].ten"),
                format!("Tên \"{}\" trùng với don_vi[{first}].ten; người xem sẽ khó phân biệt.", unit.name),
            );
        }
    }

    let grouped: u64 = statistics.groups.iter().map(|group| group.insured).sum();
    if !statistics.groups.is_empty() && grouped < statistics.insured {
        warn(
            "theo_nhom".into(),
            format!(
                "{} người đã tham gia chưa được xếp vào nhóm nào (trang hiển thị là \"chưa phân nhóm\").",
                format_count(statistics.insured - grouped)
            ),
        );
    }

    if let Some((index, last)) = statistics.history.iter().enumerate().next_back() {
        let same_month = last.month == crate::date::year_month(statistics.as_of);
        if same_month && (last.population != statistics.population || last.insured != statistics.insured) {
            warn(
                format!("lich_su[{index}]"),
                format!(
                    "Tháng {} ghi {} / {} người, khác số liệu toàn địa bàn {} / {} người (đã tham gia / dân số).",
                    last.month,
                    format_count(last.insured),
                    format_count(last.population),
                    format_count(statistics.insured),
                    format_count(statistics.population)
                ),
            );
        }
    }
    warnings
}

/// Differences between the file and the locality configuration (`content/<id>/site.toml`):
/// another locality, units missing from the file, units the configuration does not know, or
/// names spelled differently. `units` are the configuration's `(ma, ten)` pairs.
/// Meant for the build (pre-render) and the checker, not for visitors.
pub fn site_mismatches(statistics: &Statistics, locality_id: &str, units: &[(&str, &str)]) -> Vec<StatsWarning> {
    let mut warnings = Vec::new();
    if statistics.locality.id != locality_id {
        warnings.push(StatsWarning {
            path: "dia_phuong.ma".into(),
            message: format!("Tệp dành cho \"{}\", nhưng trang là của \"{locality_id}\".", statistics.locality.id),
        });
    }
    for (index, unit) in statistics.units.iter().enumerate() {
        match units.iter().find(|(id, _)| *id == unit.id) {
            None => warnings.push(StatsWarning {
                path: format!("don_vi[{index}].ma"),
                message: format!("Đơn vị \"{}\" không có trong cấu hình địa phương.", unit.id),
            }),
            Some((_, name)) if *name != unit.name => warnings.push(StatsWarning {
                path: format!("don_vi[{index}].ten"),
                message: format!("Tên \"{}\" khác tên trong cấu hình địa phương (\"{name}\").", unit.name),
            }),
            Some(_) => {}
        }
    }
    for (id, name) in units {
        if !statistics.units.iter().any(|unit| unit.id == *id) {
            warnings.push(StatsWarning {
                path: "don_vi".into(),
                message: format!("Thiếu đơn vị \"{id}\" ({name}) có trong cấu hình địa phương."),
            });
        }
    }
    warnings
}
