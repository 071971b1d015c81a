//! Runs every scenario file in `tests/scenarios/*.toml` (workspace root) and in the folder named
//! by `BHYT_SCENARIOS`, if set. Each failing scenario is reported by file and name with the
//! expected and actual values; the test fails if a folder holds no scenario.

use bhyt_rules::{assess, cheaper_ways, compare_farm_routes, household_ladder, Answers, Date, LocalTopUps, Policy};
use bhyt_rules::{card_dates, grade_one_gap_days, pupil_cost, school_year_costs, SchoolYear};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    kich_ban: Vec<Scenario>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    ten: String,
    ngay: String,
    #[serde(default)]
    dia_phuong: Option<String>,
    /// Answers, by question key.
    #[serde(default)]
    tra_loi: Option<BTreeMap<String, String>>,
    /// Household ladder only: number of members joining together.
    #[serde(default)]
    so_nguoi_ho_gia_dinh: Option<u32>,
    /// Farm household: subsidised vs household route for this many members.
    #[serde(default)]
    so_sanh_ho_nong_nghiep: Option<u32>,
    /// A pupil's amount on `ngay` (with `nam_hoc`: over that school year).
    #[serde(default)]
    hoc_sinh: Option<Pupil>,
    /// First year of a school year (2025 is 2025–2026): its card dates, or a pupil's amounts.
    #[serde(default)]
    nam_hoc: Option<i32>,
    ket_qua: Expected,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pupil {
    #[serde(default)]
    dan_toc_thieu_so: bool,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expected {
    nhom: Option<String>,
    cung_thuoc: Option<Vec<String>>,
    nguoi_dong: Option<String>,
    nha_nuoc_ho_tro: Option<f64>,
    dia_phuong_ho_tro_them: Option<f64>,
    moi_thang: Option<u64>,
    moi_nam: Option<u64>,
    don_vi_dong_moi_thang: Option<u64>,
    muc_huong: Option<f64>,
    /// The step the result leads with ([`bhyt_rules::NextStep::key`]).
    viec_nen_lam: Option<String>,
    /// "Cách đóng ít hơn": the cheaper routes, cheapest first, as `key:yearly amount`.
    cach_dong_it_hon: Option<Vec<String>>,
    muc_huong_theo_nhom: Option<String>,
    nguong_100_phan_tram: Option<u64>,
    the_co_gia_tri: Option<String>,
    the_co_gia_tri_tu: Option<String>,
    can_them_thong_tin: Option<bool>,
    hoi_them: Option<Vec<String>>,
    tong_ho_gia_dinh: Option<u64>,
    co_the_chon_theo_ho: Option<bool>,
    tong_theo_nhom_ho_tro: Option<u64>,
    re_hon: Option<String>,
    ho_gia_dinh_re_hon_tu: Option<u32>,
    goi_y_huu_tri_xa_hoi: Option<bool>,
    /// The monthly social pension named in the hint (0 without a hint).
    tro_cap_huu_tri_xa_hoi_thang: Option<u64>,
    /// The poverty line shown for a "don't know" answer: now (rural, urban) and the next one.
    chuan_ngheo_nong_thon: Option<u64>,
    chuan_ngheo_thanh_thi: Option<u64>,
    chuan_ngheo_moi_tu: Option<String>,
    chuan_ngheo_moi_nong_thon: Option<u64>,
    chuan_ngheo_moi_thanh_thi: Option<u64>,
    /// The one-line notice that a premium rise is planned but not decided.
    nhac_tang_muc_dong: Option<bool>,
    /// The locality's notice for this date (e.g. support before 2026 may differ).
    luu_y_dia_phuong: Option<bool>,
    nhac_dia_phuong_co_the_ho_tro: Option<bool>,
    thay_doi_tiep_theo: Option<String>,
    moi_nam_sau_thay_doi: Option<u64>,
    muc_huong_sau_thay_doi: Option<f64>,
    cau_hoi_tiep_theo: Option<String>,
    /// Pupils: (months, amount) per payment period.
    ky_dong: Option<Vec<(u32, u64)>>,
    do_tin_cay_dia_phuong: Option<String>,
    giai_doan_tu: Option<Vec<String>>,
    giai_doan_den: Option<Vec<String>>,
    moi_nam_theo_giai_doan: Option<Vec<u64>>,
    the_tre_duoi_6_den: Option<String>,
    the_lop_1_tu: Option<String>,
    ngay_khong_co_the: Option<i64>,
    the_lop_12_den: Option<String>,
    the_lop_12_nam_truoc_den: Option<String>,
    sinh_vien_nam_nhat_tu: Option<String>,
}

struct Checker<'a> {
    label: &'a str,
    failures: Vec<String>,
}

