//! A province's figures from its communes' files: one unit per commune, so the dashboard, the
//! widget, the CSV and the sorting a commune has serve the province as they are.

use crate::date::year_month;
use crate::model::{GroupCount, Locality, MonthPoint, Percent, Statistics, Unit, FORMAT_VERSION};

/// The province's file: each commune a unit (its id and full name, its totals and the reasons
/// its residents are without a card), the groups added up, and the months every commune has
/// added up. The figures are as of the oldest commune's date, sample if any commune's is, and
/// against the target most communes set (the higher one when as many set each). The build and
/// the browser both add up this way, from the snapshots and from the live files. `None`
/// without communes.
pub fn province_statistics(province: Locality, communes: &[Statistics]) -> Option<Statistics> {
    let as_of = communes.iter().map(|commune| commune.as_of).min()?;
    let mut targets: Vec<(Percent, usize)> = Vec::new();
    for commune in communes {
        match targets.iter_mut().find(|(target, _)| *target == commune.target) {
            Some((_, count)) => *count += 1,
            None => targets.push((commune.target, 1)),
        }
    }
    let target = targets.iter().max_by_key(|(target, count)| (*count, target.tenths())).map(|(target, _)| *target)?;
    let last_month = year_month(as_of);
    let units: Vec<Unit> = communes
        .iter()
        .map(|commune| {
            let sum = |count: fn(&Unit) -> u64| commune.units.iter().map(count).sum::<u64>();
            Unit {
                id: commune.locality.id.clone(),
                name: commune.locality.name.clone(),
                population: commune.population,
                insured: commune.insured,
                never_enrolled: sum(|unit| unit.never_enrolled),
                card_expired: sum(|unit| unit.card_expired),
                policy_not_fully_supported: sum(|unit| unit.policy_not_fully_supported),
                // A commune counted later than the province's date has months past it.
                history: commune.history.iter().filter(|point| point.month <= last_month).cloned().collect(),
            }
        })
        .collect();
    // Lists, not maps: a dozen groups and a few dozen months, and this runs in the WebAssembly.
    let mut groups: Vec<GroupCount> = Vec::new();
    for count in communes.iter().flat_map(|commune| &commune.groups) {
        match groups.iter_mut().find(|group| group.group == count.group) {
            Some(group) => group.insured += count.insured,
            None => groups.push(count.clone()),
        }
    }
    bhyt_core::sort_short_by_key(&mut groups, |group| group.group);
    let mut months: Vec<(MonthPoint, usize)> = Vec::new();
    for point in communes.iter().flat_map(|commune| &commune.history) {
        match months.iter_mut().find(|(month, _)| month.month == point.month) {
            Some((month, count)) => {
                month.population += point.population;
                month.insured += point.insured;
                *count += 1;
            }
            None => months.push((point.clone(), 1)),
        }
    }
    bhyt_core::sort_short_by_key(&mut months, |(month, _)| month.month);
    Some(Statistics {
        schema: None,
        format_version: FORMAT_VERSION,
        locality: province,
        as_of,
        source: format!("Tổng hợp từ tệp số liệu của {} xã, phường", communes.len()),
        is_sample: communes.iter().any(|commune| commune.is_sample),
        target,
        population: units.iter().map(|unit| unit.population).sum(),
        insured: units.iter().map(|unit| unit.insured).sum(),
        units,
        groups,
        // A month some commune lacks would add up to too few people: left out.
        history: months.into_iter().filter(|(_, count)| *count == communes.len()).map(|(month, _)| month).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse, synthetic_statistics, Date};

    fn commune(id: &str, name: &str, seed: u64) -> Statistics {
        synthetic_statistics(Locality { id: id.into(), name: name.into() }, 4, seed)
    }

    #[test]
    fn each_commune_is_one_unit_and_the_province_file_parses_as_any_other() {
        let mut second = commune("xa-b", "Xã B", 2);
        second.history.pop();
        second.is_sample = false;
        second.as_of = Date::parse("2026-09-30").unwrap();
        let communes = [commune("xa-a", "Xã A", 1), second];
        let province =
            province_statistics(Locality { id: "tinh-mau".into(), name: "Tỉnh mẫu".into() }, &communes).unwrap();
        assert_eq!(province.units.len(), 2);
        assert_eq!(province.units[1].name, "Xã B");
        assert_eq!(province.units[0].population, communes[0].population);
        assert_eq!(province.population, communes[0].population + communes[1].population);
        assert_eq!(province.insured, communes[0].insured + communes[1].insured);
        let without_card = province.units[0].never_enrolled + province.units[0].card_expired;
        assert_eq!(without_card, communes[0].population - communes[0].insured);
        assert_eq!(province.as_of, Date::parse("2026-09-30").unwrap(), "as of the oldest commune");
        assert!(province.is_sample, "sample when any commune is");
        assert_eq!(province.history.len(), communes[0].history.len() - 1, "only the months every commune has");
        let first = &province.history[0];
        assert_eq!(first.population, communes[0].history[0].population + communes[1].history[0].population);
        let groups: u64 = province.groups.iter().map(|group| group.insured).sum();
        let each: u64 = communes.iter().flat_map(|c| &c.groups).map(|group| group.insured).sum();
        assert_eq!(groups, each);

        let json = serde_json::to_string(&province).unwrap();
        let parsed = parse(&json, Date::parse("2026-11-30").unwrap()).expect("the province's file is a valid file");
        assert_eq!(parsed, province);
    }
}
