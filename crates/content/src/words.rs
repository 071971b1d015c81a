//! The words of the site's frame and of the pages it publishes in every language, one file per
//! language: `giao-dien.toml` (Vietnamese, the source) and `giao-dien.<code>.toml` for each
//! translation (`giao-dien.en.toml`, `giao-dien.km.toml`), in `content/chung/` or, to change
//! them for one locality, in its own folder.
//!
//! A translation also says whether a person who reads the language has checked it
//! (`da_duyet`), names the levels, offices and units, labels the navigation, and gives the
//! title of each page it translates (`[trang.<key>]`). A page without one stays in Vietnamese,
//! and links to it say so.
//!
//! Words may hold `{name}` placeholders, filled from the locality's data; each field accepts
//! only its own, and a file that uses another fails the build, naming the field.

use crate::routes::{self, Page};
use crate::site::{Locality, LocalityLevel, OfficeKind};
use bhyt_core::Language;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The words file of a language.
pub fn words_file(language: Language) -> String {
    file_in(language, "giao-dien.toml")
}

/// The name of a content file in a language: `hoc-sinh.toml` is the Vietnamese source, and
/// `hoc-sinh.en.toml` its English translation.
pub fn file_in(language: Language, source_file: &str) -> String {
    match (language, source_file.rsplit_once('.')) {
        (Language::SOURCE, _) | (_, None) => source_file.to_owned(),
        (other, Some((stem, extension))) => format!("{stem}.{}.{extension}", other.code()),
    }
}

/// `da_duyet` of a translated content file: a translation must say, the source must not.
#[cfg(feature = "load")]
pub fn check_reviewed(reviewed: Option<bool>, language: Language) -> Result<(), (String, String)> {
    match (reviewed, language == Language::SOURCE) {
        (None, false) => Err((
            "da_duyet".to_owned(),
            "bản dịch cần trường này: true khi người đọc được tiếng này đã kiểm tra".to_owned(),
        )),
        (Some(_), true) => Err(("da_duyet".to_owned(), "chỉ bản dịch có trường này; tiếng Việt là bản gốc".to_owned())),
        _ => Ok(()),
    }
}

/// The pages whose words a translation can give: the rest are written in Vietnamese in code
/// and content, so far.
pub const TRANSLATABLE_PAGES: &[Page] = &[
    routes::HOME,
    routes::WIZARD,
    routes::CHECK,
    routes::RESULT,
    routes::HOUSEHOLD,
    routes::STATISTICS,
    routes::STUDENTS,
    routes::QUESTIONS,
    routes::CONTACTS,
];

/// Pages translated with another: the printables are made from the student guide's file, and
/// take their titles from it.
/// The offline page goes with the home page, and takes its words from `[ngoai_tuyen]`.
/// The statistics' widget goes with their page: its words are the statistics' (`thong-ke.<code>.toml`).
const COMPANION_PAGES: &[(&str, Page)] = &[
    (routes::HANDOUT.path, routes::STUDENTS),
    (routes::POSTER.path, routes::STUDENTS),
    (routes::OFFLINE.path, routes::HOME),
    (routes::WIDGET.path, routes::STATISTICS),
];

/// The page whose translation gives the page at `path`: itself, or the page it is a companion
/// of (`/hoc-sinh/to-roi/` → `/hoc-sinh/`). Every page of the self-check goes with its start
/// page: its words are the self-check's translation files (`tu-kiem-tra.<code>.toml`).
pub fn translated_with(path: &str) -> &str {
    if path.starts_with(routes::WIZARD.path) {
        return routes::WIZARD.path;
    }
    COMPANION_PAGES.iter().find(|(companion, _)| *companion == path).map_or(path, |(_, page)| page.path)
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// Translations only: whether a person who reads the language has checked it.
    #[serde(rename = "da_duyet", default)]
    pub reviewed: Option<bool>,
    #[serde(rename = "khung")]
    pub shell: ShellWords,
    #[serde(rename = "lien_he")]
    pub contacts: ContactsWords,
    #[serde(rename = "trang_chu")]
    pub home: HomeWords,
    #[serde(rename = "hoc_sinh")]
    pub students: StudentWords,
    #[serde(rename = "hoi_dap")]
    pub questions: QuestionsWords,
    #[serde(rename = "chia_se")]
    pub share: ShareWords,
    #[serde(rename = "ngoai_tuyen")]
    pub offline: OfflineWords,
    /// Translations only.
    #[serde(rename = "chung", default)]
    pub common: Option<CommonWords>,
    /// Translations only: the navigation's labels, by page key ([`page_key`]).
    #[serde(rename = "nhan_muc", default)]
    pub nav_labels: BTreeMap<String, String>,
    /// Translations only: what each page of the navigation is for, as the home page's cards
    /// say it, for the pages this language has not translated (a translated page's own
    /// description says it).
    #[serde(rename = "mo_ta_muc", default)]
    pub nav_descriptions: BTreeMap<String, String>,
    /// Translations only: the pages translated, by page key.
    #[serde(rename = "trang", default)]
    pub pages: BTreeMap<String, PageWords>,
    /// Translations only.
    #[serde(rename = "cap", default)]
    pub levels: Option<LevelWords>,
    /// Translations only.
    #[serde(rename = "loai_co_quan", default)]
    pub office_kinds: Option<OfficeKindWords>,
    /// Translations only: the kinds of unit as `site.toml` writes them (`Tổ dân phố`, `Ấp`),
    /// in this language. A kind not listed stays in Vietnamese.
    #[serde(rename = "ten_don_vi", default)]
    pub unit_kinds: BTreeMap<String, String>,
}

