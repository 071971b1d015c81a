//! Plans, articles and questions: the front matter an official writes (keys in Vietnamese
//! without diacritics, like `site.toml`) and the validated values the pages render.
//!
//! These types travel to the WebAssembly app as JSON, so they hold data only; reading and
//! checking files is in [`crate::loader`].

use crate::document::Document;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------------------------
// Dates

/// A calendar day, written `2026-09-15` in TOML (bare or quoted) and in JSON: the one date of
/// the house ([`bhyt_core::Date`]).
pub use bhyt_core::Date;

/// A date of which the document may leave the day or month blank ("ngày … tháng … năm 2025").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialDate {
    #[serde(rename = "nam")]
    pub year: u16,
    #[serde(rename = "thang", default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(rename = "ngay", default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

impl PartialDate {
    /// `ngày 3 tháng 12 năm 2025`, or `năm 2025 (văn bản chưa ghi ngày, tháng)`.
    pub fn vietnamese(&self) -> String {
        match (self.day, self.month) {
            (Some(day), Some(month)) => format!("ngày {day} tháng {month} năm {}", self.year),
            (None, Some(month)) => format!("tháng {month} năm {} (văn bản chưa ghi ngày)", self.year),
            _ => format!("năm {} (văn bản chưa ghi ngày, tháng)", self.year),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Plan: `content/<locality>/ke-hoach.md`

/// A document another document refers to, e.g. the directive a plan implements.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalReference {
    /// `Chỉ thị`, `Kế hoạch`, `Hướng dẫn`…
    #[serde(rename = "loai")]
    pub kind: String,
    /// Number and symbol, e.g. `52-CT/TW`.
    #[serde(rename = "so_ky_hieu")]
    pub number: String,
    #[serde(rename = "ngay")]
    pub date: Date,
    #[serde(rename = "co_quan")]
    pub issuer: String,
    /// What it is about, starting with `về…`.
    #[serde(rename = "trich_yeu")]
    pub subject: String,
}

impl LegalReference {
    /// `Chỉ thị số 52-CT/TW ngày 3/10/2025 của Ban Bí thư về thực hiện …`
    pub fn citation(&self) -> String {
        format!(
            "{} số {} ngày {} của {} {}",
            self.kind,
            self.number,
            self.date.to_vietnamese(),
            self.issuer,
            self.subject
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    #[serde(rename = "ho_ten")]
    pub name: String,
    /// e.g. `Phó Bí thư`, `Phó Chủ tịch`.
    #[serde(rename = "chuc_vu")]
    pub title: String,
    /// Signing on behalf of, as written above the title, e.g. `T/M Ban Thường vụ`, `KT. Chủ tịch`.
    #[serde(rename = "tham_quyen", default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
}

/// One line of the plan's "targets" box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    #[serde(rename = "nhan")]
    pub label: String,
    #[serde(rename = "gia_tri")]
    pub value: String,
    /// Anchor of the plan section that states it (checked at build time).
    #[serde(rename = "muc", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

/// Front matter of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanMeta {
    #[serde(rename = "tieu_de")]
    pub title: String,
    #[serde(rename = "co_quan_ban_hanh")]
    pub issuing_body: String,
    /// Number and symbol (`20-KH/ĐU`); `None` when the document does not show one.
    #[serde(rename = "so_ky_hieu", default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Place written before the date (`Kiến An, ngày …`).
    #[serde(rename = "dia_danh", default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// `None` when the document carries no date at all.
    #[serde(rename = "ngay_ban_hanh", default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<PartialDate>,
    #[serde(rename = "nguoi_ky")]
    pub signer: Signer,
    /// The directive the plan implements (Chỉ thị số 52-CT/TW).
    #[serde(rename = "chi_thi")]
    pub directive: LegalReference,
    /// The higher-level plan or guidance it follows.
    #[serde(rename = "can_cu")]
    pub follows: LegalReference,
    /// True when this site is a sample deployment showing a real plan as an example: the page
    /// says "bản mẫu dựng từ kế hoạch …". False once the locality publishes its own plan.
    #[serde(rename = "mau")]
    pub is_sample: bool,
    /// Where the text comes from and what was changed in converting it.
    #[serde(rename = "nguon")]
    pub source_note: String,
    /// Last change to this page, for the sitemap.
    #[serde(rename = "cap_nhat")]
    pub updated: Date,
    #[serde(rename = "chi_tieu")]
    pub targets: Vec<Target>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub meta: PlanMeta,
    pub body: Document,
}

impl PlanMeta {
    /// `Số 20-KH/ĐU` or `Văn bản chưa ghi số, ký hiệu`.
    pub fn number_text(&self) -> String {
        match &self.number {
            Some(number) => format!("Số {number}"),
            None => "Văn bản chưa ghi số, ký hiệu".to_owned(),
        }
    }

    /// `Kiến An, năm 2025 (văn bản chưa ghi ngày, tháng)` or `Văn bản chưa ghi ngày ban hành`.
    pub fn issued_text(&self) -> String {
        match (&self.place, &self.issued) {
            (Some(place), Some(date)) => format!("{place}, {}", date.vietnamese()),
            (None, Some(date)) => date.vietnamese(),
            _ => "Văn bản chưa ghi ngày ban hành".to_owned(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Articles: `content/<locality>/tin-tuc/*.md`

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    #[serde(rename = "tin-tuc")]
    News,
    #[serde(rename = "guong-dien-hinh")]
    GoodExample,
    #[serde(rename = "hoi-dap")]
    QuestionsAndAnswers,
    /// Correction of false information.
    #[serde(rename = "cai-chinh")]
    Correction,
}

impl Category {
    pub const ALL: [Category; 4] =
        [Category::News, Category::GoodExample, Category::QuestionsAndAnswers, Category::Correction];

    pub fn label(self) -> &'static str {
        match self {
            Category::News => "Tin tức",
            Category::GoodExample => "Gương điển hình",
            Category::QuestionsAndAnswers => "Hỏi đáp",
            Category::Correction => "Cải chính thông tin sai",
        }
    }

    /// The id written in front matter, e.g. `cai-chinh`.
    pub fn id(self) -> &'static str {
        match self {
            Category::News => "tin-tuc",
            Category::GoodExample => "guong-dien-hinh",
            Category::QuestionsAndAnswers => "hoi-dap",
            Category::Correction => "cai-chinh",
        }
    }
}

/// Front matter of an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    #[serde(rename = "tieu_de")]
    pub title: String,
    #[serde(rename = "ngay")]
    pub date: Date,
    /// Last change after publication; the sitemap uses it, else `date`.
    #[serde(rename = "cap_nhat", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Date>,
    /// One or two sentences for the list, the meta description and the feed.
    #[serde(rename = "tom_tat")]
    pub summary: String,
    #[serde(rename = "chuyen_muc")]
    pub category: Category,
    /// Site path (`/anh/…`) or https address of the illustration.
    #[serde(rename = "anh", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Required with `anh`: what the picture shows, for readers who cannot see it.
    #[serde(rename = "mo_ta_anh", default, skip_serializing_if = "Option::is_none")]
    pub image_alt: Option<String>,
    /// Address segment; made from the title when absent.
    #[serde(rename = "duong_dan", default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// True for the shipped example articles: the page shows a "bài mẫu" badge.
    #[serde(rename = "mau")]
    pub is_sample: bool,
    #[serde(rename = "the", default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Image {
    pub src: String,
    pub alt: String,
}

/// What a list or a "related articles" box shows about an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleCard {
    pub slug: String,
    /// `/tin-tuc/<slug>/`
    pub path: String,
    pub title: String,
    pub date: Date,
    pub summary: String,
    pub category: Category,
    pub image: Option<Image>,
    pub is_sample: bool,
    pub reading_minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub card: ArticleCard,
    pub tags: Vec<String>,
    /// For the sitemap: `cap_nhat`, else the publication date.
    pub last_modified: Date,
    pub body: Document,
    /// Up to three: same category or tags first, then the newest.
    pub related: Vec<ArticleCard>,
}

/// Path of an article page.
pub fn article_path(slug: &str) -> String {
    crate::routes::member_path(crate::routes::ARTICLES, slug)
}

/// Minutes to read `words` words at 200 words a minute (Vietnamese), at least one.
pub fn reading_minutes(words: usize) -> u32 {
    (words.div_ceil(200)).max(1) as u32
}

// ---------------------------------------------------------------------------------------------
// Questions and false information: `content/chung/hoi-dap.toml`

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// A question residents ask.
    #[serde(rename = "cau-hoi")]
    Question,
    /// A false claim that circulates; the answer says why it is wrong.
    #[serde(rename = "thong-tin-sai")]
    FalseClaim,
}

impl QuestionKind {
    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Question => "Hỏi đáp",
            QuestionKind::FalseClaim => "Thông tin sai",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Anchor on `/hoi-dap/`: `ma` if given, else made from the question.
    pub id: String,
    pub kind: QuestionKind,
    /// The question, or the false claim as people say it.
    pub question: String,
    pub answer: Document,
    /// Legal basis, e.g. `Điểm c khoản 1 Điều 22 Luật Bảo hiểm y tế …`.
    pub legal_basis: String,
    /// The language it is written in: a translated page shows an item its translation lacks
    /// in Vietnamese.
    pub language: bhyt_core::Language,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Questions {
    /// A translation's `da_duyet`; `None` for the Vietnamese.
    pub reviewed: Option<bool>,
    /// Last change, for the sitemap.
    pub updated: Date,
    pub items: Vec<Question>,
}

// ---------------------------------------------------------------------------------------------
// Pagination of the news list

/// One page of a paginated list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListPage {
    /// 1-based.
    pub number: usize,
    pub total_pages: usize,
    /// `/tin-tuc/` for page 1, `/tin-tuc/trang/2/` after.
    pub path: String,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// Index of the first item on this page and one past the last.
    pub start: usize,
    pub end: usize,
}

/// Splits `total` news items into pages of `page_size`: the news list, then the pages of
/// [`routes::NEWS_LIST_PAGES`](crate::routes::NEWS_LIST_PAGES). An empty list still has one
/// (empty) page, so the list page always exists.
pub fn paginate(total: usize, page_size: usize) -> Vec<ListPage> {
    assert!(page_size > 0, "page size must be positive");
    let total_pages = total.div_ceil(page_size).max(1);
    let path = |number: usize| {
        if number == 1 {
            crate::routes::NEWS.path.to_owned()
        } else {
            crate::routes::member_path(crate::routes::NEWS_LIST_PAGES, &number.to_string())
        }
    };
    (1..=total_pages)
        .map(|number| ListPage {
            number,
            total_pages,
            path: path(number),
            previous: (number > 1).then(|| path(number - 1)),
            next: (number < total_pages).then(|| path(number + 1)),
            start: (number - 1) * page_size,
            end: (number * page_size).min(total),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_reject_impossible_days() {
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert!(Date::parse("2026-02-29").is_err());
        assert!(Date::parse("15/09/2026").is_err());
        assert!(Date::parse("2026-9-15").is_err());
        assert_eq!(Date::parse("2025-10-03").unwrap().to_vietnamese(), "3/10/2025");
        assert_eq!(Date::parse("2026-09-15").unwrap().rfc3339(), "2026-09-15T00:00:00+07:00");
    }

    #[test]
    fn partial_dates_say_what_is_missing() {
        let year_only = PartialDate { year: 2025, month: None, day: None };
        assert_eq!(year_only.vietnamese(), "năm 2025 (văn bản chưa ghi ngày, tháng)");
        let full = PartialDate { year: 2025, month: Some(12), day: Some(3) };
        assert_eq!(full.vietnamese(), "ngày 3 tháng 12 năm 2025");
    }

    #[test]
    fn reading_time_rounds_up_with_a_minimum_of_one() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(200), 1);
        assert_eq!(reading_minutes(201), 2);
        assert_eq!(reading_minutes(1000), 5);
    }
}

/// One page of the news list as the site publishes it (`/du-lieu/tin-tuc/trang-N.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewsListing {
    pub page: ListPage,
    pub articles: Vec<ArticleCard>,
}
