//! Every path of the site, in one table: [`ROUTES`] says for each page (or family of pages)
//! whether it is in the sitemap, gets a QR code, is kept out of search engines and which frame
//! it has; the pre-renderer, the sitemap, the head tags and the link checker all read it, so a
//! page cannot be added in one place and missed in another. [`Page`] holds the words of the
//! pages whose title and description are fixed; [`PAGES`] is the main navigation.
//!
//! `src/app.rs` still writes each path once more as a `path!` literal (the router needs
//! literals); a test checks that the two agree both ways.

/// The words of a page whose title and description are fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Path with a trailing slash, as static hosts serve `…/index.html`.
    pub path: &'static str,
    /// Label in the main navigation; `None` keeps the page out of it.
    pub nav_label: Option<&'static str>,
    pub title: &'static str,
    /// Meta and Open Graph description.
    pub description: &'static str,
}

pub const HOME: Page = Page {
    path: "/",
    nav_label: Some("Trang chủ"),
    title: "Bảo hiểm y tế toàn dân",
    description: "Tự kiểm tra nhóm bảo hiểm y tế, mức đóng của gia đình, nơi đăng ký và kế hoạch bảo hiểm y tế toàn dân của địa phương.",
};
pub const WIZARD: Page = Page {
    path: "/tu-kiem-tra/",
    nav_label: Some("Tự kiểm tra"),
    title: "Tự kiểm tra: tôi thuộc nhóm bảo hiểm y tế nào?",
    description: "Trả lời vài câu hỏi để biết bạn thuộc nhóm nào, Nhà nước hỗ trợ bao nhiêu, gia đình đóng bao nhiêu và cần đến đâu. Câu trả lời không rời khỏi điện thoại của bạn.",
};
pub const PLAN: Page = Page {
    path: "/ke-hoach/",
    nav_label: Some("Kế hoạch"),
    title: "Kế hoạch thực hiện bảo hiểm y tế toàn dân",
    description: "Kế hoạch của địa phương thực hiện bảo hiểm y tế toàn dân: mục tiêu, nhiệm vụ và trách nhiệm của từng cơ quan, đơn vị.",
};
pub const NEWS: Page = Page {
    path: "/tin-tuc/",
    nav_label: Some("Tin tức"),
    title: "Tin tức bảo hiểm y tế",
    description: "Tin tức, gương điển hình, hỏi đáp và cải chính thông tin sai về bảo hiểm y tế tại địa phương.",
};
pub const STATISTICS: Page = Page {
    path: "/thong-ke/",
    nav_label: Some("Thống kê"),
    title: "Tỷ lệ tham gia bảo hiểm y tế",
    description: "Tỷ lệ người dân có thẻ bảo hiểm y tế theo từng thôn, tổ dân phố, so với mục tiêu của địa phương.",
};
/// The year-end report of seed plan 002, printable on A4; `?nam=2026` picks the year.
pub const REPORT: Page = Page {
    path: "/thong-ke/bao-cao/",
    nav_label: None,
    title: "Báo cáo kết quả bảo hiểm y tế toàn dân cuối năm",
    description: "Tỷ lệ người dân có thẻ bảo hiểm y tế đầu năm và cuối năm, thay đổi ở từng đơn vị, các đơn vị đạt mục tiêu và người chưa có thẻ theo lý do. In được trên giấy A4.",
};
pub const STUDENTS: Page = Page {
    path: "/hoc-sinh/",
    nav_label: Some("Học sinh"),
    title: "Bảo hiểm y tế học sinh, sinh viên",
    description: "Hướng dẫn cho cha mẹ học sinh: vì sao bắt buộc, mức đóng năm học này, thẻ có giá trị từ khi nào và quyền lợi khi khám chữa bệnh.",
};
pub const QUESTIONS: Page = Page {
    path: "/hoi-dap/",
    nav_label: Some("Hỏi đáp"),
    title: "Hỏi đáp và thông tin sai về bảo hiểm y tế",
    description: "Giải đáp những câu hỏi người dân hay hỏi và cải chính các thông tin sai về thẻ bảo hiểm y tế, mức đóng và quyền lợi, kèm căn cứ pháp lý.",
};
pub const CONTACTS: Page = Page {
    path: "/lien-he/",
    nav_label: Some("Liên hệ"),
    title: "Liên hệ và nơi đăng ký bảo hiểm y tế",
    description: "Người phụ trách bảo hiểm y tế ở từng thôn, tổ dân phố; Ủy ban nhân dân, bảo hiểm xã hội, bưu điện và đại lý thu.",
};
pub const ABOUT: Page = Page {
    path: "/ve-trang-nay/",
    nav_label: None,
    title: "Về trang này: quyền riêng tư và khả năng tiếp cận",
    description: "Trang không thu thập dữ liệu cá nhân, không dùng công cụ theo dõi; nguồn số liệu, căn cứ pháp lý và cam kết tiếp cận.",
};

