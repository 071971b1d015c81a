//! The household calculator's answers and their URL form: how many people live together, how
//! many already have a card through another group, and whether the household is on the farm
//! household list. The amounts come from [`crate::household_ladder`] and
//! [`crate::compare_farm_routes`].

use crate::answers::{DropReason, DroppedParam, RESERVED_KEYS};

/// Most people the calculator accepts in one household.
pub const MAX_MEMBERS: u32 = 30;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HouseholdQuery {
    /// People in the household (`so_nguoi`).
    pub members: Option<u32>,
    /// Of them, people who already have a card through another group (`da_co_the`).
    pub already_covered: Option<u32>,
    /// On the commune's list of farm, forestry, fishery or salt households with average living standard (`ho_nong_nghiep=co|khong`).
    pub farm_household: Option<bool>,
}

impl HouseholdQuery {
    /// Reads the calculator state from a query string. Never panics; bad parameters are dropped and reported.
    pub fn from_query(query: &str) -> (HouseholdQuery, Vec<DroppedParam>) {
        let mut state = HouseholdQuery::default();
        let mut dropped = Vec::new();
        for (key, value) in bhyt_core::query::pairs(query).take(20) {
            let key_text: String = key.chars().take(40).collect();
            let number = || value.parse::<u32>().ok().filter(|n| (0..=MAX_MEMBERS).contains(n) && value.len() <= 2);
            let reason = match key {
                _ if RESERVED_KEYS.contains(&key) => None,
                "so_nguoi" if state.members.is_some() => Some(DropReason::Duplicate),
                "so_nguoi" => number()
                    .filter(|n| *n >= 1)
                    .map(|n| state.members = Some(n))
                    .map_or(Some(DropReason::InvalidValue), |_| None),
                "da_co_the" if state.already_covered.is_some() => Some(DropReason::Duplicate),
                "da_co_the" => {
                    number().map(|n| state.already_covered = Some(n)).map_or(Some(DropReason::InvalidValue), |_| None)
                }
                "ho_nong_nghiep" if state.farm_household.is_some() => Some(DropReason::Duplicate),
                "ho_nong_nghiep" => match value {
                    "co" => {
                        state.farm_household = Some(true);
                        None
                    }
                    "khong" => {
                        state.farm_household = Some(false);
                        None
                    }
                    _ => Some(DropReason::InvalidValue),
                },
                _ => Some(DropReason::UnknownKey),
            };
            if let Some(reason) = reason {
                dropped.push(DroppedParam { key: key_text, reason });
            }
        }
        if let (Some(members), Some(covered)) = (state.members, state.already_covered) {
            if covered > members {
                state.already_covered = None;
                dropped.push(DroppedParam { key: "da_co_the".into(), reason: DropReason::InvalidValue });
            }
        }
        (state, dropped)
    }

    /// How many join on the household ladder, once the form is filled in.
    pub fn joining(&self) -> Option<u32> {
        Some(self.members? - self.already_covered?)
    }

    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(n) = self.members {
            parts.push(format!("so_nguoi={n}"));
        }
        if let Some(n) = self.already_covered {
            parts.push(format!("da_co_the={n}"));
        }
        if let Some(farm) = self.farm_household {
            parts.push(format!("ho_nong_nghiep={}", if farm { "co" } else { "khong" }));
        }
        parts.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_counts_who_joins() {
        let (state, dropped) = HouseholdQuery::from_query("?so_nguoi=6&da_co_the=2&ho_nong_nghiep=co&ngay=2026-07-01");
        assert!(dropped.is_empty(), "{dropped:?}");
        assert_eq!(state.joining(), Some(4));
        assert_eq!(state.farm_household, Some(true));
        assert_eq!(HouseholdQuery::from_query(&state.to_query()).0, state);
    }

    #[test]
    fn drops_bad_parameters_without_panicking() {
        let (state, dropped) =
            HouseholdQuery::from_query("so_nguoi=0&so_nguoi=3&da_co_the=9&x=%zz&ho_nong_nghiep=maybe&so_nguoi=4");
        assert_eq!(state.members, Some(3));
        assert_eq!(state.already_covered, None, "more covered than members");
        let reasons: Vec<DropReason> = dropped.iter().map(|d| d.reason.clone()).collect();
        assert_eq!(
            reasons,
            [
                DropReason::InvalidValue,
                DropReason::UnknownKey,
                DropReason::InvalidValue,
                DropReason::Duplicate,
                DropReason::InvalidValue
            ]
        );
        for huge in ["so_nguoi=99999999999999999999", "so_nguoi=-1", "so_nguoi=31"] {
            assert_eq!(HouseholdQuery::from_query(huge).0.members, None, "{huge}");
        }
    }
}
