//! A small valid file and helpers shared by the integration tests.
#![allow(dead_code)] // each test file uses a different part

use bhyt_stats::{parse, Date, Statistics, StatsError};
use serde_json::{json, Value};
use std::path::PathBuf;

pub fn today() -> Date {
    Date::parse("2026-11-23").unwrap()
}

/// Two units, two groups, three months; every total adds up.
pub fn good() -> Value {
    json!({
        "phien_ban": 1,
        "dia_phuong": { "ma": "kien-an", "ten": "Phường Kiến An" },
        "tinh_den_ngay": "2026-10-31",
        "nguon": "Bảo hiểm xã hội cơ sở Kiến An",
        "du_lieu_mau": false,
        "muc_tieu": 95,
        "dan_so": 5000,
        "da_tham_gia": 4700,
        "don_vi": [
            { "ma": "tdp-1", "ten": "Tổ dân phố 1", "dan_so": 2000, "da_tham_gia": 1920,
              "chua_tham_gia": 50, "the_het_han": 30, "chinh_sach_chua_ho_tro_du": 4 },
            { "ma": "tdp-2", "ten": "Tổ dân phố 2", "dan_so": 3000, "da_tham_gia": 2780,
              "chua_tham_gia": 150, "the_het_han": 70, "chinh_sach_chua_ho_tro_du": 9 }
        ],
        "theo_nhom": [
            { "ma": "hoc-sinh-sinh-vien", "da_tham_gia": 900 },
            { "ma": "ho-gia-dinh", "da_tham_gia": 3800 }
        ],
        "lich_su": [
            { "thang": "2026-08", "dan_so": 4990, "da_tham_gia": 4600 },
            { "thang": "2026-09", "dan_so": 4995, "da_tham_gia": 4650 },
            { "thang": "2026-10", "dan_so": 5000, "da_tham_gia": 4700 }
        ]
    })
}

pub fn parse_value(value: &Value) -> Result<Statistics, Vec<StatsError>> {
    parse(&serde_json::to_string_pretty(value).unwrap(), today())
}

/// The errors for a file that must be rejected; fails the test if it is accepted.
pub fn errors_of(value: &Value) -> Vec<StatsError> {
    match parse_value(value) {
        Ok(_) => panic!("accepted a bad file:\n{}", serde_json::to_string_pretty(value).unwrap()),
        Err(errors) => errors,
    }
}

/// Asserts that some error has exactly `path` and a message containing `fragment`.
pub fn assert_error(errors: &[StatsError], path: &str, fragment: &str) {
    assert!(
        errors.iter().any(|error| error.path == path && error.message.contains(fragment)),
        "expected an error at `{path}` containing {fragment:?}, got:\n{}",
        errors.iter().map(|error| format!("  {error}")).collect::<Vec<_>>().join("\n")
    );
}

/// `content/` of the repository.
pub fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
}
