//! The frame around every page: skip link, header with the locality and navigation,
//! sample-data notice and footer with contacts.

use crate::site::boot::BuildData;
use bhyt_content::routes::{self, Frame, PAGES};
use bhyt_content::{tel_href, zalo_href, SOCIAL_INSURANCE_HOTLINE};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// `id` of `<main>`, target of the skip link.
pub const MAIN_ID: &str = "noi-dung";

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a href=format!("#{MAIN_ID}") class="skip-link">"Bỏ qua, đến nội dung chính"</a> }
}

/// Whether the page being rendered is a step of the self-check ([`Frame::Journey`]).
fn in_journey() -> bool {
    let path = use_location().pathname.get_untracked();
    routes::route_of(&path).is_some_and(|route| route.frame == Frame::Journey)
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    // In the self-check the question comes first: no navigation, as GOV.UK does in transactions.
    let navigation = (!in_journey()).then(|| {
        let current = use_location().pathname.get_untracked();
        let links = PAGES
            .iter()
            .filter_map(|page| page.nav_label.map(|label| (page.path, label)))
            .map(|(path, label)| {
                let here = routes::is_current_section(path, &current).then_some("page");
                view! { <li><a href=routes::href(path) aria-current=here>{label}</a></li> }
            })
            .collect_view();
        view! {
            <nav class="site-nav" aria-label="Mục chính">
                <ul class="site-nav__list">{links}</ul>
            </nav>
        }
    });
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a href=routes::href(routes::HOME.path) class="site-header__brand">
                    <span class="site-header__locality">
                        {site.locality.full_name()} ", " {site.locality.province.clone()}
                    </span>
                    <span class="site-header__title">"Bảo hiểm y tế toàn dân"</span>
                </a>
            </div>
            {navigation}
        </header>
    }
}

/// The header of a province's overview: its name, as a link to the overview itself.
#[component]
pub fn ProvinceHeader() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a href=routes::href(routes::HOME.path) class="site-header__brand">
                    <span class="site-header__locality">{site.locality.full_name()}</span>
                    <span class="site-header__title">"Bảo hiểm y tế toàn dân"</span>
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
    let journey = in_journey();
    site.is_sample.then(|| {
        let words = if journey {
            " Chưa chính thức.".to_owned()
        } else {
            format!(
                " Đây là bản mẫu: tên người, số điện thoại, địa chỉ và số liệu chưa phải thông tin chính thức của {}.",
                site.locality.full_name()
            )
        };
        view! {
            <div class="sample-notice" role="note">
                <strong class="tag tag--sample">"Dữ liệu mẫu"</strong>
                {words}
            </div>
        }
    })
}

/// Hidden in every page as built; the service worker (`web/sw.js`) shows it, with the time it
/// saved the page, when it serves the page from the device because the network is out. In the
/// self-check it is one short line, so the question keeps the first screen.
#[component]
pub fn SavedCopyNotice() -> impl IntoView {
    let (class, before, after) = if in_journey() {
        ("notice notice--compact", "Đã lưu trên máy lúc ", ".")
    } else {
        ("notice", "Không có mạng: bạn đang xem bản đã lưu trên máy lúc ", ". Khi có mạng, trang sẽ tự cập nhật.")
    };
    view! {
        <p class=class data-saved-copy="" hidden="">
            {before}
            <span data-saved-at=""></span>
            {after}
        </p>
    }
}

/// The footer of a commune's pages: its people's committee, the national hotline, the officials
/// in charge, its links and the page about the site.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let office = site.peoples_committee().cloned().map(|office| view! { <OfficeLines office/> });
    let feedback_zalo = site.feedback.zalo.clone().map(|zalo| {
        view! { <li><a href=zalo_href(&zalo)>"Góp ý qua Zalo"</a></li> }
    });
    let after_hotline = view! {
        <p><a href=routes::href(routes::CONTACTS.path)>"Người phụ trách ở từng " {bhyt_core::lowercase(&site.locality.unit_kind)}</a></p>
    };
    let more_links = view! {
        {feedback_zalo}
        <li><a href=routes::href(routes::ABOUT.path)>"Về trang này, quyền riêng tư"</a></li>
    };
    view! { <Footer contacts=office.into_any() after_hotline=after_hotline.into_any() more_links=more_links.into_any()/> }
}

/// An office's name, address and call link.
#[component]
fn OfficeLines(office: bhyt_content::Office) -> impl IntoView {
    view! {
        <p>
            <strong>{office.name.clone()}</strong><br/>
            {office.address.clone()}<br/>
            {office.phone.clone().map(|phone| view! { <a href=tel_href(&phone)>"Gọi " {phone.clone()}</a> })}
        </p>
    }
}

/// The footer of every framed page: contacts and the national hotline, the links, and who
/// publishes the site; the commune's pages and the province's overview fill in their own.
#[component]
fn Footer(contacts: AnyView, after_hotline: AnyView, more_links: AnyView) -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let feedback_email = site.feedback.email.clone().map(|email| {
        view! { <li><a href=format!("mailto:{email}")>"Gửi thư góp ý: " {email.clone()}</a></li> }
    });
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <section aria-labelledby="chan-trang-lien-he">
                    <h2 id="chan-trang-lien-he" class="site-footer__heading">"Liên hệ"</h2>
                    {contacts}
                    <p>"Tổng đài Bảo hiểm xã hội Việt Nam: " <a href=tel_href(SOCIAL_INSURANCE_HOTLINE)>{SOCIAL_INSURANCE_HOTLINE}</a></p>
                    {after_hotline}
                </section>
                <section aria-labelledby="chan-trang-lien-ket">
                    <h2 id="chan-trang-lien-ket" class="site-footer__heading">"Liên kết"</h2>
                    <ul class="site-footer__list">
                        <li><a href=site.links.portal.clone()>"Cổng thông tin " {site.locality.full_name()}</a></li>
                        <li><a href=site.links.fanpage.clone()>"Trang Facebook"</a></li>
                        {feedback_email}
                        {more_links}
                    </ul>
                </section>
            </div>
            <p class="site-footer__meta">
                {site.locality.publisher.clone()} " thực hiện. Trang không thu thập dữ liệu cá nhân và không dùng công cụ theo dõi."
            </p>
        </footer>
    }
}
