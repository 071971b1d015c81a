//! The `kiem-tra-so-lieu` checker, run as officials would run it.

mod common;

use common::{content_dir, good};
use std::process::{Command, Output};

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kiem-tra-so-lieu")).args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn valid_samples_print_hop_le_and_a_summary() {
    let kien_an = content_dir().join("kien-an/thong-ke.json");
    let long_thanh = content_dir().join("long-thanh/thong-ke.json");
    let output = check(&["--hom-nay", "2026-11-23", kien_an.to_str().unwrap(), long_thanh.to_str().unwrap()]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert_eq!(text.matches(": Hợp lệ.").count(), 2, "{text}");
    assert!(text.contains("Phường Kiến An, số liệu tính đến ngày 31/10/2026 (số liệu mẫu)."), "{text}");
    assert!(
        text.contains("Tỷ lệ tham gia: 93,5% (27.673 / 29.591 người). Mục tiêu 95,0%: chưa đạt, cần thêm 439 người."),
        "{text}"
    );
    assert!(text.contains("4/12 đơn vị đạt mục tiêu."), "{text}");
}

#[test]
fn errors_are_listed_with_paths_and_exit_non_zero() {
    let mut file = good();
    file["don_vi"][1]["da_tham_gia"] = (-5).into();
    file["tinh_den_ngay"] = "2027-01-01".into();
    let path = std::env::temp_dir().join(format!("kiem-tra-so-lieu-{}.json", std::process::id()));
    let pretty = serde_json::to_string_pretty(&file).unwrap();
    std::fs::write(&path, &pretty).unwrap();
    let output = check(&["--hom-nay", "2026-11-23", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    let text = stdout(&output);
    let line_of = |needle: &str| pretty.lines().position(|line| line.contains(needle)).unwrap() + 1;
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("KHÔNG hợp lệ, 2 lỗi:"), "{text}");
    let date_line = line_of("\"tinh_den_ngay\": \"2027-01-01\"");
    assert!(text.contains(&format!("  - dòng {date_line}: tinh_den_ngay: Ngày 2027-01-01 ở tương lai")), "{text}");
    let count_line = line_of("\"da_tham_gia\": -5");
    assert!(
        text.contains(&format!("  - dòng {count_line}: don_vi[1].da_tham_gia: Không được là số âm (đang là -5).")),
        "{text}"
    );
}

#[test]
fn usage_and_unreadable_files_exit_2() {
    assert_eq!(check(&[]).status.code(), Some(2));
    assert_eq!(check(&["--hom-nay", "hôm qua", "x.json"]).status.code(), Some(2));
    assert_eq!(check(&["/khong/co/tep.json"]).status.code(), Some(2));
    assert!(check(&["--help"]).status.success());
}
