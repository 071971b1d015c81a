//! One test (or a few) per validation rule of FORMAT.md.

mod common;

use bhyt_stats::{consistency_warnings, parse, synthetic_province, Date, InsuredGroup, Percent, MAX_REPORTED_ERRORS};
use common::{assert_error, errors_of, good, parse_value, today};
use serde_json::json;

#[test]
fn the_good_fixture_is_accepted_without_warnings() {
    let statistics = parse_value(&good()).expect("good fixture");
    assert_eq!(statistics.units.len(), 2);
    assert_eq!(statistics.target, Percent::from_tenths(950));
    assert_eq!(statistics.groups[0].group, InsuredGroup::PupilsAndStudents);
    assert_eq!(statistics.as_of, Date::parse("2026-10-31").unwrap());
    assert!(consistency_warnings(&statistics).is_empty(), "{:?}", consistency_warnings(&statistics));
}

#[test]
fn negative_counts() {
    let mut file = good();
    file["dan_so"] = json!(-1);
    file["don_vi"][1]["the_het_han"] = json!(-70);
    file["theo_nhom"][0]["da_tham_gia"] = json!(-900);
    file["lich_su"][2]["da_tham_gia"] = json!(-4700);
    let errors = errors_of(&file);
    assert_error(&errors, "dan_so", "Không được là số âm (đang là -1)");
    assert_error(&errors, "don_vi[1].the_het_han", "số âm");
    assert_error(&errors, "theo_nhom[0].da_tham_gia", "số âm");
    assert_error(&errors, "lich_su[2].da_tham_gia", "số âm");
    let mut file = good();
    file["don_vi"][0]["chua_tham_gia"] = json!(-0.5);
    assert_error(&errors_of(&file), "don_vi[0].chua_tham_gia", "số âm");
}

#[test]
fn insured_greater_than_population() {
    let mut file = good();
    file["da_tham_gia"] = json!(5001);
    assert_error(&errors_of(&file), "da_tham_gia", "lớn hơn dân số (5.000)");

    let mut file = good();
    file["don_vi"][0]["da_tham_gia"] = json!(2001);
    assert_error(&errors_of(&file), "don_vi[0].da_tham_gia", "Số người đã tham gia (2.001) lớn hơn dân số (2.000)");

    let mut file = good();
    file["lich_su"][1]["da_tham_gia"] = json!(4996);
    assert_error(&errors_of(&file), "lich_su[1].da_tham_gia", "lớn hơn dân số");

    // Equal is fine: everybody has a card.
    let mut file = good();
    file["don_vi"][0]["da_tham_gia"] = json!(2000);
    file["don_vi"][0]["chua_tham_gia"] = json!(0);
    file["don_vi"][0]["the_het_han"] = json!(0);
    assert!(parse_value(&file).is_ok());
}

#[test]
fn zero_population() {
    let mut file = good();
    file["don_vi"][0]["dan_so"] = json!(0);
    assert_error(&errors_of(&file), "don_vi[0].dan_so", "Dân số phải lớn hơn 0");
}

#[test]
fn without_card_breakdown_cannot_exceed_people_without_card() {
    let mut file = good();
    file["don_vi"][0]["chua_tham_gia"] = json!(60); // 60 + 30 > 2000 - 1920
    assert_error(&errors_of(&file), "don_vi[0].chua_tham_gia", "lớn hơn số người chưa có thẻ");
}

#[test]
fn policy_count_cannot_exceed_population() {
    let mut file = good();
    file["don_vi"][1]["chinh_sach_chua_ho_tro_du"] = json!(3001);
    assert_error(&errors_of(&file), "don_vi[1].chinh_sach_chua_ho_tro_du", "lớn hơn dân số");
}