/// The rules review for officials and reviewers: outside the navigation and the sitemap,
/// `noindex`, linked from the about page.
pub const RULES_REVIEW: Page = Page {
    path: "/quy-dinh/",
    nav_label: None,
    title: "Quy định và số liệu dùng để tính",
    description: "Cho cán bộ và người rà soát: mọi con số chính sách với ngày hiệu lực, căn cứ, ngày kiểm tra và độ tin cậy; các nhóm đối tượng và câu hỏi của trang tự kiểm tra.",
};

/// The officials' household review: a workspace that reads a household list on the device.
/// Outside the navigation and the sitemap, `noindex`, linked from the about page.
pub const REVIEW: Page = Page {
    path: "/can-bo/ra-soat/",
    nav_label: None,
    title: "Rà soát danh sách hộ gia đình",
    description: "Cho cán bộ xã, phường và thôn, tổ dân phố: đọc danh sách nhân khẩu ngay trên máy, ra danh sách cần đến vận động của từng đơn vị và tệp số liệu thong-ke.json để đăng.",
};

pub const CHECK: Page = Page {
    path: "/tu-kiem-tra/kiem-tra/",
    nav_label: None,
    title: "Kiểm tra lại câu trả lời",
    description: "Xem lại và sửa câu trả lời trước khi xem kết quả tự kiểm tra.",
};
pub const RESULT: Page = Page {
    path: "/tu-kiem-tra/ket-qua/",
    nav_label: None,
    title: "Kết quả tự kiểm tra",
    description: "Ước tính nhóm tham gia bảo hiểm y tế, mức đóng, quyền lợi và nơi đăng ký.",
};
pub const HOUSEHOLD: Page = Page {
    path: "/tu-kiem-tra/ho-gia-dinh/",
    nav_label: None,
    title: "Tính số tiền cả gia đình đóng theo hộ",
    description: "Tính số tiền bảo hiểm y tế cả hộ gia đình đóng, được giảm từ người thứ hai; so sánh với mua theo nhóm được hỗ trợ.",
};

/// One page, or a family of pages the build makes from data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pages {
    One,
    /// `/tu-kiem-tra/cau-hoi/<câu>/`: one per question of the self-check.
    Questions,
    /// `/tin-tuc/trang/<n>/`: the news list from its second page on.
    NewsListPages,
    /// `/tin-tuc/<slug>/`: one per article.
    Articles,
}

/// What surrounds a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// Skip link, header, navigation and footer.
    Site,
    /// A step of the self-check: the site's name as a link home and the back link, no
    /// navigation, a one-line sample notice, so the question and its answers fill the first screen.
    Journey,
    /// Nothing: the page sits in another site's iframe.
    Widget,
}

/// A path of the site and what the build does with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// The path, with a trailing slash; for a family, the prefix its pages share.
    pub path: &'static str,
    pub pages: Pages,
    /// Listed in `sitemap.xml`.
    pub sitemap: bool,
    /// The build writes a QR code of the page's address (see [`qr_code_path`]).
    pub qr_code: bool,
    /// `<meta name="robots" content="noindex">`: pages that show a resident's answers, the
    /// widget and the officials' review.
    pub noindex: bool,
    pub frame: Frame,
}

/// A page in the sitemap, with a QR code, in the site's frame.
const fn listed(path: &'static str) -> Route {
    Route { path, pages: Pages::One, sitemap: true, qr_code: true, noindex: false, frame: Frame::Site }
}

/// A page for one visitor's answers or for officials: no sitemap, no QR code, noindex.
const fn unlisted(path: &'static str) -> Route {
    Route { sitemap: false, qr_code: false, noindex: true, ..listed(path) }
}

/// A step of the self-check, for one visitor's answers: unlisted, in the compact frame.
const fn journey(path: &'static str) -> Route {
    Route { frame: Frame::Journey, ..unlisted(path) }
}