impl Checker<'_> {
    fn check<T: PartialEq + std::fmt::Debug>(&mut self, field: &str, expected: Option<T>, actual: T) {
        if let Some(expected) = expected {
            if expected != actual {
                self.failures.push(format!("{}: `{field}` mong đợi {expected:?}, thực tế {actual:?}", self.label));
            }
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

fn load_policy(root: &Path) -> Policy {
    let path = root.join("content/chinh-sach.toml");
    let source = std::fs::read_to_string(&path).expect("content/chinh-sach.toml");
    Policy::from_toml("content/chinh-sach.toml", &source).unwrap_or_else(|err| panic!("{err}"))
}

fn scenario_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|err| panic!("không đọc được thư mục {}: {err}", folder.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

fn run_scenario(root: &Path, policy: &Policy, file: &str, scenario: &Scenario) -> Vec<String> {
    let label = format!("{file} › “{}”", scenario.ten);
    let mut checker = Checker { label: &label, failures: Vec::new() };
    let date = match Date::parse(&scenario.ngay) {
        Ok(date) => date,
        Err(err) => return vec![format!("{label}: ngày không hợp lệ: {err}")],
    };
    let local = match &scenario.dia_phuong {
        Some(locality) => match LocalTopUps::load(&root.join("content"), locality) {
            Ok(local) => local,
            Err(err) => return vec![format!("{label}: {err}")],
        },
        None => LocalTopUps::none(),
    };
    let expected = &scenario.ket_qua;
    if let Some(members) = scenario.so_nguoi_ho_gia_dinh {
        match household_ladder(policy, date, members) {
            Ok(ladder) => checker.check("tong_ho_gia_dinh", expected.tong_ho_gia_dinh, ladder.total.yearly),
            Err(err) => checker.failures.push(format!("{label}: lỗi {err}")),
        }
        return checker.failures;
    }
    if let Some(members) = scenario.so_sanh_ho_nong_nghiep {
        match compare_farm_routes(policy, &local, date, members) {
            Ok(comparison) => {
                checker.check(
                    "tong_theo_nhom_ho_tro",
                    expected.tong_theo_nhom_ho_tro,
                    comparison.subsidised_total.yearly,
                );
                checker.check("tong_ho_gia_dinh", expected.tong_ho_gia_dinh, comparison.household_total.yearly);
                checker.check("re_hon", expected.re_hon.as_deref(), comparison.cheaper.key());
                checker.check(
                    "ho_gia_dinh_re_hon_tu",
                    expected.ho_gia_dinh_re_hon_tu,
                    comparison.household_cheaper_from.unwrap_or(0),
                );
            }
            Err(err) => checker.failures.push(format!("{label}: lỗi {err}")),
        }
        return checker.failures;
    }
    if let Some(pupil) = &scenario.hoc_sinh {
        let ethnic = pupil.dan_toc_thieu_so;
        if let Some(first) = scenario.nam_hoc {
            match school_year_costs(policy, &local, SchoolYear { first }, ethnic) {
                Ok(costs) => {
                    checker.check(
                        "giai_doan_tu",
                        expected.giai_doan_tu.clone(),
                        costs.iter().map(|c| c.from.to_string()).collect(),
                    );
                    checker.check(
                        "giai_doan_den",
                        expected.giai_doan_den.clone(),
                        costs.iter().map(|c| c.until.to_string()).collect(),
                    );
                    checker.check(
                        "moi_nam_theo_giai_doan",
                        expected.moi_nam_theo_giai_doan.clone(),
                        costs.iter().map(|c| c.pays.yearly).collect(),
                    );
                }
                Err(err) => checker.failures.push(format!("{label}: lỗi {err}")),
            }
            return checker.failures;
        }
        match pupil_cost(policy, &local, date, ethnic) {
            Ok(cost) => {
                checker.check("nha_nuoc_ho_tro", expected.nha_nuoc_ho_tro, cost.total_support.as_f64());
                let local_added: f64 = cost.local.iter().map(|item| item.added.as_f64()).sum();
                checker.check("dia_phuong_ho_tro_them", expected.dia_phuong_ho_tro_them, local_added);
                checker.check("moi_thang", expected.moi_thang, cost.pays.monthly);
                checker.check("moi_nam", expected.moi_nam, cost.pays.yearly);
                checker.check("ky_dong", expected.ky_dong.clone(), cost.by_period.clone());
                let confidence = cost.local.first().map(|item| item.confidence.label().to_owned()).unwrap_or_default();
                checker.check("do_tin_cay_dia_phuong", expected.do_tin_cay_dia_phuong.clone(), confidence);
            }
            Err(err) => checker.failures.push(format!("{label}: lỗi {err}")),
        }
        return checker.failures;
    }
    if let Some(first) = scenario.nam_hoc {
        match card_dates(policy, SchoolYear { first }, date) {
            Ok(dates) => {
                checker.check(
                    "the_tre_duoi_6_den",
                    expected.the_tre_duoi_6_den.clone(),
                    dates.under_six_until.to_string(),
                );
                checker.check("the_lop_1_tu", expected.the_lop_1_tu.clone(), dates.grade_one_from.to_string());
                checker.check("ngay_khong_co_the", expected.ngay_khong_co_the, grade_one_gap_days(&dates));
                checker.check("the_lop_12_den", expected.the_lop_12_den.clone(), dates.grade_twelve_until.to_string());
                checker.check(
                    "the_lop_12_nam_truoc_den",
                    expected.the_lop_12_nam_truoc_den.clone(),
                    dates.last_grade_twelve_until.to_string(),
                );
                checker.check(
                    "sinh_vien_nam_nhat_tu",
                    expected.sinh_vien_nam_nhat_tu.clone(),
                    dates.first_year_from.to_string(),
                );
            }
            Err(err) => checker.failures.push(format!("{label}: lỗi {err}")),
        }
        return checker.failures;
    }
    let Some(raw_answers) = &scenario.tra_loi else {
        return vec![format!(
            "{label}: thiếu `tra_loi`, `so_nguoi_ho_gia_dinh`, `so_sanh_ho_nong_nghiep`, `hoc_sinh` hoặc `nam_hoc`"
        )];
    };
    let query = raw_answers.iter().map(|(key, value)| format!("{key}={value}")).collect::<Vec<_>>().join("&");
    let (answers, dropped) = Answers::from_query(&query);
    if !dropped.is_empty() {
        return vec![format!("{label}: câu trả lời không hợp lệ: {dropped:?}")];
    }
    let result = match assess(&answers, policy, &local, date) {
        Ok(result) => result,
        Err(err) => {
            let next = bhyt_rules::next_question(&answers).map(|id| id.key().to_owned()).unwrap_or_default();
            if expected.cau_hoi_tiep_theo.is_some() {
                checker.check("cau_hoi_tiep_theo", expected.cau_hoi_tiep_theo.as_deref(), next.as_str());
            } else {
                checker.failures.push(format!("{label}: lỗi {err}"));
            }
            return checker.failures;
        }
    };
    checker.check("cau_hoi_tiep_theo", expected.cau_hoi_tiep_theo.as_deref(), "");
    checker.check("nhom", expected.nhom.as_deref(), result.group.code);
    let also: Vec<String> = result.also_in.iter().map(|info| info.code.to_owned()).collect();
    checker.check("cung_thuoc", expected.cung_thuoc.clone(), also);
    checker.check("nguoi_dong", expected.nguoi_dong.as_deref(), result.payer.key());
    checker.check("nha_nuoc_ho_tro", expected.nha_nuoc_ho_tro, result.state_share.total.as_f64());
    let local_added: f64 = result.state_share.local.iter().map(|item| item.added.as_f64()).sum();
    checker.check("dia_phuong_ho_tro_them", expected.dia_phuong_ho_tro_them, local_added);
    checker.check("moi_thang", expected.moi_thang.map(Some), result.you_pay.map(|amount| amount.monthly));
    checker.check("moi_nam", expected.moi_nam.map(Some), result.you_pay.map(|amount| amount.yearly));
    checker.check(
        "don_vi_dong_moi_thang",
        expected.don_vi_dong_moi_thang.map(Some),
        result.employer_pays.map(|amount| amount.monthly),
    );
    checker.check("muc_huong", expected.muc_huong, result.benefit.level.as_f64());
    checker.check("muc_huong_theo_nhom", expected.muc_huong_theo_nhom.as_deref(), result.benefit.from_group);
    checker.check("nguong_100_phan_tram", expected.nguong_100_phan_tram, result.benefit.low_cost_visit_threshold);
    checker.check("the_co_gia_tri", expected.the_co_gia_tri.as_deref(), result.card_start.rule.key());
    checker.check(
        "the_co_gia_tri_tu",
        expected.the_co_gia_tri_tu.clone(),
        result.card_start.valid_from_if_paid_today.map(|date| date.to_string()).unwrap_or_default(),
    );
    checker.check("can_them_thong_tin", expected.can_them_thong_tin, !result.is_complete());
    let asked: Vec<String> = result.needs_more_info.iter().map(|question| question.key().to_owned()).collect();
    checker.check("hoi_them", expected.hoi_them.clone(), asked);
    let household_total = result
        .household
        .as_ref()
        .or(result.household_route_option.as_ref())
        .map(|ladder| ladder.total.yearly)
        .unwrap_or(0);
    checker.check("tong_ho_gia_dinh", expected.tong_ho_gia_dinh, household_total);
    checker.check("co_the_chon_theo_ho", expected.co_the_chon_theo_ho, result.household_route_option.is_some());
    if let Some(comparison) = &result.route_comparison {
        checker.check("tong_theo_nhom_ho_tro", expected.tong_theo_nhom_ho_tro, comparison.subsidised_total.yearly);
        checker.check("re_hon", expected.re_hon.as_deref(), comparison.cheaper.key());
    } else if expected.tong_theo_nhom_ho_tro.is_some() || expected.re_hon.is_some() {
        checker.failures.push(format!("{label}: mong đợi so sánh hai cách mua nhưng không có"));
    }
    checker.check("viec_nen_lam", expected.viec_nen_lam.as_deref(), result.next_step().key());
    let cheaper: Vec<String> = cheaper_ways(&answers, &result, policy, &local, date)
        .iter()
        .map(|way| format!("{}:{}", way.route.key(), way.you_pay.yearly))
        .collect();
    checker.check("cach_dong_it_hon", expected.cach_dong_it_hon.clone(), cheaper);
    checker.check("goi_y_huu_tri_xa_hoi", expected.goi_y_huu_tri_xa_hoi, result.social_pension_hint.is_some());
    checker.check(
        "tro_cap_huu_tri_xa_hoi_thang",
        expected.tro_cap_huu_tri_xa_hoi_thang,
        result.social_pension_hint.as_ref().map_or(0, |hint| hint.monthly),
    );
    let lines = result.poverty_lines.as_ref();
    let current = lines.and_then(|lines| lines.current.as_ref());
    let next = lines.and_then(|lines| lines.next.as_ref());
    checker.check("chuan_ngheo_nong_thon", expected.chuan_ngheo_nong_thon, current.map_or(0, |on| on.line.rural));
    checker.check("chuan_ngheo_thanh_thi", expected.chuan_ngheo_thanh_thi, current.map_or(0, |on| on.line.urban));
    checker.check(
        "chuan_ngheo_moi_tu",
        expected.chuan_ngheo_moi_tu.clone(),
        next.map(|on| on.from.to_string()).unwrap_or_default(),
    );
    checker.check("chuan_ngheo_moi_nong_thon", expected.chuan_ngheo_moi_nong_thon, next.map_or(0, |on| on.line.rural));
    checker.check("chuan_ngheo_moi_thanh_thi", expected.chuan_ngheo_moi_thanh_thi, next.map_or(0, |on| on.line.urban));
    checker.check("nhac_tang_muc_dong", expected.nhac_tang_muc_dong, !result.planned_changes.is_empty());
    checker.check("luu_y_dia_phuong", expected.luu_y_dia_phuong, !result.local_notices.is_empty());
    checker.check(
        "nhac_dia_phuong_co_the_ho_tro",
        expected.nhac_dia_phuong_co_the_ho_tro,
        bhyt_rules::local_note(&result).is_some(),
    );
    let next = result.next_change.as_ref();
    checker.check(
        "thay_doi_tiep_theo",
        expected.thay_doi_tiep_theo.clone(),
        next.map(|c| c.from.to_string()).unwrap_or_default(),
    );
    checker.check(
        "moi_nam_sau_thay_doi",
        expected.moi_nam_sau_thay_doi.map(Some),
        next.and_then(|c| c.you_pay).map(|a| a.yearly),
    );
    checker.check(
        "muc_huong_sau_thay_doi",
        expected.muc_huong_sau_thay_doi.map(Some),
        next.map(|c| c.benefit_level.as_f64()),
    );
    // Every result must say it is an estimate.
    if !bhyt_rules::disclaimer().contains("ước tính — cơ quan BHXH quyết định") {
        checker.failures.push(format!("{label}: thiếu câu “ước tính — cơ quan BHXH quyết định”"));
    }
    checker.failures
}

fn run_folder(root: &Path, policy: &Policy, folder: &Path) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failures = Vec::new();
    for path in scenario_files(folder) {
        let name = path.strip_prefix(root).unwrap_or(&path).display().to_string();
        let source = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{name}: {err}"));
        let file: ScenarioFile = match bhyt_core::parse_toml(&name, &source) {
            Ok(file) => file,
            Err(err) => {
                failures.push(err.to_string());
                continue;
            }
        };
        for scenario in &file.kich_ban {
            count += 1;
            failures.extend(run_scenario(root, policy, &name, scenario));
        }
    }
    (count, failures)
}

#[test]
fn every_scenario_matches_the_hand_worked_expectation() {
    let root = workspace_root();
    let policy = load_policy(&root);
    let mut folders = vec![root.join("tests/scenarios")];
    if let Some(extra) = std::env::var_os("BHYT_SCENARIOS").filter(|value| !value.is_empty()) {
        folders.push(PathBuf::from(extra));
    }
    let mut all_failures = Vec::new();
    for folder in &folders {
        let (count, failures) = run_folder(&root, &policy, folder);
        eprintln!("{}: {count} kịch bản, {} lỗi", folder.display(), failures.len());
        assert!(count > 0, "thư mục {} không có kịch bản nào (*.toml với [[kich_ban]])", folder.display());
        all_failures.extend(failures);
    }
    assert!(all_failures.is_empty(), "{} kịch bản sai:\n{}", all_failures.len(), all_failures.join("\n"));
}
