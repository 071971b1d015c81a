//! Reads and checks everything a locality publishes (build time only).
//!
//! Layout of `content/`:
//! - `<locality>/ke-hoach.md`: the plan (Markdown with `+++` TOML front matter, [`PlanMeta`]);
//! - `<locality>/tin-tuc/*.md`: articles ([`ArticleMeta`]);
//! - `chung/hoi-dap.toml`: questions and false information shared by every locality, plus
//!   optionally `<locality>/hoi-dap.toml` with local items appended after them.
//!
//! Any problem stops the build with a [`ContentError`] naming the file, line and field.

use crate::document::Document;
use crate::markdown::{check_image_src, parse_markdown, InternalLink, Origin, BODY_FIELD};
use crate::model::*;
use crate::publish::SitemapEntry;
use crate::routes;
use crate::text::{is_slug, nfc, slugify};
use bhyt_core::{locate_key, parse_toml, ContentError, Language};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// Articles per page of the news list.
pub const NEWS_PAGE_SIZE: usize = 10;
/// Folder of the content shared by every locality.
pub const SHARED_DIR: &str = "chung";

/// Everything one locality publishes, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalityContent {
    pub plan: Plan,
    /// Newest first.
    pub articles: Vec<Article>,
    pub questions: Questions,
}

/// Site paths that exist without content files: every single page of [`routes::ROUTES`] and
/// the files published beside them. Pass to [`load_locality`]; add the paths of any static
/// files that content links to.
pub fn fixed_paths() -> Vec<String> {
    let pages = routes::ROUTES.iter().filter(|route| route.pages == routes::Pages::One).map(|route| route.path);
    pages.chain([routes::FEED_PATH, routes::SNAPSHOT_PATH, routes::SCHEMA_PATH]).map(str::to_owned).collect()
}

/// Loads `content_root/<locality>/…` and `content_root/chung/…`, and checks every internal
/// link against `fixed_paths` plus the pages and anchors the content itself creates.
pub fn load_locality(
    content_root: &Path,
    locality: &str,
    fixed_paths: &[String],
) -> Result<LocalityContent, ContentError> {
    let local = content_root.join(locality);
    let mut links = Vec::new();

    let plan_file = local.join("ke-hoach.md");
    let (plan, plan_links) = parse_plan(&display(&plan_file), &read(&plan_file)?)?;
    links.extend(plan_links);

    let mut parsed = Vec::new();
    let news_dir = local.join("tin-tuc");
    if news_dir.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(&news_dir)
            .map_err(|err| io_error(&news_dir, err))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
            .collect();
        files.sort();
        for file in files {
            parsed.push(parse_article(&display(&file), &read(&file)?)?);
        }
    }
    let mut slugs: HashMap<String, String> = HashMap::new();
    for article in &parsed {
        if let Some(first) = slugs.insert(article.card.slug.clone(), article.file.clone()) {
            return Err(ContentError {
                file: article.file.clone(),
                line: article.slug_line,
                field: "duong_dan".into(),
                message: format!(
                    "đường dẫn `{}` trùng với bài {first}; đặt `duong_dan` khác cho một trong hai bài",
                    article.card.slug
                ),
            });
        }
    }

    let shared_file = content_root.join(SHARED_DIR).join("hoi-dap.toml");
    let (mut questions, question_links) =
        parse_questions(&display(&shared_file), &read(&shared_file)?, Language::SOURCE)?;
    links.extend(question_links);
    let local_questions = local.join("hoi-dap.toml");
    if local_questions.is_file() {
        let file = display(&local_questions);
        let (more, more_links) = parse_questions(&file, &read(&local_questions)?, Language::SOURCE)?;
        for item in &more.items {
            if questions.items.iter().any(|q| q.id == item.id) {
                return Err(ContentError {
                    file: file.clone(),
                    line: None,
                    field: "cau_hoi".into(),
                    message: format!("mã `{}` đã có trong {}", item.id, display(&shared_file)),
                });
            }
        }
        questions.items.extend(more.items);
        questions.updated = questions.updated.max(more.updated);
        links.extend(more_links);
    }

    let mut articles: Vec<Article> = Vec::with_capacity(parsed.len());
    for article in parsed {
        links.extend(article.links);
        articles.push(Article {
            card: article.card,
            tags: article.tags,
            last_modified: article.last_modified,
            body: article.body,
            related: Vec::new(),
        });
    }
    articles.sort_by(|a, b| b.card.date.cmp(&a.card.date).then_with(|| a.card.slug.cmp(&b.card.slug)));
    let related: Vec<Vec<ArticleCard>> = (0..articles.len()).map(|i| related_articles(&articles, i, 3)).collect();
    for (article, related) in articles.iter_mut().zip(related) {
        article.related = related;
    }

    let content = LocalityContent { plan, articles, questions };
    check_links(&links, &content.link_targets(fixed_paths))?;
    Ok(content)
}

