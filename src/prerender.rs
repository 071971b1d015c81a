//! Static-site generation, run natively after trunk has built the WebAssembly: renders every
//! route with the same components the browser hydrates, and writes the files a static host
//! needs (`404.html`, `robots.txt`, `sitemap.xml`, precompressed `.br`/`.gz` copies).

use crate::app::{App, WidgetApp};
use crate::site::boot::{BuildData, Island, BOOT_ELEMENT_ID};
use crate::site::language::{path_in, ContentChecked, IslandWords, Translations};
use crate::site::share::SHARE_BLOCK_ATTRIBUTE;
use crate::site::share_pictures::SharePictures;
use crate::statistics::page::Snapshot;
use crate::wizard::page::READ_ALOUD_ACTION;
use bhyt_content::atom_xml;
use bhyt_content::routes::{self, absolute_url, qr_code_path, Frame, Pages, Route, ROUTES};
use bhyt_content::SiteConfig;
use bhyt_content::StudentGuide;
use bhyt_content::{fixed_paths, load_locality, LocalityContent};
use bhyt_content::{robots_txt, sitemap_xml, SitemapEntry};
use bhyt_core::{Date, Language};
use bhyt_rules::LocalTopUps;
use futures::{executor::block_on, StreamExt};
use hydration_context::{SharedContext, SsrSharedContext};
use island_modules::IslandModules;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod island_modules;
pub mod island_translation;
pub mod offline;
pub mod province;
mod vietnamese_passages;

/// The locality built when `BHYT_DIA_PHUONG` is not set.
pub const DEFAULT_LOCALITY: &str = "kien-an";

/// Marker that trunk's output must not already contain (a second pre-render would nest pages).
const HEAD_MARKER: &str = "<!--HEAD-->";
const CHARSET_META: &str = "<meta charset=\"utf-8\">";

pub struct Options {
    /// trunk's staging directory, which becomes `dist/`.
    pub output_dir: PathBuf,
    /// The `content/` folder.
    pub content_dir: PathBuf,
    pub locality: String,
    /// The build's day in Vietnam: pre-rendered figures are as of it.
    pub built_on: Date,
    /// What is kept between builds, each under a hash of what makes it: the share pictures
    /// (`anh-chia-se/`, see [`bhyt_share_image::write_pictures`]) and the compressed styles,
    /// scripts and WebAssembly (`nen/`), the same for every locality of a province. `None`
    /// draws and compresses everything.
    pub cache_dir: Option<PathBuf>,
}

pub fn run(options: &Options) -> Result<Vec<PathBuf>, String> {
    let locality_dir = options.content_dir.join(&options.locality);
    let site = load_site(&locality_dir)?;
    let local_top_ups = LocalTopUps::load(&options.content_dir, &options.locality).map_err(|err| err.to_string())?;
    let (review_files, review_sample_people) =
        write_review_files(&options.output_dir, &locality_dir, options.built_on)?;
    let translations =
        load_translations(&options.content_dir, &options.locality, &site.languages, &site.locality.unit_kind)?;
    let build = BuildData {
        site,
        local_top_ups,
        built_on: options.built_on,
        communes: Vec::new(),
        review_sample_people,
        translations,
    };
    routes::serve_under(&build.site.locality.base_url);

    let template = Template::from_trunk_output(&options.output_dir)?;

    let content = Arc::new(
        load_locality(&options.content_dir, &options.locality, &fixed_paths()).map_err(|err| err.to_string())?,
    );
    let (snapshot, snapshot_text) = load_snapshot(&locality_dir, &build.site, options.built_on)?;
    // The live address may point at the published snapshot, and officials then update the
    // figures by replacing this one file.
    let mut written = write_statistics_files(&options.output_dir, &options.content_dir, &snapshot_text)?;
    written.extend(review_files);
    written.extend(write_app_files(&options.output_dir, &build)?);
    let translated = load_translated_content(options, &build.translations, &content)?;
    warn_if_stale(&build);
    let pictures = Arc::new(SharePictures::new(&build, &content, &snapshot)?);
    let inputs = PageInputs { build, content, snapshot, translated, pictures: pictures.clone() };
    let (build, content) = (&inputs.build, &inputs.content);
    // Every page of the route table, listed once: rendered below, then listed in the sitemap;
    // and each one a translation gives, as (language, Vietnamese path).
    let site = site_pages(content);
    let site_paths: Vec<String> = site.iter().map(|page| page.path.clone()).collect();
    let translated = build.translations.translated_pages(&site_paths);

    let base_url = &build.site.locality.base_url;
    // The share pictures (one per kind of page and one per article, reused from the cache when
    // what they draw has not changed) are drawn on other threads while the pages render.
    let all_pictures = pictures.all();
    let (pages, picture_stats) = std::thread::scope(|scope| {
        let drawing = scope.spawn(|| {
            let started = std::time::Instant::now();
            bhyt_share_image::write_pictures(
                &pictures.frame,
                &all_pictures,
                &options.output_dir,
                cache(&options.cache_dir, PICTURES_CACHE).as_deref(),
            )
            .map(|stats| (stats, started.elapsed()))
        });
        let pages = render_pages(&template, &inputs, &site, &translated, &options.output_dir);
        let stats = drawing.join().unwrap_or_else(|_| Err("ảnh chia sẻ: luồng vẽ bị lỗi".to_owned()));
        (pages, stats)
    });
    written.extend(pages?);
    for (language, islands) in &build.translations.islands {
        for (island, translation, _) in &islands.by_island {
            let json = serde_json::to_string(translation).map_err(|err| err.to_string())?;
            written.push(write(
                &options.output_dir,
                island.words_path(*language).trim_start_matches('/'),
                json.as_bytes(),
            )?);
        }
    }
    let page_paths: Vec<String> =
        site_paths.iter().cloned().chain(translated.iter().map(|(language, path)| path_in(*language, path))).collect();
    let (worker_files, kept) = offline::write_service_worker(&options.output_dir, &page_paths)?;
    written.extend(worker_files);
    eprintln!("prerender: sw.js giữ sẵn {} tệp, {} byte", kept.paths.len(), kept.bytes);
    let (stats, took) = picture_stats?;
    eprintln!(
        "prerender: {} ảnh chia sẻ ({} vẽ mới, {} lấy lại từ bộ nhớ đệm, {} byte) trong {:.1} s",
        all_pictures.len(),
        stats.drawn,
        stats.reused,
        stats.bytes,
        took.as_secs_f64()
    );
    written.extend(all_pictures.iter().map(|picture| options.output_dir.join(picture.file())));

    let site_title = build.translations.words(Language::SOURCE).site_name(&build.site.locality);
    written.push(write(&options.output_dir, "atom.xml", atom_xml(base_url, &site_title, &content.articles))?);
    written.push(write(&options.output_dir, "robots.txt", robots_txt(base_url))?);
    written.push(write(
        &options.output_dir,
        "sitemap.xml",
        sitemap_xml(base_url, &sitemap_entries(&site, &build.translations, content, options.built_on)),
    )?);

    precompress_dir(&options.output_dir, cache(&options.cache_dir, COMPRESSION_CACHE).as_deref())?;
    Ok(written)
}