#[test]
fn format_version() {
    for (version, fragment) in [
        (json!(2), "Phiên bản định dạng 2 chưa được hỗ trợ"),
        (json!(0), "Phiên bản định dạng 0 chưa được hỗ trợ"),
        (json!(-1), "không hợp lệ"),
        (json!("1"), "Phải là số 1"),
        (json!(1.5), "Phải là số 1"),
        (json!(null), "Phải là số 1"),
    ] {
        let mut file = good();
        file["phien_ban"] = version;
        let errors = errors_of(&file);
        assert_error(&errors, "phien_ban", fragment);
        assert_eq!(errors.len(), 1, "only the version is reported: {errors:?}");
    }
    let mut file = good();
    file.as_object_mut().unwrap().remove("phien_ban");
    file["dan_so"] = json!(-1);
    let errors = errors_of(&file);
    assert_error(&errors, "phien_ban", "Thiếu trường bắt buộc `phien_ban`");
    assert_eq!(errors.len(), 1);
}

#[test]
fn duplicate_unit_ids() {
    let mut file = good();
    file["don_vi"][1]["ma"] = json!("tdp-1");
    assert_error(&errors_of(&file), "don_vi[1].ma", "\"tdp-1\" bị trùng với don_vi[0].ma");
}

#[test]
fn malformed_ids() {
    for id in ["TDP-1", "tdp 1", "tổ-1", "tdp--1", "-tdp", "tdp_1", ""] {
        let mut file = good();
        file["don_vi"][0]["ma"] = json!(id);
        let errors = errors_of(&file);
        assert!(errors.iter().any(|error| error.path == "don_vi[0].ma"), "{id}: {errors:?}");
    }
    let mut file = good();
    file["dia_phuong"]["ma"] = json!("Kiến An");
    assert_error(&errors_of(&file), "dia_phuong.ma", "chữ thường không dấu");
}

#[test]
fn dates_in_the_future() {
    let mut file = good();
    file["tinh_den_ngay"] = json!("2026-11-24");
    assert_error(&errors_of(&file), "tinh_den_ngay", "ở tương lai (hôm nay là 2026-11-23)");
    // Today itself is fine.
    let mut file = good();
    file["tinh_den_ngay"] = json!("2026-11-23");
    assert!(parse_value(&file).is_ok());

    let mut file = good();
    file["lich_su"][2]["thang"] = json!("2026-12");
    assert_error(&errors_of(&file), "lich_su[2].thang", "ở tương lai");

    let mut file = good();
    file["lich_su"][2]["thang"] = json!("2026-11"); // not future, but after the as-of month
    assert_error(&errors_of(&file), "lich_su[2].thang", "sau ngày tính số liệu (2026-10-31)");
}

#[test]
fn malformed_dates_and_months() {
    for (date, fragment) in [
        ("31/10/2026", "YYYY-MM-DD"),
        ("2026-10-31T00:00:00", "YYYY-MM-DD"),
        ("2026-1-31", "YYYY-MM-DD"),
        ("2026-02-30", "tháng 2 năm 2026 không có ngày 30"),
        ("2026-13-01", "không có tháng 13"),
    ] {
        let mut file = good();
        file["tinh_den_ngay"] = json!(date);
        assert_error(&errors_of(&file), "tinh_den_ngay", fragment);
    }
    for (month, fragment) in
        [("2026-8", "YYYY-MM"), ("08/2026", "YYYY-MM"), ("2026-00", "không có tháng 0"), ("2026-08-01", "YYYY-MM")]
    {
        let mut file = good();
        file["lich_su"][0]["thang"] = json!(month);
        assert_error(&errors_of(&file), "lich_su[0].thang", fragment);
    }
}

#[test]
fn wrong_types_are_named() {
    let mut file = good();
    file["du_lieu_mau"] = json!("false");
    file["dan_so"] = json!("5000");
    file["nguon"] = json!(12);
    file["don_vi"][0]["dan_so"] = json!("2.000");
    file["theo_nhom"] = json!({});
    file["dia_phuong"] = json!("kien-an");
    let errors = errors_of(&file);
    assert_error(&errors, "du_lieu_mau", "Phải là true hoặc false");
    assert_error(&errors, "dan_so", "không đặt trong dấu nháy kép");
    assert_error(&errors, "nguon", "Phải là một chuỗi");
    assert_error(&errors, "don_vi[0].dan_so", "không có dấu chấm ngăn cách");
    assert_error(&errors, "theo_nhom", "Phải là một mảng");
    assert_error(&errors, "dia_phuong", "Phải là một đối tượng");
}