/// The questions and answers in a translation: `chung/hoi-dap.<code>.toml` and the locality's
/// own `hoi-dap.<code>.toml`, if any. Each item translates the Vietnamese item of the same `ma`
/// and `loai`; an item left untranslated stays, in Vietnamese, where it is in the Vietnamese list.
pub fn load_translated_questions(
    content_root: &Path,
    locality: &str,
    language: Language,
    content: &LocalityContent,
    fixed_paths: &[String],
) -> Result<Questions, ContentError> {
    let name = crate::words::file_in(language, "hoi-dap.toml");
    let mut translated: Vec<Question> = Vec::new();
    let mut links = Vec::new();
    let mut reviewed = None;
    // The shared translation is needed; the locality's own, for its own questions, is not.
    for (path, needed) in
        [(content_root.join(SHARED_DIR).join(&name), true), (content_root.join(locality).join(&name), false)]
    {
        if !needed && !path.is_file() {
            continue;
        }
        let (file, source) = (display(&path), read(&path)?);
        let (questions, file_links) = parse_questions(&file, &source, language)?;
        for (index, item) in questions.items.iter().enumerate() {
            let field = format!("cau_hoi[{index}].ma");
            let problem = match content.questions.items.iter().find(|q| q.id == item.id) {
                None => Some(format!("không có mục `{}` trong hoi-dap.toml tiếng Việt", item.id)),
                Some(original) if original.kind != item.kind => {
                    Some(format!("mục `{}` có `loai` khác với bản tiếng Việt", item.id))
                }
                Some(_) if translated.iter().any(|q| q.id == item.id) => {
                    Some(format!("mục `{}` đã được dịch", item.id))
                }
                Some(_) => None,
            };
            if let Some(message) = problem {
                let line = locate_key(&source, &field).or(locate_key(&source, &format!("cau_hoi[{index}].hoi")));
                return Err(ContentError { file, line, field, message });
            }
        }
        // Unchecked anywhere makes the whole page unchecked.
        reviewed = Some(reviewed.unwrap_or(true) && questions.reviewed == Some(true));
        translated.extend(questions.items);
        links.extend(file_links);
    }
    check_links(&links, &content.link_targets(fixed_paths))?;
    let items = content
        .questions
        .items
        .iter()
        .map(|original| translated.iter().find(|q| q.id == original.id).unwrap_or(original).clone())
        .collect();
    Ok(Questions { reviewed, updated: content.questions.updated, items })
}

impl LocalityContent {
    /// Pages of the news list, [`NEWS_PAGE_SIZE`] articles each.
    pub fn news_pages(&self) -> Vec<ListPage> {
        paginate(self.articles.len(), NEWS_PAGE_SIZE)
    }

    /// Sitemap entries for the content pages: plan, questions, news list pages and articles.
    /// The fixed pages are the pre-renderer's.
    pub fn sitemap_entries(&self) -> Vec<SitemapEntry> {
        let entry = |path: &str, date: Date| SitemapEntry {
            path: path.to_owned(),
            last_modified: date.to_string(),
            alternates: Vec::new(),
        };
        let mut entries = vec![
            entry(routes::PLAN.path, self.plan.meta.updated),
            entry(routes::QUESTIONS.path, self.questions.updated),
        ];
        for page in self.news_pages() {
            if let Some(date) = self.articles[page.start..page.end].iter().map(|a| a.last_modified).max() {
                entries.push(entry(&page.path, date));
            }
        }
        entries.extend(self.articles.iter().map(|a| entry(&a.card.path, a.last_modified)));
        entries
    }

