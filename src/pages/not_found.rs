use super::PageHeading;
use crate::site::page_meta::PageMeta;
use bhyt_content::routes;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageMeta
            title=routes::NOT_FOUND_TITLE
            description="Địa chỉ này không có trên trang. Hãy về trang chủ hoặc bắt đầu tự kiểm tra."
            path="/"
            not_found=true
        />
        <PageHeading title=routes::NOT_FOUND_TITLE/>
        <p>"Địa chỉ bạn mở không có trên trang này. Có thể đường liên kết bị gõ sai hoặc trang đã được chuyển."</p>
        <ul class="list list--bullet">
            <li><a href=routes::href(routes::HOME.path)>"Về trang chủ"</a></li>
            <li><a href=routes::href(routes::WIZARD.path)>"Tự kiểm tra nhóm bảo hiểm y tế của bạn"</a></li>
            <li><a href=routes::href(routes::CONTACTS.path)>"Liên hệ người phụ trách"</a></li>
        </ul>
    }
}