/// The folders of [`Options::cache_dir`]: the share pictures, and the compressed styles, scripts
/// and WebAssembly.
const PICTURES_CACHE: &str = "anh-chia-se";
const COMPRESSION_CACHE: &str = "nen";

/// One folder of the cache, when there is one.
fn cache(cache_dir: &Option<PathBuf>, folder: &str) -> Option<PathBuf> {
    cache_dir.as_ref().map(|dir| dir.join(folder))
}

/// The web app manifest, so a resident can add the site to the home screen under the
/// locality's name, and its icons, drawn from `favicon.svg` (which trunk has copied into
/// `output_dir`). `web/index.html` links them from every page.
pub fn write_app_files(output_dir: &Path, build: &BuildData) -> Result<Vec<PathBuf>, String> {
    let site = &build.site;
    let icon_svg_path = output_dir.join("favicon.svg");
    let icon_svg =
        std::fs::read_to_string(&icon_svg_path).map_err(|err| format!("{}: {err}", icon_svg_path.display()))?;
    let mut written = Vec::new();
    for (size, file) in APP_ICONS {
        written.push(write(output_dir, file, bhyt_share_image::icon_png(&icon_svg, size)?)?);
    }
    let icon = |size: u32, file: &str, purpose: &str| {
        serde_json::json!({
            "src": routes::href(&format!("/{file}")),
            "sizes": format!("{size}x{size}"),
            "type": "image/png",
            "purpose": purpose,
        })
    };
    let locality = &site.locality;
    let home = routes::href("/");
    let manifest = serde_json::json!({
        "id": home,
        "name": build.translations.words(Language::SOURCE).site_name(locality),
        "short_name": format!("BHYT {}", locality.name),
        "description": routes::HOME.description,
        "lang": "vi",
        "dir": "ltr",
        "start_url": home,
        "scope": home,
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": bhyt_share_image::BRAND,
        "icons": [
            icon(192, APP_ICONS[1].1, "any"),
            icon(512, APP_ICONS[2].1, "any"),
            icon(512, APP_ICONS[2].1, "maskable"),
        ],
    });
    let text = serde_json::to_string_pretty(&manifest).map_err(|err| err.to_string())?;
    written.push(write(output_dir, APP_MANIFEST_FILE, text)?);
    Ok(written)
}

/// The manifest's file, as `web/index.html` links it.
pub const APP_MANIFEST_FILE: &str = "manifest.json";
/// The home-screen icons: iPhone's (`apple-touch-icon` in `web/index.html`), then Android's.
pub const APP_ICONS: [(u32, &str); 3] =
    [(180, "bieu-tuong-180.png"), (192, "bieu-tuong-192.png"), (512, "bieu-tuong-512.png")];

/// The statistics file a page's island fetches, and its JSON Schema, published beside the pages.
fn write_statistics_files(output_dir: &Path, content_dir: &Path, statistics: &str) -> Result<Vec<PathBuf>, String> {
    let schema_path = content_dir.join(STATISTICS_SCHEMA_FILE);
    let schema = std::fs::read_to_string(&schema_path).map_err(|err| format!("{}: {err}", schema_path.display()))?;
    Ok(vec![
        write(output_dir, routes::SNAPSHOT_PATH.trim_start_matches('/'), statistics)?,
        write(output_dir, routes::SCHEMA_PATH.trim_start_matches('/'), &schema)?,
    ])
}