    /// Every page a link may point to, with the anchors it is known to have.
    pub fn link_targets(&self, fixed_paths: &[String]) -> LinkTargets {
        let mut targets = LinkTargets::default();
        for path in fixed_paths {
            targets.pages.insert(normalise_path(path), None);
        }
        targets.pages.insert(routes::PLAN.path.to_owned(), Some(anchor_set(&self.plan.body)));
        targets.pages.insert(
            routes::QUESTIONS.path.to_owned(),
            Some(self.questions.items.iter().map(|q| q.id.clone()).collect()),
        );
        for page in self.news_pages() {
            targets.pages.insert(page.path, None);
        }
        for article in &self.articles {
            targets.pages.insert(article.card.path.clone(), Some(anchor_set(&article.body)));
        }
        targets
    }
}

/// Pages that exist, each with its anchors (`None`: anchors not known here, any is accepted).
#[derive(Clone, Debug, Default)]
pub struct LinkTargets {
    pub pages: BTreeMap<String, Option<BTreeSet<String>>>,
}

/// Fails on the first link to a page or anchor that does not exist.
pub fn check_links(links: &[InternalLink], targets: &LinkTargets) -> Result<(), ContentError> {
    for link in links {
        let (path, fragment) = match link.href.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (link.href.as_str(), None),
        };
        let path = normalise_path(path.split('?').next().unwrap_or(path));
        let error = |message: String| ContentError {
            file: link.file.clone(),
            line: Some(link.line),
            field: link.field.clone(),
            message,
        };
        match targets.pages.get(&path) {
            None => return Err(error(format!("liên kết tới trang không có: `{}`", link.href))),
            Some(Some(anchors)) => {
                if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                    if !anchors.contains(fragment) {
                        return Err(error(format!(
                            "trang `{path}` không có mục `#{fragment}` (liên kết `{}`)",
                            link.href
                        )));
                    }
                }
            }
            Some(None) => {}
        }
    }
    Ok(())
}

/// `/ke-hoach` → `/ke-hoach/`; file paths such as `/atom.xml` are kept.
fn normalise_path(path: &str) -> String {
    let last = path.rsplit('/').next().unwrap_or("");
    if path.ends_with('/') || last.contains('.') {
        path.to_owned()
    } else {
        format!("{path}/")
    }
}

fn anchor_set(document: &Document) -> BTreeSet<String> {
    document.table_of_contents().into_iter().map(|entry| entry.id).collect()
}

/// Up to `limit` articles for "related articles": shared tags and the same category score,
/// ties and the rest go newest first; the article itself is never included.
pub fn related_articles(articles: &[Article], index: usize, limit: usize) -> Vec<ArticleCard> {
    let this = &articles[index];
    let tags: BTreeSet<String> = this.tags.iter().map(|t| t.to_lowercase()).collect();
    let mut scored: Vec<(usize, &Article)> = articles
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, other)| {
            let shared = other.tags.iter().filter(|t| tags.contains(&t.to_lowercase())).count();
            let same_category = usize::from(other.card.category == this.card.category);
            (shared + same_category, other)
        })
        .collect();
    scored.sort_by(|(score_a, a), (score_b, b)| {
        score_b.cmp(score_a).then_with(|| b.card.date.cmp(&a.card.date)).then_with(|| a.card.slug.cmp(&b.card.slug))
    });
    scored.into_iter().take(limit).map(|(_, article)| article.card.clone()).collect()
}

// ---------------------------------------------------------------------------------------------
// Single files

/// An article read from its file, before sorting and related articles.
pub struct ParsedArticle {
    pub file: String,
    pub card: ArticleCard,
    pub tags: Vec<String>,
    pub last_modified: Date,
    pub body: Document,
    pub links: Vec<InternalLink>,
    slug_line: Option<usize>,
}

