//! The national policy, validated at build time by `build.rs` and embedded as JSON.

use bhyt_rules::Policy;
use std::sync::OnceLock;

pub fn national_policy() -> &'static Policy {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    POLICY.get_or_init(|| {
        Policy::from_json(include_str!(concat!(env!("OUT_DIR"), "/chinh-sach.json")))
            .expect("content/chinh-sach.toml was validated by build.rs")
    })
}
