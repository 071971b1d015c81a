//! The result's sentences, from `content/chung/ket-qua.toml`: wording that officials may correct
//! and translators translate, with `{name}` where the page puts a figure computed from the policy
//! data. The file holds no figure. This module lists every sentence with the placeholders it
//! must hold; `build.rs` turns the file into a table, so the WebAssembly reads no TOML.

/// Where the sentences are, from the workspace root.
pub const SENTENCES_FILE: &str = "content/chung/ket-qua.toml";

macro_rules! sentences {
    ($($(#[$meta:meta])* $variant:ident = $key:literal [$($name:literal),*]),+ $(,)?) => {
        /// One sentence of [`SENTENCES_FILE`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Sentence { $($(#[$meta])* $variant),+ }

        impl Sentence {
            pub const ALL: &'static [Sentence] = &[$(Sentence::$variant),+];

            /// `section.key` in the file.
            pub fn key(self) -> &'static str {
                match self { $(Sentence::$variant => $key),+ }
            }

            /// The `{name}`s the sentence holds: each exactly once or more, and no other.
            pub fn placeholders(self) -> &'static [&'static str] {
                match self { $(Sentence::$variant => &[$($name),*]),+ }
            }
        }
    };
}

sentences! {
    /// Who pays, when the national and local support together pay it all.
    BudgetPaysAll = "nguoi_dong.ngan_sach_dong_het" [],
    NextStepSocialPensionTitle = "viec_nen_lam.huu_tri_xa_hoi_tieu_de" [],
    NextStepSocialPension = "viec_nen_lam.huu_tri_xa_hoi" ["tro_cap_thang", "uy_ban"],
    NextStepFindOutTitle = "viec_nen_lam.hoi_truoc_tieu_de" ["viec_can_hoi"],
    NextStepFindOut = "viec_nen_lam.hoi_truoc" ["noi_hoi"],
    NextStepAskTitle = "viec_nen_lam.hoi_them_tieu_de" [],
    NextStepAsk = "viec_nen_lam.hoi_them" ["uy_ban"],
    NextStepHouseholdTitle = "viec_nen_lam.theo_ho_tieu_de" [],
    NextStepHousehold = "viec_nen_lam.theo_ho" ["noi_dang_ky"],
    NextStepChildCardTitle = "viec_nen_lam.tre_em_tieu_de" [],
    NextStepChildCard = "viec_nen_lam.tre_em" ["uy_ban"],
    NextStepAtSchoolTitle = "viec_nen_lam.tai_truong_tieu_de" [],
    NextStepAtWorkTitle = "viec_nen_lam.noi_lam_viec_tieu_de" [],
    NextStepWithPensionTitle = "viec_nen_lam.luong_huu_tieu_de" [],
    NextStepByAgencyTitle = "viec_nen_lam.don_vi_quan_ly_tieu_de" [],
    NextStepCheckListTitle = "viec_nen_lam.kiem_tra_danh_sach_tieu_de" [],
    NextStepCheckList = "viec_nen_lam.kiem_tra_danh_sach" ["noi_dang_ky"],
    NextStepPayTitle = "viec_nen_lam.dong_tien_tieu_de" [],
    NextStepPayEarly = "viec_nen_lam.mua_som" ["so_ngay_cho"],
    CheaperWay = "cach_dong_it_hon.so_sanh" ["cach", "so_tien", "hien_nay"],
    CheaperWayFree = "cach_dong_it_hon.khong_phai_dong" [],
    CheaperWayAmount = "cach_dong_it_hon.so_tien" ["moi_nam", "moi_thang"],
    CheaperSocialPension = "cach_dong_it_hon.huu_tri_xa_hoi" [],
    CheaperSocialPensionCondition = "cach_dong_it_hon.huu_tri_xa_hoi_dieu_kien" ["uy_ban"],
    CheaperNearPoor = "cach_dong_it_hon.can_ngheo" [],
    CheaperNearPoorCondition = "cach_dong_it_hon.can_ngheo_dieu_kien" ["uy_ban"],
    CheaperHousehold = "cach_dong_it_hon.theo_ho" ["so_nguoi"],
    CheaperHouseholdCondition = "cach_dong_it_hon.theo_ho_dieu_kien" [],
    PayFromSalary = "so_tien.tu_luong" ["ty_le", "moi_thang"],
    PaySalaryCap = "so_tien.luong_toi_da" ["luong_toi_da", "so_lan"],
    PayFromUnknownSalary = "so_tien.luong_chua_ro" ["ty_le"],
    PayWithCommune = "so_tien.cung_ngan_sach_xa" ["ty_le", "moi_thang"],
    PaidForYou = "so_tien.da_co_nguoi_dong" [],
    FullySupported = "so_tien.ngan_sach_tra_het" [],
    PaySupported = "so_tien.duoc_ho_tro" ["ty_le", "moi_thang", "moi_nam"],
    PayFull = "so_tien.dong_du" ["ty_le", "moi_thang", "moi_nam"],
    HouseholdCheaper = "so_sanh_hai_cach.theo_ho_re_hon" ["so_nguoi", "re_hon", "dat_hon"],
    SubsidisedCheaper = "so_sanh_hai_cach.theo_nhom_re_hon" ["so_nguoi", "re_hon", "dat_hon"],
    RoutesEqual = "so_sanh_hai_cach.bang_nhau" ["so_nguoi", "so_tien"],
    LowCostVisit = "moi_the.chi_phi_thap" ["nguong", "ty_le"],
    PrimaryCare = "moi_the.tuyen_ban_dau" ["ty_le"],
    Emergency = "moi_the.cap_cuu" [],
    CardThroughSchool = "the_co_gia_tri.qua_truong" [],
    CardThroughEmployer = "the_co_gia_tri.qua_don_vi" [],
    CardFromUnemploymentBenefit = "the_co_gia_tri.tu_tro_cap_that_nghiep" [],
    CardWithPension = "the_co_gia_tri.cung_luong_huu" [],
    CardFromListFullySupported = "the_co_gia_tri.theo_danh_sach_ngan_sach_dong" [],
    CardFromList = "the_co_gia_tri.theo_danh_sach" [],
    CardByManagingAgency = "the_co_gia_tri.don_vi_quan_ly" [],
    CardFromPayment = "the_co_gia_tri.tu_ngay_dong" ["so_ngay_gian_doan"],
    CardAfterWaiting = "the_co_gia_tri.sau_thoi_gian_cho" ["so_ngay_gian_doan", "so_ngay_cho", "ngay_dong", "ngay_co_gia_tri"],
    CardWaitingUnknown = "the_co_gia_tri.chua_ro_thoi_gian_cho" ["so_ngay_gian_doan", "so_ngay_cho", "ngay_dong", "ngay_co_gia_tri"],
    ChangeFrom = "sap_thay_doi.tu_ngay" ["ngay", "thay_doi"],
    ChangedValue = "sap_thay_doi.gia_tri_moi" ["ten", "gia_tri"],
    ChangedAmount = "sap_thay_doi.so_tien_moi" ["moi_thang", "moi_nam"],
    ChangedBenefit = "sap_thay_doi.muc_huong_moi" ["ty_le"],
    AskPoverty = "can_hoi_them.ho_ngheo" ["nam"],
    AskPovertyWhere = "can_hoi_them.ho_ngheo_noi_hoi" [],
    AskArea = "can_hoi_them.noi_song" [],
    AskAreaWhere = "can_hoi_them.noi_song_noi_hoi" [],
    AskSocialAssistance = "can_hoi_them.tro_cap_xa_hoi" [],
    AskSocialAssistanceWhere = "can_hoi_them.tro_cap_xa_hoi_noi_hoi" [],
    AskSurvivorAllowance = "can_hoi_them.tro_cap_tuat" [],
    AskSurvivorAllowanceWhere = "can_hoi_them.tro_cap_tuat_noi_hoi" [],
    AskSocialPension = "can_hoi_them.huu_tri_xa_hoi" [],
    AskSocialPensionWhere = "can_hoi_them.huu_tri_xa_hoi_noi_hoi" [],
    AskFarmHousehold = "can_hoi_them.ho_nong_nghiep" ["nam"],
    AskFarmHouseholdWhere = "can_hoi_them.ho_nong_nghiep_noi_hoi" [],
    AskCardHistory = "can_hoi_them.the_truoc_day" ["so_ngay_cho"],
    AskCardHistoryWhere = "can_hoi_them.the_truoc_day_noi_hoi" [],
    AskSalary = "can_hoi_them.luong_thang" [],
    AskSalaryWhere = "can_hoi_them.luong_thang_noi_hoi" [],
    AssumedPoverty = "tam_tinh.ho_ngheo" [],
    AssumedArea = "tam_tinh.noi_song" [],
    AssumedSocialAssistance = "tam_tinh.tro_cap_xa_hoi" [],
    AssumedSurvivorAllowance = "tam_tinh.tro_cap_tuat" [],
    AssumedSocialPension = "tam_tinh.huu_tri_xa_hoi" [],
    AssumedFarmHousehold = "tam_tinh.ho_nong_nghiep" [],
    AssumedCardHistory = "tam_tinh.the_truoc_day" ["so_ngay_cho"],
    AssumedSalary = "tam_tinh.luong_thang" [],
    SocialPensionNational = "huu_tri_xa_hoi.muc_chung" ["muc", "do_tin_cay"],
    SocialPensionLocal = "huu_tri_xa_hoi.muc_dia_phuong" ["tinh", "muc", "do_tin_cay", "muc_chung"],
    SocialPensionApply = "huu_tri_xa_hoi.lam_don" ["doi_tuong", "cac_muc", "can_cu", "can_cu_muc"],
    LocalNotice = "dia_phuong.luu_y" ["noi_dung", "do_tin_cay", "can_cu"],
    NoLocalData = "dia_phuong.chua_co_du_lieu" [],
    PovertyUrban = "chuan_ngheo.thanh_thi" [],
    PovertyRural = "chuan_ngheo.nong_thon" [],
    PovertyLineNow = "chuan_ngheo.hien_nay" ["khu_vuc", "muc"],
    PovertyLineNext = "chuan_ngheo.tu_ngay" ["ngay", "muc", "nam"],
    PovertyLineBasis = "chuan_ngheo.can_cu" ["can_cu"],
    PovertyListDecides = "chuan_ngheo.ai_quyet_dinh" ["uy_ban"],
    /// Shown with every result.
    Disclaimer = "chung.uoc_tinh" [],
}

