//! The locality configuration: `content/<locality>/site.toml`.
//!
//! Keys are Vietnamese without diacritics because commune officials edit the file.

use bhyt_core::Language;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// True while the contacts and links are the shipped examples, not checked local facts.
    #[serde(rename = "du_lieu_mau")]
    pub is_sample: bool,
    #[serde(rename = "dia_phuong")]
    pub locality: Locality,
    #[serde(rename = "lien_ket")]
    pub links: Links,
    #[serde(rename = "thong_ke")]
    pub statistics: StatisticsSource,
    #[serde(rename = "gop_y")]
    pub feedback: Feedback,
    /// Offices residents can go to: the commune office, BHXH cơ sở, post office, collection agents.
    #[serde(rename = "co_quan")]
    pub offices: Vec<Office>,
    /// Who handles health insurance in each hamlet or residential group.
    #[serde(rename = "don_vi")]
    pub units: Vec<UnitContact>,
    /// The languages the site publishes, Vietnamese first: `ngon_ngu = ["vi", "en", "km"]`.
    #[serde(rename = "ngon_ngu", default = "only_the_source_language")]
    pub languages: Vec<Language>,
}

fn only_the_source_language() -> Vec<Language> {
    vec![Language::SOURCE]
}

impl SiteConfig {
    /// The people's committee's office: whom pages without the app, printouts and the footer
    /// send a resident to.
    pub fn peoples_committee(&self) -> Option<&Office> {
        self.offices.iter().find(|office| office.kind == OfficeKind::PeoplesCommittee)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locality {
    /// Short ASCII id, e.g. `kien-an`.
    #[serde(rename = "ma")]
    pub id: String,
    /// Name without the level, e.g. `Kiến An`.
    #[serde(rename = "ten")]
    pub name: String,
    #[serde(rename = "cap")]
    pub level: LocalityLevel,
    /// Province or centrally-run city as written, e.g. `thành phố Hải Phòng`.
    #[serde(rename = "tinh")]
    pub province: String,
    /// The People's Committee that publishes the site.
    #[serde(rename = "co_quan_chu_quan")]
    pub publisher: String,
    /// Absolute address where `dist/` is published, without a trailing slash; it may carry a
    /// path (`https://bhyt.haiphong.gov.vn/kien-an`), under which every link is then written.
    #[serde(rename = "dia_chi_trang")]
    pub base_url: String,
    /// Kind of the smallest unit: `Tổ dân phố` (ward) or `Ấp`/`Thôn` (commune).
    #[serde(rename = "ten_don_vi")]
    pub unit_kind: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LocalityLevel {
    #[serde(rename = "xa")]
    Commune,
    #[serde(rename = "phuong")]
    Ward,
    /// The province's overview of its communes (`tinh.toml`, see `./run build-all`).
    #[serde(rename = "tinh")]
    Province,
    /// A centrally-run city's overview of its communes and wards.
    #[serde(rename = "thanh-pho")]
    City,
}

impl LocalityLevel {
    pub fn label(self) -> &'static str {
        match self {
            LocalityLevel::Commune => "Xã",
            LocalityLevel::Ward => "Phường",
            LocalityLevel::Province => "Tỉnh",
            LocalityLevel::City => "Thành phố",
        }
    }
}

impl Locality {
    /// `Phường Kiến An`
    pub fn full_name(&self) -> String {
        format!("{} {}", self.level.label(), self.name)
    }

    /// A province's or a centrally-run city's overview of its communes (`tinh.toml`).
    pub fn is_province(&self) -> bool {
        matches!(self.level, LocalityLevel::Province | LocalityLevel::City)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Links {
    /// The commune or ward portal.
    #[serde(rename = "cong_thong_tin")]
    pub portal: String,
    #[serde(rename = "fanpage")]
    pub fanpage: String,
    #[serde(rename = "zalo", default, skip_serializing_if = "Option::is_none")]
    pub zalo: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatisticsSource {
    /// Where the published statistics JSON is fetched from at run time. May be on another origin.
    #[serde(rename = "dia_chi")]
    pub url: String,
    /// File next to `site.toml` used for the snapshot pre-rendered at build time. A province has
    /// none: the build adds up its communes' snapshots.
    #[serde(rename = "ban_chup", default)]
    pub snapshot_file: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(rename = "zalo", default, skip_serializing_if = "Option::is_none")]
    pub zalo: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    #[serde(rename = "loai")]
    pub kind: OfficeKind,
    #[serde(rename = "ten")]
    pub name: String,
    #[serde(rename = "dia_chi")]
    pub address: String,
    #[serde(rename = "dien_thoai", default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(rename = "zalo", default, skip_serializing_if = "Option::is_none")]
    pub zalo: Option<String>,
    #[serde(rename = "gio_lam_viec", default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    #[serde(rename = "ghi_chu", default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OfficeKind {
    /// UBND xã/phường (one-stop desk).
    #[serde(rename = "ubnd")]
    PeoplesCommittee,
    /// BHXH cơ sở.
    #[serde(rename = "bhxh")]
    SocialSecurity,
    #[serde(rename = "tram-y-te")]
    HealthStation,
    #[serde(rename = "buu-dien")]
    PostOffice,
    #[serde(rename = "dai-ly-thu")]
    CollectionAgent,
}

impl OfficeKind {
    pub fn label(self) -> &'static str {
        match self {
            OfficeKind::PeoplesCommittee => "Ủy ban nhân dân",
            OfficeKind::SocialSecurity => "Bảo hiểm xã hội",
            OfficeKind::HealthStation => "Trạm y tế",
            OfficeKind::PostOffice => "Bưu điện",
            OfficeKind::CollectionAgent => "Đại lý thu",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitContact {
    /// Short ASCII id shared with the statistics file, e.g. `tdp-1`.
    #[serde(rename = "ma")]
    pub id: String,
    #[serde(rename = "ten")]
    pub name: String,
    #[serde(rename = "nguoi_phu_trach")]
    pub person: String,
    #[serde(rename = "chuc_vu")]
    pub role: String,
    #[serde(rename = "dien_thoai")]
    pub phone: String,
    #[serde(rename = "zalo", default, skip_serializing_if = "Option::is_none")]
    pub zalo: Option<String>,
    /// The unit's own site: on a province's overview, each commune's.
    #[serde(rename = "dia_chi_trang", default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
}

/// The national hotline of Vietnam Social Security, shown in the footer, the contacts and results.
pub const SOCIAL_INSURANCE_HOTLINE: &str = "1900 9068";

/// `tel:` target for a phone number written with spaces or dots, e.g. `0225 3876 543`.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// Zalo chat link for a phone number (Zalo opens the chat when the number has an account).
pub fn zalo_href(phone_or_url: &str) -> String {
    if phone_or_url.starts_with("https://") {
        return phone_or_url.to_owned();
    }
    let digits: String = phone_or_url.chars().filter(|c| c.is_ascii_digit()).collect();
    format!("https://zalo.me/{digits}")
}

#[cfg(feature = "load")]
mod load {
    use super::*;
    use bhyt_core::{locate_key, parse_toml, ContentError};
    use std::collections::HashSet;

    impl SiteConfig {
        /// Parses and validates `site.toml`. `file` is the path shown in error messages.
        pub fn from_toml(file: &str, source: &str) -> Result<SiteConfig, ContentError> {
            let config: SiteConfig = parse_toml(file, source)?;
            config.validate().map_err(|(field, message)| ContentError {
                file: file.to_owned(),
                line: locate_key(source, &field),
                field,
                message,
            })?;
            Ok(config)
        }

        /// Checks what the types cannot: addresses, phone numbers, unique ids.
        fn validate(&self) -> Result<(), (String, String)> {
            let l = &self.locality;
            check_id("dia_phuong.ma", &l.id)?;
            check_text("dia_phuong.ten", &l.name)?;
            check_text("dia_phuong.tinh", &l.province)?;
            check_text("dia_phuong.co_quan_chu_quan", &l.publisher)?;
            check_text("dia_phuong.ten_don_vi", &l.unit_kind)?;
            check_absolute_url("dia_phuong.dia_chi_trang", &l.base_url)?;
            if l.base_url.ends_with('/') {
                return Err(("dia_phuong.dia_chi_trang".into(), "bỏ dấu `/` ở cuối địa chỉ".into()));
            }
            if l.base_url.contains(['?', '#', ' ']) {
                return Err((
                    "dia_phuong.dia_chi_trang".into(),
                    "địa chỉ trang không được có `?`, `#` hay dấu cách; đường dẫn con như `https://bhyt.tinh.gov.vn/ten-xa` thì được".into(),
                ));
            }
            check_absolute_url("lien_ket.cong_thong_tin", &self.links.portal)?;
            check_absolute_url("lien_ket.fanpage", &self.links.fanpage)?;
            if let Some(zalo) = &self.links.zalo {
                check_absolute_url("lien_ket.zalo", zalo)?;
            }
            if !(self.statistics.url.starts_with('/') || is_absolute_url(&self.statistics.url)) {
                return Err((
                    "thong_ke.dia_chi".into(),
                    "phải là địa chỉ đầy đủ (https://…) hoặc đường dẫn bắt đầu bằng `/`".into(),
                ));
            }
            let province = l.is_province();
            if !province {
                check_text("thong_ke.ban_chup", &self.statistics.snapshot_file)?;
            }
            if province && !self.units.is_empty() {
                return Err(("don_vi".into(), "để trống ở tinh.toml: lệnh dựng lấy người liên hệ của từng xã, phường từ site.toml của xã, phường đó".into()));
            }
            if self.feedback.email.is_none() && self.feedback.zalo.is_none() {
                return Err(("gop_y.email".into(), "cần ít nhất một cách góp ý: `email` hoặc `zalo`".into()));
            }
            if let Some(email) = &self.feedback.email {
                if !email.contains('@') || email.contains(' ') {
                    return Err(("gop_y.email".into(), format!("`{email}` không phải địa chỉ thư điện tử")));
                }
            }
            if let Some(zalo) = &self.feedback.zalo {
                check_phone_or_url("gop_y.zalo", zalo)?;
            }
            if self.offices.is_empty() {
                return Err(("co_quan".into(), "cần ít nhất một cơ quan tiếp nhận".into()));
            }
            for (i, office) in self.offices.iter().enumerate() {
                check_text(&format!("co_quan[{i}].ten"), &office.name)?;
                check_text(&format!("co_quan[{i}].dia_chi"), &office.address)?;
                if let Some(phone) = &office.phone {
                    check_phone(&format!("co_quan[{i}].dien_thoai"), phone)?;
                }
                if let Some(zalo) = &office.zalo {
                    check_phone_or_url(&format!("co_quan[{i}].zalo"), zalo)?;
                }
            }
            if self.languages.first() != Some(&Language::SOURCE) {
                return Err((
                    "ngon_ngu".into(),
                    "tiếng Việt là bản gốc: danh sách bắt đầu bằng \"vi\", ví dụ `ngon_ngu = [\"vi\", \"en\", \"km\"]`"
                        .into(),
                ));
            }
            let mut languages = HashSet::new();
            if let Some(twice) = self.languages.iter().find(|language| !languages.insert(**language)) {
                return Err(("ngon_ngu".into(), format!("\"{}\" có hai lần", twice.code())));
            }
            let mut seen = HashSet::new();
            for (i, unit) in self.units.iter().enumerate() {
                check_id(&format!("don_vi[{i}].ma"), &unit.id)?;
                if !seen.insert(unit.id.as_str()) {
                    return Err((format!("don_vi[{i}].ma"), format!("mã `{}` bị trùng", unit.id)));
                }
                check_text(&format!("don_vi[{i}].ten"), &unit.name)?;
                check_text(&format!("don_vi[{i}].nguoi_phu_trach"), &unit.person)?;
                check_phone(&format!("don_vi[{i}].dien_thoai"), &unit.phone)?;
                if let Some(zalo) = &unit.zalo {
                    check_phone_or_url(&format!("don_vi[{i}].zalo"), zalo)?;
                }
                if let Some(site) = &unit.site {
                    check_absolute_url(&format!("don_vi[{i}].dia_chi_trang"), site)?;
                }
            }
            Ok(())
        }
    }

    type Check = Result<(), (String, String)>;

    fn check_text(field: &str, value: &str) -> Check {
        if value.trim().is_empty() {
            return Err((field.into(), "không được để trống".into()));
        }
        Ok(())
    }

    fn check_id(field: &str, value: &str) -> Check {
        let ok = !value.is_empty() && value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            return Err((field.into(), format!("`{value}` chỉ được gồm chữ thường không dấu, số và dấu `-`")));
        }
        Ok(())
    }

    fn is_absolute_url(value: &str) -> bool {
        let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
        matches!(rest, Some(host) if !host.is_empty() && !host.starts_with('/') && !value.contains(' '))
    }

    fn check_absolute_url(field: &str, value: &str) -> Check {
        if !is_absolute_url(value) {
            return Err((field.into(), format!("`{value}` không phải địa chỉ đầy đủ (cần bắt đầu bằng https://)")));
        }
        Ok(())
    }

    fn check_phone(field: &str, value: &str) -> Check {
        let digits = value.chars().filter(|c| c.is_ascii_digit()).count();
        let allowed = value.chars().all(|c| c.is_ascii_digit() || " .+".contains(c));
        if !allowed || !(8..=12).contains(&digits) {
            return Err((field.into(), format!("`{value}` không phải số điện thoại (8–12 chữ số)")));
        }
        Ok(())
    }

    fn check_phone_or_url(field: &str, value: &str) -> Check {
        if value.starts_with("https://") {
            check_absolute_url(field, value)
        } else {
            check_phone(field, value)
        }
    }
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    const VALID: &str = r#"
du_lieu_mau = true

[dia_phuong]
ma = "thu-nghiem"
ten = "Thử Nghiệm"
cap = "xa"
tinh = "tỉnh An Giang"
co_quan_chu_quan = "Ủy ban nhân dân xã Thử Nghiệm"
dia_chi_trang = "https://example.gov.vn"
ten_don_vi = "Ấp"

[lien_ket]
cong_thong_tin = "https://example.gov.vn/cong"
fanpage = "https://www.facebook.com/example"

[thong_ke]
dia_chi = "/du-lieu/thong-ke.json"
ban_chup = "thong-ke.json"

[gop_y]
email = "bhyt@example.gov.vn"

[[co_quan]]
loai = "ubnd"
ten = "UBND xã"
dia_chi = "Ấp 1"
dien_thoai = "0123 456 700"

[[don_vi]]
ma = "ap-1"
ten = "Ấp 1"
nguoi_phu_trach = "Nguyễn Văn A"
chuc_vu = "Trưởng ấp"
dien_thoai = "0123 456 701"

[[don_vi]]
ma = "ap-2"
ten = "Ấp 2"
nguoi_phu_trach = "Trần Thị B"
chuc_vu = "Trưởng ấp"
dien_thoai = "0123 456 702"
"#;

    fn error_for(broken: &str) -> String {
        SiteConfig::from_toml("content/x/site.toml", broken).unwrap_err().to_string()
    }

    #[test]
    fn valid_config_parses() {
        let config = SiteConfig::from_toml("site.toml", VALID).unwrap();
        assert_eq!(config.locality.full_name(), "Xã Thử Nghiệm");
        assert_eq!(config.units.len(), 2);
        assert!(config.is_sample);
    }

    #[test]
    fn unknown_level_names_line_and_field() {
        let err = error_for(&VALID.replace("cap = \"xa\"", "cap = \"huyen\""));
        assert!(err.starts_with("content/x/site.toml:7: trường `dia_phuong.cap`:"), "{err}");
    }

    #[test]
    fn missing_field_is_named() {
        let err = error_for(&VALID.replace("fanpage = \"https://www.facebook.com/example\"\n", ""));
        assert!(err.contains("`lien_ket`") || err.contains("fanpage"), "{err}");
        assert!(err.contains("fanpage"), "{err}");
    }

    #[test]
    fn misspelt_key_is_rejected() {
        let err = error_for(&VALID.replace("fanpage =", "fan_page ="));
        assert!(err.contains("fan_page"), "{err}");
    }

    #[test]
    fn bad_url_names_line_and_field() {
        let err = error_for(&VALID.replace("\"https://example.gov.vn/cong\"", "\"example.gov.vn/cong\""));
        assert!(err.starts_with("content/x/site.toml:14: trường `lien_ket.cong_thong_tin`:"), "{err}");
    }

    #[test]
    fn bad_phone_in_second_unit_names_its_line() {
        let err = error_for(&VALID.replace("0123 456 702", "gọi trưởng ấp"));
        assert!(err.starts_with("content/x/site.toml:42: trường `don_vi[1].dien_thoai`:"), "{err}");
    }

    #[test]
    fn duplicate_unit_ids_are_rejected() {
        let err = error_for(&VALID.replace("ma = \"ap-2\"", "ma = \"ap-1\""));
        assert!(err.contains("don_vi[1].ma") && err.contains("trùng"), "{err}");
    }

    #[test]
    fn the_languages_start_with_vietnamese_each_once() {
        assert_eq!(SiteConfig::from_toml("site.toml", VALID).unwrap().languages, vec![Language::Vietnamese]);
        let three = VALID.replacen("du_lieu_mau = true", "du_lieu_mau = true\nngon_ngu = [\"vi\", \"en\", \"km\"]", 1);
        assert_eq!(SiteConfig::from_toml("site.toml", &three).unwrap().languages, Language::ALL.to_vec());
        for (list, complaint) in [
            (r#"["en", "vi"]"#, "bắt đầu bằng \"vi\""),
            (r#"["vi", "en", "en"]"#, "\"en\" có hai lần"),
            (r#"["vi", "fr"]"#, "fr"),
        ] {
            let err =
                error_for(&VALID.replacen("du_lieu_mau = true", &format!("du_lieu_mau = true\nngon_ngu = {list}"), 1));
            assert!(err.starts_with("content/x/site.toml:3: trường `ngon_ngu"), "{list}: {err}");
            assert!(err.contains(complaint), "{list}: {err}");
        }
    }

    #[test]
    fn trailing_slash_on_base_url_is_rejected() {
        let err = error_for(&VALID.replace("\"https://example.gov.vn\"", "\"https://example.gov.vn/\""));
        assert!(err.contains("dia_phuong.dia_chi_trang"), "{err}");
    }

    #[test]
    fn a_base_url_may_carry_a_path_but_no_query() {
        let under_a_path = VALID.replace("\"https://example.gov.vn\"", "\"https://tinh.gov.vn/xa-a\"");
        let config = SiteConfig::from_toml("site.toml", &under_a_path).unwrap();
        assert_eq!(config.locality.base_url, "https://tinh.gov.vn/xa-a");
        let err = error_for(&VALID.replace("\"https://example.gov.vn\"", "\"https://tinh.gov.vn/?xa=a\""));
        assert!(err.contains("dia_phuong.dia_chi_trang") && err.contains("`?`"), "{err}");
    }

    #[test]
    fn phone_links() {
        assert_eq!(tel_href("0225 3876.543"), "tel:02253876543");
        assert_eq!(zalo_href("0123 456 701"), "https://zalo.me/0123456701");
    }
}