/// A table of words whose `{name}`s are all required: each text must hold every one of its
/// own (an amount or a date left out would be lost from the page) and no other.
macro_rules! words_table {
    ($(#[$meta:meta])* $name:ident $table:literal {
        $($field:ident = $key:literal [$($placeholder:literal),*]),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $(#[serde(rename = $key)] pub $field: String),+ }

        impl $name {
            /// Each text as `(field, text, its placeholders)`.
            #[cfg(feature = "load")]
            fn texts(&self) -> Vec<(String, &str, &'static [&'static str])> {
                vec![$((format!("{}.{}", $table, $key), self.$field.as_str(), &[$($placeholder),*])),+]
            }
        }
    };
}

words_table! {
    /// `[hoc_sinh]`: the words around the figures of the student guide, its handout and its poster.
    StudentWords "hoc_sinh" {
        figures_as_of = "ngay_tinh" ["ngay"],
        school_announces = "nha_truong_thong_bao" [],
        check_for_child = "tu_kiem_tra_cho_con" [],
        check_for_student = "tu_kiem_tra_sinh_vien" [],
        to_print = "de_in" [],
        handout_link = "to_roi" [],
        poster_link = "ap_phich" [],
        contents = "noi_dung" [],
        parents_ask = "cha_me_hay_hoi" [],
        basis = "can_cu" ["can_cu"],
        months = "thang" ["so"],
        table_period = "bang_thoi_gian" [],
        table_monthly = "bang_moi_thang" [],
        table_from_until = "bang_tu_den" ["tu", "den"],
        in_force = "dang_ap_dung" [],
        table_this_year = "bang_nam_nay" ["nam_hoc"],
        table_next_year = "bang_nam_sau" ["nam_hoc"],
        top_up = "ho_tro_them" ["ty_le"],
        confidence = "tin_cay" ["muc"],
        period_amount = "mot_ky" ["nam_hoc", "tu", "den", "moi_nam", "moi_thang"],
        full_premium = "muc_day_du" ["ty_le", "luong_co_so", "moi_thang"],
        state_support = "nha_nuoc_ho_tro" ["nha_nuoc", "gia_dinh"],
        state_and_local_support = "cung_dia_phuong_ho_tro" ["nha_nuoc", "tong", "gia_dinh"],
        cost_basis = "can_cu_muc_dong" ["can_cu", "can_cu_luong"],
        no_local_data = "chua_co_ho_tro" [],
        no_local_data_of_province = "chua_co_ho_tro_tinh" ["tinh"],
        ask_the_school = "hoi_nha_truong" [],
        ethnic_minority_heading = "dan_toc_tieu_de" [],
        ethnic_minority_pays = "dan_toc" ["moi_nam"],
        not_yet_applied = "chua_dung_de_tinh" [],
        local_notices = "luu_y_dia_phuong" [],
        near_poor_heading = "can_ngheo_tieu_de" [],
        near_poor_national = "can_ngheo_toan_quoc" ["ty_le", "moi_nam"],
        near_poor_in_poor_commune = "can_ngheo_xa_ngheo" ["ty_le", "moi_nam"],
        near_poor_local = "can_ngheo_dia_phuong" ["tinh", "ty_le", "moi_nam"],
        grade_one_label = "lop_1_nhan" ["nam_hoc"],
        grade_one = "lop_1" ["het_the_tre_em", "tu_ngay"],
        grade_twelve_label = "lop_12_nhan" ["nam_hoc"],
        grade_twelve = "lop_12" ["den_ngay", "nam"],
        first_year_label = "nam_nhat_nhan" [],
        first_year = "nam_nhat" ["het_the_lop_12", "tu_ngay"],
        final_year_label = "nam_cuoi_nhan" [],
        final_year = "nam_cuoi" [],
        payment_periods = "ky_dong" ["cac_ky"],
        benefit_level = "quyen_loi_chung" ["ty_le"],
        benefit_primary = "quyen_loi_ban_dau" ["ty_le"],
        benefit_low_cost = "quyen_loi_chi_phi_thap" ["so_tien"],
        back_to_guide = "ve_huong_dan" [],
        back_to_home = "ve_trang_chu" [],
        print_on_a4 = "in_a4" [],
        handout_cost_heading = "to_roi_muc_dong" ["nam_hoc"],
        handout_each_pupil = "to_roi_moi_hoc_sinh" ["moi_nam", "moi_thang"],
        handout_support = "to_roi_ho_tro" ["nha_nuoc", "gia_dinh"],
        handout_by_period = "to_roi_theo_ky" [],
        handout_period = "to_roi_ky" ["ky", "so_tien"],
        handout_from = "to_roi_tu_ngay" ["ngay", "moi_nam"],
        card_valid = "the_co_gia_tri" [],
        handout_grade_one = "to_roi_lop_1" ["tu_ngay", "het_the_tre_em"],
        handout_grade_twelve = "to_roi_lop_12" ["den_ngay"],
        handout_first_year = "to_roi_nam_nhat" ["tu_ngay"],
        child_benefits = "con_duoc_huong" [],
        handout_benefit_level = "to_roi_quyen_loi" ["ty_le"],
        handout_benefit_primary = "to_roi_ban_dau" ["ty_le"],
        remember = "can_nho" [],
        ask_more = "hoi_them" ["co_quan"],
        ask_more_by_phone = "hoi_them_dien_thoai" ["co_quan", "so"],
        figures_of_day = "so_lieu_ngay" ["ngay"],
        poster_cost_heading = "ap_phich_so_tien" ["ngay"],
        poster_household = "ap_phich_ho_gia_dinh" ["nguoi_thu_nhat", "nguoi_thu_hai"],
        poster_pupils = "ap_phich_hoc_sinh" ["moi_nam"],
        qr_label = "ma_qr" ["nhan"],
    }
}

words_table! {
    /// `[hoi_dap]`: the questions-and-answers page (its items are in `hoi-dap.toml`).
    QuestionsWords "hoi_dap" {
        lead = "dan" [],
        index_heading = "cac_cau_hoi" [],
        false_claim = "thong_tin_sai" [],
        fact = "su_that" [],
        basis = "can_cu" [],
    }
}

words_table! {
    /// `[ngoai_tuyen]`: the page the service worker shows, without a network, for a page never
    /// saved on the phone.
    OfflineWords "ngoai_tuyen" {
        heading = "tieu_de" [],
        lead = "dan" [],
        saved = "da_luu" [],
        retry = "thu_lai" [],
    }
}

words_table! {
    /// `[chia_se]`: the "share this page" block.
    ShareWords "chia_se" {
        heading = "tieu_de" [],
        qr_summary = "ma_qr" [],
        qr_alt = "anh_ma_qr" ["tieu_de"],
        copy = "sao_chep" [],
        other_app = "ung_dung_khac" [],
        facebook = "facebook" [],
        zalo = "zalo" [],
        address_field = "duong_lien_ket" [],
        copied = "da_sao_chep" [],
    }
}

/// `[chung]`, translations only: words the Vietnamese pages take from the rules' own texts
/// (`ket-qua.toml` and the confidence of each figure).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonWords {
    /// Every result is an estimate, and who decides.
    #[serde(rename = "uoc_tinh")]
    pub estimate: String,
    #[serde(rename = "lam_tron")]
    pub rounding: String,
    #[serde(rename = "chac_chan")]
    pub confirmed: String,
    #[serde(rename = "kha_nang_cao")]
    pub likely: String,
    #[serde(rename = "chua_xac_nhan")]
    pub unconfirmed: String,
}

