//! Content model of the site: the route table, the locality configuration, the plan, the
//! news, the questions and answers and the student guide's words. Plain Rust with no web
//! dependencies, so `cargo test` runs it natively.
//!
//! Reading files from `content/` is behind the `load` feature: the WebAssembly app only ever
//! receives already-validated data as JSON.
//!
//! The modules are private behind one list of names below. Two stay public as namespaces,
//! because their items are read as tables: [`routes`] (`routes::HOME`, `routes::ROUTES`) and
//! [`guide_section`] (`guide_section::COST`).

mod document;
mod model;
pub mod routes;
mod site;
mod students;
mod words;

#[cfg(feature = "load")]
mod feed;
#[cfg(feature = "load")]
mod loader;
#[cfg(feature = "load")]
mod markdown;
#[cfg(feature = "load")]
mod publish;
#[cfg(feature = "load")]
mod sample;
#[cfg(feature = "load")]
mod text;

pub use document::{inline_text, Alignment, Block, Document, Inline, ListItem, TocEntry};
pub use model::{
    article_path, paginate, reading_minutes, Article, ArticleCard, ArticleMeta, Category, Image, LegalReference,
    ListPage, NewsListing, PartialDate, Plan, PlanMeta, Question, QuestionKind, Questions, Signer, Target,
};
pub use site::{
    tel_href, zalo_href, Feedback, Links, Locality, LocalityLevel, Office, OfficeKind, SiteConfig, StatisticsSource,
    UnitContact, SOCIAL_INSURANCE_HOTLINE,
};
pub use students::{guide_section, GuideQuestion, GuideSection, PrintTexts, StudentGuide, GUIDE_FILE, SECTION_IDS};
pub use words::{
    around, file_in, fill, page_key, translated_with, words_file, CommonWords, ContactsWords, HomeWords, LevelWords,
    LifeEventWords, OfficeKindWords, PageWords, QuestionsWords, ShareWords, ShellWords, StudentWords, Words,
    TRANSLATABLE_PAGES,
};
#[cfg(feature = "load")]
pub use words::{check_reviewed, load_words, parse_words};

#[cfg(feature = "load")]
pub use feed::{atom_xml, FEED_ENTRY_LIMIT};
#[cfg(feature = "load")]
pub use loader::{
    check_links, fixed_paths, load_locality, load_translated_questions, parse_article, parse_plan, parse_questions,
    related_articles, LinkTargets, LocalityContent, ParsedArticle, NEWS_PAGE_SIZE, SHARED_DIR,
};
#[cfg(feature = "load")]
pub use markdown::{check_href, check_image_src, parse_markdown, InternalLink, Origin, Parsed, BODY_FIELD};
#[cfg(feature = "load")]
pub use publish::{escape_xml, robots_txt, sitemap_xml, SitemapEntry};
#[cfg(feature = "load")]
pub use sample::generate_sample_articles;
#[cfg(feature = "load")]
pub use students::{load_guide, parse_guide};
#[cfg(feature = "load")]
pub use text::{is_slug, nfc, slugify, AnchorIds};
