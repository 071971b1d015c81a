//! Pages made from the content files: the plan, the news list, articles, questions and answers.
//! They are rendered only at build time, from the [`LocalityContent`] the pre-renderer loaded,
//! and are not islands: none of their code or text is in the WebAssembly.

use crate::pages::PageHeading;
use crate::plan_news::document_view::DocumentView;
use crate::site::language::{use_language, use_words};
use crate::site::page_meta::{FixedPageMeta, PageMeta};
use crate::site::share::ShareBlock;
use bhyt_content::routes;
use bhyt_content::LocalityContent;
use bhyt_content::TocEntry;
use bhyt_content::{Article, ArticleCard, NewsListing, Plan, Question, QuestionKind, Questions};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// The content loaded for this build, provided by the pre-renderer.
fn content() -> Arc<LocalityContent> {
    expect_context::<Arc<LocalityContent>>()
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let plan = content().plan.clone();
    view! {
        <FixedPageMeta page=routes::PLAN/>
        <PlanView plan/>
    }
}

#[component]
fn PlanView(plan: Plan) -> impl IntoView {
    let meta = plan.meta.clone();
    let toc = plan.body.table_of_contents();
    let signer = format!(
        "{}{} {}",
        meta.signer.on_behalf_of.clone().map(|s| format!("{s}, ")).unwrap_or_default(),
        meta.signer.title,
        meta.signer.name
    );
    let targets = meta
        .targets
        .iter()
        .map(|target| {
            let label = target.label.clone();
            let value = target.value.clone();
            match target.section.clone() {
                Some(section) => view! {
                    <li><a href=format!("#{section}")><span class="targets__value">{value}</span> " " {label}</a></li>
                }
                .into_any(),
                None => view! { <li><span class="targets__value">{value}</span> " " {label}</li> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <PageHeading title=meta.title.clone()/>
        {meta.is_sample.then(|| view! {
            <p class="panel panel--sample">
                <strong class="tag tag--sample">"Bản mẫu"</strong>
                " Trang mẫu dựng từ kế hoạch của " {meta.issuing_body.clone()} ". " {meta.source_note.clone()}
            </p>
        })}
        <dl class="summary-list">
            <div class="summary-list__row"><dt>"Cơ quan ban hành"</dt><dd>{meta.issuing_body.clone()}</dd></div>
            <div class="summary-list__row"><dt>"Số, ký hiệu"</dt><dd>{meta.number_text()}</dd></div>
            <div class="summary-list__row"><dt>"Ngày ban hành"</dt><dd>{meta.issued_text()}</dd></div>
            <div class="summary-list__row"><dt>"Người ký"</dt><dd>{signer}</dd></div>
            <div class="summary-list__row"><dt>"Thực hiện"</dt><dd>{meta.directive.citation()}</dd></div>
            <div class="summary-list__row"><dt>"Căn cứ"</dt><dd>{meta.follows.citation()}</dd></div>
        </dl>
        <section class="targets" aria-labelledby="chi-tieu-tieu-de">
            <h2 id="chi-tieu-tieu-de" class="heading-m">"Mục tiêu chính"</h2>
            <ul class="targets__list">{targets}</ul>
        </section>
        <TableOfContents entries=toc/>
        <DocumentView document=plan.body/>
        <ShareBlock path=routes::PLAN.path title=meta.title/>
    }
}

#[component]
fn TableOfContents(entries: Vec<TocEntry>) -> impl IntoView {
    let items = entries
        .into_iter()
        .filter(|entry| entry.level <= 3)
        .map(|entry| {
            let class = if entry.level == 3 { "toc__item toc__item--sub" } else { "toc__item" };
            view! { <li class=class><a href=format!("#{}", entry.id)>{entry.text}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="toc" aria-labelledby="muc-luc">
            <h2 id="muc-luc" class="heading-m">"Mục lục"</h2>
            <ul class="toc__list">{items}</ul>
        </nav>
    }
}

#[component]
pub fn NewsListPage() -> impl IntoView {
    let number = use_params_map().with_untracked(|p| p.get("so").and_then(|n| n.parse::<usize>().ok()).unwrap_or(1));
    let content = content();
    match content.news_pages().into_iter().find(|page| page.number == number) {
        Some(page) => {
            let articles = content.articles[page.start..page.end].iter().map(|a| a.card.clone()).collect();
            view! { <NewsListView listing=NewsListing { page, articles }/> }.into_any()
        }
        None => view! { <crate::pages::not_found::NotFoundPage/> }.into_any(),
    }
}

#[component]
fn NewsListView(listing: NewsListing) -> impl IntoView {
    let page = listing.page.clone();
    let title = if page.number == 1 {
        routes::NEWS.title.to_owned()
    } else {
        format!("{} – trang {}", routes::NEWS.title, page.number)
    };
    let cards = listing.articles.into_iter().map(|card| view! { <ArticleCardView card/> }).collect_view();
    view! {
        <PageMeta title=title.clone() description=routes::NEWS.description path=page.path.clone()/>
        {if page.number == 1 {
            view! { <PageHeading title=title lead=routes::NEWS.description/> }.into_any()
        } else {
            view! { <PageHeading title=title/> }.into_any()
        }}
        <p><a href=routes::href(routes::FEED_PATH)>"Theo dõi tin mới (Atom)"</a></p>
        <ul class="article-list">{cards}</ul>
        {(page.total_pages > 1).then(|| view! {
            <nav class="pagination" aria-label="Phân trang">
                {page.previous.clone().map(|href| view! {
                    <a class="pagination__link" href=routes::href(&href) rel="prev">"← Trang trước"</a>
                })}
                <span class="pagination__current">"Trang " {page.number} " / " {page.total_pages}</span>
                {page.next.clone().map(|href| view! {
                    <a class="pagination__link" href=routes::href(&href) rel="next">"Trang sau →"</a>
                })}
            </nav>
        })}
    }
}

#[component]
fn ArticleCardView(card: ArticleCard) -> impl IntoView {
    view! {
        <li class="article-card">
            <h2 class="heading-m"><a href=routes::href(&card.path)>{card.title.clone()}</a></h2>
            <ArticleMetaLine card=card.clone()/>
            <p>{card.summary.clone()}</p>
        </li>
    }
}

#[component]
fn ArticleMetaLine(card: ArticleCard) -> impl IntoView {
    view! {
        <p class="article-meta">
            <span class="tag tag--category">{card.category.label()}</span>
            {card.is_sample.then(|| view! { <span class="tag tag--sample">"Bài mẫu"</span> })}
            <time datetime=card.date.to_string()>{card.date.to_vietnamese()}</time>
            " · " {card.reading_minutes} " phút đọc"
        </p>
    }
}

#[component]
pub fn ArticlePage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    match content().articles.iter().find(|a| a.card.slug == slug).cloned() {
        Some(article) => view! { <ArticleView article/> }.into_any(),
        None => view! { <crate::pages::not_found::NotFoundPage/> }.into_any(),
    }
}

#[component]
fn ArticleView(article: Article) -> impl IntoView {
    let card = article.card.clone();
    let related = article.related.clone();
    view! {
        <PageMeta title=card.title.clone() description=card.summary.clone() path=card.path.clone() og_type="article"/>
        <p class="breadcrumb"><a href=routes::href(routes::NEWS.path)>"Tin tức"</a></p>
        <PageHeading title=card.title.clone()/>
        <ArticleMetaLine card=card.clone()/>
        {card.is_sample.then(|| view! {
            <p class="panel panel--sample">"Đây là bài mẫu viết để minh họa trang, chưa phải tin chính thức của địa phương."</p>
        })}
        <p class="lead">{card.summary.clone()}</p>
        {card.image.clone().map(|image| view! {
            <figure class="figure"><img src=image.src alt=image.alt/></figure>
        })}
        <DocumentView document=article.body/>
        {(!article.tags.is_empty()).then(|| view! {
            <p class="hint">"Từ khóa: " {article.tags.join(", ")}</p>
        })}
        <ShareBlock path=card.path.clone() title=card.title.clone()/>
        {(!related.is_empty()).then(|| view! {
            <section aria-labelledby="bai-lien-quan">
                <h2 id="bai-lien-quan" class="heading-l">"Bài liên quan"</h2>
                <ul class="article-list">
                    {related.into_iter().map(|card| view! { <ArticleCardView card/> }).collect_view()}
                </ul>
            </section>
        })}
    }
}

#[component]
pub fn QuestionsPage() -> impl IntoView {
    // The questions in the page's language, the pre-renderer's choice.
    let questions = expect_context::<Arc<Questions>>().as_ref().clone();
    let words = use_words();
    let (title, _) = words.page(routes::QUESTIONS).unwrap_or_default();
    view! {
        <FixedPageMeta page=routes::QUESTIONS/>
        <PageHeading title=title.clone() lead=words.questions.lead.clone()/>
        <QuestionsView questions title/>
    }
}

#[component]
fn QuestionsView(questions: Questions, title: String) -> impl IntoView {
    let words = use_words();
    let language = use_language();
    // An item the translation lacks is shown in Vietnamese, and says so.
    let lang_of = move |question: &Question| (question.language != language).then(|| question.language.code());
    let index = questions
        .items
        .iter()
        .map(|q| view! { <li lang=lang_of(q)><a href=format!("#{}", q.id)>{q.question.clone()}</a></li> })
        .collect_view();
    let items = questions
        .items
        .into_iter()
        .map(|question| {
            let lang = lang_of(&question);
            view! { <QuestionView question lang/> }
        })
        .collect_view();
    view! {
        <nav class="toc" aria-labelledby="muc-luc-hoi-dap">
            <h2 id="muc-luc-hoi-dap" class="heading-m">{words.questions.index_heading.clone()}</h2>
            <ul class="toc__list">{index}</ul>
        </nav>
        {items}
        <ShareBlock path=routes::QUESTIONS.path title/>
    }
}

#[component]
fn QuestionView(question: Question, lang: Option<&'static str>) -> impl IntoView {
    let words = use_words().questions.clone();
    let is_false_claim = question.kind == QuestionKind::FalseClaim;
    view! {
        <section class="question" id=question.id.clone() aria-labelledby=format!("{}-tieu-de", question.id)>
            <h2 class="heading-l" id=format!("{}-tieu-de", question.id)>
                {is_false_claim.then(|| view! { <span class="tag tag--false">{words.false_claim.clone()}</span> " " })}
                <span lang=lang>{question.question.clone()}</span>
            </h2>
            {is_false_claim.then(|| view! { <p class="question__verdict">{words.fact.clone()}</p> })}
            <div lang=lang><DocumentView document=question.answer/></div>
            <p class="question__basis"><strong>{words.basis.clone()}</strong> " " <span lang=lang>{question.legal_basis}</span></p>
        </section>
    }
}