/// `[khung]`: the frame around every page.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShellWords {
    #[serde(rename = "bo_qua")]
    pub skip_link: String,
    #[serde(rename = "ten_trang")]
    pub site_title: String,
    #[serde(rename = "muc_chinh")]
    pub main_navigation: String,
    #[serde(rename = "ngon_ngu")]
    pub language_switch: String,
    /// After a link to a page that has no translation in this language.
    #[serde(rename = "ban_tieng_viet")]
    pub in_vietnamese: String,
    /// Translations only: the banner of a translation no one has checked yet.
    #[serde(rename = "chua_duyet", default)]
    pub unreviewed: Option<String>,
    #[serde(rename = "xem_trang_tieng_viet", default)]
    pub see_vietnamese_page: Option<String>,
    #[serde(rename = "du_lieu_mau")]
    pub sample_tag: String,
    /// `{dia_phuong}`.
    #[serde(rename = "ban_mau")]
    pub sample_notice: String,
    #[serde(rename = "ban_mau_ngan")]
    pub sample_notice_short: String,
    /// `{luc}`: when the service worker saved the page.
    #[serde(rename = "da_luu")]
    pub saved_copy: String,
    #[serde(rename = "da_luu_ngan")]
    pub saved_copy_short: String,
    #[serde(rename = "lien_he")]
    pub contacts_heading: String,
    #[serde(rename = "tong_dai")]
    pub hotline: String,
    /// `{don_vi}`.
    #[serde(rename = "nguoi_phu_trach")]
    pub unit_contacts_link: String,
    #[serde(rename = "lien_ket")]
    pub links_heading: String,
    /// `{dia_phuong}`.
    #[serde(rename = "cong_thong_tin")]
    pub portal: String,
    #[serde(rename = "trang_facebook")]
    pub fanpage: String,
    /// `{email}`.
    #[serde(rename = "gop_y_thu")]
    pub feedback_email: String,
    #[serde(rename = "gop_y_zalo")]
    pub feedback_zalo: String,
    #[serde(rename = "ve_trang")]
    pub about: String,
    /// `{co_quan}`: who publishes the site.
    #[serde(rename = "thuc_hien")]
    pub published_by: String,
    /// `{so}`.
    #[serde(rename = "goi")]
    pub call: String,
}