/// The review's template, its allowed values and the locality's made-up list (checked like an
/// official's list: a cell the reader refuses fails the build), beside `/can-bo/ra-soat/`; and
/// the number of people in that list.
fn write_review_files(
    output_dir: &Path,
    locality_dir: &Path,
    built_on: Date,
) -> Result<(Vec<PathBuf>, Option<usize>), String> {
    use crate::review::{ALLOWED_VALUES_CSV, SAMPLE_LIST, TEMPLATE_CSV, TEMPLATE_XLSX};
    let folder = routes::REVIEW.path.trim_start_matches('/');
    let mut written = vec![
        write(output_dir, &format!("{folder}{TEMPLATE_XLSX}"), bhyt_review::template_xlsx())?,
        write(output_dir, &format!("{folder}{TEMPLATE_CSV}"), bhyt_review::template_csv())?,
        write(output_dir, &format!("{folder}{ALLOWED_VALUES_CSV}"), bhyt_review::allowed_values_csv())?,
    ];
    let sample_path = locality_dir.join(SAMPLE_LIST);
    let Ok(bytes) = std::fs::read(&sample_path) else { return Ok((written, None)) };
    let file = sample_path.display();
    let rows = bhyt_review::rows_from_file(SAMPLE_LIST, &bytes).map_err(|problem| format!("{file}: {problem}"))?;
    let reading = bhyt_review::read_rows(&rows, built_on, crate::site::policy_data::national_policy());
    if let Some(problem) = reading.problems.first() {
        return Err(format!("{file}: {problem}"));
    }
    written.push(write(output_dir, &format!("{folder}{SAMPLE_LIST}"), &bytes)?);
    Ok((written, Some(reading.people.len())))
}

/// Every page of the route table, its QR code where the table asks for one, and `404.html`.
fn render_pages(
    template: &Template,
    inputs: &PageInputs,
    site: &[SitePage],
    translated: &[(Language, String)],
    output_dir: &Path,
) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    let base_url = &inputs.build.site.locality.base_url;
    for page in site {
        let html = render_page(template, &page.path, Language::SOURCE, inputs)?;
        written.push(write(output_dir, &page_file(&page.path), &html)?);
        if page.route.qr_code {
            let qr = qr_svg(&absolute_url(base_url, &page.path))?;
            written.push(write(output_dir, qr_code_path(&page.path).trim_start_matches('/'), &qr)?);
        }
    }
    // Each translation at `/<code>/` and the Vietnamese path, with its own QR code.
    for (language, path) in translated {
        let html = render_page(template, path, *language, inputs)?;
        let translated_path = path_in(*language, path);
        written.push(write(output_dir, &page_file(&translated_path), &html)?);
        if routes::route_of(path).is_some_and(|route| route.qr_code) {
            let qr = qr_svg(&absolute_url(base_url, &translated_path))?;
            written.push(write(output_dir, qr_code_path(&translated_path).trim_start_matches('/'), &qr)?);
        }
    }
    // Any path the router does not know renders its fallback; static hosts serve it as 404.html.
    let not_found = render_page(template, "/404.html", Language::SOURCE, inputs)?;
    written.push(write(output_dir, "404.html", &not_found)?);
    Ok(written)
}

/// A warning, not an error: policy values last checked long before the build still build, but
/// officials should check them again.
fn warn_if_stale(build: &BuildData) {
    use crate::pages::rules_review::{oldest_check, STALE_AFTER_DAYS};
    let today = build.built_on;
    let local = &build.local_top_ups;
    if let Some(oldest) = oldest_check(crate::site::policy_data::national_policy(), local) {
        let days = oldest.days_until(today);
        if days > STALE_AFTER_DAYS {
            eprintln!(
                "CẢNH BÁO: có số liệu chính sách được kiểm tra lần cuối ngày {} ({days} ngày trước ngày dựng trang, quá {STALE_AFTER_DAYS} ngày). Xem trang /quy-dinh/ và đối chiếu lại content/chinh-sach.toml, ho-tro-dia-phuong.toml.",
                oldest.to_vietnamese()
            );
        }
    }
}

/// The JSON Schema of the statistics file, in `content/`.
const STATISTICS_SCHEMA_FILE: &str = "thong-ke.schema.json";

/// Reads and checks the statistics snapshot with the same strict parser the browser uses; a
/// broken file stops the build with every problem, its line and its field path.
fn load_snapshot(locality_dir: &Path, site: &SiteConfig, today: Date) -> Result<(Snapshot, String), String> {
    let path = locality_dir.join(&site.statistics.snapshot_file);
    let text = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    match bhyt_stats::parse(&text, today) {
        Ok(statistics) => Ok((Snapshot(Arc::new(statistics)), text)),
        Err(errors) => {
            let lines: Vec<String> = errors
                .iter()
                .map(|error| match bhyt_stats::line_of_field(&text, &error.path) {
                    Some(line) => format!("{}:{line}: {error}", path.display()),
                    None => format!("{}: {error}", path.display()),
                })
                .collect();
            Err(format!("Tệp số liệu có lỗi ({} lỗi):\n{}", lines.len(), lines.join("\n")))
        }
    }
}

