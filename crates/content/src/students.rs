//! The student insurance guide (`/hoc-sinh/`) and its printables: the words officials may edit,
//! from `content/chung/hoc-sinh.toml` (a locality may replace it with its own
//! `content/<locality>/hoc-sinh.toml`). Figures are never written in this file: the pages show
//! them beside the text, computed from the policy data.

use crate::document::Document;
use serde::{Deserialize, Serialize};

/// File name, in `content/chung/` or `content/<locality>/`.
pub const GUIDE_FILE: &str = "hoc-sinh.toml";

/// Sections the page must have, each with figures from the policy data shown beside it,
/// in the order of the page. Their `ma` in the file.
pub const SECTION_IDS: [&str; 6] = {
    use guide_section::*;
    [WHY_COMPULSORY, COST, FREE_ALREADY, CARD_VALIDITY, PAYING_AT_SCHOOL, BENEFITS]
};

/// The `ma` of each section of the guide.
pub mod guide_section {
    pub const WHY_COMPULSORY: &str = "vi-sao-bat-buoc";
    pub const COST: &str = "muc-dong";
    pub const FREE_ALREADY: &str = "khong-phai-dong";
    pub const CARD_VALIDITY: &str = "thoi-han-the";
    pub const PAYING_AT_SCHOOL: &str = "dong-qua-truong";
    pub const BENEFITS: &str = "quyen-loi";
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuideSection {
    pub id: String,
    pub title: String,
    pub body: Document,
    pub legal_basis: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuideQuestion {
    pub id: String,
    pub question: String,
    pub answer: Document,
    pub legal_basis: String,
}

/// Short texts for the printables (plain text, no Markdown: they are set large).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrintTexts {
    pub title: String,
    pub lead: String,
    /// Short lines, one per point.
    pub points: Vec<String>,
    /// What to do next, printed beside the QR code.
    pub call_to_action: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudentGuide {
    /// A translation's `da_duyet`; `None` for the Vietnamese source.
    pub reviewed: Option<bool>,
    pub lead: String,
    /// In the order of [`SECTION_IDS`].
    pub sections: Vec<GuideSection>,
    pub questions: Vec<GuideQuestion>,
    pub handout: PrintTexts,
    pub poster: PrintTexts,
}

impl StudentGuide {
    pub fn section(&self, id: &str) -> Option<&GuideSection> {
        self.sections.iter().find(|section| section.id == id)
    }
}

#[cfg(feature = "load")]
pub use load::{load_guide, parse_guide};

#[cfg(feature = "load")]
mod load {
    use super::*;
    use crate::markdown::{parse_markdown, Origin};
    use crate::text::{is_slug, nfc};
    use bhyt_core::{locate_key, parse_toml, ContentError, Language};
    use std::path::Path;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawFile {
        #[serde(default)]
        da_duyet: Option<bool>,
        #[serde(rename = "gioi_thieu")]
        lead: String,
        #[serde(rename = "muc")]
        sections: Vec<RawSection>,
        #[serde(rename = "hoi_dap")]
        questions: Vec<RawSection>,
        #[serde(rename = "to_roi")]
        handout: RawPrint,
        #[serde(rename = "ap_phich")]
        poster: RawPrint,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawSection {
        ma: String,
        #[serde(alias = "hoi")]
        tieu_de: String,
        #[serde(alias = "tra_loi")]
        noi_dung: String,
        can_cu: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawPrint {
        tieu_de: String,
        gioi_thieu: String,
        cac_y: Vec<String>,
        keu_goi: String,
    }

    fn error(source: &str, file: &str, field: String, message: String) -> ContentError {
        ContentError { file: file.to_owned(), line: locate_key(source, &field), field, message }
    }

    fn require(source: &str, file: &str, field: String, value: &str) -> Result<(), ContentError> {
        if value.trim().is_empty() {
            return Err(error(source, file, field, "không được để trống".into()));
        }
        Ok(())
    }

    /// Markdown → document; links must be `https://…`, `tel:`, `mailto:` or one of `site_paths`.
    fn markdown(
        source: &str,
        file: &str,
        field: &str,
        text: &str,
        site_paths: &[String],
    ) -> Result<Document, ContentError> {
        let first_line = locate_key(source, field).map_or(1, |line| {
            let value = source.lines().nth(line - 1).and_then(|l| l.split_once('=')).map_or("", |(_, v)| v.trim());
            if value == "\"\"\"" || value == "'''" {
                line + 1
            } else {
                line
            }
        });
        let parsed = parse_markdown(Origin { file, field, first_line }, text)?;
        for link in parsed.internal_links {
            let path = link.href.split(['#', '?']).next().unwrap_or("");
            let path = if path.ends_with('/') { path.to_owned() } else { format!("{path}/") };
            if !link.href.starts_with('#') && !site_paths.contains(&path) {
                return Err(ContentError {
                    file: link.file,
                    line: Some(link.line),
                    field: link.field,
                    message: format!("liên kết tới trang không có: `{}`", link.href),
                });
            }
        }
        Ok(parsed.document)
    }

    fn sections(
        source: &str,
        file: &str,
        key: &str,
        raw: Vec<RawSection>,
        site_paths: &[String],
    ) -> Result<Vec<(String, String, Document, String)>, ContentError> {
        let mut out: Vec<(String, String, Document, String)> = Vec::new();
        for (index, entry) in raw.into_iter().enumerate() {
            let field = |name: &str| format!("{key}[{index}].{name}");
            if !is_slug(&entry.ma) {
                return Err(error(
                    source,
                    file,
                    field("ma"),
                    format!("`{}` chỉ được gồm chữ thường không dấu, số và dấu `-`", entry.ma),
                ));
            }
            if out.iter().any(|(id, ..)| *id == entry.ma) {
                return Err(error(source, file, field("ma"), format!("mã `{}` bị trùng", entry.ma)));
            }
            let title_key = if key == "hoi_dap" { "hoi" } else { "tieu_de" };
            let body_key = if key == "hoi_dap" { "tra_loi" } else { "noi_dung" };
            require(source, file, field(title_key), &entry.tieu_de)?;
            require(source, file, field(body_key), &entry.noi_dung)?;
            require(source, file, field("can_cu"), &entry.can_cu)?;
            let body = markdown(source, file, &field(body_key), &entry.noi_dung, site_paths)?;
            out.push((entry.ma, entry.tieu_de.trim().to_owned(), body, entry.can_cu.trim().to_owned()));
        }
        Ok(out)
    }

    fn print_texts(source: &str, file: &str, key: &str, raw: RawPrint) -> Result<PrintTexts, ContentError> {
        require(source, file, format!("{key}.tieu_de"), &raw.tieu_de)?;
        require(source, file, format!("{key}.gioi_thieu"), &raw.gioi_thieu)?;
        require(source, file, format!("{key}.keu_goi"), &raw.keu_goi)?;
        if raw.cac_y.is_empty() || raw.cac_y.iter().any(|point| point.trim().is_empty()) {
            return Err(error(source, file, format!("{key}.cac_y"), "cần ít nhất một ý, không ý nào để trống".into()));
        }
        Ok(PrintTexts {
            title: raw.tieu_de.trim().to_owned(),
            lead: raw.gioi_thieu.trim().to_owned(),
            points: raw.cac_y.iter().map(|point| point.trim().to_owned()).collect(),
            call_to_action: raw.keu_goi.trim().to_owned(),
        })
    }

    /// Parses and checks a guide file in `language`. `site_paths`: pages the text may link to.
    pub fn parse_guide(
        file: &str,
        source: &str,
        language: Language,
        site_paths: &[String],
    ) -> Result<StudentGuide, ContentError> {
        let source = nfc(source);
        let raw: RawFile = parse_toml(file, &source).map_err(|mut err| {
            if let Some(name) = err.message.strip_prefix("missing field `").and_then(|rest| rest.split('`').next()) {
                err.field = if err.field == "." { name.to_owned() } else { format!("{}.{name}", err.field) };
                err.message = format!("thiếu trường bắt buộc `{name}`");
            }
            err
        })?;
        crate::words::check_reviewed(raw.da_duyet, language)
            .map_err(|(field, message)| error(&source, file, field, message))?;
        require(&source, file, "gioi_thieu".into(), &raw.lead)?;
        let mut sections: Vec<GuideSection> = sections(&source, file, "muc", raw.sections, site_paths)?
            .into_iter()
            .map(|(id, title, body, legal_basis)| GuideSection { id, title, body, legal_basis })
            .collect();
        for (index, section) in sections.iter().enumerate() {
            if !SECTION_IDS.contains(&section.id.as_str()) {
                return Err(error(
                    &source,
                    file,
                    format!("muc[{index}].ma"),
                    format!("mục `{}` không có trên trang; các mục: {}", section.id, SECTION_IDS.join(", ")),
                ));
            }
        }
        if let Some(missing) = SECTION_IDS.iter().find(|id| !sections.iter().any(|s| s.id == **id)) {
            return Err(ContentError {
                file: file.to_owned(),
                line: None,
                field: "muc".into(),
                message: format!("thiếu mục có ma = \"{missing}\" (trang cần đủ các mục: {})", SECTION_IDS.join(", ")),
            });
        }
        sections.sort_by_key(|section| SECTION_IDS.iter().position(|id| *id == section.id));
        let questions = sections_to_questions(self::sections(&source, file, "hoi_dap", raw.questions, site_paths)?);
        if questions.is_empty() {
            return Err(ContentError {
                file: file.to_owned(),
                line: None,
                field: "hoi_dap".into(),
                message: "cần ít nhất một mục [[hoi_dap]]".into(),
            });
        }
        Ok(StudentGuide {
            reviewed: raw.da_duyet,
            lead: raw.lead.trim().to_owned(),
            sections,
            questions,
            handout: print_texts(&source, file, "to_roi", raw.handout)?,
            poster: print_texts(&source, file, "ap_phich", raw.poster)?,
        })
    }

    fn sections_to_questions(raw: Vec<(String, String, Document, String)>) -> Vec<GuideQuestion> {
        raw.into_iter()
            .map(|(id, question, answer, legal_basis)| GuideQuestion { id, question, answer, legal_basis })
            .collect()
    }

    /// `content_root/<locality>/hoc-sinh.toml` if present, else `content_root/chung/hoc-sinh.toml`;
    /// `hoc-sinh.en.toml` and so on for a translation.
    pub fn load_guide(
        content_root: &Path,
        locality: &str,
        language: Language,
        site_paths: &[String],
    ) -> Result<StudentGuide, ContentError> {
        let name = crate::words::file_in(language, GUIDE_FILE);
        let local = content_root.join(locality).join(&name);
        let path = if local.is_file() { local } else { content_root.join("chung").join(&name) };
        let file = path.display().to_string();
        let source = std::fs::read_to_string(&path).map_err(|err| ContentError {
            file: file.clone(),
            line: None,
            field: "(tệp)".into(),
            message: err.to_string(),
        })?;
        parse_guide(&file, &source, language, site_paths)
    }
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    use bhyt_core::Language;

    const SHIPPED: &str = include_str!("../../../content/chung/hoc-sinh.toml");
    /// Every language's guide as shipped.
    const EVERY_LANGUAGE: [(Language, &str); 3] = [
        (Language::Vietnamese, SHIPPED),
        (Language::English, include_str!("../../../content/chung/hoc-sinh.en.toml")),
        (Language::Khmer, include_str!("../../../content/chung/hoc-sinh.km.toml")),
    ];

    fn paths() -> Vec<String> {
        ["/lien-he/", "/tu-kiem-tra/", "/hoc-sinh/"].map(str::to_owned).to_vec()
    }

    #[test]
    fn the_shipped_guide_has_every_section_in_page_order() {
        let guide = parse_guide("hoc-sinh.toml", SHIPPED, Language::SOURCE, &paths()).unwrap();
        let ids: Vec<&str> = guide.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, SECTION_IDS);
        assert!(guide.questions.len() >= 5);
        assert!(!guide.handout.points.is_empty() && !guide.poster.points.is_empty());
    }

    #[test]
    fn each_translation_has_the_same_sections_and_says_whether_it_was_checked() {
        let source = parse_guide("hoc-sinh.toml", SHIPPED, Language::SOURCE, &paths()).unwrap();
        for (language, text) in EVERY_LANGUAGE {
            let guide = parse_guide("hoc-sinh.x.toml", text, language, &paths()).unwrap();
            let ids = |guide: &StudentGuide| guide.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&guide), ids(&source), "{language:?}");
            assert_eq!(guide.reviewed, [None, Some(true), Some(false)][language as usize], "{language:?}");
        }
        let err = parse_guide("hoc-sinh.en.toml", SHIPPED, Language::English, &paths()).unwrap_err();
        assert_eq!(err.field, "da_duyet");
        let err = parse_guide("hoc-sinh.toml", EVERY_LANGUAGE[1].1, Language::SOURCE, &paths()).unwrap_err();
        assert!(
            err.field == "da_duyet"
                && err.line == Some(EVERY_LANGUAGE[1].1.lines().position(|l| l.starts_with("da_duyet")).unwrap() + 1),
            "{err:?}"
        );
    }

    #[test]
    fn the_prose_carries_no_figures() {
        // Amounts, percentages and dates come from the policy data, never from this file's text.
        for (language, text) in EVERY_LANGUAGE {
            let guide = parse_guide("hoc-sinh.toml", text, language, &paths()).unwrap();
            let mut texts: Vec<String> = guide.sections.iter().map(|s| s.body.plain_text()).collect();
            texts.extend(guide.questions.iter().map(|q| q.answer.plain_text()));
            texts.extend(guide.handout.points.iter().chain(&guide.poster.points).cloned());
            for text in texts {
                assert!(!text.contains('%') && !text.contains("đồng") && !text.contains("VND"), "figure in: {text}");
                assert!(
                    !text.split(|c: char| !c.is_ascii_digit() && c != '/').any(|w| w.contains('/') && w.len() > 2),
                    "date in: {text}"
                );
            }
        }
    }

    #[test]
    fn mistakes_name_file_line_and_field() {
        let broken = SHIPPED.replacen("ma = \"thoi-han-the\"", "ma = \"thoi-han\"", 1);
        let err = parse_guide("hoc-sinh.toml", &broken, Language::SOURCE, &paths()).unwrap_err();
        assert_eq!(err.field, "muc[3].ma");
        assert_eq!(err.line, broken.lines().position(|l| l == "ma = \"thoi-han\"").map(|i| i + 1));
        let broken = SHIPPED.replacen("(/lien-he/)", "(/khong-co/)", 1);
        let err = parse_guide("hoc-sinh.toml", &broken, Language::SOURCE, &paths()).unwrap_err();
        assert!(err.message.contains("/khong-co/") && err.field == "muc[4].noi_dung", "{err:?}");
        let broken = SHIPPED.replacen("keu_goi = \"Quét mã QR để tự", "keu_goi_sai = \"Quét mã QR để tự", 1);
        let err = parse_guide("hoc-sinh.toml", &broken, Language::SOURCE, &paths()).unwrap_err();
        assert!(err.line.is_some(), "{err:?}");
    }
}