/// `[lien_he]`: the contacts page.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactsWords {
    /// `{don_vi}`.
    #[serde(rename = "dan")]
    pub lead: String,
    /// `{don_vi}`.
    #[serde(rename = "theo_don_vi")]
    pub by_unit: String,
    #[serde(rename = "cho_nguoi_phu_trach")]
    pub for_officials: String,
    /// `{don_vi}`.
    #[serde(rename = "ap_phich")]
    pub poster: String,
    #[serde(rename = "co_quan")]
    pub offices: String,
    #[serde(rename = "gio_lam_viec")]
    pub opening_hours: String,
    #[serde(rename = "nhan_zalo")]
    pub zalo: String,
    #[serde(rename = "truc_tuyen")]
    pub online: String,
    #[serde(rename = "vssid")]
    pub vssid: String,
    #[serde(rename = "dich_vu_cong")]
    pub public_services: String,
}

/// `[trang_chu]`: the home page.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeWords {
    /// `{dia_phuong}`.
    #[serde(rename = "tieu_de")]
    pub heading: String,
    #[serde(rename = "bat_dau")]
    pub start: String,
    #[serde(rename = "bat_dau_goi_y")]
    pub start_hint: String,
    #[serde(rename = "dan")]
    pub lead: String,
    #[serde(rename = "viec_thuong_gap")]
    pub life_events: String,
    pub sinh_em_be: LifeEventWords,
    pub vao_lop_1: LifeEventWords,
    pub tu_75_tuoi: LifeEventWords,
    /// `{tinh}` in its label.
    pub tu_60_tuoi: LifeEventWords,
    pub the_sap_het_han: LifeEventWords,
    /// `{muc}` in its hint: the national floor of support; `goi_y_chua_ro` when unknown.
    pub ho_can_ngheo: LifeEventWords,
}

/// A moment in a family's life, as the home page offers it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LifeEventWords {
    #[serde(rename = "nhan")]
    pub label: String,
    #[serde(rename = "goi_y")]
    pub hint: String,
    /// The hint when the figure it names is not known on the build's day.
    #[serde(rename = "goi_y_chua_ro", default)]
    pub hint_unknown: Option<String>,
}

/// `[trang.<key>]`: a translated page's title and description.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageWords {
    #[serde(rename = "tieu_de")]
    pub title: String,
    #[serde(rename = "mo_ta")]
    pub description: String,
}

/// `[cap]`: a locality's name with its level, `{ten}` being its name (`Kiến An`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelWords {
    pub xa: String,
    pub phuong: String,
    pub tinh: String,
    pub thanh_pho: String,
}

/// `[loai_co_quan]`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeKindWords {
    pub ubnd: String,
    pub bhxh: String,
    pub tram_y_te: String,
    pub buu_dien: String,
    pub dai_ly_thu: String,
}

/// The key of a page in a translation: its path without slashes, `_` for `-` and `/`, and
/// `trang_chu` for the home page (`/lien-he/` → `lien_he`).
pub fn page_key(path: &str) -> String {
    match path.trim_matches('/') {
        "" => "trang_chu".to_owned(),
        inner => inner.replace(['-', '/'], "_"),
    }
}

/// `text` with each `{name}` replaced by its value.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(text.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// The text before and after `{name}`, for words around an element (the saved copy's time).
pub fn around<'a>(text: &'a str, name: &str) -> (&'a str, &'a str) {
    text.split_once(&format!("{{{name}}}")).unwrap_or((text, ""))
}

impl Words {
    /// A translated page's title and description; the Vietnamese page's own in Vietnamese.
    /// `None`: the page has no translation in this language.
    pub fn page(&self, page: Page) -> Option<(String, String)> {
        if self.reviewed.is_none() {
            return Some((page.title.to_owned(), page.description.to_owned()));
        }
        self.pages.get(&page_key(page.path)).map(|words| (words.title.clone(), words.description.clone()))
    }

    /// Whether this language has the page at `path`.
    pub fn has_page(&self, path: &str) -> bool {
        self.reviewed.is_none() || self.pages.contains_key(&page_key(translated_with(path)))
    }

    /// What a page of the navigation is for, in this language.
    pub fn nav_description(&self, page: Page) -> String {
        if let Some((_, description)) = self.page(page) {
            return description;
        }
        self.nav_descriptions.get(&page_key(page.path)).cloned().unwrap_or_else(|| page.description.to_owned())
    }