#[test]
fn counts_must_be_whole_numbers() {
    for value in [json!(12.5), json!(12.0), json!(1e3)] {
        let mut file = good();
        file["don_vi"][0]["chinh_sach_chua_ho_tro_du"] = value;
        assert_error(&errors_of(&file), "don_vi[0].chinh_sach_chua_ho_tro_du", "số nguyên");
    }
    let mut file = good();
    file["don_vi"][0]["chinh_sach_chua_ho_tro_du"] = json!(1_000_000_001u64);
    assert_error(&errors_of(&file), "don_vi[0].chinh_sach_chua_ho_tro_du", "Số quá lớn");
}

#[test]
fn unknown_fields_are_rejected_with_a_suggestion() {
    let mut file = good();
    file["ghi_chu"] = json!("x");
    file["don_vi"][0]["da_tam_gia"] = json!(1);
    file["dia_phuong"]["tinh"] = json!("thành phố Hải Phòng");
    file["lich_su"][0]["Dan_so"] = json!(1);
    let errors = errors_of(&file);
    assert_error(&errors, "ghi_chu", "Trường không có trong định dạng");
    assert_error(&errors, "don_vi[0].da_tam_gia", "Có phải là `da_tham_gia`?");
    assert_error(&errors, "dia_phuong.tinh", "Các trường hợp lệ ở đây: ma, ten");
    assert_error(&errors, "lich_su[0].Dan_so", "Có phải là `dan_so`?");
}

#[test]
fn duplicate_keys_are_rejected() {
    let text = serde_json::to_string(&good()).unwrap().replacen("\"nguon\":", "\"nguon\":\"A\",\"nguon\":", 1);
    let errors = parse(&text, today()).unwrap_err();
    assert_error(&errors, "nguon", "được viết hai lần");
}

#[test]
fn missing_fields() {
    let mut file = good();
    file.as_object_mut().unwrap().remove("lich_su");
    file["don_vi"][1].as_object_mut().unwrap().remove("the_het_han");
    let errors = errors_of(&file);
    assert_error(&errors, "lich_su", "Thiếu trường bắt buộc");
    assert_error(&errors, "don_vi[1].the_het_han", "Thiếu trường bắt buộc");
}

#[test]
fn empty_unit_list() {
    let mut file = good();
    file["don_vi"] = json!([]);
    assert_error(&errors_of(&file), "don_vi", "Danh sách đơn vị trống");
}

#[test]
fn empty_groups_and_history_are_allowed() {
    let mut file = good();
    file["theo_nhom"] = json!([]);
    file["lich_su"] = json!([]);
    let statistics = parse_value(&file).unwrap();
    assert!(statistics.trend().is_empty());
}

#[test]
fn target_range_and_precision() {
    for (target, tenths) in [(json!(95), 950), (json!(95.5), 955), (json!(100), 1000), (json!(0.1), 1)] {
        let mut file = good();
        file["muc_tieu"] = target;
        assert_eq!(parse_value(&file).unwrap().target.tenths(), tenths);
    }
    for (target, fragment) in [
        (json!(0), "lớn hơn 0 và không quá 100"),
        (json!(-5), "lớn hơn 0 và không quá 100"),
        (json!(100.5), "lớn hơn 0 và không quá 100"),
        (json!(950), "lớn hơn 0 và không quá 100"),
        (json!(95.25), "tối đa một chữ số thập phân"),
        (json!("95%"), "Phải là một số phần trăm"),
    ] {
        let mut file = good();
        file["muc_tieu"] = target;
        assert_error(&errors_of(&file), "muc_tieu", fragment);
    }
}

