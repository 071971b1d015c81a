//! Renders the sanitised document tree built from Markdown (`bhyt_content::document`) with
//! ordinary DOM nodes. Content is never injected as HTML, so nothing in a content file can run.

use crate::site::language::site_link_parts;
use bhyt_content::routes;
use bhyt_content::{Alignment, Block, Document, Inline, ListItem};
use leptos::prelude::*;

#[component]
pub fn DocumentView(document: Document) -> impl IntoView {
    view! { <div class="prose">{blocks(document.blocks)}</div> }
}

pub fn blocks(blocks: Vec<Block>) -> AnyView {
    blocks.into_iter().map(block).collect_view().into_any()
}

fn block(block: Block) -> AnyView {
    match block {
        Block::Heading { level, id, content } => {
            let content = inlines(content);
            match level {
                2 => view! { <h2 id=id class="heading-l">{content}</h2> }.into_any(),
                3 => view! { <h3 id=id class="heading-m">{content}</h3> }.into_any(),
                4 => view! { <h4 id=id class="heading-s">{content}</h4> }.into_any(),
                5 => view! { <h5 id=id class="heading-s">{content}</h5> }.into_any(),
                _ => view! { <h6 id=id class="heading-s">{content}</h6> }.into_any(),
            }
        }
        Block::Paragraph { content } => view! { <p>{inlines(content)}</p> }.into_any(),
        Block::List { start: Some(start), items } => {
            view! { <ol class="list list--number" start=start>{list_items(items)}</ol> }.into_any()
        }
        Block::List { start: None, items } => {
            view! { <ul class="list list--bullet">{list_items(items)}</ul> }.into_any()
        }
        Block::BlockQuote { blocks: inner } => {
            view! { <blockquote class="quote">{blocks(inner)}</blockquote> }.into_any()
        }
        Block::Table { alignments, head, rows } => table(alignments, head, rows),
        Block::ThematicBreak => view! { <hr class="section-break"/> }.into_any(),
        Block::Image { src, alt, caption } => view! {
            <figure class="figure">
                <img src=src alt=alt loading="lazy"/>
                {caption.map(|caption| view! { <figcaption>{caption}</figcaption> })}
            </figure>
        }
        .into_any(),
    }
}

fn list_items(items: Vec<ListItem>) -> AnyView {
    items.into_iter().map(|item| view! { <li>{blocks(item.blocks)}</li> }).collect_view().into_any()
}

fn table(alignments: Vec<Alignment>, head: Vec<Vec<Inline>>, rows: Vec<Vec<Vec<Inline>>>) -> AnyView {
    let align = move |column: usize| match alignments.get(column) {
        Some(Alignment::Right) => "align-right",
        Some(Alignment::Center) => "align-center",
        _ => "",
    };
    let head = head
        .into_iter()
        .enumerate()
        .map(|(column, cell)| view! { <th scope="col" class=align(column)>{inlines(cell)}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(column, cell)| view! { <td class=align(column)>{inlines(cell)}</td> })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Bảng">
            <table class="table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
        </div>
    }
    .into_any()
}

/// A link to a page of the site: to its translation on a translated page, else to the
/// Vietnamese page, marked as such.
fn site_link(href: String, content: Vec<Inline>) -> AnyView {
    let (href, hreflang, content) = site_link_parts(&href, inlines(content));
    view! { <a href=href hreflang=hreflang>{content}</a> }.into_any()
}

pub fn inlines(content: Vec<Inline>) -> AnyView {
    content.into_iter().map(inline).collect_view().into_any()
}

fn inline(inline: Inline) -> AnyView {
    match inline {
        Inline::Text { text } => text.into_any(),
        Inline::Strong { content } => view! { <strong>{inlines(content)}</strong> }.into_any(),
        Inline::Emphasis { content } => view! { <em>{inlines(content)}</em> }.into_any(),
        Inline::Code { text } => view! { <code>{text}</code> }.into_any(),
        Inline::Link { href, content } if href.starts_with('/') => site_link(href, content),
        Inline::Link { href, content } => view! { <a href=routes::href(&href)>{inlines(content)}</a> }.into_any(),
        Inline::LineBreak => view! { <br/> }.into_any(),
    }
}
