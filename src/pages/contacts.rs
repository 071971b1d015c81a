use super::PageHeading;
use crate::site::boot::BuildData;
use crate::site::language::{lang_of_vietnamese, use_words, PageLink};
use crate::site::layout::CallLink;
use crate::site::page_meta::FixedPageMeta;
use bhyt_content::routes;
use bhyt_content::{fill, zalo_href, Office, UnitContact, SOCIAL_INSURANCE_HOTLINE};
use leptos::prelude::*;

/// The contacts page, in any language a translation gives it: the names, addresses and hours
/// stay as `site.toml` writes them, in Vietnamese, marked so.
#[component]
pub fn ContactsPage() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let words = use_words();
    let contacts = &words.contacts;
    let (unit_kind, unit_kind_translated) = words.unit_kind(&site.locality.unit_kind);
    let unit_kind_view = || {
        let lang = if unit_kind_translated { None } else { Some(bhyt_core::Language::SOURCE.code()) };
        view! { <span lang=lang>{unit_kind.clone()}</span> }
    };
    let (title, _) = words.page(routes::CONTACTS).unwrap_or_default();
    let offices = site.offices.iter().cloned().map(|office| view! { <OfficeCard office/> }).collect_view();
    let units = site.units.iter().cloned().map(|unit| view! { <UnitCard unit/> }).collect_view();
    let (by_unit_before, by_unit_after) = bhyt_content::around(&contacts.by_unit, "don_vi");
    view! {
        <FixedPageMeta page=routes::CONTACTS/>
        <PageHeading title lead=fill(&contacts.lead, &[("don_vi", &unit_kind)])/>
        <h2 class="heading-l" id="don-vi">{by_unit_before.to_owned()} {unit_kind_view()} {by_unit_after.to_owned()}</h2>
        <ul class="contact-list">{units}</ul>
        <p>
            {contacts.for_officials.clone()} " "
            <PageLink path=routes::POSTER.path label=fill(&contacts.poster, &[("don_vi", &unit_kind)])/>
            "."
        </p>
        <h2 class="heading-l" id="co-quan">{contacts.offices.clone()}</h2>
        <ul class="contact-list">{offices}</ul>
        <h2 class="heading-l" id="truc-tuyen">{contacts.online.clone()}</h2>
        <ul class="list list--bullet">
            <li>{contacts.vssid.clone()}</li>
            <li>{contacts.public_services.clone()}</li>
            <li>{words.shell.hotline.clone()} " " <a href=bhyt_content::tel_href(SOCIAL_INSURANCE_HOTLINE)>{SOCIAL_INSURANCE_HOTLINE}</a></li>
        </ul>
    }
}

#[component]
fn OfficeCard(office: Office) -> impl IntoView {
    let words = use_words();
    let vietnamese = lang_of_vietnamese();
    view! {
        <li class="contact-card">
            <h3 class="heading-s" lang=vietnamese>{office.name.clone()}</h3>
            <p class="contact-card__kind">{words.office_kind(office.kind)}</p>
            <p lang=vietnamese>{office.address.clone()}</p>
            {office.opening_hours.clone().map(|hours| view! {
                <p>{words.contacts.opening_hours.clone()} " " <span lang=vietnamese>{hours}</span></p>
            })}
            {office.note.clone().map(|note| view! { <p class="hint" lang=vietnamese>{note}</p> })}
            <p class="contact-card__actions">
                {office.phone.clone().map(|phone| view! { <CallLink phone button=true/> })}
                {office.zalo.clone().map(|zalo| view! {
                    <a class="button button--secondary" href=zalo_href(&zalo)>{words.contacts.zalo.clone()}</a>
                })}
            </p>
        </li>
    }
}

#[component]
fn UnitCard(unit: UnitContact) -> impl IntoView {
    let words = use_words();
    let vietnamese = lang_of_vietnamese();
    view! {
        <li class="contact-card" id=unit.id.clone()>
            <h3 class="heading-s" lang=vietnamese>{unit.name.clone()}</h3>
            <p lang=vietnamese>{unit.person.clone()} ", " {unit.role.to_lowercase()}</p>
            <p class="contact-card__actions">
                <CallLink phone=unit.phone.clone() button=true/>
                {unit.zalo.clone().map(|zalo| view! {
                    <a class="button button--secondary" href=zalo_href(&zalo)>{words.contacts.zalo.clone()}</a>
                })}
            </p>
        </li>
    }
}