/// The content files of each language: the student guide (`hoc-sinh.toml`, `hoc-sinh.en.toml`…)
/// and the questions and answers, for each language whose words translate their pages.
pub fn load_translated_content(
    options: &Options,
    translations: &Translations,
    content: &LocalityContent,
) -> Result<BTreeMap<Language, TranslatedContent>, String> {
    let (root, locality) = (&options.content_dir, &options.locality);
    let site_paths = fixed_paths();
    let guide = |language| {
        bhyt_content::load_guide(root, locality, language, &site_paths).map(Arc::new).map_err(|err| err.to_string())
    };
    let vietnamese =
        TranslatedContent { guide: guide(Language::SOURCE)?, questions: Arc::new(content.questions.clone()) };
    let mut out = BTreeMap::new();
    // A page the language does not translate reads the Vietnamese file.
    for (language, words) in translations.words.iter().filter(|(language, _)| **language != Language::SOURCE) {
        let guide = if words.has_page(routes::STUDENTS.path) { guide(*language)? } else { vietnamese.guide.clone() };
        let questions = if words.has_page(routes::QUESTIONS.path) {
            let translated = bhyt_content::load_translated_questions(root, locality, *language, content, &site_paths);
            Arc::new(translated.map_err(|err| err.to_string())?)
        } else {
            vietnamese.questions.clone()
        };
        out.insert(*language, TranslatedContent { guide, questions });
    }
    out.insert(Language::SOURCE, vietnamese);
    Ok(out)
}

/// The words of each language the locality publishes, and of the islands each translates.
/// `unit_kind` is the locality's kind of unit (`site.toml`), which the statistics name in the
/// translation's words when its words list it.
pub fn load_translations(
    content_dir: &Path,
    locality: &str,
    languages: &[Language],
    unit_kind: &str,
) -> Result<Translations, String> {
    let mut translations = BTreeMap::new();
    let mut islands = BTreeMap::new();
    for language in languages {
        let words = bhyt_content::load_words(content_dir, locality, *language).map_err(|err| err.to_string())?;
        if *language != Language::SOURCE {
            let mut by_island = Vec::new();
            for island in Island::ALL {
                if let Some((mut translation, checked)) =
                    island_translation::load(content_dir, *language, &words, island)?
                {
                    if island == Island::Statistics {
                        if let (translated, true) = words.unit_kind(unit_kind) {
                            translation.texts.push((bhyt_core::lowercase(unit_kind), translated));
                            translation.texts.sort();
                        }
                    }
                    by_island.push((island, translation, checked));
                }
            }
            // Every translated page is built with its language's figures, dates and money.
            islands.insert(*language, IslandWords::new(*language, by_island));
        }
        translations.insert(*language, Arc::new(words));
    }
    Ok(Translations { words: translations, islands })
}

fn load_site(locality_dir: &Path) -> Result<SiteConfig, String> {
    let path = locality_dir.join("site.toml");
    let source = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    SiteConfig::from_toml(&path.display().to_string(), &source).map_err(|err| err.to_string())
}

/// One page the build writes, and the route it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct SitePage {
    pub path: String,
    pub route: Route,
}

/// Every page to pre-render, in the order of [`ROUTES`]: each single page, and the pages of
/// each family made from the questions and the content.
pub fn site_pages(content: &LocalityContent) -> Vec<SitePage> {
    let paths = |route: &Route| -> Vec<String> {
        match route.pages {
            Pages::One => vec![route.path.to_owned()],
            Pages::Questions => bhyt_rules::QuestionId::ALL.into_iter().map(crate::wizard::question_path).collect(),
            Pages::NewsListPages => content.news_pages().into_iter().skip(1).map(|page| page.path).collect(),
            Pages::Articles => content.articles.iter().map(|article| article.card.path.clone()).collect(),
        }
    };
    ROUTES.iter().flat_map(|route| paths(route).into_iter().map(|path| SitePage { path, route: *route })).collect()
}

/// The pages the route table puts in the sitemap, each dated by its content's last change, or
/// by the build when it has no content of its own.
/// Each page in a language has its own entry, and every entry of a translated page lists all
/// of its languages.
fn sitemap_entries(
    site: &[SitePage],
    translations: &Translations,
    content: &LocalityContent,
    built_on: Date,
) -> Vec<SitemapEntry> {
    let changed: BTreeMap<String, String> =
        content.sitemap_entries().into_iter().map(|entry| (entry.path, entry.last_modified)).collect();
    site.iter()
        .filter(|page| page.route.sitemap)
        .flat_map(|page| {
            let last_modified = changed.get(&page.path).cloned().unwrap_or_else(|| built_on.to_string());
            let alternates: Vec<(String, String)> = translations
                .alternates(&page.path)
                .into_iter()
                .map(|(hreflang, path)| (hreflang.to_owned(), path))
                .collect();
            translations.languages_of(&page.path).into_iter().map(move |language| SitemapEntry {
                path: path_in(language, &page.path),
                last_modified: last_modified.clone(),
                alternates: alternates.clone(),
            })
        })
        .collect()
}

/// A QR code as SVG, for posters: black on white with the quiet zone the standard asks for.
fn qr_svg(url: &str) -> Result<String, String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|err| format!("mã QR cho {url}: {err}"))?;
    Ok(code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build())
}

/// `/` → `index.html`, `/ke-hoach/` → `ke-hoach/index.html`.
pub fn page_file(path: &str) -> String {
    format!("{}index.html", path.trim_start_matches('/'))
}

