//! Rules engine of the BHYT self-check wizard ("Tự kiểm tra"): plain Rust, no web dependencies.
//!
//! The modules are private; everything callers use is re-exported below, so they write
//! `bhyt_rules::X`, never a module path:
//! - `policy`: national figures as dated data (`content/chinh-sach.toml`), OpenFisca-style.
//! - `local`: provincial top-ups (`content/<locality>/ho-tro-dia-phuong.toml`).
//! - `questions`: the questions as data; `answers`: the URL codec; `flow`: routing only.
//! - `engine`: the estimate — group, payer, amounts, benefit, card start, reasons: figures and decisions.
//! - `wording`: the result's Vietnamese sentences, made from those figures; `sentences`: their
//!   wording, from `content/chung/ket-qua.toml`.
//! - `school`: pupils' and students' amounts and card dates; `review`: what the rules-review page shows.
//!
//! Reading TOML is behind the `load` feature (build time and tests); the WebAssembly build
//! receives the validated data as JSON ([`Policy::from_json`], [`LocalTopUps::from_json`]).
//!
//! ```
//! # #[cfg(feature = "load")] {
//! use bhyt_rules::{assess, Answers, Date, LocalTopUps, Policy};
//! let policy = Policy::from_toml("chinh-sach.toml", include_str!("../../../content/chinh-sach.toml")).unwrap();
//! let (answers, dropped) = Answers::from_query("tuoi=duoi-6");
//! assert!(dropped.is_empty());
//! let result = assess(&answers, &policy, &LocalTopUps::none(), Date::parse("2026-11-23").unwrap()).unwrap();
//! assert_eq!(result.group.code, "3h");
//! assert_eq!(result.you_pay.unwrap().yearly, 0);
//! # }
//! ```

mod answers;
mod assessment;
mod engine;
mod flow;
mod groups;
mod household;
mod local;
mod money;
mod papers;
mod policy;
mod policy_source;
mod questions;
mod rates;
mod review;
mod school;
mod sentences;
mod wording;

pub use answers::{AnswerValue, Answers, DropReason, DroppedParam, Reply, MAX_QUERY_LEN, RESERVED_KEYS};
pub use assessment::{
    Amount, AppliedTopUp, Assessment, Benefit, CardStart, CardStartRule, CheaperRoute, CheaperWay, EngineError,
    GroupInfo, HouseholdLadder, LadderRow, LocalInfo, LocalSocialPension, NextChange, NextStep, Payment, PovertyLineOn,
    PovertyLines, Reason, Route, RouteComparison, SalaryCap, SocialPensionAge, SocialPensionHint, StateShare,
};
pub use bhyt_core::{Date, DateError};
pub use engine::{apply_top_ups, assess, cheaper_ways, compare_farm_routes, poverty_lines};
pub use flow::{next_question, page_from, pages, path, previous_page, relevant_answers, widest_page};
pub use groups::{evaluate, matched_groups, Criterion, Group, Match, Payer};
pub use household::{HouseholdQuery, MAX_MEMBERS};
pub use local::{Learner, LocalAmount, LocalNotice, LocalTopUps, TopUp, TopUpTarget, TOP_UPS_FILE};
pub use money::{format_dong, Dong, Percent};
pub use papers::{papers_to_bring, where_to_go};
pub use policy::{
    BenefitLevels, Citation, Citations, Confidence, DatedValue, DayMonth, KnownChange, Parameter, ParameterSummary,
    Policy, PovertyLine, SchoolRules, SupportFloors, UnconfirmedNote, ValueSummary,
};
pub use policy_source::RustSource;
pub use questions::{
    page_heading, question, question_texts, questions, unknown_label, AgeBand, Area, CardHistory, Choice, Merit,
    Poverty, Question, QuestionId, QuestionKind, School, SharedPage, SocialPension, VillageRole, Work, YesNo,
    NONE_OF_THE_CHECKLIST, UNKNOWN_VALUE,
};
pub use rates::household_ladder;
pub use review::{condition_text, conditions, question_reach, value_label, Condition, QuestionReach, GROUPS};
pub use school::{
    card_dates, change_dates, cost_on, grade_one_gap_days, near_poor_support, pupil_benefit, pupil_cost,
    pupil_costs_between, pupil_items_to_ask_about, school_year_costs, CardDates, NearPoorSupport, PupilBenefit,
    PupilCost, SchoolYear, SCHOOL_YEAR_FIRST_MONTH,
};
#[cfg(feature = "load")]
pub use sentences::check_sentences;
pub use sentences::{Sentence, SENTENCES_FILE};
pub use wording::{
    assumptions, card_start_text, cheaper_way_text, disclaimer, full_cover_cases, info_to_check, local_note,
    local_notice_text, next_change_text, next_step_text, payer_text, payment_text, poverty_line_hint,
    route_comparison_text, social_pension_text, CheckText, NextStepText,
};
