//! The share pictures in `dist/`: each page names its own picture, every picture is a
//! 1200 × 630 PNG whose ink keeps 40 px away from every edge, each says what its page says, and
//! a real Open Graph parser (open-graph-scraper, `tools/open-graph-check.mjs`) reads every page's
//! tags as a link preview would.

use bhyt_content::routes;
use bhyt_core::group_thousands;
use bhyt_rules::pupil_cost;
use bhyt_rules::{Date, LocalTopUps, Policy};
use bhyt_site_tests::{
    between, built_site, dist_dir, page_file, prerendered_paths, read, share_picture_path, static_h1, workspace_root,
};
use std::collections::BTreeMap;
use std::path::Path;

/// Ink must keep this far from every edge.
const CLEAR_EDGE: u32 = 40;

/// The attribute value of `<meta property|name="{name}" content="…">`, HTML entities decoded.
fn meta(html: &str, name: &str) -> Option<String> {
    let value = between(html, &format!("=\"{name}\" content=\""), "\"")?;
    Some(
        value
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#39;", "'")
            .replace("&amp;", "&"),
    )
}

struct Decoded {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
}

fn decode(file: &Path) -> Decoded {
    let reader = std::fs::File::open(file).unwrap_or_else(|err| panic!("{}: {err}", file.display()));
    let mut decoder = png::Decoder::new(std::io::BufReader::new(reader));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap_or_else(|err| panic!("{}: {err}", file.display()));
    let mut buffer = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buffer).unwrap_or_else(|err| panic!("{}: {err}", file.display()));
    let channels = info.color_type.samples();
    let rgb = buffer[..info.buffer_size()].chunks(channels).flat_map(|p| [p[0], p[1], p[2]]).collect();
    Decoded { width: info.width, height: info.height, rgb }
}

/// The first pixel within `edge` of a side that differs from the picture's base colour (its
/// top-left pixel).
fn ink_near_edge(picture: &Decoded, edge: u32) -> Option<(u32, u32, [u8; 3])> {
    let at = |x: u32, y: u32| {
        let i = ((y * picture.width + x) * 3) as usize;
        [picture.rgb[i], picture.rgb[i + 1], picture.rgb[i + 2]]
    };
    let base = at(0, 0);
    let (w, h) = (picture.width, picture.height);
    (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| x < edge || y < edge || x >= w - edge || y >= h - edge)
        .map(|(x, y)| (x, y, at(x, y)))
        .find(|&(_, _, colour)| colour != base)
}

/// Every page's og:image and og:image:alt, by page path.
fn pictures_by_page(dist: &Path) -> BTreeMap<String, (String, String)> {
    let base = built_site(dist).locality.base_url;
    prerendered_paths(dist)
        .into_iter()
        .map(|path| {
            let html = read(&page_file(dist, &path));
            let image = meta(&html, "og:image").unwrap_or_else(|| panic!("{path}: og:image"));
            let alt = meta(&html, "og:image:alt").unwrap_or_else(|| panic!("{path}: og:image:alt"));
            let image =
                image.strip_prefix(&base).unwrap_or_else(|| panic!("{path}: {image} is not on {base}")).to_owned();
            (path, (image, alt))
        })
        .collect()
}

#[test]
fn every_page_names_its_own_picture_and_every_picture_keeps_clear_of_the_edges() {
    let dist = dist_dir();
    let pages = pictures_by_page(&dist);
    let mut checked = BTreeMap::new();
    for (path, (image, alt)) in &pages {
        assert_eq!(image, &share_picture_path(path), "{path}: its own picture");
        let html = read(&page_file(&dist, path));
        assert_eq!(
            meta(&html, "twitter:image").map(|i| i.ends_with(image.as_str())),
            Some(true),
            "{path}: twitter:image"
        );
        assert_eq!(meta(&html, "twitter:image:alt").as_ref(), Some(alt), "{path}: twitter:image:alt");
        assert!(alt.chars().count() >= 20, "{path}: alt text says something: {alt}");
        if checked.contains_key(image) {
            continue;
        }
        let file = dist.join(image.trim_start_matches('/'));
        let picture = decode(&file);
        assert_eq!((picture.width, picture.height), (1200, 630), "{image}");
        assert_eq!(ink_near_edge(&picture, CLEAR_EDGE), None, "{image}: ink within {CLEAR_EDGE} px of an edge");
        let colours: std::collections::HashSet<&[u8]> = picture.rgb.chunks(3).collect();
        assert!(colours.len() > 8, "{image} has content ({} colours)", colours.len());
        checked.insert(image.clone(), std::fs::metadata(&file).unwrap().len());
    }
    let kinds = [
        "/chia-se.png",
        "/anh-chia-se/tu-kiem-tra.png",
        "/anh-chia-se/ke-hoach.png",
        "/anh-chia-se/thong-ke.png",
        "/anh-chia-se/hoc-sinh.png",
    ];
    for kind in kinds {
        assert!(checked.contains_key(kind), "{kind} is used: {checked:?}");
    }
    let articles = pages.keys().filter(|p| share_picture_path(p).starts_with("/anh-chia-se/tin-tuc/")).count();
    assert!(articles >= 8, "{articles} articles");
    assert_eq!(checked.len(), kinds.len() + articles, "one picture per kind and per article");
    let total: u64 = checked.values().sum();
    println!("{} pictures, {total} bytes, largest {} bytes", checked.len(), checked.values().max().unwrap());
}