pub fn parse_article(file: &str, source: &str) -> Result<ParsedArticle, ContentError> {
    let source = nfc(source);
    let parts = split_front_matter(file, &source)?;
    let meta: ArticleMeta = parse_front_matter(file, &parts.toml)?;
    let fail = |field: &str, message: String| ContentError {
        file: file.to_owned(),
        line: locate_key(&parts.toml, field).or(Some(1)),
        field: field.to_owned(),
        message,
    };
    require_text(&parts.toml, file, "tieu_de", &meta.title)?;
    require_text(&parts.toml, file, "tom_tat", &meta.summary)?;
    let image = match (&meta.image, &meta.image_alt) {
        (Some(src), Some(alt)) if !alt.trim().is_empty() => {
            let src = check_image_src(src).map_err(|message| fail("anh", message))?;
            Some(Image { src, alt: alt.trim().to_owned() })
        }
        (Some(_), _) => {
            // Point at `anh`: the missing key has no line of its own.
            let mut err = fail(
                "mo_ta_anh",
                "có `anh` thì phải có `mo_ta_anh`: mô tả ngắn ảnh cho người không xem được ảnh".into(),
            );
            err.line = locate_key(&parts.toml, "mo_ta_anh").or(locate_key(&parts.toml, "anh"));
            return Err(err);
        }
        (None, Some(_)) => return Err(fail("mo_ta_anh", "có `mo_ta_anh` nhưng thiếu `anh`".into())),
        (None, None) => None,
    };
    let slug = match &meta.slug {
        Some(slug) if is_slug(slug) => slug.clone(),
        Some(slug) => {
            return Err(fail(
                "duong_dan",
                format!("`{slug}` chỉ được gồm chữ thường không dấu, số và dấu `-`, ví dụ `{}`", slugify(slug)),
            ))
        }
        None => match slugify(&meta.title) {
            slug if slug.is_empty() => {
                return Err(fail("tieu_de", "không tạo được đường dẫn từ tiêu đề; thêm `duong_dan`".into()))
            }
            slug => slug,
        },
    };
    for (i, tag) in meta.tags.iter().enumerate() {
        if tag.trim().is_empty() {
            return Err(fail("the", format!("thẻ thứ {} trống", i + 1)));
        }
    }
    let path = article_path(&slug);
    let parsed = parse_markdown(Origin { file, field: BODY_FIELD, first_line: parts.body_first_line }, parts.body)?;
    let links = resolve_fragments(parsed.internal_links, &path);
    let card = ArticleCard {
        slug,
        path,
        title: meta.title.trim().to_owned(),
        date: meta.date,
        summary: meta.summary.trim().to_owned(),
        category: meta.category,
        image,
        is_sample: meta.is_sample,
        reading_minutes: reading_minutes(parsed.document.word_count()),
    };
    Ok(ParsedArticle {
        file: file.to_owned(),
        card,
        tags: meta.tags.iter().map(|t| t.trim().to_owned()).collect(),
        last_modified: meta.updated.unwrap_or(meta.date).max(meta.date),
        body: parsed.document,
        links,
        slug_line: locate_key(&parts.toml, "duong_dan").or(locate_key(&parts.toml, "tieu_de")),
    })
}