fn write(dir: &Path, relative: &str, contents: impl AsRef<[u8]>) -> Result<PathBuf, String> {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|err| format!("{}: {err}", parent.display()))?;
    }
    std::fs::write(&path, contents).map_err(|err| format!("{}: {err}", path.display()))?;
    Ok(path)
}

/// What every page is rendered from, loaded and checked once per build and provided to the
/// pages as contexts.
pub struct PageInputs {
    pub build: BuildData,
    pub content: Arc<LocalityContent>,
    pub snapshot: Snapshot,
    /// The content files of each language the locality publishes.
    pub translated: BTreeMap<Language, TranslatedContent>,
    /// The share picture of every page.
    pub pictures: Arc<SharePictures>,
}

/// The content a page reads in one language.
pub struct TranslatedContent {
    pub guide: Arc<StudentGuide>,
    pub questions: Arc<bhyt_content::Questions>,
}

impl TranslatedContent {
    /// Whether the content file the page at `path` reads has been checked by a reader of its
    /// language (`da_duyet`); true for the Vietnamese and for pages that read none.
    pub fn checked_for(&self, path: &str) -> bool {
        let page = bhyt_content::translated_with(path);
        let reviewed = if page == routes::STUDENTS.path {
            self.guide.reviewed
        } else if page == routes::QUESTIONS.path {
            self.questions.reviewed
        } else {
            None
        };
        reviewed != Some(false)
    }
}

/// trunk's `index.html` without the scripts of `public/`, the island modules it built, and
/// those scripts' text, prepared once per build.
pub struct Template {
    trunk_index_html: String,
    modules: IslandModules,
    /// The text of each of [`PAGE_SCRIPTS`] that the template has, in that order.
    scripts: Vec<(&'static PageScript, String)>,
}

impl Template {
    /// The template of trunk's output in `dir`, its modules renamed by their hashes.
    pub fn from_trunk_output(dir: &Path) -> Result<Template, String> {
        let path = dir.join("index.html");
        let html = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
        if html.contains(HEAD_MARKER) {
            return Err(format!("{} đã được dựng sẵn; hãy chạy lại `trunk build`", path.display()));
        }
        Template::new(html, IslandModules::hash_names(dir)?, dir)
    }

    /// Takes the scripts of `public/` out of the template and out of `dir` (trunk's staging
    /// directory): each page carries the ones it needs inline, since as files they would be
    /// one more request each before the first paint.
    pub fn new(mut trunk_index_html: String, modules: IslandModules, dir: &Path) -> Result<Template, String> {
        let mut scripts = Vec::new();
        for script in PAGE_SCRIPTS {
            let tag_start = format!("<script src=\"/{}-", script.name);
            let Some(begin) = trunk_index_html.find(&tag_start) else { continue };
            let end = trunk_index_html[begin..].find("</script>").map(|end| begin + end + "</script>".len());
            let file = trunk_index_html[begin + "<script src=\"/".len()..].split('"').next().unwrap_or_default();
            let (Some(end), path) = (end, dir.join(file)) else {
                return Err(format!("{tag_start}: thẻ không đóng"));
            };
            let text = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
            std::fs::remove_file(&path).map_err(|err| format!("{}: {err}", path.display()))?;
            if text.contains("</script") {
                return Err(format!("{}: không được chứa `</script`", path.display()));
            }
            trunk_index_html.replace_range(begin..end, "");
            scripts.push((script, text));
        }
        // trunk writes the styles' and icons' addresses from the root of the host.
        let trunk_index_html = ["href", "src"].iter().fold(trunk_index_html, |html, attribute| {
            html.replace(&format!(" {attribute}=\"/"), &format!(" {attribute}=\"{}", routes::href("/")))
        });
        Ok(Template { trunk_index_html, modules, scripts })
    }

