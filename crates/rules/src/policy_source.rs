//! The policy as a Rust expression, written by the site's `build.rs` for the WebAssembly build:
//! building the value directly costs far less code than parsing JSON in the browser.

use crate::money::Percent;
use crate::policy::{
    BenefitLevels, Citation, Citations, Confidence, DatedValue, DayMonth, Parameter, Policy, PovertyLine, SchoolRules,
    SupportFloors, UnconfirmedNote,
};
use bhyt_core::Date;

/// A value written as Rust source that evaluates to an equal value (paths via `bhyt_rules`).
pub trait RustSource {
    fn rust_source(&self) -> String;
}

impl RustSource for u64 {
    fn rust_source(&self) -> String {
        format!("{self}")
    }
}

impl RustSource for u32 {
    fn rust_source(&self) -> String {
        format!("{self}")
    }
}

impl RustSource for Percent {
    fn rust_source(&self) -> String {
        format!("bhyt_rules::Percent::from_hundredths({})", self.hundredths())
    }
}

impl RustSource for String {
    fn rust_source(&self) -> String {
        // Debug escapes a str exactly as a Rust string literal needs.
        format!("String::from({self:?})")
    }
}

impl<T: RustSource> RustSource for Option<T> {
    fn rust_source(&self) -> String {
        self.as_ref().map_or_else(|| "None".to_owned(), |value| format!("Some({})", value.rust_source()))
    }
}

impl<T: RustSource> RustSource for Vec<T> {
    fn rust_source(&self) -> String {
        format!("vec![{}]", self.iter().map(RustSource::rust_source).collect::<Vec<_>>().join(", "))
    }
}

impl RustSource for u8 {
    fn rust_source(&self) -> String {
        format!("{self}")
    }
}

impl RustSource for Date {
    fn rust_source(&self) -> String {
        format!("bhyt_rules::Date {{ year: {}, month: {}, day: {} }}", self.year, self.month, self.day)
    }
}

impl RustSource for Confidence {
    fn rust_source(&self) -> String {
        format!("bhyt_rules::Confidence::{self:?}")
    }
}

macro_rules! struct_source {
    ($type:ty, $path:literal, [$($field:ident),* $(,)?]) => {
        impl RustSource for $type {
            fn rust_source(&self) -> String {
                let fields: Vec<String> = vec![$(format!("{}: {}", stringify!($field), self.$field.rust_source())),*];
                format!("{} {{ {} }}", $path, fields.join(", "))
            }
        }
    };
}

impl<T: RustSource> RustSource for DatedValue<T> {
    fn rust_source(&self) -> String {
        format!(
            "bhyt_rules::DatedValue {{ from: {}, value: {}, basis: {}, last_checked: {}, confidence: {}, note: {} }}",
            self.from.rust_source(),
            self.value.rust_source(),
            self.basis.rust_source(),
            self.last_checked.rust_source(),
            self.confidence.rust_source(),
            self.note.rust_source()
        )
    }
}

impl<T: RustSource> RustSource for Parameter<T> {
    fn rust_source(&self) -> String {
        format!(
            "bhyt_rules::Parameter {{ key: {:?}, label: {}, values: {} }}",
            self.key,
            self.label.rust_source(),
            self.values.rust_source()
        )
    }
}

struct_source!(
    SupportFloors,
    "bhyt_rules::SupportFloors",
    [
        near_poor,
        near_poor_in_poor_commune,
        pupils_and_students,
        security_forces,
        farm_households,
        village_health_workers,
        village_part_timers,
        ethnic_minority_left_difficult_list,
        artisans,
        trafficking_victims,
    ]
);
struct_source!(
    BenefitLevels,
    "bhyt_rules::BenefitLevels",
    [highest, pensioners_and_merit_relatives, near_poor, social_pension_from_75, everyone_else,]
);
struct_source!(DayMonth, "bhyt_rules::DayMonth", [month, day]);
struct_source!(
    SchoolRules,
    "bhyt_rules::SchoolRules",
    [
        grade_one_card_from,
        under_six_card_until,
        under_six_months,
        grade_twelve_card_until,
        payment_periods,
        primary_care_benefit,
    ]
);
struct_source!(
    UnconfirmedNote,
    "bhyt_rules::UnconfirmedNote",
    [title, text, source, last_checked, remind_from, resident_notice]
);
struct_source!(PovertyLine, "bhyt_rules::PovertyLine", [rural, urban]);
struct_source!(Citation, "bhyt_rules::Citation", [label, text, from, last_checked, confidence, summary]);
struct_source!(
    Citations,
    "bhyt_rules::Citations",
    [
        groups,
        state_budget_pays,
        group_order,
        household_route,
        highest_benefit,
        card_validity,
        lists,
        pension_card,
        social_pension,
    ]
);
struct_source!(
    Policy,
    "bhyt_rules::Policy",
    [
        base_salary,
        premium_rate,
        employee_rate,
        salary_cap_multiple,
        household_ladder,
        support_floors,
        benefit_levels,
        low_cost_visit_share,
        copay_cap_multiple,
        copay_cap_years,
        waiting_days,
        gap_days,
        social_pension,
        social_pension_age,
        social_pension_age_poor,
        poverty_line,
        school,
        citations,
        unconfirmed,
    ]
);
