use super::PageHeading;
use crate::site::boot::BuildData;
use crate::site::page_meta::FixedPageMeta;
use crate::site::policy_data::national_policy;
use crate::wizard::wizard_entry;
use bhyt_content::routes::{self, PAGES};
use bhyt_rules::TopUpTarget;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let site = boot.site.clone();
    let cards = PAGES
        .iter()
        .filter(|page| page.nav_label.is_some() && page.path != routes::HOME.path)
        .map(|page| {
            view! {
                <li class="card">
                    <h2 class="heading-m"><a href=routes::href(page.path) class="card__link">{page.nav_label}</a></h2>
                    <p>{page.description}</p>
                </li>
            }
        })
        .collect_view();
    let events = life_events(&boot, &site.locality.province)
        .into_iter()
        .map(|event| {
            view! {
                <li class="life-events__item">
                    <a href=routes::href(&event.href) class="life-events__link">{event.label}</a>
                    <span class="hint">{event.hint}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <FixedPageMeta page=routes::HOME/>
        <PageHeading title=format!("Bảo hiểm y tế toàn dân tại {}", site.locality.full_name())/>
        // The start comes before everything else, on a phone's first screen.
        <div class="start">
            <a href=routes::href(routes::WIZARD.path) class="button button--start">"Bắt đầu tự kiểm tra"</a>
            <p class="hint">"Khoảng 3 phút. Không hỏi số căn cước, không hỏi ngày sinh. Câu trả lời chỉ nằm trên điện thoại của bạn."</p>
        </div>
        <p class="lead">"Có thẻ bảo hiểm y tế, khi ốm đau bạn được quỹ chi trả phần lớn chi phí khám chữa bệnh. Trang này giúp bạn biết mình thuộc nhóm nào, có được Nhà nước hỗ trợ không, gia đình đóng bao nhiêu và cần đến đâu."</p>
        <section class="life-events" aria-labelledby="viec-thuong-gap">
            <h2 id="viec-thuong-gap" class="heading-l">"Gia đình bạn vừa có việc này?"</h2>
            <ul class="life-events__list">{events}</ul>
        </section>
        <ul class="card-grid">{cards}</ul>
    }
}

/// A short way in for a moment in a family's life: a pre-filled self-check, or the answer.
struct LifeEvent {
    label: String,
    hint: String,
    href: String,
}

fn life_events(boot: &BuildData, province: &str) -> Vec<LifeEvent> {
    let event =
        |label: &str, hint: &str, href: String| LifeEvent { label: label.to_owned(), hint: hint.to_owned(), href };
    // The national floor for the near-poor, as the policy data has it on the build date.
    let near_poor_floor = national_policy().support_floors.near_poor.value_on(boot.built_on);
    let near_poor_hint = near_poor_floor.map_or_else(
        || "Nhà nước hỗ trợ một phần tiền mua thẻ".to_owned(),
        |floor| format!("Nhà nước hỗ trợ ít nhất {} tiền mua thẻ", floor.value),
    );
    let mut events = vec![
        event("Gia đình mới sinh em bé", "Thẻ miễn phí cho trẻ dưới 6 tuổi: xem ngay", wizard_entry("tuoi=duoi-6")),
        event(
            "Con sắp vào lớp 1",
            "Thẻ trẻ em còn hạn, vì sao trường vẫn thu tiền",
            format!("{}#lop-1-the-tre-em-con-han", routes::STUDENTS.path),
        ),
        event(
            "Người nhà từ 75 tuổi, không có lương hưu",
            "Có thể được trợ cấp hằng tháng và thẻ miễn phí",
            wizard_entry("tuoi=75-tro-len"),
        ),
    ];
    if boot.local_top_ups.items.iter().any(|item| item.target == TopUpTarget::Aged60To74WithoutPension) {
        events.push(event(
            &format!("Người nhà từ 60 tuổi, không có lương hưu, ở {province}"),
            "Địa phương hỗ trợ thêm tiền mua thẻ",
            wizard_entry("tuoi=60-69"),
        ));
    }
    events.push(event(
        "Thẻ sắp hết hạn",
        "Gia hạn ở đâu, để không phải chờ thẻ mới",
        format!("{}#gia-han-o-dau", routes::QUESTIONS.path),
    ));
    events.push(event(
        "Gia đình vừa vào danh sách hộ cận nghèo",
        &near_poor_hint,
        wizard_entry("ho_ngheo=ho-can-ngheo"),
    ));
    events
}