    /// The navigation's label of a page.
    pub fn nav_label(&self, page: Page) -> Option<String> {
        let vietnamese = page.nav_label?;
        Some(self.nav_labels.get(&page_key(page.path)).cloned().unwrap_or_else(|| vietnamese.to_owned()))
    }

    /// `Phường Kiến An`, `Kiến An Ward`.
    pub fn locality_name(&self, locality: &Locality) -> String {
        let Some(levels) = &self.levels else { return locality.full_name() };
        let pattern = match locality.level {
            LocalityLevel::Commune => &levels.xa,
            LocalityLevel::Ward => &levels.phuong,
            LocalityLevel::Province => &levels.tinh,
            LocalityLevel::City => &levels.thanh_pho,
        };
        fill(pattern, &[("ten", &locality.name)])
    }

    /// The site's name, as previews (`og:site_name`), the feed and the home screen show it:
    /// `Bảo hiểm y tế toàn dân – Phường Kiến An`, `Health insurance for everyone – Kiến An Ward`.
    pub fn site_name(&self, locality: &Locality) -> String {
        format!("{} – {}", self.shell.site_title, self.locality_name(locality))
    }

    pub fn office_kind(&self, kind: OfficeKind) -> String {
        let Some(kinds) = &self.office_kinds else { return kind.label().to_owned() };
        match kind {
            OfficeKind::PeoplesCommittee => &kinds.ubnd,
            OfficeKind::SocialSecurity => &kinds.bhxh,
            OfficeKind::HealthStation => &kinds.tram_y_te,
            OfficeKind::PostOffice => &kinds.buu_dien,
            OfficeKind::CollectionAgent => &kinds.dai_ly_thu,
        }
        .clone()
    }

    /// The kind of unit in running text (`tổ dân phố`, `residential group`), and whether it
    /// is in this language: a kind the translation does not list stays in Vietnamese.
    pub fn unit_kind(&self, unit_kind: &str) -> (String, bool) {
        if self.reviewed.is_none() {
            return (bhyt_core::lowercase(unit_kind), true);
        }
        match self.unit_kinds.get(unit_kind) {
            Some(translated) => (translated.clone(), true),
            None => (bhyt_core::lowercase(unit_kind), false),
        }
    }
}

#[cfg(feature = "load")]
pub use load::{load_words, parse_words};

#[cfg(feature = "load")]
mod load {
    use super::*;
    use bhyt_core::{locate_key, parse_toml, ContentError};
    use std::path::Path;

    /// The words of `language` for `locality`: its own file, else the shared one.
    pub fn load_words(content_root: &Path, locality: &str, language: Language) -> Result<Words, ContentError> {
        let name = words_file(language);
        let local = content_root.join(locality).join(&name);
        let path = if local.is_file() { local } else { content_root.join("chung").join(&name) };
        let file = path.display().to_string();
        let source = std::fs::read_to_string(&path).map_err(|err| ContentError {
            file: file.clone(),
            line: None,
            field: "(tệp)".into(),
            message: format!("{err}: `ngon_ngu` trong site.toml có \"{}\", cần tệp này", language.code()),
        })?;
        parse_words(&file, &source, language)
    }

    /// Parses and checks one words file: what a translation must have and the source must not,
    /// and every placeholder.
    pub fn parse_words(file: &str, source: &str, language: Language) -> Result<Words, ContentError> {
        let words: Words = parse_toml(file, source)?;
        words.check(language).map_err(|(field, message)| ContentError {
            file: file.to_owned(),
            line: locate_key(source, &field),
            field,
            message,
        })?;
        Ok(words)
    }

    type Check = Result<(), (String, String)>;