/// `(section.key, text)` for every sentence of the file, sorted by key (written by build.rs).
static TEXTS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/ket-qua.rs"));

impl Sentence {
    /// The sentence as the file writes it. The build checks the file ([`check_sentences`]), so
    /// a sentence is never missing; if it were, its key shows instead of nothing.
    pub fn text(self) -> &'static str {
        TEXTS.binary_search_by_key(&self.key(), |(key, _)| key).map_or(self.key(), |index| TEXTS[index].1)
    }

    /// The sentence with each `{name}` replaced by its value.
    pub fn fill(self, values: &[(&str, &str)]) -> String {
        values.iter().fold(self.text().to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
    }
}

/// The `{name}`s of a text, in order of appearance.
#[cfg(feature = "load")]
fn placeholders_in(text: &str) -> Vec<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

/// Checks the sentences file: every sentence there, no other key, each holding exactly its
/// placeholders, and no figure (digits, `%`), which must come from the policy data.
/// Errors name the file, the line and the field.
#[cfg(feature = "load")]
pub fn check_sentences(file: &str, source: &str) -> Result<(), bhyt_core::ContentError> {
    use bhyt_core::{locate_key, ContentError};
    let error = |field: &str, message: String| ContentError {
        file: file.to_owned(),
        line: locate_key(source, field),
        field: field.to_owned(),
        message,
    };
    let table: toml::Table = bhyt_core::parse_toml(file, source)?;
    let mut found = Vec::new();
    for (section, entries) in &table {
        let Some(entries) = entries.as_table() else {
            return Err(error(section, "cần là một mục [tên mục] gồm các câu".to_owned()));
        };
        for (key, text) in entries {
            let field = format!("{section}.{key}");
            let Some(sentence) = Sentence::ALL.iter().find(|sentence| sentence.key() == field) else {
                return Err(error(&field, "trang không dùng câu này; kiểm tra lại tên mục và mã".to_owned()));
            };
            let Some(text) = text.as_str().filter(|text| !text.trim().is_empty()) else {
                return Err(error(&field, "cần là một câu trong dấu ngoặc kép, không để trống".to_owned()));
            };
            let outside: String = text
                .split('{')
                .enumerate()
                .map(
                    |(index, part)| if index == 0 { part } else { part.split_once('}').map_or(part, |(_, rest)| rest) },
                )
                .collect();
            // Digits and `%` only: "đồng" is also in "hợp đồng", "đồng bào", and a sum is never without digits.
            if outside.chars().any(|c| c.is_ascii_digit()) || outside.contains('%') {
                return Err(error(
                    &field,
                    "không ghi con số, tỷ lệ hay số tiền vào câu: trang điền chúng từ dữ liệu chính sách".to_owned(),
                ));
            }
            let used = placeholders_in(text);
            if let Some(unknown) = used.iter().find(|name| !sentence.placeholders().contains(name)) {
                return Err(error(&field, format!("câu này không có chỗ {{{unknown}}}; chỉ dùng: {}", list(sentence))));
            }
            if let Some(missing) = sentence.placeholders().iter().find(|name| !used.contains(name)) {
                return Err(error(&field, format!("thiếu chỗ {{{missing}}}; câu cần đủ: {}", list(sentence))));
            }
            found.push(*sentence);
        }
    }
    if let Some(missing) = Sentence::ALL.iter().find(|sentence| !found.contains(sentence)) {
        return Err(ContentError {
            file: file.to_owned(),
            line: None,
            field: missing.key().to_owned(),
            message: "thiếu câu này".to_owned(),
        });
    }
    Ok(())
}

#[cfg(feature = "load")]
fn list(sentence: &Sentence) -> String {
    let names: Vec<String> = sentence.placeholders().iter().map(|name| format!("{{{name}}}")).collect();
    if names.is_empty() {
        "không chỗ nào".to_owned()
    } else {
        names.join(", ")
    }
}
