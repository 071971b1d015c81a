//! `/tu-kiem-tra/ho-gia-dinh/`: what a household pays together on the ladder, and for a farm
//! household with average living standard, the subsidised route compared with the household
//! route. The form's state is in the URL (`?so_nguoi=…&da_co_the=…&ho_nong_nghiep=…`).

use super::result::ladder_table;
use super::{today, BackLink, DatePreview, UrlNotices, WizardUrl};
use crate::site::boot::BootData;
use crate::site::dom::StaticNodes;
use crate::site::policy_data::national_policy;
use bhyt_content::routes;
use bhyt_core::tr;
use bhyt_rules::Route;
use bhyt_rules::{compare_farm_routes, format_dong, household_ladder, route_comparison_text, HouseholdQuery};
use leptos::either::EitherOf3;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

#[component]
pub(super) fn HouseholdCalculator(search: String) -> impl IntoView {
    let (state, dropped) = HouseholdQuery::from_query(&search);
    let url = WizardUrl { dropped: Vec::new(), ..WizardUrl::parse(&search) };
    let date = url.date(today());
    let today_href =
        WizardUrl { preview: DatePreview::Today, ..url.clone() }.href(routes::HOUSEHOLD.path, &state.to_query());
    let members = RwSignal::new(state.members.map(|n| n.to_string()).unwrap_or_default());
    let covered = RwSignal::new(state.already_covered.map(|n| n.to_string()).unwrap_or_else(|| "0".into()));
    let farm = RwSignal::new(state.farm_household);
    let error = RwSignal::new(None::<String>);
    let submit_url = url.clone();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let query = format!(
            "so_nguoi={}&da_co_the={}&ho_nong_nghiep={}",
            members.get_untracked().trim(),
            covered.get_untracked().trim(),
            if farm.get_untracked() == Some(true) { "co" } else { "khong" }
        );
        let (checked, problems) = HouseholdQuery::from_query(&query);
        if !problems.is_empty() || checked.joining().is_none() {
            error.set(Some(
                tr("Hãy nhập số người từ 1 đến 30, và số người đã có thẻ không lớn hơn số người trong hộ").into(),
            ));
            return;
        }
        crate::site::browser::go_to(&submit_url.href(routes::HOUSEHOLD.path, &checked.to_query()));
    };

    let boot = expect_context::<BootData>();
    let result = state.joining().map(|joining| {
        if joining == 0 {
            return EitherOf3::A(view! { <p class="result-amount">{tr("Mọi người trong hộ đã có thẻ: không ai phải mua theo hộ.")}</p> });
        }
        let ladder = household_ladder(national_policy(), date, joining);
        let comparison = (state.farm_household == Some(true)).then(|| compare_farm_routes(national_policy(), &boot.local_top_ups, date, joining));
        match ladder {
            Err(err) => EitherOf3::B(view! { <p>{err.to_string()}</p> }),
            Ok(ladder) => {
                let comparison = comparison.and_then(Result::ok).map(|comparison| {
                    let verdict = match comparison.cheaper {
                        Route::Household => tr("Mua theo hộ gia đình rẻ hơn."),
                        Route::Subsidised => tr("Mua theo nhóm được hỗ trợ rẻ hơn."),
                        Route::Equal => tr("Hai cách bằng nhau."),
                    };
                    view! {
                        <h2 class="heading-l">{tr("So sánh hai cách mua")}</h2>
                        <ul class="list list--bullet">
                            <li>{tr("Theo nhóm hộ nông, lâm, ngư, diêm nghiệp (Nhà nước hỗ trợ ")} {comparison.support.to_string()} "): "
                                {format_dong(comparison.subsidised_per_person.yearly)} {tr(" mỗi người, cả hộ ")}
                                <strong>{format_dong(comparison.subsidised_total.yearly)}</strong> {tr(" mỗi năm.")}</li>
                            <li>{tr("Theo hộ gia đình (giảm từ người thứ hai): cả hộ ")} <strong>{format_dong(comparison.household_total.yearly)}</strong> {tr(" mỗi năm.")}</li>
                        </ul>
                        <p class="result-amount">{verdict}</p>
                        <p>{route_comparison_text(&comparison)}
                            {comparison.household_cheaper_from.map(|n| tr(" Mua theo hộ rẻ hơn khi có từ {} người cùng tham gia.").replace("{}", &n.to_string()))}</p>
                    }
                });
                EitherOf3::C(view! {
                    <h2 class="heading-l">{tr("Kết quả")}</h2>
                    <p class="result-amount">
                        {joining} {tr(" người mua theo hộ: cả hộ đóng ")} <strong>{format_dong(ladder.total.yearly)} {tr(" mỗi năm")}</strong>
                        {tr(", tức ")} {format_dong(ladder.total.monthly)} {tr(" mỗi tháng.")}
                    </p>
                    <p>{tr("Tính cho ngày ")} {date.in_page_language()} "."</p>
                    <StaticNodes nodes=ladder_table(&ladder, tr("Số tiền từng người"))/>
                    <p class="hint">{tr("Ước tính — cơ quan BHXH quyết định.")}</p>
                    {comparison}
                })
            }
        }
    });

    view! {
        <BackLink href=url.href(routes::WIZARD.path, "")/>
        <UrlNotices dropped preview=url.preview.clone() today_href/>
        {move || error.get().map(|text| view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2 class="error-summary__title">{tr("Có lỗi cần sửa")}</h2>
                <ul class="error-summary__list"><li><a href="#so-nguoi">{text}</a></li></ul>
            </div>
        })}
        <h1 class="heading-xl">{tr(routes::HOUSEHOLD.title)}</h1>
        <p class="lead">{tr("Người mua thẻ theo hộ gia đình: người thứ nhất đóng đủ, từ người thứ hai được giảm.")}</p>
        <form class="question-form" novalidate=true on:submit=on_submit>
            <div class="form-group">
                <label class="label" for="so-nguoi">{tr("Hộ có bao nhiêu người (cùng nơi cư trú)?")}</label>
                <input class="input input--short" type="text" inputmode="numeric" id="so-nguoi" name="so_nguoi" autocomplete="off"
                    prop:value=move || members.get() on:input=move |ev| members.set(event_target_value(&ev))/>
            </div>
            <div class="form-group">
                <label class="label" for="da-co-the">{tr("Trong đó bao nhiêu người đã có thẻ theo nhóm khác?")}</label>
                <p class="hint" id="da-co-the-goi-y">{tr("Ví dụ trẻ dưới 6 tuổi, học sinh, người đi làm có hợp đồng, người hưởng lương hưu, người thuộc hộ nghèo.")}</p>
                <input class="input input--short" type="text" inputmode="numeric" id="da-co-the" name="da_co_the" autocomplete="off"
                    aria-describedby="da-co-the-goi-y"
                    prop:value=move || covered.get() on:input=move |ev| covered.set(event_target_value(&ev))/>
            </div>
            <fieldset class="fieldset form-group">
                <legend class="fieldset__legend label">{tr("Hộ có được xã xác nhận là hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình không?")}</legend>
                <div class="choices">
                    <div class="choices__item">
                        <input class="choices__input" type="radio" id="ho-nong-nghiep-co" name="ho_nong_nghiep" value="co"
                            prop:checked=move || farm.get() == Some(true) on:change=move |_| farm.set(Some(true))/>
                        <label class="choices__label" for="ho-nong-nghiep-co">{tr("Có")}</label>
                    </div>
                    <div class="choices__item">
                        <input class="choices__input" type="radio" id="ho-nong-nghiep-khong" name="ho_nong_nghiep" value="khong"
                            prop:checked=move || farm.get() != Some(true) on:change=move |_| farm.set(Some(false))/>
                        <label class="choices__label" for="ho-nong-nghiep-khong">{tr("Không")}</label>
                    </div>
                </div>
            </fieldset>
            <button type="submit" class="button">{tr("Tính")}</button>
        </form>
        {result}
    }
}
