use super::PageHeading;
use crate::site::boot::BuildData;
use crate::site::page_meta::FixedPageMeta;
use bhyt_content::routes;
use bhyt_content::{tel_href, zalo_href, Office, UnitContact, SOCIAL_INSURANCE_HOTLINE};
use leptos::prelude::*;

#[component]
pub fn ContactsPage() -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let unit_kind = site.locality.unit_kind.clone();
    let offices = site.offices.iter().cloned().map(|office| view! { <OfficeCard office/> }).collect_view();
    let units = site.units.iter().cloned().map(|unit| view! { <UnitCard unit/> }).collect_view();
    view! {
        <FixedPageMeta page=routes::CONTACTS/>
        <PageHeading
            title=routes::CONTACTS.title
            lead=format!("Người phụ trách bảo hiểm y tế gần nhà bạn nhất là người của {} nơi bạn ở. Họ giúp lập danh sách, giải thích mức đóng và hướng dẫn thủ tục.", unit_kind.to_lowercase())
        />
        <h2 class="heading-l" id="don-vi">"Theo từng " {unit_kind.to_lowercase()}</h2>
        <ul class="contact-list">{units}</ul>
        <p>"Cho người phụ trách: " <a href=routes::href(routes::POSTER.path)>"áp phích bảo hiểm y tế để in (A4), dán bảng tin và dùng trong họp " {unit_kind.to_lowercase()}</a> "."</p>
        <h2 class="heading-l" id="co-quan">"Cơ quan tiếp nhận và nơi đóng tiền"</h2>
        <ul class="contact-list">{offices}</ul>
        <h2 class="heading-l" id="truc-tuyen">"Làm thủ tục trên mạng"</h2>
        <ul class="list list--bullet">
            <li>"Ứng dụng VssID của Bảo hiểm xã hội Việt Nam: xem thẻ, thời hạn thẻ và gia hạn thẻ hộ gia đình."</li>
            <li>"Cổng Dịch vụ công quốc gia và Cổng dịch vụ công của Bảo hiểm xã hội Việt Nam: gia hạn thẻ bảo hiểm y tế theo hộ gia đình."</li>
            <li>"Tổng đài Bảo hiểm xã hội Việt Nam: " <a href=tel_href(SOCIAL_INSURANCE_HOTLINE)>{SOCIAL_INSURANCE_HOTLINE}</a></li>
        </ul>
    }
}

#[component]
fn OfficeCard(office: Office) -> impl IntoView {
    view! {
        <li class="contact-card">
            <h3 class="heading-s">{office.name.clone()}</h3>
            <p class="contact-card__kind">{office.kind.label()}</p>
            <p>{office.address.clone()}</p>
            {office.opening_hours.clone().map(|hours| view! { <p>"Giờ làm việc: " {hours}</p> })}
            {office.note.clone().map(|note| view! { <p class="hint">{note}</p> })}
            <p class="contact-card__actions">
                {office.phone.clone().map(|phone| view! {
                    <a class="button button--secondary" href=tel_href(&phone)>"Gọi " {phone.clone()}</a>
                })}
                {office.zalo.clone().map(|zalo| view! {
                    <a class="button button--secondary" href=zalo_href(&zalo)>"Nhắn Zalo"</a>
                })}
            </p>
        </li>
    }
}

#[component]
fn UnitCard(unit: UnitContact) -> impl IntoView {
    view! {
        <li class="contact-card" id=unit.id.clone()>
            <h3 class="heading-s">{unit.name.clone()}</h3>
            <p>{unit.person.clone()} ", " {unit.role.to_lowercase()}</p>
            <p class="contact-card__actions">
                <a class="button button--secondary" href=tel_href(&unit.phone)>"Gọi " {unit.phone.clone()}</a>
                {unit.zalo.clone().map(|zalo| view! {
                    <a class="button button--secondary" href=zalo_href(&zalo)>"Nhắn Zalo"</a>
                })}
            </p>
        </li>
    }
}