    impl Words {
        fn check(&self, language: Language) -> Check {
            let translation = language != Language::SOURCE;
            let missing = |field: &str| Err((field.to_owned(), "bản dịch cần trường này".to_owned()));
            let only_translations =
                |field: &str| Err((field.to_owned(), "chỉ bản dịch có trường này; tiếng Việt là bản gốc".to_owned()));
            check_reviewed(self.reviewed, language)?;
            if translation {
                if self.levels.is_none() {
                    return missing("cap.xa");
                }
                if self.office_kinds.is_none() {
                    return missing("loai_co_quan.ubnd");
                }
                if self.shell.unreviewed.is_none() {
                    return missing("khung.chua_duyet");
                }
                if self.shell.see_vietnamese_page.is_none() {
                    return missing("khung.xem_trang_tieng_viet");
                }
                if self.common.is_none() {
                    return missing("chung.uoc_tinh");
                }
                for page in routes::PAGES.iter().filter(|page| page.nav_label.is_some()) {
                    let key = page_key(page.path);
                    if !self.nav_labels.contains_key(&key) {
                        return Err((format!("nhan_muc.{key}"), "bản dịch cần nhãn của mục này".to_owned()));
                    }
                }
                for (table, keys) in [("nhan_muc", &self.nav_labels), ("mo_ta_muc", &self.nav_descriptions)] {
                    for key in keys.keys() {
                        if !routes::PAGES.iter().any(|page| page.nav_label.is_some() && page_key(page.path) == *key) {
                            return Err((format!("{table}.{key}"), "không có mục này trong mục chính".to_owned()));
                        }
                    }
                }
                for key in self.pages.keys() {
                    if !TRANSLATABLE_PAGES.iter().any(|page| page_key(page.path) == *key) {
                        let known: Vec<String> = TRANSLATABLE_PAGES.iter().map(|page| page_key(page.path)).collect();
                        return Err((
                            format!("trang.{key}"),
                            format!("trang này chưa dịch được; các trang dịch được: {}", known.join(", ")),
                        ));
                    }
                }
                for page in
                    routes::PAGES.iter().filter(|page| page.nav_label.is_some() && page.path != routes::HOME.path)
                {
                    let key = page_key(page.path);
                    if !self.nav_descriptions.contains_key(&key) && !self.pages.contains_key(&key) {
                        return Err((format!("mo_ta_muc.{key}"), "bản dịch cần mô tả của mục này".to_owned()));
                    }
                }
            } else {
                if !self.nav_labels.is_empty() {
                    return only_translations("nhan_muc");
                }
                if !self.nav_descriptions.is_empty() {
                    return only_translations("mo_ta_muc");
                }
                if !self.pages.is_empty() {
                    return only_translations("trang");
                }
                if self.levels.is_some() {
                    return only_translations("cap");
                }
                if self.office_kinds.is_some() {
                    return only_translations("loai_co_quan");
                }
                if !self.unit_kinds.is_empty() {
                    return only_translations("ten_don_vi");
                }
                if self.shell.unreviewed.is_some() {
                    return only_translations("khung.chua_duyet");
                }
                if self.shell.see_vietnamese_page.is_some() {
                    return only_translations("khung.xem_trang_tieng_viet");
                }
                if self.common.is_some() {
                    return only_translations("chung");
                }
            }
            self.check_placeholders()
        }

