//! Which share picture each page has, and what it says, from the same data the page is
//! rendered from: the self-check's question, the plan's title and first target, the
//! statistics snapshot's headline figure and date, the pupil amount the student guide computes,
//! each article's title and category. Drawn by `bhyt_share_image`.

use crate::site::boot::BuildData;
use crate::statistics::page::Snapshot;
use crate::students::page::Figures;
use bhyt_content::routes;
use bhyt_content::LocalityContent;
use bhyt_content::SiteConfig;
use bhyt_content::{ArticleCard, Plan};

use bhyt_core::group_thousands;
use bhyt_share_image::{
    picture_path, Block, Card, Frame, SharePicture, BIG_TITLE, BODY, EMPHASIS, HEADLINE, LOCALITY, LONG_TITLE, NOTE,
    QUESTION, SHARE_IMAGE_PATH, TITLE,
};
use bhyt_stats::{format_date, format_percent, Statistics};
use std::collections::HashMap;

/// Every picture of a build, provided to the pages so their head tags name their own.
pub struct SharePictures {
    pub frame: Frame,
    pub general: SharePicture,
    pub wizard: SharePicture,
    pub plan: SharePicture,
    pub statistics: SharePicture,
    pub students: SharePicture,
    /// By article page path (`/tin-tuc/<slug>/`).
    pub articles: HashMap<String, SharePicture>,
}

impl SharePictures {
    pub fn new(boot: &BuildData, content: &LocalityContent, snapshot: &Snapshot) -> Result<SharePictures, String> {
        let framed = frame(&boot.site);
        let site = &framed;
        let figures = Figures::on(&boot.local_top_ups, boot.built_on)?;
        Ok(SharePictures {
            frame: site.clone(),
            general: general_picture(&boot.site),
            wizard: wizard_picture(site),
            plan: plan_picture(site, &content.plan),
            statistics: statistics_picture(site, &snapshot.0),
            students: students_picture(site, &figures),
            articles: content
                .articles
                .iter()
                .map(|article| (article.card.path.clone(), article_picture(site, &article.card)))
                .collect(),
        })
    }

    /// A province's overview and widget: both pages are its figures, so every page shares the
    /// statistics picture.
    pub fn of_statistics(boot: &BuildData, snapshot: &Snapshot) -> SharePictures {
        let frame = frame(&boot.site);
        let picture = statistics_picture(&frame, &snapshot.0);
        SharePictures {
            frame,
            general: picture.clone(),
            wizard: picture.clone(),
            plan: picture.clone(),
            statistics: picture.clone(),
            students: picture,
            articles: HashMap::new(),
        }
    }

    /// The picture of the page at `path`.
    pub fn for_page(&self, path: &str) -> &SharePicture {
        if let Some(article) = self.articles.get(path) {
            return article;
        }
        if path.starts_with(routes::WIZARD.path) {
            &self.wizard
        } else if path == routes::PLAN.path {
            &self.plan
        } else if path == routes::STATISTICS.path || path == routes::WIDGET.path {
            &self.statistics
        } else if path.starts_with(routes::STUDENTS.path) || path == routes::POSTER.path {
            &self.students
        } else {
            &self.general
        }
    }

    /// Every picture, the general one first, then the articles in path order.
    pub fn all(&self) -> Vec<&SharePicture> {
        let mut articles: Vec<&SharePicture> = self.articles.values().collect();
        articles.sort_by(|a, b| a.path.cmp(&b.path));
        let mut drawn = std::collections::HashSet::new();
        [&self.general, &self.wizard, &self.plan, &self.statistics, &self.students]
            .into_iter()
            .chain(articles)
            .filter(|picture| drawn.insert(picture.path.clone()))
            .collect()
    }
}

/// The site's name (as in `og:site_name`), its place and its address.
pub fn frame(site: &SiteConfig) -> Frame {
    Frame {
        site_name: SITE_NAME.to_owned(),
        place: format!("{}, {}", site.locality.full_name(), site.locality.province),
        host: site
            .locality
            .base_url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned(),
    }
}

const SITE_NAME: &str = "Bảo hiểm y tế toàn dân";

/// The picture for pages without their own: the site's name and the locality in big letters.
fn general_picture(site: &SiteConfig) -> SharePicture {
    let card = Card {
        header: false,
        blocks: vec![
            Block::Text { text: SITE_NAME.to_owned(), style: BIG_TITLE, max_lines: 1 },
            Block::Text { text: site.locality.full_name(), style: LOCALITY, max_lines: 1 },
            Block::Text { text: site.locality.province.clone(), style: BODY, max_lines: 1 },
            Block::Gap(8.0),
            Block::Text {
                text: "Tự kiểm tra nhóm tham gia, mức đóng và nơi đăng ký".to_owned(),
                style: NOTE,
                max_lines: 1,
            },
        ],
    };
    let mut picture = SharePicture::new(&frame(site), SHARE_IMAGE_PATH.to_owned(), card);
    picture.alt = format!(
        "{SITE_NAME} – {}, {}. Tự kiểm tra nhóm tham gia, mức đóng và nơi đăng ký.",
        site.locality.full_name(),
        site.locality.province
    );
    picture
}

