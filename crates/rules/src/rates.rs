//! The figures in force on one date, read from the dated policy data once per estimate.

use crate::assessment::{Amount, EngineError, HouseholdLadder, LadderRow};
use crate::money::{Dong, Percent};
use crate::policy::{Confidence, Policy};
use bhyt_core::Date;

/// The figures in force on one date.
pub(crate) struct Rates {
    pub(crate) base_salary: Dong,
    pub(crate) premium_rate: Percent,
    pub(crate) employee_rate: Percent,
    pub(crate) salary_cap_multiple: u32,
    pub(crate) ladder: Vec<Percent>,
    pub(crate) ladder_basis: String,
    pub(crate) waiting_days: u32,
    pub(crate) waiting_basis: String,
    pub(crate) gap_days: u32,
    pub(crate) social_pension: Dong,
    pub(crate) social_pension_basis: String,
    pub(crate) social_pension_confidence: Confidence,
    pub(crate) low_cost_share: Percent,
    pub(crate) copay_cap_multiple: u32,
    pub(crate) copay_cap_years: u32,
}

impl Rates {
    pub(crate) fn on(policy: &Policy, date: Date) -> Result<Rates, EngineError> {
        let (ladder, ladder_basis) = policy.household_ladder.on(date)?.value_and_basis();
        let (waiting_days, waiting_basis) = policy.waiting_days.on(date)?.value_and_basis();
        let social_pension = policy.social_pension.on(date)?;
        Ok(Rates {
            base_salary: policy.base_salary.on(date)?.value,
            premium_rate: policy.premium_rate.on(date)?.value,
            employee_rate: policy.employee_rate.on(date)?.value,
            salary_cap_multiple: policy.salary_cap_multiple.on(date)?.value,
            ladder,
            ladder_basis,
            waiting_days,
            waiting_basis,
            gap_days: policy.gap_days.on(date)?.value,
            social_pension: social_pension.value,
            social_pension_basis: social_pension.basis.clone(),
            social_pension_confidence: social_pension.confidence,
            low_cost_share: policy.low_cost_visit_share.on(date)?.value,
            copay_cap_multiple: policy.copay_cap_multiple.on(date)?.value,
            copay_cap_years: policy.copay_cap_years.on(date)?.value,
        })
    }

    /// 4,5% of the base salary, per month.
    pub(crate) fn premium(&self) -> Dong {
        self.premium_rate.of(self.base_salary)
    }

    fn ladder_share(&self, position: u32) -> Percent {
        let index = (position.max(1) as usize - 1).min(self.ladder.len() - 1);
        self.ladder[index]
    }

    pub(crate) fn ladder(&self, members: u32) -> HouseholdLadder {
        let first = self.premium();
        let rows: Vec<LadderRow> = (1..=members.max(1))
            .map(|position| {
                let share = self.ladder_share(position);
                LadderRow { position, share, amount: Amount::from_monthly(share.of(first)) }
            })
            .collect();
        let monthly = rows.iter().map(|row| row.amount.monthly).sum();
        HouseholdLadder {
            members: members.max(1),
            rows,
            total: Amount::from_monthly(monthly),
            basis: self.ladder_basis.clone(),
        }
    }
}

/// The household ladder for `members` people joining together on `date`
/// (e.g. 6 members at 2.530.000 đồng: 4.918.320 đồng/năm).
pub fn household_ladder(policy: &Policy, date: Date, members: u32) -> Result<HouseholdLadder, EngineError> {
    Ok(Rates::on(policy, date)?.ladder(members))
}
