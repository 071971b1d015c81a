//! The result's sentences, from `content/chung/ket-qua.toml`: wording that officials may correct
//! and translators translate, with `{name}` where the page puts a figure computed from the policy
//! data. The file holds no figure. This module lists every sentence with the placeholders it
//! must hold; `build.rs` turns the file into a table, so the WebAssembly reads no TOML.

/// Where the sentences are, from the workspace root.
pub const SENTENCES_FILE: &str = "content/chung/ket-qua.toml";

macro_rules! sentences {
    ($($(#[$meta:meta])* $variant:ident = $key:literal [$($name:literal),*]),+ $(,)?) => {
        /// One sentence of [`SENTENCES_FILE`]. Listed in the order of their keys (a test checks it).
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
    LadderWholeHousehold = "bang_theo_ho.ca_ho" [],
    LadderYearly = "bang_theo_ho.moi_nam" [],
    LadderMonthly = "bang_theo_ho.moi_thang" [],
    LadderPerson = "bang_theo_ho.nguoi" [],
    LadderNth = "bang_theo_ho.nguoi_thu" ["so"],
    LadderCaption = "bang_theo_ho.tieu_de" ["tieu_de", "so_nguoi"],
    LadderShare = "bang_theo_ho.ty_le" [],
    CheaperNearPoor = "cach_dong_it_hon.can_ngheo" [],
    CheaperNearPoorCondition = "cach_dong_it_hon.can_ngheo_dieu_kien" ["uy_ban"],
    CheaperSocialPension = "cach_dong_it_hon.huu_tri_xa_hoi" [],
    CheaperSocialPensionCondition = "cach_dong_it_hon.huu_tri_xa_hoi_dieu_kien" ["uy_ban"],
    CheaperWayFree = "cach_dong_it_hon.khong_phai_dong" [],
    CheaperWay = "cach_dong_it_hon.so_sanh" ["cach", "so_tien", "hien_nay"],
    CheaperWayAmount = "cach_dong_it_hon.so_tien" ["moi_nam", "moi_thang"],
    CheaperHousehold = "cach_dong_it_hon.theo_ho" ["so_nguoi"],
    CheaperHouseholdCondition = "cach_dong_it_hon.theo_ho_dieu_kien" [],
    AskPoverty = "can_hoi_them.ho_ngheo" ["nam"],
    AskPovertyWhere = "can_hoi_them.ho_ngheo_noi_hoi" [],
    AskFarmHousehold = "can_hoi_them.ho_nong_nghiep" ["nam"],
    AskFarmHouseholdWhere = "can_hoi_them.ho_nong_nghiep_noi_hoi" [],
    AskSocialPension = "can_hoi_them.huu_tri_xa_hoi" [],
    AskSocialPensionWhere = "can_hoi_them.huu_tri_xa_hoi_noi_hoi" [],
    AskSalary = "can_hoi_them.luong_thang" [],
    AskSalaryWhere = "can_hoi_them.luong_thang_noi_hoi" [],
    AskArea = "can_hoi_them.noi_song" [],
    AskAreaWhere = "can_hoi_them.noi_song_noi_hoi" [],
    AskCardHistory = "can_hoi_them.the_truoc_day" ["so_ngay_cho"],
    AskCardHistoryWhere = "can_hoi_them.the_truoc_day_noi_hoi" [],
    AskSurvivorAllowance = "can_hoi_them.tro_cap_tuat" [],
    AskSurvivorAllowanceWhere = "can_hoi_them.tro_cap_tuat_noi_hoi" [],
    AskSocialAssistance = "can_hoi_them.tro_cap_xa_hoi" [],
    AskSocialAssistanceWhere = "can_hoi_them.tro_cap_xa_hoi_noi_hoi" [],
    PovertyListDecides = "chuan_ngheo.ai_quyet_dinh" ["uy_ban"],
    PovertyLineBasis = "chuan_ngheo.can_cu" ["can_cu"],
    PovertyLineNow = "chuan_ngheo.hien_nay" ["khu_vuc", "muc"],
    PovertyRural = "chuan_ngheo.nong_thon" [],
    PovertyUrban = "chuan_ngheo.thanh_thi" [],
    PovertyLineNext = "chuan_ngheo.tu_ngay" ["ngay", "muc", "nam"],
    /// Shown with every result.
    RoundingRule = "chung.lam_tron" [],
    Disclaimer = "chung.uoc_tinh" [],
    NoLocalData = "dia_phuong.chua_co_du_lieu" [],
    LocalNotice = "dia_phuong.luu_y" ["noi_dung", "do_tin_cay", "can_cu"],
    SocialPensionApply = "huu_tri_xa_hoi.lam_don" ["doi_tuong", "cac_muc", "can_cu", "can_cu_muc"],
    SocialPensionNational = "huu_tri_xa_hoi.muc_chung" ["muc", "do_tin_cay"],
    SocialPensionLocal = "huu_tri_xa_hoi.muc_dia_phuong" ["tinh", "muc", "do_tin_cay", "muc_chung"],
    SocialPensionWhoAlone = "huu_tri_xa_hoi.nguoi_cao_tuoi" ["tuoi"],
    SocialPensionWhoPoor = "huu_tri_xa_hoi.nguoi_ho_ngheo" ["tuoi_tu", "tuoi_den"],
    Emergency = "moi_the.cap_cuu" [],
    LowCostVisit = "moi_the.chi_phi_thap" ["nguong", "ty_le"],
    CopayCap = "moi_the.nam_lien_tuc" ["so_nam", "tran", "so_lan"],
    PrimaryCare = "moi_the.tuyen_ban_dau" ["ty_le"],
    /// Who pays, when the national and local support together pay it all.
    BudgetPaysAll = "nguoi_dong.ngan_sach_dong_het" [],
    ChangedValue = "sap_thay_doi.gia_tri_moi" ["ten", "gia_tri"],
    ChangedBenefit = "sap_thay_doi.muc_huong_moi" ["ty_le"],
    ChangedAmount = "sap_thay_doi.so_tien_moi" ["moi_thang", "moi_nam"],
    ChangeFrom = "sap_thay_doi.tu_ngay" ["ngay", "thay_doi"],
    RoutesEqual = "so_sanh_hai_cach.bang_nhau" ["so_nguoi", "so_tien"],
    HouseholdCheaper = "so_sanh_hai_cach.theo_ho_re_hon" ["so_nguoi", "re_hon", "dat_hon"],
    SubsidisedCheaper = "so_sanh_hai_cach.theo_nhom_re_hon" ["so_nguoi", "re_hon", "dat_hon"],
    PayWithCommune = "so_tien.cung_ngan_sach_xa" ["ty_le", "moi_thang"],
    PaidForYou = "so_tien.da_co_nguoi_dong" [],
    PayFull = "so_tien.dong_du" ["ty_le", "moi_thang", "moi_nam"],
    PaySupported = "so_tien.duoc_ho_tro" ["ty_le", "moi_thang", "moi_nam"],
    PayFromUnknownSalary = "so_tien.luong_chua_ro" ["ty_le"],
    PaySalaryCap = "so_tien.luong_toi_da" ["luong_toi_da", "so_lan"],
    FullySupported = "so_tien.ngan_sach_tra_het" [],
    PayFromSalary = "so_tien.tu_luong" ["ty_le", "moi_thang"],
    AssumedPoverty = "tam_tinh.ho_ngheo" [],
    AssumedFarmHousehold = "tam_tinh.ho_nong_nghiep" [],
    AssumedSocialPension = "tam_tinh.huu_tri_xa_hoi" [],
    AssumedSalary = "tam_tinh.luong_thang" [],
    AssumedArea = "tam_tinh.noi_song" [],
    AssumedCardHistory = "tam_tinh.the_truoc_day" ["so_ngay_cho"],
    AssumedSurvivorAllowance = "tam_tinh.tro_cap_tuat" [],
    AssumedSocialAssistance = "tam_tinh.tro_cap_xa_hoi" [],
    CardWaitingUnknown = "the_co_gia_tri.chua_ro_thoi_gian_cho" ["so_ngay_gian_doan", "so_ngay_cho", "ngay_dong", "ngay_co_gia_tri"],
    CardWithPension = "the_co_gia_tri.cung_luong_huu" [],
    CardByManagingAgency = "the_co_gia_tri.don_vi_quan_ly" [],
    CardGradeOne = "the_co_gia_tri.lop_mot" ["ngay_lop_mot", "ngay"],
    CardThroughEmployer = "the_co_gia_tri.qua_don_vi" [],
    CardThroughSchool = "the_co_gia_tri.qua_truong" [],
    CardAfterWaiting = "the_co_gia_tri.sau_thoi_gian_cho" ["so_ngay_gian_doan", "so_ngay_cho", "ngay_dong", "ngay_co_gia_tri"],
    CardFromList = "the_co_gia_tri.theo_danh_sach" [],
    CardFromListFullySupported = "the_co_gia_tri.theo_danh_sach_ngan_sach_dong" [],
    CardUnderSix = "the_co_gia_tri.tre_em" ["ngay", "so_thang"],
    CardFromPayment = "the_co_gia_tri.tu_ngay_dong" ["so_ngay_gian_doan"],
    CardFromUnemploymentBenefit = "the_co_gia_tri.tu_tro_cap_that_nghiep" [],
    PageWhoPays = "trang.ai_dong" [],
    PageYouPay = "trang.ban_dong" ["moi_nam", "moi_thang"],
    PageHouseholdTable = "trang.bang_theo_ho" [],
    PageWaysToPayLess = "trang.cach_dong_it_hon" [],
    PageHowComputed = "trang.cach_tinh" ["luong_co_so", "ngay", "can_cu", "ty_le", "moi_thang"],
    PageBasis = "trang.can_cu" ["can_cu"],
    PageLegalBasis = "trang.can_cu_phap_ly" ["can_cu_nhom", "can_cu_muc_huong", "can_cu_the"],
    PageMoreInfo = "trang.can_them_thong_tin" [],
    PageWarning = "trang.canh_bao" [],
    PageNotEnoughAnswers = "trang.chua_du_cau_tra_loi" [],
    PageUnknown = "trang.chua_ro" [],
    PageAmountUnknown = "trang.chua_tinh_duoc_so_tien" [],
    PageMayChooseHousehold = "trang.co_the_theo_ho" ["can_cu"],
    PageAlsoIn = "trang.cung_thuoc" ["can_cu"],
    PageChoseUnknown = "trang.da_chon_khong_biet" [],
    PageMet = "trang.dap_ung" [],
    PagePublicServicePortal = "trang.dich_vu_cong" [],
    PageRoutesEqual = "trang.hai_cach_bang_nhau" [],
    PageOtherLocalSupport = "trang.ho_tro_khac" [],
    PageLocalTopUp = "trang.ho_tro_them" ["ten", "ty_le", "do_tin_cay", "ghi_chu", "can_cu"],
    PageNotMet = "trang.khong_dap_ung" [],
    PageCannotEstimate = "trang.khong_tinh_duoc" ["ngay", "ly_do"],
    PageOnline = "trang.lam_tren_mang" [],
    PageLocalNotices = "trang.luu_y_dia_phuong" [],
    PageWhatToBring = "trang.mang_theo_den_dau" [],
    PageEveryCard = "trang.moi_the" [],
    PageBenefitLevel = "trang.muc_huong" ["ty_le", "can_cu"],
    PageNationalFloor = "trang.muc_toi_thieu" [],
    PageChooseHousehold = "trang.nen_theo_ho" [],
    PageChooseSubsidised = "trang.nen_theo_nhom" [],
    PageIfHousehold = "trang.neu_theo_ho" [],
    PageUnitContacts = "trang.nguoi_phu_trach" ["don_vi"],
    PageStateSupports = "trang.nha_nuoc_ho_tro" ["ty_le"],
    PageStateAndLocalSupport = "trang.nha_nuoc_va_dia_phuong_ho_tro" ["ty_le", "ty_le_nha_nuoc"],
    PageGroupLabel = "trang.nhan_nhom" ["ngay"],
    PageYourGroup = "trang.nhom_cua_ban" ["nhom", "can_cu"],
    PageOtherGroups = "trang.nhom_khac" ["so_nhom"],
    PageWhereToPay = "trang.noi_dang_ky" [],
    PageMayWait = "trang.phai_cho" ["so_ngay_cho"],
    PageBenefits = "trang.quyen_loi" [],
    PageComingChange = "trang.sap_thay_doi" ["thay_doi"],
    PageCompareRoutes = "trang.so_sanh_hai_cach" [],
    PageAssumedAsFollows = "trang.tam_tinh_nhu_sau" [],
    PageCardStarts = "trang.the_tu_khi_nao" [],
    PageHouseholdCheaperFrom = "trang.theo_ho_re_hon_tu" ["so_nguoi"],
    PageCriteria = "trang.tieu_chi" ["dap_ung", "da_xet"],
    PageWholeFamily = "trang.tinh_ca_gia_dinh" [],
    PageHotline = "trang.tong_dai" [],
    PageAnswerOn = "trang.tra_loi_tiep" [],
    PageWhy = "trang.vi_sao" [],
    PageNextStep = "trang.viec_nen_lam" [],
    PageVssId = "trang.vssid" [],
    PageSeeContacts = "trang.xem_lien_he" [],
    NextStepByAgencyTitle = "viec_nen_lam.don_vi_quan_ly_tieu_de" [],
    NextStepPayTitle = "viec_nen_lam.dong_tien_tieu_de" [],
    NextStepAsk = "viec_nen_lam.hoi_them" ["uy_ban"],
    NextStepAskTitle = "viec_nen_lam.hoi_them_tieu_de" [],
    NextStepFindOut = "viec_nen_lam.hoi_truoc" ["noi_hoi"],
    NextStepFindOutTitle = "viec_nen_lam.hoi_truoc_tieu_de" ["viec_can_hoi"],
    NextStepSocialPension = "viec_nen_lam.huu_tri_xa_hoi" ["tro_cap_thang", "uy_ban"],
    NextStepSocialPensionTitle = "viec_nen_lam.huu_tri_xa_hoi_tieu_de" [],
    NextStepCheckList = "viec_nen_lam.kiem_tra_danh_sach" ["noi_dang_ky"],
    NextStepCheckListTitle = "viec_nen_lam.kiem_tra_danh_sach_tieu_de" [],
    NextStepWithPensionTitle = "viec_nen_lam.luong_huu_tieu_de" [],
    NextStepPayEarly = "viec_nen_lam.mua_som" ["so_ngay_cho"],
    NextStepAtWorkTitle = "viec_nen_lam.noi_lam_viec_tieu_de" [],
    NextStepAtSchoolTitle = "viec_nen_lam.tai_truong_tieu_de" [],
    NextStepHousehold = "viec_nen_lam.theo_ho" ["noi_dang_ky"],
    NextStepHouseholdTitle = "viec_nen_lam.theo_ho_tieu_de" [],
    NextStepChildCard = "viec_nen_lam.tre_em" ["uy_ban"],
    NextStepChildCardTitle = "viec_nen_lam.tre_em_tieu_de" [],
}

// `KEYS` and `TEXTS`: every `section.key` of the file and its text, sorted by key (build.rs).
include!(concat!(env!("OUT_DIR"), "/ket-qua.rs"));

impl Sentence {
    /// The sentence as the file writes it. The variants are listed in key order, so a sentence
    /// is found by its position, with no key in the WebAssembly. The build checks that the file
    /// has exactly these keys ([`check_sentences`]); were it not so, nothing is shown.
    pub fn text(self) -> &'static str {
        if let Some(text) = bhyt_core::translated_sentence(self as usize) {
            return text;
        }
        if TEXTS.len() == Sentence::ALL.len() {
            TEXTS[self as usize]
        } else {
            ""
        }
    }

    /// The sentence with each `{name}` replaced by its value (a name without one stays as written).
    pub fn fill(self, values: &[(&str, &str)]) -> String {
        pieces_of(self.text())
            .into_iter()
            .map(|(placeholder, piece)| match values.iter().find(|(name, _)| placeholder && *name == piece) {
                Some((_, value)) => value.to_string(),
                None if placeholder => format!("{{{piece}}}"),
                None => piece.to_owned(),
            })
            .collect()
    }

    /// The sentence in pieces: `(false, words)` and `(true, name)` for each `{name}`, in order,
    /// for a page that puts a figure in its own element (e.g. an amount in `<strong>`).
    pub fn pieces(self) -> Vec<(bool, &'static str)> {
        pieces_of(self.text())
    }
}

/// A text in pieces: `(false, words)`, and `(true, name)` for each `{name}`. The one reading of
/// placeholders, for filling a sentence and for checking the file.
fn pieces_of(text: &str) -> Vec<(bool, &str)> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some((words, after)) = rest.split_once('{') {
        let Some((name, after)) = after.split_once('}') else { break };
        pieces.extend([(false, words), (true, name)].into_iter().filter(|(_, piece)| !piece.is_empty()));
        rest = after;
    }
    if !rest.is_empty() {
        pieces.push((false, rest));
    }
    pieces
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
        // A translation's own mark (`ket-qua.en.toml`), checked with its other files.
        if section == "da_duyet" && entries.is_bool() {
            continue;
        }
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
            let pieces = pieces_of(text);
            let outside: String =
                pieces.iter().filter(|(placeholder, _)| !placeholder).map(|(_, words)| *words).collect();
            // Digits and `%` only: "đồng" is also in "hợp đồng", "đồng bào", and a sum is never without digits.
            if outside.chars().any(|c| c.is_ascii_digit()) || outside.contains('%') {
                return Err(error(
                    &field,
                    "không ghi con số, tỷ lệ hay số tiền vào câu: trang điền chúng từ dữ liệu chính sách".to_owned(),
                ));
            }
            let used: Vec<&str> =
                pieces.iter().filter(|(placeholder, _)| *placeholder).map(|(_, name)| *name).collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` finds a sentence by its position: the variants must be in the file's key order.
    #[test]
    fn the_sentences_are_listed_in_the_order_of_their_keys() {
        let keys: Vec<&str> = Sentence::ALL.iter().map(|sentence| sentence.key()).collect();
        assert!(keys.windows(2).all(|pair| pair[0] < pair[1]), "sort the sentences! list by key");
        assert_eq!(keys, KEYS, "the file has exactly the listed sentences");
        assert_eq!(Sentence::PageWhy.text(), "Vì sao có kết quả này");
    }
}
