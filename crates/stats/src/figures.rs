//! Figures the page derives from a parsed file: coverage against the target, the gap in
//! people, sorted units, the breakdown by group and the trend.
//!
//! All comparisons with the target are done on whole numbers of people, and the shown
//! percentage is rounded down (see [`Percent::of`]), so "đạt mục tiêu" and the shown
//! percentage always agree.

use crate::collate::{collation_key, compare_vi};
use crate::date::YearMonth;
use crate::model::{InsuredGroup, Percent, Statistics, Unit};
use std::cmp::Ordering;

/// Coverage of one population (the locality, a unit or one month) against the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub population: u64,
    pub insured: u64,
    pub target: Percent,
}

impl Coverage {
    /// Share of the population with a card, rounded down to one decimal.
    pub fn percent(&self) -> Percent {
        Percent::of(self.insured, self.population)
    }

    /// People without a valid card: "còn N người chưa có thẻ". The gap to universal coverage.
    pub fn uninsured(&self) -> u64 {
        self.population.saturating_sub(self.insured)
    }

    /// The fewest additional people who must get a card for coverage to reach the target;
    /// 0 when the target is met.
    pub fn needed_for_target(&self) -> u64 {
        let required = (u128::from(self.population) * u128::from(self.target.tenths())).div_ceil(1000);
        (required as u64).saturating_sub(self.insured)
    }

    pub fn meets_target(&self) -> bool {
        self.needed_for_target() == 0
    }

    /// Exact share in 0.0–1.0, for drawing only.
    pub fn ratio(&self) -> f64 {
        if self.population == 0 {
            0.0
        } else {
            self.insured as f64 / self.population as f64
        }
    }
}

/// How to order the unit table and the bar chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnitSort {
    /// Vietnamese alphabetical order, numbers by value ("Tổ dân phố 2" before "Tổ dân phố 10").
    Name,
    Coverage,
    /// People without a valid card.
    Uninsured,
    /// People still needed to reach the target.
    NeededForTarget,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortOrder {
    Ascending,
    Descending,
}

/// One group in the breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupShare {
    pub group: InsuredGroup,
    pub insured: u64,
    /// Share of all insured people, rounded down; shares may add up to a little under 100 %.
    pub share: Percent,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupBreakdown {
    /// In file order.
    pub rows: Vec<GroupShare>,
    /// Insured people not listed in any group ("chưa phân nhóm"); 0 if the groups add up.
    pub unclassified: u64,
}

/// Totals of the counts the plans ask officials to review, over all units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ReviewTotals {
    pub never_enrolled: u64,
    pub card_expired: u64,
    pub policy_not_fully_supported: u64,
}

/// One month of the trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    pub month: YearMonth,
    pub coverage: Coverage,
}

impl Unit {
    pub fn coverage(&self, target: Percent) -> Coverage {
        Coverage { population: self.population, insured: self.insured, target }
    }
}

impl Statistics {
    /// The whole commune or ward, from the overall figures in the file.
    pub fn overall(&self) -> Coverage {
        Coverage { population: self.population, insured: self.insured, target: self.target }
    }

    pub fn units_meeting_target(&self) -> usize {
        self.units.iter().filter(|unit| unit.coverage(self.target).meets_target()).count()
    }

    /// The units in the chosen order. Ties are broken by name, so the order is stable.
    pub fn sorted_units(&self, by: UnitSort, order: SortOrder) -> Vec<&Unit> {
        let directed = |ordering: Ordering| match order {
            SortOrder::Ascending => ordering,
            SortOrder::Descending => ordering.reverse(),
        };
        if by == UnitSort::Name {
            let mut keyed: Vec<_> = self.units.iter().map(|unit| (collation_key(&unit.name), unit)).collect();
            keyed.sort_by(|left, right| directed(left.0.cmp(&right.0)));
            return keyed.into_iter().map(|(_, unit)| unit).collect();
        }
        let target = self.target;
        let mut keyed: Vec<(u64, &Unit)> = self
            .units
            .iter()
            .map(|unit| {
                let coverage = unit.coverage(target);
                let primary = match by {
                    // Exact order, finer than the shown one-decimal percentage.
                    UnitSort::Coverage | UnitSort::Name => coverage_rank(&coverage),
                    UnitSort::Uninsured => coverage.uninsured(),
                    UnitSort::NeededForTarget => coverage.needed_for_target(),
                };
                (primary, unit)
            })
            .collect();
        keyed.sort_by(|left, right| {
            directed(left.0.cmp(&right.0)).then_with(|| compare_vi(&left.1.name, &right.1.name))
        });
        keyed.into_iter().map(|(_, unit)| unit).collect()
    }

    pub fn group_breakdown(&self) -> GroupBreakdown {
        let rows: Vec<GroupShare> = self
            .groups
            .iter()
            .map(|group| GroupShare {
                group: group.group,
                insured: group.insured,
                share: Percent::of(group.insured, self.insured),
            })
            .collect();
        let grouped: u64 = rows.iter().map(|row| row.insured).sum();
        GroupBreakdown { rows, unclassified: self.insured.saturating_sub(grouped) }
    }

    pub fn review_totals(&self) -> ReviewTotals {
        self.units.iter().fold(ReviewTotals::default(), |totals, unit| ReviewTotals {
            never_enrolled: totals.never_enrolled + unit.never_enrolled,
            card_expired: totals.card_expired + unit.card_expired,
            policy_not_fully_supported: totals.policy_not_fully_supported + unit.policy_not_fully_supported,
        })
    }

    /// The monthly history as coverage points, oldest first.
    pub fn trend(&self) -> Vec<TrendPoint> {
        self.history
            .iter()
            .map(|point| TrendPoint {
                month: point.month,
                coverage: Coverage { population: point.population, insured: point.insured, target: self.target },
            })
            .collect()
    }
}

/// Coverage as a number that orders exactly: insured / population scaled to 10^12.
fn coverage_rank(coverage: &Coverage) -> u64 {
    if coverage.population == 0 {
        return 0;
    }
    (u128::from(coverage.insured) * 1_000_000_000_000 / u128::from(coverage.population)) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coverage(population: u64, insured: u64, target_tenths: u32) -> Coverage {
        Coverage { population, insured, target: Percent::from_tenths(target_tenths) }
    }

    #[test]
    fn gap_to_target_in_people() {
        // 95 % of 2,000 is 1,900.
        assert_eq!(coverage(2_000, 1_850, 950).needed_for_target(), 50);
        assert_eq!(coverage(2_000, 1_900, 950).needed_for_target(), 0);
        assert!(coverage(2_000, 1_900, 950).meets_target());
        // 95 % of 2,001 is 1,900.95: 1,901 people are needed.
        assert_eq!(coverage(2_001, 1_900, 950).needed_for_target(), 1);
        assert!(!coverage(2_001, 1_900, 950).meets_target());
        assert_eq!(coverage(2_001, 1_900, 950).percent().tenths(), 949);
        // 95,5 % of 1,000 is 955.
        assert_eq!(coverage(1_000, 950, 955).needed_for_target(), 5);
        assert_eq!(coverage(1_000, 950, 955).uninsured(), 50);
    }

    #[test]
    fn shown_percent_agrees_with_meets_target() {
        for population in [1u64, 7, 999, 1_000, 2_001, 3_337] {
            for insured in 0..=population {
                let coverage = coverage(population, insured, 950);
                assert_eq!(coverage.meets_target(), coverage.percent().tenths() >= 950, "{insured}/{population}");
            }
        }
    }
}