#[test]
fn each_picture_says_what_its_page_says() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let pages = pictures_by_page(&dist);
    let alt = |path: &str| pages[path].1.clone();
    let locality = site.locality.full_name();
    for (path, (_, text)) in &pages {
        assert!(text.contains(&locality), "{path}: the picture names the locality: {text}");
    }

    assert!(alt(routes::WIZARD.path).contains("Tôi thuộc nhóm bảo hiểm y tế nào?"), "{}", alt(routes::WIZARD.path));

    // The statistics: the headline figure and its date, from the snapshot published beside the pages.
    // The build date, from the boot data of the statistics page (an island page; the plan has none).
    let statistics_html = read(&page_file(&dist, routes::STATISTICS.path));
    let boot: serde_json::Value =
        serde_json::from_str(between(&statistics_html, "id=\"du-lieu-khoi-dong\">", "</script>").unwrap()).unwrap();
    let built_on = boot["built_on"].as_str().expect("built_on").to_owned();
    let snapshot = read(&dist.join("du-lieu/thong-ke.json"));
    let statistics = bhyt_stats::parse(&snapshot, bhyt_stats::Date::parse(&built_on).unwrap()).expect("snapshot");
    let headline = format!("{} có thẻ BHYT", bhyt_stats::format_percent(statistics.overall().percent()));
    let date = bhyt_stats::format_date(statistics.as_of);
    let stats = alt(routes::STATISTICS.path);
    assert!(stats.contains(&headline) && stats.contains(&date), "{stats}");
    assert_eq!(stats.contains("Số liệu mẫu"), statistics.is_sample, "{stats}");

    // The plan: its title and its first target, as the page shows them.
    let plan_html = read(&page_file(&dist, routes::PLAN.path));
    let plan = alt(routes::PLAN.path);
    assert!(plan.contains(&static_h1(&plan_html)), "{plan}");
    let first_target = between(&plan_html, "<span class=\"targets__value\">", "</span>").expect("a target");
    assert!(plan.contains(&format!("Mục tiêu: {first_target}")), "{plan}");

    // The student guide: this school year's amount for a pupil on the build date, from the policy data.
    let students_html = read(&page_file(&dist, routes::STUDENTS.path));
    let policy =
        Policy::from_toml("chinh-sach.toml", &read(&workspace_root().join("content/chinh-sach.toml"))).unwrap();
    // The local support is in the boot data of the wizard's pages, which read it.
    let result_html = read(&page_file(&dist, routes::RESULT.path));
    let wizard_boot: serde_json::Value =
        serde_json::from_str(between(&result_html, "id=\"du-lieu-khoi-dong\">", "</script>").unwrap()).unwrap();
    let local = LocalTopUps::from_json(&wizard_boot["local_top_ups"].to_string()).unwrap();
    let yearly = pupil_cost(&policy, &local, Date::parse(&built_on).unwrap(), false).unwrap().pays.yearly;
    let students = alt(routes::STUDENTS.path);
    assert!(students.contains(&format!("{} đồng một năm", group_thousands(yearly))), "{students}");
    assert!(students_html.contains(&group_thousands(yearly)), "the page shows the same amount");

    // Articles: title and category, and "Bài mẫu" exactly when the page carries the badge.
    let mut samples = 0;
    for path in pages.keys().filter(|p| share_picture_path(p).starts_with("/anh-chia-se/tin-tuc/")) {
        let html = read(&page_file(&dist, path));
        let text = alt(path);
        let title = static_h1(&html);
        assert!(text.contains(&title), "{path}: {text}");
        let category = between(&html, "<span class=\"tag tag--category\">", "</span>").expect("category");
        assert!(text.starts_with(category), "{path}: {text}");
        let sample = html.contains("<span class=\"tag tag--sample\">Bài mẫu</span>");
        assert_eq!(text.contains("Bài mẫu"), sample, "{path}: {text}");
        samples += usize::from(sample);
    }
    assert!(samples > 0, "the sample articles are marked");
}

/// open-graph-scraper (npm, pinned in tools/package-lock.json) parses every built page.
#[test]
fn a_link_preview_parser_reads_every_page() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let root = workspace_root();
    let output = std::process::Command::new("node")
        .current_dir(&root)
        .arg("tools/open-graph-check.mjs")
        .arg(&dist)
        .arg(&site.locality.base_url)
        .output()
        .expect("node runs (scripts/setup.sh installs tools/)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "open-graph-check found problems:\n{stdout}");
    let pages = prerendered_paths(&dist).len();
    assert!(stdout.contains(&format!("open-graph-check: {pages} pages")), "{stdout}");
}