pub const QUESTION_PAGES: Route = Route { pages: Pages::Questions, ..journey("/tu-kiem-tra/cau-hoi/") };
pub const NEWS_LIST_PAGES: Route = Route { pages: Pages::NewsListPages, ..listed("/tin-tuc/trang/") };
pub const ARTICLES: Route = Route { pages: Pages::Articles, ..listed(NEWS.path) };
/// The A4 handout for parents (≤ 2 pages, QR code to the guide): printed, so findable.
pub const HANDOUT: Route = Route { qr_code: false, ..listed("/hoc-sinh/to-roi/") };
/// The A4 poster for hamlet meetings and notice boards (QR code to the self-check).
pub const POSTER: Route = Route { qr_code: false, ..listed("/ap-phich/") };
/// What the service worker shows, without a network, for a page never saved on the phone.
pub const OFFLINE: Route = unlisted("/ngoai-tuyen/");
/// The statistics widget for the ward portal's iframe.
pub const WIDGET: Route = Route { frame: Frame::Widget, ..unlisted("/nhung/thong-ke/") };

/// Every page the build writes.
pub const ROUTES: &[Route] = &[
    listed(HOME.path),
    listed(WIZARD.path),
    listed(PLAN.path),
    listed(NEWS.path),
    listed(QUESTIONS.path),
    listed(STATISTICS.path),
    // Printed and handed on, not scanned from paper: no QR code of its own.
    Route { qr_code: false, ..listed(REPORT.path) },
    listed(STUDENTS.path),
    listed(CONTACTS.path),
    listed(ABOUT.path),
    NEWS_LIST_PAGES,
    ARTICLES,
    QUESTION_PAGES,
    journey(CHECK.path),
    journey(RESULT.path),
    // Holds no answers until used, so findable; no QR code of its own.
    Route { qr_code: false, ..listed(HOUSEHOLD.path) },
    HANDOUT,
    POSTER,
    WIDGET,
    unlisted(RULES_REVIEW.path),
    unlisted(REVIEW.path),
    OFFLINE,
];

/// The route a path belongs to: its own entry, else the family whose prefix it extends by
/// exactly one segment.
pub fn route_of(path: &str) -> Option<&'static Route> {
    let path = if path.ends_with('/') { path.to_owned() } else { format!("{path}/") };
    ROUTES.iter().find(|route| route.pages == Pages::One && route.path == path).or_else(|| {
        ROUTES.iter().filter(|route| route.pages != Pages::One).find(|family| {
            path.strip_prefix(family.path)
                .and_then(|rest| rest.strip_suffix('/'))
                .is_some_and(|segment| !segment.is_empty() && !segment.contains('/'))
        })
    })
}

/// A page of a family: `/tin-tuc/` and `bai-a` → `/tin-tuc/bai-a/`.
pub fn member_path(family: Route, segment: &str) -> String {
    format!("{}{segment}/", family.path)
}

/// Files the build publishes beside the pages.
pub const FEED_PATH: &str = "/atom.xml";
/// The statistics snapshot; officials who host the file on this site update it by replacing
/// `dist/du-lieu/thong-ke.json`, with no rebuild.
pub const SNAPSHOT_PATH: &str = "/du-lieu/thong-ke.json";
/// The JSON Schema of the statistics file.
pub const SCHEMA_PATH: &str = "/du-lieu/thong-ke.schema.json";

/// The main pages, in navigation order (the about page is linked from the footer).
pub const PAGES: &[Page] = &[HOME, WIZARD, PLAN, NEWS, QUESTIONS, STATISTICS, STUDENTS, CONTACTS, ABOUT];

/// Title shown for the fallback page (`404.html`).
pub const NOT_FOUND_TITLE: &str = "Không tìm thấy trang";

/// `<title>`: page title, then the locality, so tabs and shared links say whose site it is.
pub fn document_title(page_title: &str, locality_full_name: &str) -> String {
    format!("{page_title} – {locality_full_name}")
}

/// Longest `og:title` / `twitter:title`, in characters: previews cut longer titles.
pub const SHARE_TITLE_MAX_CHARS: usize = 90;

