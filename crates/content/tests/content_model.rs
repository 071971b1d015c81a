//! Front matter, Markdown safety, links, related articles, pagination, the feed, and every
//! file shipped in `content/`.

use bhyt_content::atom_xml;
use bhyt_content::generate_sample_articles;
use bhyt_content::{fixed_paths, load_locality, parse_article, parse_plan, LocalityContent};
use bhyt_content::{paginate, Category};
use bhyt_content::{parse_markdown, Origin, BODY_FIELD};
use bhyt_content::{Block, Inline};
use std::path::{Path, PathBuf};

const ARTICLE: &str = "+++\n\
tieu_de = \"Hỏi đáp về thẻ BHYT\"\n\
ngay = 2026-09-15\n\
tom_tat = \"Tóm tắt.\"\n\
chuyen_muc = \"hoi-dap\"\n\
mau = true\n\
+++\n\
\n\
## Mục một\n\
\n\
Nội dung bài viết.\n";

fn article_error(source: &str) -> String {
    match parse_article("content/x/tin-tuc/bai.md", source) {
        Ok(_) => panic!("expected an error"),
        Err(err) => err.to_string(),
    }
}

fn body(markdown: &str) -> bhyt_content::Parsed {
    parse_markdown(Origin { file: "bai.md", field: BODY_FIELD, first_line: 10 }, markdown).unwrap()
}

