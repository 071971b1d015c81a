//! The figures in force on one date, read from the dated policy data once per estimate.

use crate::assessment::{Amount, EngineError, HouseholdLadder, LadderRow};
use crate::money::{Dong, Percent};
use crate::policy::{Confidence, Parameter, Policy};
use bhyt_core::Date;

/// The value of one of `policy`'s parameters on `date`, with its basis; the error names the
/// parameter's key from the policy's one table.
pub(crate) fn value<T: Clone>(
    policy: &Policy,
    parameter: &Parameter<T>,
    date: Date,
) -> Result<(T, String), EngineError> {
    parameter
        .value_on(date)
        .map(|value| (value.value.clone(), value.basis.clone()))
        .ok_or_else(|| EngineError::DateNotCovered { date, parameter: policy.key_of(parameter).to_owned() })
}

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
}

impl Rates {
    pub(crate) fn on(policy: &Policy, date: Date) -> Result<Rates, EngineError> {
        let (ladder, ladder_basis) = value(policy, &policy.household_ladder, date)?;
        let (waiting_days, waiting_basis) = value(policy, &policy.waiting_days, date)?;
        let social_pension = policy.social_pension.value_on(date).ok_or_else(|| EngineError::DateNotCovered {
            date,
            parameter: policy.key_of(&policy.social_pension).into(),
        })?;
        Ok(Rates {
            base_salary: value(policy, &policy.base_salary, date)?.0,
            premium_rate: value(policy, &policy.premium_rate, date)?.0,
            employee_rate: value(policy, &policy.employee_rate, date)?.0,
            salary_cap_multiple: value(policy, &policy.salary_cap_multiple, date)?.0,
            ladder,
            ladder_basis,
            waiting_days,
            waiting_basis,
            gap_days: value(policy, &policy.gap_days, date)?.0,
            social_pension: social_pension.value,
            social_pension_basis: social_pension.basis.clone(),
            social_pension_confidence: social_pension.confidence,
            low_cost_share: value(policy, &policy.low_cost_visit_share, date)?.0,
            copay_cap_multiple: value(policy, &policy.copay_cap_multiple, date)?.0,
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