pub fn parse_plan(file: &str, source: &str) -> Result<(Plan, Vec<InternalLink>), ContentError> {
    let source = nfc(source);
    let parts = split_front_matter(file, &source)?;
    let meta: PlanMeta = parse_front_matter(file, &parts.toml)?;
    let toml = parts.toml.as_str();
    require_text(toml, file, "tieu_de", &meta.title)?;
    require_text(toml, file, "co_quan_ban_hanh", &meta.issuing_body)?;
    require_text(toml, file, "nguon", &meta.source_note)?;
    require_text(toml, file, "nguoi_ky.ho_ten", &meta.signer.name)?;
    require_text(toml, file, "nguoi_ky.chuc_vu", &meta.signer.title)?;
    for (table, reference) in [("chi_thi", &meta.directive), ("can_cu", &meta.follows)] {
        require_text(toml, file, &format!("{table}.loai"), &reference.kind)?;
        require_text(toml, file, &format!("{table}.so_ky_hieu"), &reference.number)?;
        require_text(toml, file, &format!("{table}.co_quan"), &reference.issuer)?;
        require_text(toml, file, &format!("{table}.trich_yeu"), &reference.subject)?;
    }
    if let Some(date) = &meta.issued {
        let month_ok = date.month.is_none_or(|m| (1..=12).contains(&m));
        let day_ok = date.day.is_none_or(|d| (1..=31).contains(&d)) && !(date.day.is_some() && date.month.is_none());
        if !month_ok || !day_ok {
            return Err(ContentError {
                file: file.to_owned(),
                line: locate_key(toml, "ngay_ban_hanh"),
                field: "ngay_ban_hanh".into(),
                message: "ngày hoặc tháng không hợp lệ (ghi `ngay` thì phải có `thang`)".into(),
            });
        }
    }
    if meta.targets.is_empty() {
        return Err(ContentError {
            file: file.to_owned(),
            line: Some(1),
            field: "chi_tieu".into(),
            message: "cần ít nhất một chỉ tiêu ([[chi_tieu]] với `nhan` và `gia_tri`)".into(),
        });
    }
    for (i, target) in meta.targets.iter().enumerate() {
        require_text(toml, file, &format!("chi_tieu[{i}].nhan"), &target.label)?;
        require_text(toml, file, &format!("chi_tieu[{i}].gia_tri"), &target.value)?;
    }
    let parsed = parse_markdown(Origin { file, field: BODY_FIELD, first_line: parts.body_first_line }, parts.body)?;
    let anchors = anchor_set(&parsed.document);
    for (i, target) in meta.targets.iter().enumerate() {
        if let Some(section) = &target.section {
            if !anchors.contains(section) {
                let field = format!("chi_tieu[{i}].muc");
                return Err(ContentError {
                    file: file.to_owned(),
                    line: locate_key(toml, &field),
                    field,
                    message: format!("kế hoạch không có mục `#{section}`; các mục có: {}", join(&anchors)),
                });
            }
        }
    }
    let links = resolve_fragments(parsed.internal_links, routes::PLAN.path);
    Ok((Plan { meta, body: parsed.document }, links))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    #[serde(default)]
    da_duyet: Option<bool>,
    #[serde(rename = "cap_nhat")]
    updated: Date,
    #[serde(rename = "cau_hoi")]
    items: Vec<QuestionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionEntry {
    /// Anchor id; made from `hoi` when absent.
    #[serde(rename = "ma", default)]
    id: Option<String>,
    #[serde(rename = "loai")]
    kind: QuestionKind,
    #[serde(rename = "hoi")]
    question: String,
    /// Markdown.
    #[serde(rename = "tra_loi")]
    answer: String,
    #[serde(rename = "can_cu")]
    legal_basis: String,
}

/// Parses a questions file in `language` (`hoi-dap.toml`, `hoi-dap.en.toml`): `cap_nhat` and
/// a list of `[[cau_hoi]]`.
pub fn parse_questions(
    file: &str,
    source: &str,
    language: Language,
) -> Result<(Questions, Vec<InternalLink>), ContentError> {
    let source = nfc(source);
    let raw: QuestionsFile = parse_front_matter(file, &source)?;
    crate::words::check_reviewed(raw.da_duyet, language).map_err(|(field, message)| ContentError {
        file: file.to_owned(),
        line: locate_key(&source, &field),
        field,
        message,
    })?;
    let mut items = Vec::with_capacity(raw.items.len());
    let mut links = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, entry) in raw.items.into_iter().enumerate() {
        let field = |name: &str| format!("cau_hoi[{i}].{name}");
        require_text(&source, file, &field("hoi"), &entry.question)?;
        require_text(&source, file, &field("tra_loi"), &entry.answer)?;
        require_text(&source, file, &field("can_cu"), &entry.legal_basis)?;
        let id = match entry.id {
            Some(id) if is_slug(&id) => id,
            Some(id) => {
                return Err(ContentError {
                    file: file.to_owned(),
                    line: locate_key(&source, &field("ma")),
                    field: field("ma"),
                    message: format!("`{id}` chỉ được gồm chữ thường không dấu, số và dấu `-`"),
                })
            }
            None => slugify(&entry.question),
        };
        if !seen.insert(id.clone()) {
            return Err(ContentError {
                file: file.to_owned(),
                line: locate_key(&source, &field("ma")).or(locate_key(&source, &field("hoi"))),
                field: field("ma"),
                message: format!("mã `{id}` bị trùng; đặt `ma` khác"),
            });
        }
        let answer_field = field("tra_loi");
        let parsed = parse_markdown(
            Origin { file, field: &answer_field, first_line: string_value_first_line(&source, &answer_field) },
            &entry.answer,
        )?;
        links.extend(resolve_fragments(parsed.internal_links, routes::QUESTIONS.path));
        items.push(Question {
            id,
            kind: entry.kind,
            question: entry.question.trim().to_owned(),
            answer: parsed.document,
            legal_basis: entry.legal_basis.trim().to_owned(),
            language,
        });
    }
    if items.is_empty() {
        return Err(ContentError {
            file: file.to_owned(),
            line: None,
            field: "cau_hoi".into(),
            message: "cần ít nhất một mục [[cau_hoi]]".into(),
        });
    }
    Ok((Questions { reviewed: raw.da_duyet, updated: raw.updated, items }, links))
}