#[test]
fn history_order() {
    let mut file = good();
    file["lich_su"][1]["thang"] = json!("2026-08");
    assert_error(&errors_of(&file), "lich_su[1].thang", "Tháng 2026-08 bị lặp lại (đã có ở lich_su[0])");

    let mut file = good();
    file["lich_su"][0]["thang"] = json!("2026-09");
    file["lich_su"][1]["thang"] = json!("2026-08");
    assert_error(&errors_of(&file), "lich_su[1].thang", "các tháng phải xếp từ cũ đến mới");

    // Gaps are allowed.
    let mut file = good();
    file["lich_su"][0]["thang"] = json!("2026-01");
    assert!(parse_value(&file).is_ok());
}

#[test]
fn groups() {
    let mut file = good();
    file["theo_nhom"][1]["ma"] = json!("hoc-sinh-sinh-vien");
    assert_error(&errors_of(&file), "theo_nhom[1].ma", "đã có ở theo_nhom[0]");

    let mut file = good();
    file["theo_nhom"][0]["ma"] = json!("hoc-sinh");
    assert_error(&errors_of(&file), "theo_nhom[0].ma", "Không có nhóm \"hoc-sinh\"");

    let mut file = good();
    file["theo_nhom"][1]["da_tham_gia"] = json!(3801);
    assert_error(&errors_of(&file), "theo_nhom", "mỗi người chỉ được tính vào một nhóm");
}

#[test]
fn texts() {
    let mut file = good();
    file["don_vi"][0]["ten"] = json!("   ");
    file["nguon"] = json!("dòng 1\ndòng 2");
    file["dia_phuong"]["ten"] = json!("x".repeat(201));
    let errors = errors_of(&file);
    assert_error(&errors, "don_vi[0].ten", "Không được để trống");
    assert_error(&errors, "nguon", "ký tự xuống dòng");
    assert_error(&errors, "dia_phuong.ten", "Quá dài (201 ký tự)");
}

#[test]
fn optional_schema_link() {
    let mut file = good();
    file["$schema"] = json!("thong-ke.schema.json");
    assert_eq!(parse_value(&file).unwrap().schema.as_deref(), Some("thong-ke.schema.json"));
    file["$schema"] = json!(true);
    assert_error(&errors_of(&file), "$schema", "Phải là một chuỗi");
}

#[test]
fn syntax_errors_give_line_and_column() {
    let errors = parse("{\n  \"phien_ban\": 1,\n  \"dan_so\": 12,\n}", today()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "");
    assert!(errors[0].message.starts_with("Dòng 4, cột 1: thừa dấu phẩy"), "{}", errors[0]);

    let errors = parse("{\"phien_ban\": 1 \"dan_so\": 2}", today()).unwrap_err();
    assert!(errors[0].message.contains("thiếu dấu phẩy"), "{}", errors[0]);

    let errors = parse("{\"phien_ban\": 1, \"nguon\": 'x'}", today()).unwrap_err();
    assert!(errors[0].message.contains("dấu nháy kép"), "{}", errors[0]);

    let errors = parse("{\"phien_ban\": 1", today()).unwrap_err();
    assert!(errors[0].message.contains("kết thúc giữa chừng"), "{}", errors[0]);

    assert_eq!(parse("", today()).unwrap_err()[0].message, "Tệp trống.");
    assert_eq!(parse(" \n", today()).unwrap_err()[0].message, "Tệp trống.");
    assert_error(&parse("[]", today()).unwrap_err(), "", "Phải là một đối tượng");
}

#[test]
fn byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", serde_json::to_string(&good()).unwrap());
    assert!(parse(&text, today()).is_ok());
}

#[test]
fn several_errors_are_reported_in_file_order() {
    let mut file = good();
    file["nguon"] = json!("");
    file["don_vi"][0]["dan_so"] = json!(-1);
    file["lich_su"][2]["thang"] = json!("2026-13");
    let errors = errors_of(&file);
    let paths: Vec<&str> = errors.iter().map(|error| error.path.as_str()).collect();
    assert_eq!(paths, ["nguon", "don_vi[0].dan_so", "lich_su[2].thang"]);
}