        /// Each text holds only its own placeholders, and the saved-copy lines hold `{luc}`.
        fn check_placeholders(&self) -> Check {
            let s = &self.shell;
            let c = &self.contacts;
            let optional_shell =
                [("khung.chua_duyet", &s.unreviewed), ("khung.xem_trang_tieng_viet", &s.see_vietnamese_page)];
            let mut texts: Vec<(String, &str, &[&str])> = vec![
                ("khung.bo_qua".into(), &s.skip_link, &[]),
                ("khung.ten_trang".into(), &s.site_title, &[]),
                ("khung.muc_chinh".into(), &s.main_navigation, &[]),
                ("khung.ngon_ngu".into(), &s.language_switch, &[]),
                ("khung.ban_tieng_viet".into(), &s.in_vietnamese, &[]),
                ("khung.du_lieu_mau".into(), &s.sample_tag, &[]),
                ("khung.ban_mau".into(), &s.sample_notice, &["dia_phuong"]),
                ("khung.ban_mau_ngan".into(), &s.sample_notice_short, &[]),
                ("khung.da_luu".into(), &s.saved_copy, &["luc"]),
                ("khung.da_luu_ngan".into(), &s.saved_copy_short, &["luc"]),
                ("khung.lien_he".into(), &s.contacts_heading, &[]),
                ("khung.tong_dai".into(), &s.hotline, &[]),
                ("khung.nguoi_phu_trach".into(), &s.unit_contacts_link, &["don_vi"]),
                ("khung.lien_ket".into(), &s.links_heading, &[]),
                ("khung.cong_thong_tin".into(), &s.portal, &["dia_phuong"]),
                ("khung.trang_facebook".into(), &s.fanpage, &[]),
                ("khung.gop_y_thu".into(), &s.feedback_email, &["email"]),
                ("khung.gop_y_zalo".into(), &s.feedback_zalo, &[]),
                ("khung.ve_trang".into(), &s.about, &[]),
                ("khung.thuc_hien".into(), &s.published_by, &["co_quan"]),
                ("khung.goi".into(), &s.call, &["so"]),
                ("lien_he.dan".into(), &c.lead, &["don_vi"]),
                ("lien_he.theo_don_vi".into(), &c.by_unit, &["don_vi"]),
                ("lien_he.cho_nguoi_phu_trach".into(), &c.for_officials, &[]),
                ("lien_he.ap_phich".into(), &c.poster, &["don_vi"]),
                ("lien_he.co_quan".into(), &c.offices, &[]),
                ("lien_he.gio_lam_viec".into(), &c.opening_hours, &[]),
                ("lien_he.nhan_zalo".into(), &c.zalo, &[]),
                ("lien_he.truc_tuyen".into(), &c.online, &[]),
                ("lien_he.vssid".into(), &c.vssid, &[]),
                ("lien_he.dich_vu_cong".into(), &c.public_services, &[]),
            ];
            for (field, text) in optional_shell {
                if let Some(text) = text {
                    texts.push((field.into(), text, &[]));
                }
            }
            if let Some(levels) = &self.levels {
                for (key, text) in [
                    ("xa", &levels.xa),
                    ("phuong", &levels.phuong),
                    ("tinh", &levels.tinh),
                    ("thanh_pho", &levels.thanh_pho),
                ] {
                    texts.push((format!("cap.{key}"), text, &["ten"]));
                }
            }
            for (key, label) in &self.nav_labels {
                texts.push((format!("nhan_muc.{key}"), label, &[]));
            }
            for (key, description) in &self.nav_descriptions {
                texts.push((format!("mo_ta_muc.{key}"), description, &[]));
            }
            let h = &self.home;
            texts.extend([
                ("trang_chu.tieu_de".to_owned(), h.heading.as_str(), &["dia_phuong"][..]),
                ("trang_chu.bat_dau".to_owned(), &h.start, &[]),
                ("trang_chu.bat_dau_goi_y".to_owned(), &h.start_hint, &[]),
                ("trang_chu.dan".to_owned(), &h.lead, &[]),
                ("trang_chu.viec_thuong_gap".to_owned(), &h.life_events, &[]),
            ]);
            for (key, event, label_names, hint_names) in [
                ("sinh_em_be", &h.sinh_em_be, &[][..], &[][..]),
                ("vao_lop_1", &h.vao_lop_1, &[], &[]),
                ("tu_75_tuoi", &h.tu_75_tuoi, &[], &[]),
                ("tu_60_tuoi", &h.tu_60_tuoi, &["tinh"], &[]),
                ("the_sap_het_han", &h.the_sap_het_han, &[], &[]),
                ("ho_can_ngheo", &h.ho_can_ngheo, &[], &["muc"]),
            ] {
                texts.push((format!("trang_chu.{key}.nhan"), &event.label, label_names));
                texts.push((format!("trang_chu.{key}.goi_y"), &event.hint, hint_names));
                match (&event.hint_unknown, key) {
                    (Some(unknown), "ho_can_ngheo") => {
                        texts.push((format!("trang_chu.{key}.goi_y_chua_ro"), unknown, &[]))
                    }
                    (None, "ho_can_ngheo") => {
                        return Err((
                            format!("trang_chu.{key}.goi_y"),
                            "cần thêm `goi_y_chua_ro`, dùng khi chưa rõ mức hỗ trợ".to_owned(),
                        ))
                    }
                    (Some(_), _) => {
                        return Err((
                            format!("trang_chu.{key}.goi_y_chua_ro"),
                            "chỉ mục ho_can_ngheo có trường này".to_owned(),
                        ))
                    }
                    (None, _) => {}
                }
            }
            for (key, page) in &self.pages {
                texts.push((format!("trang.{key}.tieu_de"), &page.title, &[]));
                texts.push((format!("trang.{key}.mo_ta"), &page.description, &[]));
            }
            if let Some(common) = &self.common {
                for (key, text) in [
                    ("uoc_tinh", &common.estimate),
                    ("lam_tron", &common.rounding),
                    ("chac_chan", &common.confirmed),
                    ("kha_nang_cao", &common.likely),
                    ("chua_xac_nhan", &common.unconfirmed),
                ] {
                    texts.push((format!("chung.{key}"), text, &[]));
                }
            }
            let every_one_required: Vec<_> =
                [self.students.texts(), self.questions.texts(), self.share.texts(), self.offline.texts()]
                    .into_iter()
                    .flatten()
                    .collect();
            for (field, text, names) in &every_one_required {
                if let Some(name) = names.iter().find(|name| !text.contains(&format!("{{{name}}}"))) {
                    return Err((field.clone(), format!("cần `{{{name}}}`: dòng này phải hiện nó")));
                }
            }
            texts.extend(every_one_required);
            for (field, text, allowed) in texts {
                if text.trim().is_empty() {
                    return Err((field, "không được để trống".to_owned()));
                }
                let mut rest = text;
                while let Some(start) = rest.find('{') {
                    let Some(end) = rest[start..].find('}') else {
                        return Err((field, "thiếu `}` sau `{`".to_owned()));
                    };
                    let name = &rest[start + 1..start + end];
                    if !allowed.contains(&name) {
                        let allowed: Vec<String> = allowed.iter().map(|name| format!("{{{name}}}")).collect();
                        let allowed = if allowed.is_empty() {
                            "không có chỗ điền nào".to_owned()
                        } else {
                            allowed.join(", ")
                        };
                        return Err((field, format!("`{{{name}}}` không dùng được ở đây ({allowed})")));
                    }
                    rest = &rest[start + end + 1..];
                }
                if allowed == ["luc"] && !text.contains("{luc}") {
                    return Err((field, "cần `{luc}`, nơi hiện giờ đã lưu".to_owned()));
                }
            }
            Ok(())
        }
    }
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    const VIETNAMESE: &str = include_str!("../../../content/chung/giao-dien.toml");
    const ENGLISH: &str = include_str!("../../../content/chung/giao-dien.en.toml");
    const KHMER: &str = include_str!("../../../content/chung/giao-dien.km.toml");

