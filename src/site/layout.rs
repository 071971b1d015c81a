//! The frame around every page: skip link, header with the locality and navigation,
//! sample-data notice and footer with contacts.

use crate::site::boot::BuildData;
use crate::site::language::{lang_of_vietnamese, linked_path, use_language, use_words, LanguageSwitch, PageLink};
use bhyt_content::routes::{self, Frame, PAGES};
use bhyt_content::{around, fill, tel_href, zalo_href, SOCIAL_INSURANCE_HOTLINE};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// `id` of `<main>`, target of the skip link.
pub const MAIN_ID: &str = "noi-dung";

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a href=format!("#{MAIN_ID}") class="skip-link">{use_words().shell.skip_link.clone()}</a> }
}

/// Whether the page being rendered is a step of the self-check ([`Frame::Journey`]).
fn in_journey() -> bool {
    let path = use_location().pathname.get_untracked();
    routes::route_of(&path).is_some_and(|route| route.frame == Frame::Journey)
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let words = use_words();
    // In the self-check the question comes first: no navigation, as GOV.UK does in transactions,
    // and a shorter header.
    let journey = in_journey();
    let header_class = if journey { "site-header site-header--journey" } else { "site-header" };
    let navigation = (!journey).then(|| {
        let current = use_location().pathname.get_untracked();
        let links = PAGES
            .iter()
            .filter_map(|page| words.nav_label(*page).map(|label| (page.path, label)))
            .map(|(path, label)| {
                let current = routes::is_current_section(path, &current);
                view! { <li><PageLink path=path label current/></li> }
            })
            .collect_view();
        view! {
            <nav class="site-nav" aria-label=words.shell.main_navigation.clone()>
                <ul class="site-nav__list">{links}</ul>
            </nav>
        }
    });
    let (home, _) = linked_path(&words, use_language(), routes::HOME.path);
    view! {
        <header class=header_class>
            <div class="site-header__inner">
                <a href=routes::href(&home) class="site-header__brand">
                    <span class="site-header__locality">
                        {words.locality_name(&site.locality)} ", " <span lang=lang_of_vietnamese()>{site.locality.province.clone()}</span>
                    </span>
                    <span class="site-header__title">{words.shell.site_title.clone()}</span>
                </a>
                <LanguageSwitch/>
            </div>
            {navigation}
        </header>
    }
}

/// The header of a province's overview: its name, as a link to the overview itself.
#[component]
pub fn ProvinceHeader() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let words = use_words();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a href=routes::href(routes::HOME.path) class="site-header__brand">
                    <span class="site-header__locality">{site.locality.full_name()}</span>
                    <span class="site-header__title">{words.shell.site_title.clone()}</span>
                </a>
            </div>
        </header>
    }
}

/// The footer of a province's overview: its offices, the national hotline and its links.
#[component]
pub fn ProvinceFooter() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let offices = site.offices.iter().map(|office| view! { <OfficeLines office=office.clone()/> }).collect_view();
    view! { <Footer contacts=offices.into_any() after_hotline=().into_any() more_links=().into_any()/> }
}

#[component]
pub fn SampleNotice() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let words = use_words();
    let journey = in_journey();
    site.is_sample.then(|| {
        let notice = if journey {
            words.shell.sample_notice_short.clone()
        } else {
            fill(&words.shell.sample_notice, &[("dia_phuong", &words.locality_name(&site.locality))])
        };
        view! {
            <div class="sample-notice" role="note">
                <strong class="tag tag--sample">{words.shell.sample_tag.clone()}</strong>
                " " {notice}
            </div>
        }
    })
}

/// Hidden in every page as built; the service worker (`web/sw.js`) shows it, with the time it
/// saved the page, when it serves the page from the device because the network is out. In the
/// self-check it is one short line, so the question keeps the first screen.
#[component]
pub fn SavedCopyNotice() -> impl IntoView {
    let words = use_words();
    let (class, line) = if in_journey() {
        ("notice notice--compact", words.shell.saved_copy_short.clone())
    } else {
        ("notice", words.shell.saved_copy.clone())
    };
    let (before, after) = around(&line, "luc");
    view! {
        <p class=class data-saved-copy="" hidden="">
            {before.to_owned()}
            <span data-saved-at=""></span>
            {after.to_owned()}
        </p>
    }
}