#[test]
fn errors_display_with_their_path() {
    let mut file = good();
    file["don_vi"][1]["da_tham_gia"] = json!(-5);
    let errors = errors_of(&file);
    assert_eq!(errors[0].to_string(), "don_vi[1].da_tham_gia: Không được là số âm (đang là -5).");
}

#[test]
fn error_list_is_capped() {
    let mut file = serde_json::to_value(synthetic_province(300)).unwrap();
    for unit in file["don_vi"].as_array_mut().unwrap() {
        unit["da_tham_gia"] = json!(-1);
    }
    let errors = errors_of(&file);
    assert_eq!(errors.len(), MAX_REPORTED_ERRORS + 1);
    assert_eq!(errors.last().unwrap().path, "");
    assert_eq!(errors.last().unwrap().message, "… và còn 200 lỗi khác chưa liệt kê.");
}

#[test]
fn totals_that_differ_from_the_units_are_warnings_not_errors() {
    let mut file = good();
    file["dan_so"] = json!(5010);
    file["da_tham_gia"] = json!(4710);
    let statistics = parse_value(&file).expect("still valid");
    let warnings = consistency_warnings(&statistics);
    let paths: Vec<&str> = warnings.iter().map(|warning| warning.path.as_str()).collect();
    // The groups no longer cover everybody, and the last month is the as-of month, so it
    // should match the overall figures too.
    assert_eq!(paths, ["dan_so", "da_tham_gia", "theo_nhom", "lich_su[2]"], "{warnings:?}");
    assert!(warnings[0].message.contains("5.010") && warnings[0].message.contains("5.000"));
}

#[test]
fn other_warnings() {
    let mut file = good();
    file["don_vi"][0]["chua_tham_gia"] = json!(40); // 10 people without card not classified
    file["don_vi"][1]["ten"] = json!("Tổ dân phố 1");
    file["theo_nhom"][1]["da_tham_gia"] = json!(3700);
    let warnings = consistency_warnings(&parse_value(&file).unwrap());
    let paths: Vec<&str> = warnings.iter().map(|warning| warning.path.as_str()).collect();
    assert_eq!(paths, ["don_vi[0]", "don_vi[1].ten", "theo_nhom"], "{warnings:?}");
    assert!(warnings[0].message.starts_with("10 người chưa có thẻ"));
    assert!(warnings[2].message.starts_with("100 người đã tham gia chưa được xếp vào nhóm"));
}

#[test]
fn a_units_history_follows_the_rules_of_the_localitys() {
    let mut file = good();
    file["don_vi"][0]["lich_su"] = json!([
        { "thang": "2025-12", "dan_so": 2400, "da_tham_gia": 2300 },
        { "thang": "2026-09", "dan_so": 2410, "da_tham_gia": 2320 }
    ]);
    let statistics = parse_value(&file).expect("a unit may carry its months");
    assert_eq!(statistics.units[0].history.len(), 2);
    assert!(statistics.units[1].history.is_empty(), "and may leave them out");

    file["don_vi"][0]["lich_su"] = json!([
        { "thang": "2026-09", "dan_so": 2410, "da_tham_gia": 2320 },
        { "thang": "2026-08", "dan_so": 2400, "da_tham_gia": 2500 },
        { "thang": "2026-11", "dan_so": 2400, "da_tham_gia": 2300 }
    ]);
    let errors = errors_of(&file);
    assert_error(&errors, "don_vi[0].lich_su[1].da_tham_gia", "lớn hơn dân số");
    assert_error(&errors, "don_vi[0].lich_su[2].thang", "sau ngày tính số liệu");
    file["don_vi"][0]["lich_su"] = json!([
        { "thang": "2026-09", "dan_so": 2410, "da_tham_gia": 2320 },
        { "thang": "2026-08", "dan_so": 2400, "da_tham_gia": 2300 }
    ]);
    assert_error(&errors_of(&file), "don_vi[0].lich_su[1].thang", "từ cũ đến mới");
}