fn tags(kind: &str, sample: Option<&str>, note: Option<String>) -> Block {
    Block::Tags { kinds: vec![kind.to_owned()], samples: sample.map(str::to_owned).into_iter().collect(), note }
}

/// "Tự kiểm tra: tôi thuộc nhóm bảo hiểm y tế nào?" → ("Tự kiểm tra", "Tôi thuộc nhóm …?").
fn split_title(title: &str) -> (String, String) {
    match title.split_once(": ") {
        Some((kicker, rest)) => {
            let mut letters = rest.chars();
            let question =
                letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default();
            (kicker.to_owned(), question)
        }
        None => (String::new(), title.to_owned()),
    }
}

/// The first sentence of a description.
fn first_sentence(text: &str) -> &str {
    text.find(". ").map(|end| &text[..=end]).unwrap_or(text)
}

fn wizard_picture(frame: &Frame) -> SharePicture {
    let (kicker, question) = split_title(routes::WIZARD.title);
    let card = Card {
        header: true,
        blocks: vec![
            tags(&kicker, None, None),
            Block::Text { text: question, style: QUESTION, max_lines: 2 },
            Block::Gap(10.0),
            Block::Text { text: first_sentence(routes::WIZARD.description).to_owned(), style: NOTE, max_lines: 2 },
        ],
    };
    SharePicture::new(frame, picture_path("tu-kiem-tra"), card)
}

fn plan_picture(frame: &Frame, plan: &Plan) -> SharePicture {
    let meta = &plan.meta;
    let mut blocks = vec![
        tags("Kế hoạch", meta.is_sample.then_some("Bản mẫu"), None),
        Block::Text { text: meta.title.clone(), style: LONG_TITLE, max_lines: 3 },
    ];
    // The first line of the plan's targets box: the coverage it aims for.
    if let Some(target) = meta.targets.first() {
        blocks.push(Block::Gap(6.0));
        blocks.push(Block::Text { text: format!("Mục tiêu: {}", target.value), style: EMPHASIS, max_lines: 1 });
        blocks.push(Block::Text { text: target.label.clone(), style: NOTE, max_lines: 1 });
    }
    SharePicture::new(frame, picture_path("ke-hoach"), Card { header: true, blocks })
}

fn statistics_picture(frame: &Frame, statistics: &Statistics) -> SharePicture {
    let card = Card {
        header: true,
        blocks: vec![
            tags("Số liệu", statistics.is_sample.then_some("Số liệu mẫu"), None),
            Block::Text { text: routes::STATISTICS.title.to_owned(), style: HEADLINE, max_lines: 1 },
            Block::Figure { value: format_percent(statistics.overall().percent()), unit: "có thẻ BHYT".to_owned() },
            // The date first, so it is never the part an ellipsis cuts.
            Block::Text {
                text: format!(
                    "tính đến {}, mục tiêu {}",
                    format_date(statistics.as_of),
                    format_percent(statistics.target)
                ),
                style: BODY,
                max_lines: 1,
            },
        ],
    };
    SharePicture::new(frame, picture_path("thong-ke"), card)
}

fn students_picture(frame: &Frame, figures: &Figures) -> SharePicture {
    let cost = &figures.current;
    let card = Card {
        header: true,
        blocks: vec![
            tags("Học sinh", None, None),
            Block::Text { text: routes::STUDENTS.title.to_owned(), style: HEADLINE, max_lines: 1 },
            Block::Figure { value: group_thousands(cost.pays.yearly), unit: "đồng một năm".to_owned() },
            Block::Text {
                text: format!(
                    "mỗi học sinh, năm học {}, từ {} (ước tính)",
                    figures.year.label(),
                    cost.from.to_vietnamese()
                ),
                style: BODY,
                max_lines: 1,
            },
        ],
    };
    SharePicture::new(frame, picture_path("hoc-sinh"), card)
}

fn article_picture(frame: &Frame, card: &ArticleCard) -> SharePicture {
    let blocks = vec![
        tags(card.category.label(), card.is_sample.then_some("Bài mẫu"), Some(card.date.to_vietnamese())),
        Block::Text { text: card.title.clone(), style: TITLE, max_lines: 3 },
    ];
    SharePicture::new(frame, picture_path(&format!("tin-tuc/{}", card.slug)), Card { header: true, blocks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wizard_title_gives_its_question() {
        assert_eq!(
            split_title("Tự kiểm tra: tôi thuộc nhóm bảo hiểm y tế nào?"),
            ("Tự kiểm tra".to_owned(), "Tôi thuộc nhóm bảo hiểm y tế nào?".to_owned())
        );
        assert_eq!(first_sentence("Một câu. Câu hai."), "Một câu.");
    }
}
