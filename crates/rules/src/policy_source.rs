//! The policy as a Rust expression, written by the site's `build.rs` for the WebAssembly build:
//! building the value directly costs far less code than parsing JSON in the browser.

use crate::money::Percent;
use crate::policy::{
    BenefitLevels, Citation, Citations, Confidence, DatedValue, DayMonth, Parameter, Policy, PovertyLine, SchoolRules,
    SupportFloors, UnconfirmedNote,
};
use bhyt_core::Date;

/// A value written as Rust source that evaluates to an equal value (paths via `bhyt_rules`).
pub trait RustSource {
    fn rust_source(&self) -> String;
}

impl RustSource for u64 {
    fn rust_source(&self) -> String {
        format!("{self}")
    }
}

impl RustSource for u32 {
    fn rust_source(&self) -> String {
        format!("{self}")
    }
}

impl RustSource for Percent {
    fn rust_source(&self) -> String {
        format!("bhyt_rules::Percent::from_hundredths({})", self.hundredths())
    }
}

impl RustSource for String {
    fn rust_source(&self) -> String {
        // Debug escapes a str exactly as a Rust string literal needs.
        format!("String::from({self:?})")
    }
}

impl<T: RustSource> RustSource for Option<T> {
    fn rust_source(&self) -> String {
        self.as_ref().map_or_else(|| "None".to_owned(), |value| format!("Some({})", value.rust_source()))
    }
}

impl<T: RustSource> RustSource for Vec<T> {
    fn rust_source(&self) -> String {
        format!("vec![{}]", self.iter().map(RustSource::rust_source).collect::<Vec<_>>().join(", "))
    }
}

impl RustSource for u8 {
    fn rust_source(&self) -> String {
        format!("{self}")
    }
}

impl RustSource for Date {
    fn rust_source(&self) -> String {
        format!("bhyt_rules::Date {{ year: {}, month: {}, day: {} }}", self.year, self.month, self.day)
    }
}

impl RustSource for Confidence {
    fn rust_source(&self) -> String {
        format!("bhyt_rules::Confidence::{self:?}")
    }
}

macro_rules! struct_source {
    ($type:ty, $path:literal, [$($field:ident),* $(,)?]) => {
        impl RustSource for $type {
            fn rust_source(&self) -> String {
                let fields: Vec<String> = vec![$(format!("{}: {}", stringify!($field), self.$field.rust_source())),*];
                format!("{} {{ {} }}", $path, fields.join(", "))
            }
        }
    };
}

impl<T: RustSource> RustSource for DatedValue<T> {
    fn rust_source(&self) -> String {
        format!(
            "bhyt_rules::policy::DatedValue {{ from: {}, value: {}, basis: {}, last_checked: {}, confidence: {}, note: {} }}",
            self.from.rust_source(),
            self.value.rust_source(),
            self.basis.rust_source(),
            self.last_checked.rust_source(),
            self.confidence.rust_source(),
            self.note.rust_source()
        )
    }
}

impl<T: RustSource> RustSource for Parameter<T> {
    fn rust_source(&self) -> String {
        format!(
            "bhyt_rules::policy::Parameter {{ label: {}, values: {} }}",
            self.label.rust_source(),
            self.values.rust_source()
        )
    }
}

struct_source!(
    SupportFloors,
    "bhyt_rules::policy::SupportFloors",
    [
        can_ngheo,
        can_ngheo_xa_ngheo,
        hoc_sinh_sinh_vien,
        an_ninh_trat_tu_co_so,
        ho_nong_lam_ngu_diem_nghiep,
        nhan_vien_y_te_thon_ban,
        khong_chuyen_trach_thon_to,
        dan_toc_thieu_so_xa_ra_khoi_vung_kho_khan,
        nghe_nhan,
        nan_nhan_mua_ban_nguoi,
    ]
);
struct_source!(
    BenefitLevels,
    "bhyt_rules::policy::BenefitLevels",
    [nhom_huong_cao_nhat, huu_tri_than_nhan_nguoi_co_cong, can_ngheo, huu_tri_xa_hoi_tu_75_tuoi, con_lai,]
);
struct_source!(DayMonth, "bhyt_rules::policy::DayMonth", [month, day]);
struct_source!(
    SchoolRules,
    "bhyt_rules::policy::SchoolRules",
    [the_lop_1_tu, the_tre_duoi_6_den, the_lop_12_den, ky_dong_thang, huong_cap_ban_dau,]
);
struct_source!(
    UnconfirmedNote,
    "bhyt_rules::policy::UnconfirmedNote",
    [title, text, source, last_checked, remind_from, resident_notice]
);
struct_source!(PovertyLine, "bhyt_rules::policy::PovertyLine", [rural, urban]);
struct_source!(Citation, "bhyt_rules::policy::Citation", [label, text, from, last_checked, confidence, summary]);
struct_source!(
    Citations,
    "bhyt_rules::policy::Citations",
    [
        nhom_tham_gia,
        ngan_sach_dong,
        thu_tu_nhom,
        chon_theo_ho,
        muc_huong_cao_nhat,
        gia_tri_the,
        lap_danh_sach,
        the_huu_tri,
        huu_tri_xa_hoi,
    ]
);
struct_source!(
    Policy,
    "bhyt_rules::Policy",
    [
        luong_co_so,
        ty_le_dong,
        ty_le_nguoi_lao_dong_dong,
        tran_luong_dong_so_lan_luong_co_so,
        giam_tru_ho_gia_dinh,
        ho_tro_toi_thieu,
        muc_huong,
        nguong_chi_phi_mot_lan_kham,
        tran_cung_chi_tra_so_lan_luong_co_so,
        thoi_gian_cho_ngay,
        gian_doan_tu_ngay,
        tro_cap_huu_tri_xa_hoi,
        chuan_ngheo,
        hoc_sinh,
        can_cu,
        chua_xac_nhan,
    ]
);