    fn error_for(source: &str, language: Language) -> String {
        parse_words("giao-dien.x.toml", source, language).unwrap_err().to_string()
    }

    #[test]
    fn the_shipped_words_parse_and_the_translations_say_whether_they_were_checked() {
        let vietnamese = parse_words("giao-dien.toml", VIETNAMESE, Language::Vietnamese).unwrap();
        assert_eq!(vietnamese.reviewed, None);
        assert_eq!(parse_words("giao-dien.en.toml", ENGLISH, Language::English).unwrap().reviewed, Some(true));
        assert_eq!(parse_words("giao-dien.km.toml", KHMER, Language::Khmer).unwrap().reviewed, Some(false));
        assert!(vietnamese.has_page("/lien-he/") && vietnamese.has_page("/ke-hoach/"));
    }

    #[test]
    fn a_translation_names_the_locality_and_keeps_an_unlisted_unit_kind_in_vietnamese() {
        let english = parse_words("giao-dien.en.toml", ENGLISH, Language::English).unwrap();
        let khmer = parse_words("giao-dien.km.toml", KHMER, Language::Khmer).unwrap();
        let locality = Locality {
            id: "kien-an".into(),
            name: "Kiến An".into(),
            level: LocalityLevel::Ward,
            province: "thành phố Hải Phòng".into(),
            publisher: "Ủy ban nhân dân phường Kiến An".into(),
            base_url: "https://example.gov.vn".into(),
            unit_kind: "Tổ dân phố".into(),
        };
        assert_eq!(english.locality_name(&locality), "Kiến An Ward");
        assert_eq!(khmer.locality_name(&locality), "សង្កាត់ Kiến An");
        assert_eq!(english.unit_kind("Tổ dân phố"), ("residential group".to_owned(), true));
        assert_eq!(khmer.unit_kind("Tổ dân phố"), ("tổ dân phố".to_owned(), false));
        assert_eq!(khmer.unit_kind("Ấp"), ("ភូមិ".to_owned(), true));
        assert!(english.has_page("/lien-he/") && !english.has_page("/ke-hoach/"));
        assert_eq!(english.nav_label(routes::PLAN).as_deref(), Some("Plan"));
        assert_eq!(english.office_kind(OfficeKind::PostOffice), "Post office");
    }

    #[test]
    fn mistakes_name_the_file_line_and_field() {
        let err = error_for(&ENGLISH.replace("goi = \"Call {so}\"", "goi = \"Call {phone}\""), Language::English);
        assert!(err.contains("trường `khung.goi`") && err.contains("{phone}") && err.contains("{so}"), "{err}");
        let line = ENGLISH.lines().position(|line| line.starts_with("goi = ")).unwrap() + 1;
        assert!(err.starts_with(&format!("giao-dien.x.toml:{line}:")), "{err}");

        let err = error_for(
            &ENGLISH.replace("da_luu_ngan = \"Saved on this phone at {luc}.\"", "da_luu_ngan = \"Saved.\""),
            Language::English,
        );
        assert!(err.contains("`khung.da_luu_ngan`") && err.contains("{luc}"), "{err}");
        let err = error_for(&ENGLISH.replace("da_duyet = true\n", ""), Language::English);
        assert!(err.contains("`da_duyet`"), "{err}");
        let err = error_for(&ENGLISH.replace("[trang.lien_he]", "[trang.ke_hoach]"), Language::English);
        assert!(err.contains("`trang.ke_hoach`") && err.contains("lien_he"), "{err}");
        let err = error_for(&ENGLISH.replace("hoc_sinh = \"Pupils and students\"\n", ""), Language::English);
        assert!(err.contains("`nhan_muc.hoc_sinh`"), "{err}");
        let err = error_for(&format!("da_duyet = true\n{VIETNAMESE}"), Language::Vietnamese);
        assert!(err.contains("`da_duyet`") && err.contains("bản gốc"), "{err}");
        let err = error_for(&VIETNAMESE.replace("muc_chinh = \"Mục chính\"\n", ""), Language::Vietnamese);
        assert!(err.contains("muc_chinh"), "{err}");
    }

    #[test]
    fn placeholders_are_filled_and_split() {
        assert_eq!(fill("Gọi {so}", &[("so", "0123")]), "Gọi 0123");
        assert_eq!(around("Đã lưu lúc {luc}.", "luc"), ("Đã lưu lúc ", "."));
        assert_eq!(page_key("/"), "trang_chu");
        assert_eq!(page_key("/tu-kiem-tra/ket-qua/"), "tu_kiem_tra_ket_qua");
    }
}