fn body_error(markdown: &str) -> String {
    parse_markdown(Origin { file: "bai.md", field: BODY_FIELD, first_line: 10 }, markdown).unwrap_err().to_string()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bhyt-content-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn shipped_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// A minimal content tree: the shipped plan and questions, plus the given articles.
fn tree(name: &str, articles: &[(&str, &str)]) -> PathBuf {
    let root = temp_dir(name);
    std::fs::create_dir_all(root.join("x/tin-tuc")).unwrap();
    std::fs::create_dir_all(root.join("chung")).unwrap();
    std::fs::copy(shipped_content().join("kien-an/ke-hoach.md"), root.join("x/ke-hoach.md")).unwrap();
    std::fs::copy(shipped_content().join("chung/hoi-dap.toml"), root.join("chung/hoi-dap.toml")).unwrap();
    for (file, text) in articles {
        std::fs::write(root.join("x/tin-tuc").join(file), text).unwrap();
    }
    root
}

fn load(root: &Path) -> Result<LocalityContent, String> {
    load_locality(root, "x", &fixed_paths()).map_err(|e| e.to_string())
}

// ---------------------------------------------------------------------------------------------
// Front matter

#[test]
fn valid_article_parses_with_slug_from_title() {
    let article = parse_article("bai.md", ARTICLE).unwrap();
    assert_eq!(article.card.slug, "hoi-dap-ve-the-bhyt");
    assert_eq!(article.card.path, "/tin-tuc/hoi-dap-ve-the-bhyt/");
    assert_eq!(article.card.category, Category::QuestionsAndAnswers);
    assert_eq!(article.card.reading_minutes, 1);
    assert!(article.card.is_sample);
}

#[test]
fn missing_title_names_file_line_and_field() {
    let err = article_error(&ARTICLE.replace("tieu_de = \"Hỏi đáp về thẻ BHYT\"\n", ""));
    assert!(err.starts_with("content/x/tin-tuc/bai.md:1: trường `tieu_de`:"), "{err}");
}

#[test]
fn bad_date_names_file_line_and_field() {
    let err = article_error(&ARTICLE.replace("ngay = 2026-09-15", "ngay = \"15/09/2026\""));
    assert!(err.starts_with("content/x/tin-tuc/bai.md:3: trường `ngay`:"), "{err}");
    let err = article_error(&ARTICLE.replace("ngay = 2026-09-15", "ngay = \"2026-02-30\""));
    assert!(err.starts_with("content/x/tin-tuc/bai.md:3: trường `ngay`:"), "{err}");
}

#[test]
fn unknown_category_names_file_line_and_field() {
    let err = article_error(&ARTICLE.replace("\"hoi-dap\"", "\"thoi-su\""));
    assert!(err.starts_with("content/x/tin-tuc/bai.md:5: trường `chuyen_muc`:"), "{err}");
    assert!(err.contains("cai-chinh"), "lists the allowed values: {err}");
}

#[test]
fn image_without_alt_names_file_line_and_field() {
    let err = article_error(&ARTICLE.replace("mau = true", "mau = true\nanh = \"/anh/a.jpg\""));
    assert!(err.starts_with("content/x/tin-tuc/bai.md:7: trường `mo_ta_anh`:"), "{err}");
    let ok = parse_article(
        "bai.md",
        &ARTICLE.replace("mau = true", "mau = true\nanh = \"/anh/a.jpg\"\nmo_ta_anh = \"Tổ trưởng phát tờ rơi\""),
    )
    .unwrap();
    assert_eq!(ok.card.image.unwrap().alt, "Tổ trưởng phát tờ rơi");
}

#[test]
fn misspelt_key_and_missing_front_matter_are_rejected() {
    let err = article_error(&ARTICLE.replace("tom_tat =", "tomtat ="));
    assert!(err.contains("tomtat"), "{err}");
    assert!(err.contains(":4:"), "{err}");
    let err = article_error("## Không có phần đầu\n");
    assert!(err.starts_with("content/x/tin-tuc/bai.md:1:"), "{err}");
    let err = article_error("+++\ntieu_de = \"a\"\n");
    assert!(err.contains("+++"), "{err}");
}

#[test]
fn bad_explicit_slug_is_rejected() {
    let err = article_error(&ARTICLE.replace("mau = true", "mau = true\nduong_dan = \"Hỏi đáp\""));
    assert!(err.contains("trường `duong_dan`") && err.contains(":7:"), "{err}");
}

#[test]
fn plan_target_must_point_to_an_existing_section() {
    let plan = std::fs::read_to_string(shipped_content().join("kien-an/ke-hoach.md")).unwrap();
    let broken = plan.replacen("muc = \"2-doi-moi", "muc = \"khong-co-2-doi-moi", 1);
    let err = parse_plan("ke-hoach.md", &broken).unwrap_err().to_string();
    assert!(err.contains("chi_tieu[0].muc"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Markdown safety

#[test]
fn raw_html_and_script_become_text() {
    let parsed = body("<script>alert(1)</script>\n\nChữ <b onclick=\"x()\">đậm</b> thường.\n\n<!-- ghi chú -->\n");
    let json = format!("{:?}", parsed.document);
    assert!(
        matches!(&parsed.document.blocks[0], Block::Paragraph { content } if matches!(&content[0], Inline::Text { text } if text == "<script>alert(1)</script>"))
    );
    assert!(json.contains("<b onclick=\\\"x()\\\">"), "inline HTML kept only as text: {json}");
    assert!(!json.contains("ghi chú"), "comments dropped: {json}");
    // The tree has no HTML node at all: every block is one of the safe kinds.
    assert_eq!(parsed.document.blocks.len(), 2);
}

#[test]
fn dangerous_links_are_rejected_with_line() {
    for href in
        ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example", "vbscript:x", "bai-khac/"]
    {
        let err = body_error(&format!("Dòng một.\n\n[bấm]({href})\n"));
        assert!(err.starts_with("bai.md:12: trường `(nội dung)`:"), "{href}: {err}");
    }
    let err = body_error("![ảnh](javascript:alert(1))\n");
    assert!(err.contains("bai.md:10"), "{err}");
}

#[test]
fn allowed_links_pass_and_internal_ones_are_collected() {
    let parsed = body("[a](https://x.vn) [b](mailto:a@b.vn) [c](tel:19009068) [d](/ke-hoach/#i-muc-dich-yeu-cau) [e](#muc) <a@b.vn>\n");
    let hrefs: Vec<&str> = parsed.internal_links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(hrefs, ["/ke-hoach/#i-muc-dich-yeu-cau", "#muc"]);
    assert!(format!("{:?}", parsed.document).contains("mailto:a@b.vn"));
}

#[test]
fn images_need_alt_and_their_own_paragraph() {
    let err = body_error("![](/anh/a.jpg)\n");
    assert!(err.contains("mô tả"), "{err}");
    let err = body_error("Chữ ![ảnh](/anh/a.jpg) chữ\n");
    assert!(err.contains("riêng"), "{err}");
    let parsed = body("![Trạm y tế phường](/anh/tram.jpg \"Trạm y tế\")\n");
    assert_eq!(
        parsed.document.blocks[0],
        Block::Image {
            src: "/anh/tram.jpg".into(), alt: "Trạm y tế phường".into(), caption: Some("Trạm y tế".into())
        }
    );
}

#[test]
fn structure_lists_tables_quotes_and_breaks() {
    let parsed = body("1. một\n   - con\n2. hai\n\n> trích\n\n| A | B |\n|---|--:|\n| 1 | 2 |\n\n---\n\n**đậm** *nghiêng* `mã`  \nxuống dòng\n");
    let blocks = &parsed.document.blocks;
    assert!(
        matches!(&blocks[0], Block::List { start: Some(1), items } if items.len() == 2 && matches!(items[0].blocks[1], Block::List { start: None, .. }))
    );
    assert!(matches!(&blocks[1], Block::BlockQuote { .. }));
    assert!(matches!(&blocks[2], Block::Table { head, rows, .. } if head.len() == 2 && rows.len() == 1));
    assert!(matches!(&blocks[3], Block::ThematicBreak));
    assert!(matches!(&blocks[4], Block::Paragraph { content } if content.contains(&Inline::LineBreak)));
}

#[test]
fn text_is_nfc_normalised() {
    let decomposed = ARTICLE.replace("Hỏi đáp", "Ho\u{309}i đa\u{301}p");
    let article = parse_article("bai.md", &decomposed).unwrap();
    assert_eq!(article.card.title, "Hỏi đáp về thẻ BHYT");
    assert_eq!(article.card.slug, "hoi-dap-ve-the-bhyt");
}

#[test]
fn heading_anchors_are_unique_and_stable() {
    let markdown = "## I. MỤC ĐÍCH, YÊU CẦU\n\n## Mục tiêu\n\n### Mục tiêu\n\n## Riêng {#ma-rieng}\n";
    let ids = |m: &str| body(m).document.table_of_contents().into_iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(ids(markdown), ["i-muc-dich-yeu-cau", "muc-tieu", "muc-tieu-2", "ma-rieng"]);
    assert_eq!(ids(markdown), ids(markdown));
    assert!(body_error("## A {#trung}\n\n## B {#trung}\n").contains("trung"));
}

// ---------------------------------------------------------------------------------------------
// Loading a locality

fn article(title: &str, date: &str, category: &str, tags: &str, body: &str) -> String {
    format!("+++\ntieu_de = \"{title}\"\nngay = {date}\ntom_tat = \"Tóm tắt.\"\nchuyen_muc = \"{category}\"\nmau = true\nthe = [{tags}]\n+++\n\n{body}\n")
}

#[test]
fn duplicate_slugs_are_rejected() {
    let a = article("Cùng một tên", "2026-09-01", "tin-tuc", "", "Nội dung.");
    let root = tree("trung", &[("a.md", &a), ("b.md", &a)]);
    let err = load(&root).unwrap_err();
    assert!(err.contains("b.md") && err.contains("duong_dan") && err.contains("a.md"), "{err}");
}

#[test]
fn broken_internal_links_are_rejected() {
    let good = article("Bài tốt", "2026-09-01", "tin-tuc", "", "[kế hoạch](/ke-hoach/#iv-to-chuc-thuc-hien) [hỏi](/hoi-dap/#phai-mua-ca-ho) [bài](/tin-tuc/bai-hai) [mục](#noi-dung)\n\n## Nội dung");
    let other = article("Bài hai", "2026-09-02", "tin-tuc", "", "Chữ.");
    assert!(load(&tree("lien-ket-tot", &[("a.md", &good), ("b.md", &other)])).is_ok());

    for (href, name) in [
        ("/khong-co/", "trang"),
        ("/ke-hoach/#khong-co", "muc-ke-hoach"),
        ("/tin-tuc/bai-khong-co/", "bai"),
        ("#khong-co", "muc-rieng"),
    ] {
        let bad = article("Bài hỏng", "2026-09-01", "tin-tuc", "", &format!("Dòng.\n\n[hỏng]({href})"));
        let err = load(&tree(&format!("lien-ket-{name}"), &[("hong.md", &bad)])).unwrap_err();
        assert!(err.contains("hong.md:12:"), "{href}: {err}");
    }
}

#[test]
fn articles_are_newest_first_with_related_and_reading_time() {
    let long_body = "chữ ".repeat(450);
    let files = [
        ("1.md", article("Học sinh một", "2026-09-01", "hoi-dap", "\"học sinh\"", &long_body)),
        ("2.md", article("Học sinh hai", "2026-09-05", "tin-tuc", "\"Học sinh\"", "Chữ.")),
        ("3.md", article("Cải chính", "2026-10-01", "cai-chinh", "", "Chữ.")),
        ("4.md", article("Hỏi đáp khác", "2026-08-01", "hoi-dap", "", "Chữ.")),
        ("5.md", article("Mới nhất", "2026-11-01", "guong-dien-hinh", "", "Chữ.")),
    ];
    let refs: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let content = load(&tree("lien-quan", &refs)).unwrap();
    let titles: Vec<&str> = content.articles.iter().map(|a| a.card.title.as_str()).collect();
    assert_eq!(titles, ["Mới nhất", "Cải chính", "Học sinh hai", "Học sinh một", "Hỏi đáp khác"]);

    let first = content.articles.iter().find(|a| a.card.title == "Học sinh một").unwrap();
    assert_eq!(first.card.reading_minutes, 3);
    let related: Vec<&str> = first.related.iter().map(|c| c.title.as_str()).collect();
    // Shared tag, then same category, then the newest of the rest; never itself.
    assert_eq!(related, ["Học sinh hai", "Hỏi đáp khác", "Mới nhất"]);
    assert!(content.articles.iter().all(|a| a.related.len() == 3 && a.related.iter().all(|r| r.slug != a.card.slug)));
}

#[test]
fn pagination_links_pages() {
    let pages = paginate(23, 10);
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].path, "/tin-tuc/");
    assert_eq!(pages[0].previous, None);
    assert_eq!(pages[0].next.as_deref(), Some("/tin-tuc/trang/2/"));
    assert_eq!(pages[1].previous.as_deref(), Some("/tin-tuc/"));
    assert_eq!((pages[2].start, pages[2].end), (20, 23));
    assert_eq!(pages[2].next, None);
    assert_eq!(paginate(0, 10).len(), 1);
    assert_eq!(paginate(10, 10).len(), 1);
}

#[test]
fn atom_feed_is_well_formed_absolute_and_escaped() {
    let files = [
        ("1.md", article("Tin <một> & \\\"hai\\\"", "2026-09-01", "tin-tuc", "", "Chữ.")),
        ("2.md", article("Tin mới", "2026-10-01", "cai-chinh", "", "Chữ.")),
    ];
    let refs: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let content = load(&tree("feed", &refs)).unwrap();
    let xml = atom_xml("https://a.gov.vn", "Phường <Thử> & Nghiệm", &content.articles);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some("http://www.w3.org/2005/Atom"));
    let child = |node: roxmltree::Node, name: &str| {
        node.children().find(|n| n.has_tag_name(name)).and_then(|n| n.text()).map(str::to_owned)
    };
    assert_eq!(child(feed, "title").as_deref(), Some("Phường <Thử> & Nghiệm"));
    assert_eq!(child(feed, "updated").as_deref(), Some("2026-10-01T00:00:00+07:00"));
    let entries: Vec<_> = feed.children().filter(|n| n.has_tag_name("entry")).collect();
    assert_eq!(entries.len(), 2);
    assert_eq!(child(entries[0], "id").as_deref(), Some("https://a.gov.vn/tin-tuc/tin-moi/"));
    assert_eq!(child(entries[1], "title").as_deref(), Some("[Bài mẫu] Tin <một> & \"hai\""));
    for entry in &entries {
        let link = entry.children().find(|n| n.has_tag_name("link")).unwrap();
        assert!(link.attribute("href").unwrap().starts_with("https://a.gov.vn/tin-tuc/"));
        for date in ["updated", "published"] {
            let value = child(*entry, date).unwrap();
            assert!(value.len() == 25 && value.ends_with("+07:00") && value.as_bytes()[10] == b'T', "{value}");
        }
    }
}

#[test]
fn generated_articles_load() {
    let root = tree("sinh-bai", &[]);
    let written = generate_sample_articles(&root.join("x/tin-tuc"), 25).unwrap();
    assert_eq!(written.len(), 25);
    let content = load(&root).unwrap();
    assert_eq!(content.articles.len(), 25);
    assert_eq!(content.news_pages().len(), 3);
    assert!(Category::ALL.iter().all(|c| content.articles.iter().any(|a| a.card.category == *c)));
}

// ---------------------------------------------------------------------------------------------
// Shipped content

#[test]
fn all_shipped_content_loads() {
    let root = shipped_content();
    for locality in ["kien-an", "long-thanh"] {
        let content = load_locality(&root, locality, &fixed_paths()).unwrap_or_else(|err| panic!("{err}"));
        assert!(content.articles.len() >= 8, "{locality}: at least eight articles");
        assert!(content.articles.iter().all(|a| a.card.is_sample), "{locality}: sample articles are flagged");
        for category in Category::ALL {
            assert!(content.articles.iter().any(|a| a.card.category == category), "{locality}: {category:?}");
        }
        for article in &content.articles {
            let (y, m) = (article.card.date.year, article.card.date.month);
            assert!(y == 2026 && (9..=11).contains(&m), "{}", article.card.path);
        }
        assert!(content.questions.items.len() >= 10);
        let toc = content.plan.body.table_of_contents();
        for heading in ["i-muc-dich-yeu-cau", "iv-to-chuc-thuc-hien"] {
            assert!(toc.iter().any(|e| e.id == heading), "{locality}: #{heading}");
        }
        assert!(content.plan.meta.is_sample);
        assert_eq!(content.plan.meta.directive.number, "52-CT/TW");
        assert!(content.sitemap_entries().iter().any(|e| e.path == "/ke-hoach/"));
    }
}

#[test]
fn shipped_plans_record_only_what_the_documents_say() {
    let root = shipped_content();
    let kien_an = load_locality(&root, "kien-an", &fixed_paths()).unwrap().plan.meta;
    assert_eq!(kien_an.number_text(), "Văn bản chưa ghi số, ký hiệu");
    assert_eq!(kien_an.issued_text(), "Kiến An, năm 2025 (văn bản chưa ghi ngày, tháng)");
    assert_eq!(kien_an.signer.name, "Nguyễn Thiện Kim");
    let long_thanh = load_locality(&root, "long-thanh", &fixed_paths()).unwrap().plan.meta;
    assert_eq!(long_thanh.issued_text(), "Văn bản chưa ghi ngày ban hành");
    assert_eq!(long_thanh.follows.citation(), "Kế hoạch số 21-KH/TU ngày 16/1/2026 của Tỉnh ủy An Giang về việc triển khai thực hiện Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới");
}

#[test]
fn content_round_trips_through_json() {
    // The wasm receives these values as JSON; make sure they come back identical.
    let content = load_locality(&shipped_content(), "kien-an", &fixed_paths()).unwrap();
    let plan_json = serde_json::to_string(&content.plan).unwrap();
    assert_eq!(serde_json::from_str::<bhyt_content::Plan>(&plan_json).unwrap(), content.plan);
    let article_json = serde_json::to_string(&content.articles[0]).unwrap();
    assert_eq!(serde_json::from_str::<bhyt_content::Article>(&article_json).unwrap(), content.articles[0]);
}