    /// The template for a page with this body: each of [`PAGE_SCRIPTS`], inline, only where the
    /// body has what it works on; the island loader names the modules that hold its islands.
    fn for_body(&self, body: &str) -> Result<String, String> {
        // A template without the loader loads no islands, so asks for no modules.
        let mut tags = String::new();
        for (script, text) in &self.scripts {
            let attributes = match script.used_by {
                ScriptUse::Islands => match self.modules.for_body(body)? {
                    modules if modules.is_empty() => continue,
                    modules => {
                        let modules: Vec<String> = modules.into_iter().map(routes::href).collect();
                        format!(" data-modules=\"{}\"", modules.join(" "))
                    }
                },
                ScriptUse::Attribute(attribute) if !body.contains(&attribute()) => continue,
                ScriptUse::Attribute(_) => String::new(),
            };
            tags.push_str(&format!(
                "<script type=\"module\" data-script=\"{}\"{attributes}>{text}</script>\n",
                script.name
            ));
        }
        Ok(self.trunk_index_html.replacen("</head>", &format!("{tags}</head>"), 1))
    }
}

/// A plain script of `public/` that trunk hashes into the `<head>` of `web/index.html`
/// (`<name>-<hash>.js`), and which pages need it.
struct PageScript {
    name: &'static str,
    used_by: ScriptUse,
}

enum ScriptUse {
    /// `islands.js`: pages with islands, told which modules to load.
    Islands,
    /// Pages whose body has this attribute.
    Attribute(fn() -> String),
}

/// The island loader; the share buttons' copy and native share, read aloud, the dated
/// figures' switch and the service worker's registration: plain JavaScript, no WebAssembly.
const PAGE_SCRIPTS: &[PageScript] = &[
    PageScript { name: "islands", used_by: ScriptUse::Islands },
    PageScript { name: "share", used_by: ScriptUse::Attribute(|| format!(" {SHARE_BLOCK_ATTRIBUTE}=\"")) },
    PageScript {
        name: "read-aloud",
        used_by: ScriptUse::Attribute(|| format!(" data-action=\"{READ_ALOUD_ACTION}\"")),
    },
    PageScript { name: "dated", used_by: ScriptUse::Attribute(|| " data-show-from=\"".to_owned()) },
    // A commune's pages, which can show that they are a saved copy (not its widget's, nor a
    // province's overview, which has no service worker).
    PageScript { name: "offline", used_by: ScriptUse::Attribute(|| " data-saved-copy=\"".to_owned()) },
];

/// Renders one route of a locality into trunk's `index.html`.
/// Renders one route of a locality into trunk's `index.html`, in `language`: the page at the
/// Vietnamese `path`, with that language's words, and `lang` on `<html>`.
pub fn render_page(template: &Template, path: &str, language: Language, inputs: &PageInputs) -> Result<String, String> {
    let PageInputs { build, content, snapshot, translated, pictures } = inputs;
    let files =
        translated.get(&language).or_else(|| translated.get(&Language::SOURCE)).expect("the Vietnamese content");
    let words = build.translations.islands(language).map(|islands| islands.kept);
    let page = bhyt_core::with_translation(words, || {
        render_document(template, path, build, || {
            provide_context(language);
            let islands_checked = build.translations.islands(language).is_none_or(|islands| islands.checked_for(path));
            provide_context(ContentChecked(files.checked_for(path) && islands_checked));
            provide_context(content.clone());
            provide_context(files.guide.clone());
            provide_context(files.questions.clone());
            provide_context(snapshot.clone());
            provide_context(pictures.clone());
            let data = build.clone();
            if routes::route_of(path).is_some_and(|route| route.frame == Frame::Widget) {
                view! { <WidgetApp data/> }.into_any()
            } else {
                view! { <App data/> }.into_any()
            }
        })
    })?;
    let source_lang = format!("<html lang=\"{}\"", Language::SOURCE.code());
    if !page.contains(&source_lang) {
        return Err(format!("index.html: cần `{source_lang}>`"));
    }
    let page = page.replacen(&source_lang, &format!("<html lang=\"{}\"", language.code()), 1);
    Ok(if language == Language::SOURCE { page } else { vietnamese_passages::mark_vietnamese_passages(&page) })
}

/// Renders the view `app` makes (after providing its contexts) at `path` into trunk's
/// `index.html`: the body, the `<head>` tags from `leptos_meta`, the hydration data and the
/// boot data.
pub fn render_document(
    template: &Template,
    path: &str,
    build: &BuildData,
    app: impl FnOnce() -> AnyView,
) -> Result<String, String> {
    let shared: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(shared.clone()));
    let (meta_context, meta_output) = ServerMetaContext::new();
    let stream = owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(meta_context);
        app().to_html_stream_in_order()
    });
    let page = block_on(async {
        let body = stream.collect::<Vec<String>>().await.concat();
        let hydration_data = shared
            .pending_data()
            .map(|data| data.collect::<Vec<String>>())
            .ok_or_else(|| "hydration data missing".to_owned())?
            .await
            .concat();
        // A page without an island needs no WebAssembly, no loader and no boot data: it is
        // plain HTML and CSS, and downloads nothing else.
        let has_islands = body.contains(ISLAND_TAG);
        let template = &template.for_body(&body).map_err(|err| format!("{path}: {err}"))?;
        let scripts = if has_islands {
            let islands = island_modules::islands_in(&body);
            let language = bhyt_core::current_language();
            // The words of the page's island, when its language translates it (a page has one).
            let words = Island::ALL
                .into_iter()
                .filter(|island| islands.contains(&island.component()))
                .find(|island| build.translations.islands(language).is_some_and(|words| words.of(*island).is_some()))
                .map(|island| format!(" data-words=\"{}\"", routes::href(&island.words_path(language))))
                .unwrap_or_default();
            format!(
                "\n<script type=\"application/json\" id=\"{BOOT_ELEMENT_ID}\"{words}>{}</script>\n<script>{hydration_data}</script>",
                build.boot().for_islands(&islands).to_script_json()
            )
        } else {
            String::new()
        };
        // After `<meta charset>`: browsers look for it in the first 1024 bytes only, and a host
        // that sends no charset would otherwise decode the boot data's Vietnamese as Latin-1.
        let anchor = if template.contains(CHARSET_META) { CHARSET_META } else { "<head>" };
        let page = template
            .replacen(anchor, &format!("{anchor}{scripts}"), 1)
            .replacen("</head>", &format!("{HEAD_MARKER}</head>"), 1)
            .replacen("<body></body>", &format!("<body>{body}</body>"), 1);
        let html = meta_output
            .inject_meta_context(futures::stream::iter([page]))
            .await
            .collect::<Vec<String>>()
            .await
            .concat();
        Ok::<String, String>(html)
    })?;
    owner.unset();
    let page = without_stray_markers(&page);
    // After every inline script is written: the policy carries their hashes.
    let anchor = if page.contains(CHARSET_META) { CHARSET_META } else { "<head>" };
    let page =
        page.replacen(anchor, &format!("{anchor}{}", crate::site::csp::csp_meta(&page, &build.site.statistics.url)), 1);
    if !page.contains("<main") {
        return Err(format!("{path}: trang dựng ra không có <main>; kiểm tra lại index.html (cần `<body></body>`)"));
    }
    Ok(page)
}