/// The title of a shared link: [`document_title`] when it fits in
/// [`SHARE_TITLE_MAX_CHARS`], else the page's own title, else that title cut at a word and
/// ended with "…".
pub fn share_title(page_title: &str, locality_full_name: &str) -> String {
    let full = document_title(page_title, locality_full_name);
    if full.chars().count() <= SHARE_TITLE_MAX_CHARS {
        return full;
    }
    if page_title.chars().count() <= SHARE_TITLE_MAX_CHARS {
        return page_title.to_owned();
    }
    let mut cut = String::new();
    for word in page_title.split_whitespace() {
        let longer = if cut.is_empty() { word.to_owned() } else { format!("{cut} {word}") };
        if longer.chars().count() + 1 > SHARE_TITLE_MAX_CHARS {
            break;
        }
        cut = longer;
    }
    if cut.is_empty() {
        cut = page_title.chars().take(SHARE_TITLE_MAX_CHARS - 1).collect();
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ', '–', '-']))
}

/// Absolute URL of a site path, from the configured base URL (no trailing slash).
pub fn absolute_url(base_url: &str, path: &str) -> String {
    format!("{base_url}{path}")
}

/// The path part of the site's address (`dia_chi_trang`): empty for a site at the root of its
/// host, `/kien-an` for `https://bhyt.haiphong.gov.vn/kien-an` on a province portal.
pub fn base_path(base_url: &str) -> &str {
    bhyt_core::origin_and_path(base_url).1
}

/// Where this process's site sits on its host ([`base_path`]). One locality per process: the
/// pre-renderer sets it from `site.toml`, the islands from the boot data the page carries.
static SERVED_UNDER: std::sync::RwLock<String> = std::sync::RwLock::new(String::new());

/// Serves every [`href`] of this process under the path of `base_url`.
pub fn serve_under(base_url: &str) {
    let mut served_under = SERVED_UNDER.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    *served_under = base_path(base_url).to_owned();
}

/// What a link or asset of the site is written as: a site path (`/ke-hoach/`) gets the path the
/// site is served under; anything else (`https://…`, `tel:`, `#…`, `?…`) is kept as it is.
/// Routes, files and the address bar keep site paths; only what a browser follows goes
/// through here.
pub fn href(target: &str) -> String {
    let served_under = SERVED_UNDER.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    href_under(&served_under, target)
}

/// [`href`] of a page in the language of the page being shown (`/en/lien-he/` on an English
/// page), for the islands, which know the language from their words and not from the address.
pub fn page_href(path: &str) -> String {
    href(&path_in_page_language(path))
}

/// The site path of a page in the language of the page being shown (`/en/nhung/thong-ke/`).
pub fn path_in_page_language(path: &str) -> String {
    format!("{}{path}", bhyt_core::current_language().path_prefix())
}

/// [`href`] for a site served under `served_under`.
pub fn href_under(served_under: &str, target: &str) -> String {
    if target.starts_with('/') && !target.starts_with("//") {
        format!("{served_under}{target}")
    } else {
        target.to_owned()
    }
}

/// True when `current` (a location pathname) is inside the section that starts at `section`.
pub fn is_current_section(section: &str, current: &str) -> bool {
    let current = if current.ends_with('/') { current.to_owned() } else { format!("{current}/") };
    if section == "/" {
        current == "/"
    } else {
        current.starts_with(section)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_titles_fit_in_ninety_characters() {
        assert_eq!(share_title("Tin tức", "Phường Kiến An"), "Tin tức – Phường Kiến An");
        let long = "Hải Phòng hỗ trợ 100% tiền bảo hiểm y tế cho người từ 60 đến 74 tuổi chưa có lương hưu";
        assert!(document_title(long, "Phường Kiến An").chars().count() > SHARE_TITLE_MAX_CHARS);
        assert_eq!(share_title(long, "Phường Kiến An"), long);
        let longer = format!("{long}, và những điều người dân cần biết khi đi khám");
        let cut = share_title(&longer, "Phường Kiến An");
        assert!(cut.chars().count() <= SHARE_TITLE_MAX_CHARS && cut.ends_with('…'), "{cut}");
        assert!(longer.starts_with(cut.trim_end_matches('…')), "{cut}");
        let word = "a".repeat(200);
        assert_eq!(share_title(&word, "X").chars().count(), SHARE_TITLE_MAX_CHARS);
    }

    #[test]
    fn paths_are_unique_ascii_and_end_with_a_slash() {
        let mut seen = std::collections::HashSet::new();
        for route in ROUTES {
            assert!(route.path.starts_with('/') && route.path.ends_with('/'), "{}", route.path);
            assert!(route.path.is_ascii(), "{}", route.path);
            assert!(seen.insert((route.path, route.pages)), "duplicate {}", route.path);
            assert!(!(route.noindex && route.sitemap), "{} is both noindex and in the sitemap", route.path);
        }
    }

    #[test]
    fn every_page_with_words_has_one_route() {
        for page in PAGES.iter().chain(&[RULES_REVIEW, CHECK, RESULT, HOUSEHOLD]) {
            assert!(!page.title.is_empty() && page.description.len() > 40, "{}", page.path);
            let routes = ROUTES.iter().filter(|r| r.pages == Pages::One && r.path == page.path).count();
            assert_eq!(routes, 1, "{}", page.path);
        }
    }

    #[test]
    fn paths_find_their_route() {
        assert_eq!(route_of("/tin-tuc/"), Some(&listed(NEWS.path)));
        assert_eq!(route_of("/tin-tuc/bai-a/"), Some(&ARTICLES));
        assert_eq!(route_of("/tin-tuc/trang/2/"), Some(&NEWS_LIST_PAGES));
        assert_eq!(route_of("/tu-kiem-tra/cau-hoi/tuoi"), Some(&QUESTION_PAGES));
        assert_eq!(route_of("/tu-kiem-tra/kiem-tra/").map(|r| r.noindex), Some(true));
        assert_eq!(route_of("/nhung/thong-ke/").map(|r| r.frame), Some(Frame::Widget));
        assert_eq!(route_of("/tu-kiem-tra/cau-hoi/tuoi/").map(|r| r.frame), Some(Frame::Journey));
        assert_eq!(route_of("/tu-kiem-tra/").map(|r| r.frame), Some(Frame::Site), "the start page has the full frame");
        assert_eq!(route_of("/tin-tuc/a/b/"), None);
        assert_eq!(route_of("/khong-co/"), None);
        assert_eq!(member_path(ARTICLES, "bai-a"), "/tin-tuc/bai-a/");
    }

    #[test]
    fn section_matching() {
        assert!(is_current_section("/", "/"));
        assert!(!is_current_section("/", "/tin-tuc/"));
        assert!(is_current_section("/tin-tuc/", "/tin-tuc"));
        assert!(is_current_section("/tin-tuc/", "/tin-tuc/bai-a/"));
        assert!(!is_current_section("/tin-tuc/", "/thong-ke/"));
    }

    #[test]
    fn a_site_under_a_path_writes_its_links_under_it() {
        assert_eq!(base_path("https://bhyt.kienan.haiphong.gov.vn"), "");
        assert_eq!(base_path("https://bhyt.haiphong.gov.vn/kien-an"), "/kien-an");
        assert_eq!(base_path("http://127.0.0.1:8080/tinh/kien-an"), "/tinh/kien-an");
        assert_eq!(href_under("/kien-an", "/ke-hoach/"), "/kien-an/ke-hoach/");
        assert_eq!(href_under("/kien-an", "/"), "/kien-an/");
        assert_eq!(href_under("", "/ke-hoach/"), "/ke-hoach/");
        for kept in ["https://a.vn/x", "//cdn.example/x", "tel:0123", "#noi-dung", "?tuoi=a", "data:text/csv,a", ""] {
            assert_eq!(href_under("/kien-an", kept), kept);
        }
    }

    #[test]
    fn titles_and_urls() {
        assert_eq!(document_title("Liên hệ", "Phường Kiến An"), "Liên hệ – Phường Kiến An");
        assert_eq!(absolute_url("https://a.vn", "/ke-hoach/"), "https://a.vn/ke-hoach/");
    }
}

/// Where the build writes the QR code of a page: `/` → `/ma-qr/trang-chu.svg`,
/// `/tin-tuc/bai-a/` → `/ma-qr/tin-tuc/bai-a.svg`.
pub fn qr_code_path(page_path: &str) -> String {
    let trimmed = page_path.trim_matches('/');
    if trimmed.is_empty() {
        "/ma-qr/trang-chu.svg".to_owned()
    } else {
        format!("/ma-qr/{trimmed}.svg")
    }
}

#[cfg(test)]
mod qr_path_tests {
    use super::qr_code_path;

    #[test]
    fn qr_paths_follow_page_paths() {
        assert_eq!(qr_code_path("/"), "/ma-qr/trang-chu.svg");
        assert_eq!(qr_code_path("/tin-tuc/bai-a/"), "/ma-qr/tin-tuc/bai-a.svg");
        assert_eq!(qr_code_path("/ke-hoach/"), "/ma-qr/ke-hoach.svg");
    }
}
