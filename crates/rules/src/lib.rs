//! Rules engine of the BHYT self-check wizard ("Tự kiểm tra"): plain Rust, no web dependencies.
//!
//! - [`policy`]: national figures as dated data (`content/chinh-sach.toml`), OpenFisca-style.
//! - [`local`]: provincial top-ups (`content/<locality>/ho-tro-dia-phuong.toml`).
//! - [`questions`]: the questions as data; [`answers`]: the URL codec; [`flow`]: routing only.
//! - [`engine`]: the estimate — group, payer, amounts, benefit, card start, reasons: figures and decisions.
//! - [`wording`]: the result's Vietnamese sentences, made from those figures.
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

pub mod answers;
pub mod assessment;
pub mod engine;
pub mod flow;
pub mod groups;
pub mod household;
pub mod local;
pub mod money;
pub mod papers;
pub mod policy;
pub mod policy_source;
pub mod questions;
mod rates;
pub mod review;
pub mod school;
pub mod wording;

pub use answers::{Answers, DropReason, DroppedParam, Reply};
pub use assessment::{
    Amount, AppliedTopUp, Assessment, CardStartRule, EngineError, HouseholdLadder, LocalSocialPension, Payment,
    PovertyLineOn, PovertyLines, Route, RouteComparison, SalaryCap, SocialPensionAge, SocialPensionHint,
};
pub use bhyt_core::{Date, DateError};
pub use engine::{apply_top_ups, assess, compare_farm_routes, poverty_lines};
pub use flow::{next_question, path, previous_question, relevant_answers};
pub use groups::{Group, Match, Payer};
pub use household::HouseholdQuery;
pub use local::{Learner, LocalAmount, LocalNotice, LocalTopUps, TopUp, TopUpTarget};
pub use money::{format_dong, Dong, Percent};
pub use papers::{papers_to_bring, where_to_go};
pub use policy::{Citation, Confidence, KnownChange, Policy, PovertyLine};
pub use questions::{question, questions, Question, QuestionId, QuestionKind, UNKNOWN_LABEL, UNKNOWN_VALUE};
pub use rates::household_ladder;
pub use school::{PupilCost, SchoolYear};
pub use wording::{poverty_line_hint, DISCLAIMER, ROUNDING_RULE};