// ---------------------------------------------------------------------------------------------
// Helpers

struct FrontMatter<'a> {
    /// The TOML with the opening `+++` line blanked, so its line numbers are the file's.
    toml: String,
    body: &'a str,
    body_first_line: usize,
}

fn split_front_matter<'a>(file: &str, source: &'a str) -> Result<FrontMatter<'a>, ContentError> {
    let missing = |message: &str| ContentError {
        file: file.to_owned(),
        line: Some(1),
        field: "(phần đầu +++)".into(),
        message: message.to_owned(),
    };
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = source.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("+++") {
        return Err(missing(
            "tệp phải bắt đầu bằng một dòng `+++`, tiếp theo là phần thông tin (TOML) và một dòng `+++` nữa",
        ));
    }
    let mut offset = source.find('\n').map_or(source.len(), |i| i + 1);
    let toml_start = offset;
    let mut line = 1;
    for text in lines {
        line += 1;
        if text.trim_end() == "+++" {
            let toml = format!("\n{}", &source[toml_start..offset]);
            let body = &source[offset + text.len()..];
            return Ok(FrontMatter { toml, body, body_first_line: line + 1 });
        }
        offset += text.len();
    }
    Err(missing("thiếu dòng `+++` đóng phần thông tin đầu tệp"))
}

/// [`parse_toml`], with serde's English messages for missing and unknown fields said in
/// Vietnamese and the field named.
fn parse_front_matter<T: DeserializeOwned>(file: &str, toml: &str) -> Result<T, ContentError> {
    parse_toml(file, toml).map_err(|mut err| {
        let parent = if err.field == "." { String::new() } else { format!("{}.", err.field) };
        if let Some(name) = backticked_after(&err.message, "missing field ") {
            err.field = format!("{parent}{name}");
            err.message = format!("thiếu trường bắt buộc `{name}`");
        } else if let Some(name) = backticked_after(&err.message, "unknown field ") {
            let expected = err.message.split_once("expected ").map(|(_, e)| e.to_owned()).unwrap_or_default();
            err.field = if err.field.ends_with(&name) { err.field.clone() } else { format!("{parent}{name}") };
            err.message = format!("không có trường `{name}` (viết sai tên?); các trường dùng được: {expected}");
            err.line = locate_key(toml, &err.field).or(err.line);
        } else if let Some(value) = backticked_after(&err.message, "unknown variant ") {
            let expected = err.message.split_once("expected ").map(|(_, e)| e.to_owned()).unwrap_or_default();
            err.message = format!("giá trị `{value}` không hợp lệ; chọn một trong: {expected}");
        }
        err
    })
}

fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split_once('`').map(|(name, _)| name.to_owned())
}

fn require_text(toml: &str, file: &str, field: &str, value: &str) -> Result<(), ContentError> {
    if value.trim().is_empty() {
        return Err(ContentError {
            file: file.to_owned(),
            line: locate_key(toml, field),
            field: field.to_owned(),
            message: "không được để trống".into(),
        });
    }
    Ok(())
}

/// Line on which a (possibly multi-line) string value starts: a `"""` alone on the key's line
/// means the text starts on the next line.
fn string_value_first_line(source: &str, field: &str) -> usize {
    let Some(line) = locate_key(source, field) else { return 1 };
    let text = source.lines().nth(line - 1).unwrap_or("");
    let value = text.split_once('=').map_or("", |(_, v)| v.trim());
    if value == "\"\"\"" || value == "'''" {
        line + 1
    } else {
        line
    }
}

/// `#muc` links are to the page they are written on.
fn resolve_fragments(links: Vec<InternalLink>, page_path: &str) -> Vec<InternalLink> {
    links
        .into_iter()
        .map(|mut link| {
            if link.href.starts_with('#') {
                link.href = format!("{page_path}{}", link.href);
            }
            link
        })
        .collect()
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn read(path: &Path) -> Result<String, ContentError> {
    std::fs::read_to_string(path).map_err(|err| io_error(path, err))
}

fn io_error(path: &Path, err: std::io::Error) -> ContentError {
    ContentError {
        file: display(path),
        line: None,
        field: "(tệp)".into(),
        message: format!("không đọc được tệp: {err}"),
    }
}
