//! Per-page `<head>`: title, description, canonical URL, Open Graph and Twitter tags.
//! Written into the static HTML at build time (so Zalo and Facebook previews work without
//! JavaScript) and kept up to date by the app on client-side navigation.

use crate::site::boot::BuildData;
use crate::site::language::{path_in, use_language, use_words};
use crate::site::share_pictures::SharePictures;
use bhyt_content::routes::{self, absolute_url, document_title, share_title, Page};
use bhyt_share_image::{SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use std::sync::Arc;

#[component]
pub fn PageMeta(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    /// Site path with a trailing slash, e.g. `/ke-hoach/`.
    #[prop(into)]
    path: String,
    /// Only for the fallback page, which has no route: every other page takes `noindex` from
    /// its entry in [`routes::ROUTES`].
    #[prop(optional)]
    not_found: bool,
    /// Open Graph type: `website` unless given (articles say `article`).
    #[prop(optional, into)]
    og_type: Option<String>,
) -> impl IntoView {
    let noindex = not_found || routes::route_of(&path).is_some_and(|route| route.noindex);
    let build = expect_context::<BuildData>();
    let site = &build.site;
    let language = use_language();
    let locality = use_words().locality_name(&site.locality);
    let full_title = document_title(&title, &locality);
    // Previews show about 90 characters: a long article title is shared on its own, or cut.
    let shared_title = share_title(&title, &locality);
    let url = absolute_url(&site.locality.base_url, &path_in(language, &path));
    // The page in each language that has it, and the Vietnamese for any other reader.
    let alternates = if not_found { Vec::new() } else { build.translations.alternates(&path) };
    let links = alternates
        .iter()
        .map(|(hreflang, path)| {
            view! { <Link rel="alternate" hreflang=*hreflang href=absolute_url(&site.locality.base_url, path)/> }
        })
        .collect_view();
    let other_locales = build
        .translations
        .languages_of(&path)
        .into_iter()
        .filter(|other| !alternates.is_empty() && *other != language)
        .map(|other| view! { <Meta property="og:locale:alternate" content=other.og_locale()/> })
        .collect_view();
    let site_name = use_words().site_name(&site.locality);
    // The page's own share picture, drawn by the pre-renderer from the same data.
    let pictures = expect_context::<Arc<SharePictures>>();
    let picture = pictures.for_page(&path);
    let image = absolute_url(&site.locality.base_url, &picture.path);
    let image_alt = picture.alt.clone();
    view! {
        <Title text=full_title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Link rel="canonical" href=url.clone()/>
        <Meta property="og:type" content=og_type.unwrap_or_else(|| "website".to_owned())/>
        <Meta property="og:locale" content=language.og_locale()/>
        {links}
        {other_locales}
        <Meta property="og:site_name" content=site_name/>
        <Meta property="og:title" content=shared_title.clone()/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:url" content=url/>
        <Meta property="og:image" content=image.clone()/>
        <Meta property="og:image:type" content="image/png"/>
        <Meta property="og:image:width" content=SHARE_IMAGE_WIDTH.to_string()/>
        <Meta property="og:image:height" content=SHARE_IMAGE_HEIGHT.to_string()/>
        <Meta property="og:image:alt" content=image_alt.clone()/>
        <Meta name="twitter:card" content="summary_large_image"/>
        <Meta name="twitter:title" content=shared_title/>
        <Meta name="twitter:description" content=description/>
        <Meta name="twitter:image" content=image/>
        <Meta name="twitter:image:alt" content=image_alt/>
        {noindex.then(|| view! { <Meta name="robots" content="noindex"/> })}
    }
}

/// [`PageMeta`] for one of the fixed pages in the route table.
#[component]
pub fn FixedPageMeta(page: Page) -> impl IntoView {
    let (title, description) = page_words(page);
    view! { <PageMeta title description path=page.path/> }
}

/// A page's title and description in the language of the page being built.
pub fn page_words(page: Page) -> (String, String) {
    use_words().page(page).unwrap_or((page.title.to_owned(), page.description.to_owned()))
}
