use super::PageHeading;
use crate::site::boot::BootData;
use crate::site::page_meta::FixedPageMeta;
use bhyt_content::routes::{self, PAGES};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let site = expect_context::<BootData>().site;
    let cards = PAGES
        .iter()
        .filter(|page| page.nav_label.is_some() && page.path != routes::HOME.path)
        .map(|page| {
            view! {
                <li class="card">
                    <h2 class="heading-m"><a href=page.path class="card__link">{page.nav_label}</a></h2>
                    <p>{page.description}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <FixedPageMeta page=routes::HOME/>
        <PageHeading
            title=format!("Bảo hiểm y tế toàn dân tại {}", site.locality.full_name())
            lead="Có thẻ bảo hiểm y tế, khi ốm đau bạn được quỹ chi trả phần lớn chi phí khám chữa bệnh. Trang này giúp bạn biết mình thuộc nhóm nào, có được Nhà nước hỗ trợ không, gia đình đóng bao nhiêu và cần đến đâu."
        />
        <div class="start">
            <a href=routes::WIZARD.path class="button button--start">"Bắt đầu tự kiểm tra"</a>
            <p class="hint">"Khoảng 3 phút. Không hỏi số căn cước, không hỏi ngày sinh. Câu trả lời chỉ nằm trên điện thoại của bạn."</p>
        </div>
        <ul class="card-grid">{cards}</ul>
    }
}