/// The footer of a commune's pages: its people's committee, the national hotline, the officials
/// in charge, its links and the page about the site.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let words = use_words();
    let office = site.peoples_committee().cloned().map(|office| view! { <OfficeLines office/> });
    let feedback_zalo = site.feedback.zalo.clone().map(|zalo| {
        view! { <li><a href=zalo_href(&zalo)>{words.shell.feedback_zalo.clone()}</a></li> }
    });
    let after_hotline = view! {
        <p><PageLink path=routes::CONTACTS.path label=fill(&words.shell.unit_contacts_link, &[("don_vi", &words.unit_kind(&site.locality.unit_kind).0)])/></p>
    };
    let more_links = view! {
        {feedback_zalo}
        <li><PageLink path=routes::ABOUT.path label=words.shell.about.clone()/></li>
    };
    view! { <Footer contacts=office.into_any() after_hotline=after_hotline.into_any() more_links=more_links.into_any()/> }
}

/// An office's name, address and call link. Its name and address are as `site.toml` writes
/// them, in Vietnamese whatever the page's language.
#[component]
fn OfficeLines(office: bhyt_content::Office) -> impl IntoView {
    view! {
        <p>
            <span lang=lang_of_vietnamese()><strong>{office.name.clone()}</strong><br/>{office.address.clone()}</span><br/>
            {office.phone.clone().map(|phone| view! { <CallLink phone/> })}
        </p>
    }
}

/// "Gọi 0123 456 700", as a `tel:` link; `button`: drawn as a button, as the contact cards do.
#[component]
pub fn CallLink(phone: String, #[prop(optional)] button: bool) -> impl IntoView {
    let label = fill(&use_words().shell.call, &[("so", &phone)]);
    if button {
        view! { <a class="button button--secondary" href=tel_href(&phone)>{label}</a> }.into_any()
    } else {
        view! { <a href=tel_href(&phone)>{label}</a> }.into_any()
    }
}

/// The footer of every framed page: contacts and the national hotline, the links, and who
/// publishes the site; the commune's pages and the province's overview fill in their own.
#[component]
fn Footer(contacts: AnyView, after_hotline: AnyView, more_links: AnyView) -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let words = use_words();
    let feedback_email = site.feedback.email.clone().map(|email| {
        view! { <li><a href=format!("mailto:{email}")>{fill(&words.shell.feedback_email, &[("email", &email)])}</a></li> }
    });
    let publisher = site.locality.publisher.clone();
    let (before_publisher, after_publisher) = around(&words.shell.published_by, "co_quan");
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <section aria-labelledby="chan-trang-lien-he">
                    <h2 id="chan-trang-lien-he" class="site-footer__heading">{words.shell.contacts_heading.clone()}</h2>
                    {contacts}
                    <p>{words.shell.hotline.clone()} " " <a href=tel_href(SOCIAL_INSURANCE_HOTLINE)>{SOCIAL_INSURANCE_HOTLINE}</a></p>
                    {after_hotline}
                </section>
                <section aria-labelledby="chan-trang-lien-ket">
                    <h2 id="chan-trang-lien-ket" class="site-footer__heading">{words.shell.links_heading.clone()}</h2>
                    <ul class="site-footer__list">
                        <li><a href=site.links.portal.clone() hreflang=lang_of_vietnamese()>{fill(&words.shell.portal, &[("dia_phuong", &words.locality_name(&site.locality))])}</a></li>
                        <li><a href=site.links.fanpage.clone()>{words.shell.fanpage.clone()}</a></li>
                        {feedback_email}
                        {more_links}
                    </ul>
                </section>
            </div>
            <p class="site-footer__meta">
                {before_publisher.to_owned()} <span lang=lang_of_vietnamese()>{publisher}</span> {after_publisher.to_owned()}
            </p>
        </footer>
    }
}