/// How Leptos marks an island in the rendered HTML.
const ISLAND_TAG: &str = "<leptos-island";

/// The hydration marker Leptos writes for an empty view (an HTML parse error, "bogus comment",
/// that parsers read as an empty comment).
const MARKER: &str = "<!>";
/// The same empty comment node, written validly.
const EMPTY_COMMENT: &str = "<!---->";

/// The page without the hydration markers Leptos writes where nothing will ever hydrate: a
/// `<!>` outside every `<leptos-island>` is removed. Inside an island (nested ones included)
/// the markers are what hydration walks, so they stay, written as `<!---->`: the parser makes
/// the same empty comment node of both, so the island's DOM is unchanged, and the page is
/// valid HTML. Everything else is kept byte for byte; only literal markers in markup count:
/// text (escaped, `&lt;!&gt;`), attribute values, comments and `<script>`/`<style>` contents
/// are never touched, and a `<leptos-island` there opens nothing.
pub fn without_stray_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut depth = 0usize;
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with(MARKER) {
            if depth > 0 {
                out.push_str(EMPTY_COMMENT);
            }
            rest = &rest[MARKER.len()..];
            continue;
        }
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |end| end + 3)
        } else {
            let tag_end = tag_end(rest);
            let tag = &rest[..tag_end];
            let name = tag_name(tag);
            if name.eq_ignore_ascii_case("leptos-island") {
                depth += 1;
            } else if name.eq_ignore_ascii_case("/leptos-island") {
                depth = depth.saturating_sub(1);
            }
            // Raw text: nothing inside is markup until the element's end tag.
            let raw = ["script", "style"].into_iter().find(|raw| name.eq_ignore_ascii_case(raw));
            match raw {
                Some(raw) => {
                    let close = format!("</{raw}");
                    let lower = rest[tag_end..].to_ascii_lowercase();
                    lower.find(&close).map_or(rest.len(), |at| tag_end + at)
                }
                None => tag_end,
            }
        };
        out.push_str(&rest[..end]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Length of the tag at the start of `html` (up to and including its `>`), skipping quoted
/// attribute values; a `<` that opens no tag is one character of text.
fn tag_end(html: &str) -> usize {
    let bytes = html.as_bytes();
    let opens_tag = bytes.get(1).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!');
    if !opens_tag {
        return 1;
    }
    let mut quote = None;
    for (index, byte) in bytes.iter().enumerate().skip(1) {
        match (quote, byte) {
            (None, b'"' | b'\'') => quote = Some(*byte),
            (Some(open), _) if open == *byte => quote = None,
            (None, b'>') => return index + 1,
            _ => {}
        }
    }
    html.len()
}

/// `<div class="a">` → `div`, `</div>` → `/div`.
fn tag_name(tag: &str) -> &str {
    let inner = &tag[1..];
    let end = inner.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(inner.len());
    inner[..end].trim_end_matches('/')
}

/// Writes `.br` and `.gz` (level 9) beside every text asset, for hosts that serve precompressed
/// files (see deploy/nginx). Brotli runs at its best quality (11) for the few large, long-cached
/// assets, and at 9 for the pages, which are many and small: a thousand articles then build in
/// seconds, for a few bytes more per page. Those assets are the same in every build of the same
/// code: with a `cache`, each is compressed once and then copied.
pub fn precompress_dir(dir: &Path, cache: Option<&Path>) -> Result<(), String> {
    for path in files_under(dir)? {
        let compressible = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("html" | "css" | "js" | "wasm" | "json" | "xml" | "svg" | "txt" | "csv")
        );
        if !compressible {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|err| format!("{}: {err}", path.display()))?;
        let long_cached = matches!(path.extension().and_then(|e| e.to_str()), Some("css" | "js" | "wasm"));
        let quality = if long_cached { 11 } else { 9 };
        let cached = cache.filter(|_| long_cached).map(|dir| {
            let digest = <sha2::Sha256 as sha2::Digest>::digest(&bytes);
            dir.join(digest.iter().take(16).map(|byte| format!("{byte:02x}")).collect::<String>())
        });
        for suffix in ["br", "gz"] {
            let kept = cached.as_ref().map(|key| with_suffix(key, suffix));
            let compressed = match kept.as_ref().and_then(|file| std::fs::read(file).ok()) {
                Some(compressed) => compressed,
                None => {
                    let compressed = if suffix == "br" { brotli_bytes(&bytes, quality) } else { gzip_bytes(&bytes) };
                    if let Some(file) = &kept {
                        keep(file, &compressed)?;
                    }
                    compressed
                }
            };
            std::fs::write(with_suffix(&path, suffix), compressed).map_err(|err| err.to_string())?;
        }
    }
    Ok(())
}

