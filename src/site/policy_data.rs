//! The national policy, validated at build time by `build.rs` and embedded as JSON.

use bhyt_rules::Policy;
use std::sync::OnceLock;

pub fn national_policy() -> &'static Policy {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    POLICY.get_or_init(|| {
        // In the browser, a Rust expression written by build.rs: parsing JSON there would add
        // the policy's whole deserialiser to the WebAssembly.
        #[cfg(target_arch = "wasm32")]
        return include!(concat!(env!("OUT_DIR"), "/chinh-sach.rs"));
        #[cfg(not(target_arch = "wasm32"))]
        Policy::from_json(include_str!(concat!(env!("OUT_DIR"), "/chinh-sach.json")))
            .expect("content/chinh-sach.toml was validated by build.rs")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_webassembly_policy_source_equals_the_json() {
        let from_source: bhyt_rules::Policy = include!(concat!(env!("OUT_DIR"), "/chinh-sach.rs"));
        assert_eq!(&from_source, super::national_policy());
    }
}