/// Stores `bytes` in the cache by a rename, so builds running side by side never read half a file.
fn keep(file: &Path, bytes: &[u8]) -> Result<(), String> {
    let folder = file.parent().unwrap_or(file);
    std::fs::create_dir_all(folder).map_err(|err| format!("{}: {err}", folder.display()))?;
    let temporary = with_suffix(file, &format!("tmp-{}", std::process::id()));
    std::fs::write(&temporary, bytes).map_err(|err| format!("{}: {err}", temporary.display()))?;
    std::fs::rename(&temporary, file).map_err(|err| format!("{}: {err}", file.display()))
}

pub fn brotli_bytes(bytes: &[u8], quality: i32) -> Vec<u8> {
    let mut out = Vec::new();
    // A window no longer than the file compresses it as well, and spares the encoder the tables
    // of a 4 MB window: most of a province build's time went into clearing them for each page.
    let lgwin = (usize::BITS - bytes.len().leading_zeros()).clamp(10, 22) as i32;
    let params = brotli::enc::BrotliEncoderParams { quality, lgwin, size_hint: bytes.len(), ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in-memory brotli");
    out
}

fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("in-memory gzip");
    encoder.finish().expect("in-memory gzip")
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).map_err(|err| format!("{}: {err}", current.display()))? {
            let path = entry.map_err(|err| err.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Today's date in Vietnam (UTC+7), or the day of `SOURCE_DATE_EPOCH` for reproducible builds.
pub fn build_date() -> Date {
    let seconds =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|value| value.parse::<i64>().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
        });
    Date::in_vietnam_at_unix_seconds(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_carries_inline_only_the_scripts_it_needs() {
        let dir = std::env::temp_dir().join(format!("bhyt-template-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("islands-1.js"), "load();").unwrap();
        std::fs::write(dir.join("share-2.js"), "share();").unwrap();
        let template = "<head><meta charset=\"utf-8\">\n<script src=\"/islands-1.js\" integrity=\"x\" type=\"module\"></script>\n<script src=\"/share-2.js\" integrity=\"y\" type=\"module\"></script>\n<link rel=\"stylesheet\" href=\"/main.css\"></head><body></body>";
        let forms = Template::new(template.to_owned(), IslandModules::default(), &dir).unwrap();
        assert!(!dir.join("islands-1.js").exists() && !dir.join("share-2.js").exists(), "inline, not files");
        let plain = forms.for_body("<p>plain</p>").unwrap();
        assert!(!plain.contains("<script") && plain.contains("/main.css"), "{plain}");
        // The share block's script is not part of the WebAssembly: it goes only where asked.
        let share_block = format!("<div {SHARE_BLOCK_ATTRIBUTE}=\"T\"></div>");
        let shared = forms.for_body(&share_block).unwrap();
        assert_eq!(shared.matches("<script").count(), 1, "{shared}");
        assert!(shared.contains("<script type=\"module\" data-script=\"share\">share();</script>"), "{shared}");
        // An island no module holds stops the build.
        let island = "<leptos-island data-component=\"Questions_1\" data-props=\"{}\"></leptos-island>";
        assert!(forms.for_body(island).unwrap_err().contains("Questions"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn markers_outside_islands_are_removed_and_islands_keep_theirs() {
        let island = "<leptos-island data-component=\"A\" data-props=\"{}\"><p>x<!>y</p><!></leptos-island>";
        let page = format!("<body><h1>T<!>i</h1><!>{island}<p><!>z</p></body>");
        assert_eq!(
            without_stray_markers(&page),
            "<body><h1>Ti</h1><leptos-island data-component=\"A\" data-props=\"{}\"><p>x<!---->y</p><!----></leptos-island><p>z</p></body>"
        );
        // Nested islands: the outer one stays open after the inner one closes.
        let nested = "<leptos-island><!><leptos-island><!></leptos-island><!></leptos-island><!>";
        assert_eq!(
            without_stray_markers(nested),
            "<leptos-island><!----><leptos-island><!----></leptos-island><!----></leptos-island>"
        );
    }

    #[test]
    fn text_that_looks_like_a_marker_is_kept() {
        for page in [
            "<p>&lt;!&gt; and a < b, 1<2 and <! b</p>",
            "<p title=\"<!> <leptos-island>\">t</p>",
            "<p title='a > <!>'>t</p>",
            "<!-- <!> <leptos-island> --><p>x</p>",
            "<script type=\"application/json\">{\"a\":\"<!> <leptos-island>\"}</script>",
            "<style>p::before{content:\"<!>\"}</style>",
            "<SCRIPT>let a = '<!>';</SCRIPT>",
        ] {
            assert_eq!(without_stray_markers(page), page);
        }
        // A `<leptos-island` in text or a script opens no island: the marker after it goes.
        assert_eq!(
            without_stray_markers("<script>'<leptos-island>'</script><!><p>&lt;leptos-island&gt;<!></p>"),
            "<script>'<leptos-island>'</script><p>&lt;leptos-island&gt;</p>"
        );
        assert_eq!(without_stray_markers("a<!>"), "a");
        assert_eq!(without_stray_markers("<p>unclosed <a href=\"x"), "<p>unclosed <a href=\"x");
    }

    #[test]
    fn page_files() {
        assert_eq!(page_file("/"), "index.html");
        assert_eq!(page_file("/ke-hoach/"), "ke-hoach/index.html");
    }
}
