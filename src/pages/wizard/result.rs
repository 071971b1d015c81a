//! `/tu-kiem-tra/ket-qua/`: the estimate for the answers in the URL, on today's date (or `?ngay=`).
//! Every figure comes from the engine and the policy data.

use super::{question_path, today, use_mounted, BackLink, DatePreview, ShellNote, UrlNotices, WizardUrl, CHECK_PATH, HOUSEHOLD_PATH, RESULT_PATH, START_PATH};
use crate::boot::BootData;
use crate::page_meta::PageMeta;
use crate::policy_data::national_policy;
use bhyt_content::routes;
use bhyt_content::site::{tel_href, OfficeKind};
use bhyt_rules::engine::{HouseholdLadder, Route};
use bhyt_rules::{assess, format_dong, next_question, papers_to_bring, relevant_answers, where_to_go, Assessment, Group, Match, Percent};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

const TITLE: &str = "Kết quả tự kiểm tra";

#[component]
pub fn ResultPage() -> impl IntoView {
    let location = use_location();
    let mounted = use_mounted();
    view! {
        <PageMeta title=TITLE description="Ước tính nhóm tham gia bảo hiểm y tế, mức đóng, quyền lợi và nơi đăng ký." path=RESULT_PATH noindex=true/>
        <Show when=move || mounted.get() fallback=|| view! { <h1 class="heading-xl">{TITLE}</h1> <ShellNote/> }>
            {move || view! { <ResultView search=location.search.get()/> }}
        </Show>
    }
    .into_any()
}

#[component]
fn ResultView(search: String) -> impl IntoView {
    let url = WizardUrl::parse(&search);
    let answers = url.answers.clone();
    let date = url.date(today());
    let boot = expect_context::<BootData>();
    let relevant_query = relevant_answers(&answers).to_query();
    let back_href = url.href(CHECK_PATH, &answers.to_query());
    let today_href = WizardUrl { preview: DatePreview::Today, ..url.clone() }.href(RESULT_PATH, &relevant_query);
    let notices = view! { <UrlNotices dropped=url.dropped.clone() preview=url.preview.clone() today_href/> };
    if let Some(next) = next_question(&answers) {
        return view! {
            <BackLink href=url.href(START_PATH, "")/>
            {notices}
            <h1 class="heading-xl">{TITLE}</h1>
            <div class="panel panel--info">
                <p>"Chưa đủ câu trả lời để ước tính."</p>
                <a class="button" href=url.href(&question_path(next), &answers.to_query())>"Trả lời tiếp"</a>
            </div>
        }
        .into_any();
    }
    let body = match assess(&answers, national_policy(), &boot.local_top_ups, date) {
        Ok(result) => view! { <AssessmentView result household_href=household_link(&url, &answers)/> }.into_any(),
        Err(err) => view! {
            <div class="notice notice--warning" role="status"><p>"Không tính được cho ngày " {date.to_vietnamese()} ": " {err.to_string()} "."</p></div>
        }
        .into_any(),
    };
    let share_url = url.href(RESULT_PATH, &relevant_query);
    view! {
        <BackLink href=back_href/>
        {notices}
        <h1 class="heading-xl">{TITLE}</h1>
        <p class="lead">"Theo câu trả lời của bạn, tính cho ngày " {date.to_vietnamese()} "."</p>
        {body}
        <ResultActions share_path=share_url/>
    }
    .into_any()
}

fn household_link(url: &WizardUrl, answers: &bhyt_rules::Answers) -> String {
    let mut query = Vec::new();
    if let Some(members) = answers.household_members() {
        query.push(format!("so_nguoi={members}&da_co_the=0"));
    }
    if let Some(farm) = answers.farm_household().and_then(|reply| reply.given()) {
        query.push(format!("ho_nong_nghiep={}", farm.value()));
    }
    url.href(HOUSEHOLD_PATH, &query.join("&"))
}

#[component]
fn AssessmentView(result: Assessment, household_href: String) -> impl IntoView {
    let policy = national_policy();
    let base_salary = policy.luong_co_so.value_on(result.date).cloned();
    let group = result.group.group;
    let share = result.state_share.clone();

    let more_info = (!result.needs_more_info.is_empty()).then(|| {
        let checks = result
            .needs_more_info
            .iter()
            .map(|check| view! { <li><strong>{check.what.clone()}</strong>". " {check.where_to_ask.clone()}</li> })
            .collect_view();
        let assumptions = result.assumptions.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view();
        view! {
            <div class="notice notice--warning result-more-info">
                <h2 class="heading-m">"Cần thêm thông tin"</h2>
                <p>"Bạn đã chọn “Tôi không biết” ở một số câu. Hãy hỏi thêm:"</p>
                <ul class="list list--bullet">{checks}</ul>
                <p>"Ước tính dưới đây tạm tính như sau:"</p>
                <ul class="list list--bullet">{assumptions}</ul>
            </div>
        }
    });

    let you_pay = match result.you_pay {
        Some(amount) if amount.yearly == 0 => view! { <p class="result-amount">"Bạn không phải đóng tiền."</p> }.into_any(),
        Some(amount) => view! {
            <p class="result-amount">
                "Bạn đóng " <strong>{format_dong(amount.yearly)} " mỗi năm"</strong>
                ", tức " {format_dong(amount.monthly)} " mỗi tháng."
            </p>
        }
        .into_any(),
        None => view! { <p class="result-amount">"Chưa tính được số tiền bạn đóng (cần biết tiền lương tháng)."</p> }.into_any(),
    };

    let state_share = if share.total == Percent::ZERO {
        None
    } else {
        let local_items = share
            .local
            .iter()
            .map(|item| {
                view! {
                    <li>
                        {item.name.clone()} ": thêm " {item.added.to_string()} " (" {item.confidence_label} "). "
                        {item.note.clone()} " Căn cứ: " {item.basis.clone()} "."
                    </li>
                }
            })
            .collect_view();
        let no_local = share.local.is_empty().then(|| {
            view! { <p>"Đây là mức hỗ trợ tối thiểu của Nhà nước; tỉnh/thành phố có thể hỗ trợ thêm. Hãy hỏi UBND xã, phường."</p> }
        });
        Some(view! {
            <p>
                "Nhà nước hỗ trợ " <strong>{share.total.to_string()}</strong> " mức đóng"
                {(!share.local.is_empty()).then(|| format!(" (Nhà nước {} và địa phương hỗ trợ thêm)", share.national))} "."
                {(!share.national_basis.is_empty()).then(|| format!(" Căn cứ: {}.", share.national_basis))}
            </p>
            {(!share.local.is_empty()).then(|| view! { <ul class="list list--bullet">{local_items}</ul> })}
            {no_local}
        })
    };

    let ladder = result.household.clone().map(|ladder| view! { <LadderTable ladder caption="Số tiền cả hộ đóng theo hộ gia đình"/> });
    let household_option = result.household_route_option.clone().map(|ladder| {
        view! {
            <p>"Bạn cũng có thể chọn mua theo hộ gia đình thay vì theo nhóm được hỗ trợ (điểm e khoản 5 Điều 13 Luật Bảo hiểm y tế)."</p>
            <LadderTable ladder caption="Nếu mua theo hộ gia đình"/>
        }
    });
    let comparison = result.route_comparison.clone().map(|comparison| {
        let from = comparison
            .household_cheaper_from
            .map(|n| format!(" Mua theo hộ rẻ hơn khi hộ có từ {n} người cùng tham gia."))
            .unwrap_or_default();
        let cheaper = match comparison.cheaper {
            Route::Household => "Nên mua theo hộ gia đình.",
            Route::Subsidised => "Nên mua theo nhóm được hỗ trợ.",
            Route::Equal => "Hai cách bằng nhau.",
        };
        view! {
            <div class="panel panel--info">
                <h3 class="heading-s">"So sánh hai cách mua"</h3>
                <p>{comparison.text.clone()} " " {cheaper} {from}</p>
            </div>
        }
    });
    let next_change = result.next_change.as_ref().map(|change| view! { <p class="result-next-change">"Sắp thay đổi: " {change.text.clone()}</p> });
    let base_salary_text = base_salary.map(|value| {
        view! {
            <p class="hint">
                "Tính theo lương cơ sở " {format_dong(value.value)} " (từ ngày " {value.from.to_vietnamese()} ", " {value.basis.clone()}
                "), mức đóng 4,5% là " {format_dong(result.full_premium.monthly)} "/tháng. " {result.rounding_rule}
            </p>
        }
    });

    let full_cover = result.benefit.full_cover_cases.iter().map(|case| view! { <li>{case.clone()}</li> }).collect_view();
    let warning = result.card_start.waiting_period_warning.then(|| {
        view! {
            <div class="warning-text" role="note">
                <span class="warning-text__icon" aria-hidden="true">"!"</span>
                <strong class="warning-text__text"><span class="visually-hidden">"Cảnh báo: "</span>"Có thể phải chờ 30 ngày thẻ mới dùng được. Hãy mua sớm, đừng đợi đến khi ốm."</strong>
            </div>
        }
    });

    let reasons = result
        .reasons
        .iter()
        .map(|reason| {
            let (status, class) = match reason.status {
                Match::Yes => ("Đáp ứng", "tag tag--yes"),
                Match::No => ("Không đáp ứng", "tag tag--no"),
                Match::Unknown => ("Chưa rõ", "tag tag--unknown"),
            };
            view! {
                <li class="reason">
                    <span class=class>{status}</span> " " <strong>{reason.group_name}</strong>
                    <br/>{reason.explanation.clone()}
                    <br/><span class="hint">"Căn cứ: " {reason.basis.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let also_in = (!result.also_in.is_empty()).then(|| {
        let names = result.also_in.iter().map(|g| view! { <li>{g.name} " (" {g.basis.clone()} ")"</li> }).collect_view();
        view! {
            <p>"Bạn cũng thuộc các nhóm dưới đây; theo khoản 5 Điều 13 Luật Bảo hiểm y tế, bạn tham gia theo nhóm ở trên:"</p>
            <ul class="list list--bullet">{names}</ul>
        }
    });
    let pension_hint = result.social_pension_hint.clone().map(|hint| view! { <div class="panel panel--info"><p>{hint}</p></div> });
    let other_local = (!result.other_local_support.is_empty()).then(|| {
        let items = result
            .other_local_support
            .iter()
            .map(|item| view! { <li>{item.name.clone()} " (" {item.confidence_label} "). " {item.note.clone()}</li> })
            .collect_view();
        view! {
            <h3 class="heading-s">"Địa phương còn hỗ trợ các nhóm sau (trang không hỏi, hãy hỏi thêm)"</h3>
            <ul class="list list--bullet">{items}</ul>
        }
    });
    let show_household_link = matches!(group, Group::HouseholdMember | Group::Individual | Group::FarmHousehold | Group::NearPoor);

    view! {
        {more_info}
        <div class="result-panel">
            <p class="result-panel__label">"Nhóm của bạn (ước tính)"</p>
            <p class="result-panel__group">{result.group.name}</p>
            <p class="result-panel__basis">"Căn cứ: " {result.group.basis.clone()}</p>
        </div>

        <h2 class="heading-l">"Ai đóng, đóng bao nhiêu"</h2>
        <p>{result.payer_text} "."</p>
        {state_share}
        {you_pay}
        <p>{result.payment_text.clone()}</p>
        {ladder}
        {household_option}
        {comparison}
        {next_change}
        {base_salary_text}
        {show_household_link.then(|| view! { <p class="no-print"><a href=household_href>"Tính số tiền cả gia đình đóng theo hộ"</a></p> })}

        <h2 class="heading-l">"Quyền lợi khi khám chữa bệnh"</h2>
        <p>"Mức hưởng: quỹ bảo hiểm y tế trả " <strong>{result.benefit.level.to_string()}</strong> " chi phí trong phạm vi được hưởng. Căn cứ: " {result.benefit.basis.clone()} "."</p>
        <p>"Mọi người có thẻ đều được trả 100% trong các trường hợp sau:"</p>
        <ul class="list list--bullet">{full_cover}</ul>

        <h2 class="heading-l">"Thẻ dùng được từ khi nào"</h2>
        {warning}
        <p>{result.card_start.text.clone()} " (" {result.card_start.basis.clone()} ")"</p>

        <h2 class="heading-l">"Vì sao"</h2>
        <p>"Theo câu trả lời của bạn: đáp ứng " {result.criteria_met} "/" {result.criteria_checked} " tiêu chí đã xét."</p>
        <ul class="list reasons">{reasons}</ul>
        {also_in}
        {pension_hint}

        <h2 class="heading-l">"Mang theo gì, đến đâu"</h2>
        <p>{where_to_go(group)}</p>
        <ul class="list list--bullet">{papers_to_bring(group).into_iter().map(|paper| view! { <li>{paper}</li> }).collect_view()}</ul>
        <WhereToGo/>
        {other_local}

        <div class="panel panel--info result-disclaimer">
            <p><strong>"Ước tính — cơ quan BHXH quyết định."</strong></p>
            <p>"Căn cứ pháp lý: " {result.group.basis.clone()} "; " {result.benefit.basis.clone()} "; " {result.card_start.basis.clone()} "."</p>
            {result.local_note.clone().map(|note| view! { <p>{note}</p> })}
        </div>
    }
    .into_any()
}

#[component]
fn LadderTable(ladder: HouseholdLadder, caption: &'static str) -> impl IntoView {
    let rows = ladder
        .rows
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">"Người thứ " {row.position}</th>
                    <td>{row.share.to_string()}</td>
                    <td class="numeric">{format_dong(row.amount.monthly)}</td>
                    <td class="numeric">{format_dong(row.amount.yearly)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="table__caption">{caption} " (" {ladder.members} " người)"</caption>
                <thead><tr><th scope="col">"Người"</th><th scope="col">"Tỷ lệ so với người thứ nhất"</th><th scope="col">"Mỗi tháng"</th><th scope="col">"Mỗi năm"</th></tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row" colspan="2">"Cả hộ"</th>
                    <td class="numeric">{format_dong(ladder.total.monthly)}</td>
                    <td class="numeric"><strong>{format_dong(ladder.total.yearly)}</strong></td>
                </tr></tfoot>
            </table>
        </div>
        <p class="hint">"Căn cứ: " {ladder.basis.clone()} "."</p>
    }
}

/// The locality's offices and unit contacts, and the online channels.
#[component]
pub fn WhereToGo() -> impl IntoView {
    let site = expect_context::<BootData>().site;
    let offices = site
        .offices
        .iter()
        .filter(|office| !matches!(office.kind, OfficeKind::HealthStation))
        .map(|office| {
            view! {
                <li>
                    <strong>{office.name.clone()}</strong> " (" {office.kind.label()} "): " {office.address.clone()}
                    {office.phone.clone().map(|phone| view! { ", " <a href=tel_href(&phone)>{phone.clone()}</a> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 class="heading-s">"Nơi đăng ký, đóng tiền"</h3>
        <ul class="list list--bullet">{offices}</ul>
        <p>
            "Người phụ trách ở từng " {site.locality.unit_kind.to_lowercase()} ": "
            <a href=routes::CONTACTS.path>"xem trang Liên hệ"</a> "."
        </p>
        <h3 class="heading-s">"Làm trên mạng"</h3>
        <ul class="list list--bullet">
            <li>"Ứng dụng VssID của Bảo hiểm xã hội Việt Nam: xem thẻ, thời hạn thẻ, gia hạn thẻ theo hộ gia đình."</li>
            <li>"Cổng Dịch vụ công quốc gia (dichvucong.gov.vn): gia hạn thẻ bảo hiểm y tế theo hộ gia đình."</li>
            <li>"Tổng đài Bảo hiểm xã hội Việt Nam: " <a href="tel:19009068">"1900 9068"</a></li>
        </ul>
    }
}

/// Print, share (copy link; the Web Share API where present) and start again.
#[component]
fn ResultActions(share_path: String) -> impl IntoView {
    let link = absolute(&share_path);
    let status = RwSignal::new(String::new());
    let can_share = browser::has_share();
    let copy_link = link.clone();
    let share_link = link.clone();
    view! {
        <div class="result-actions no-print">
            <h2 class="heading-m">"Lưu, in hoặc gửi kết quả"</h2>
            <p class="hint">"Đường dẫn dưới đây chứa các câu trả lời của bạn. Ai mở đường dẫn cũng xem được các câu trả lời này."</p>
            <label class="label" for="duong-dan-ket-qua">"Đường dẫn kết quả"</label>
            <input class="input input--full" id="duong-dan-ket-qua" type="text" readonly=true value=link/>
            <div class="button-group">
                <button type="button" class="button button--secondary" on:click=move |_| {
                    status.set(if browser::copy(&copy_link) { "Đã sao chép đường dẫn.".into() } else { "Không sao chép được; hãy chọn và sao chép đường dẫn ở trên.".into() });
                }>"Sao chép đường dẫn"</button>
                {can_share.then(|| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| browser::share(TITLE, &share_link)>"Chia sẻ"</button>
                })}
                <button type="button" class="button button--secondary" on:click=|_| browser::print()>"In kết quả"</button>
                <a class="button button--secondary" href=START_PATH>"Làm lại từ đầu"</a>
            </div>
            <p role="status" class="hint">{move || status.get()}</p>
        </div>
    }
}

fn absolute(path: &str) -> String {
    format!("{}{path}", browser::origin())
}

/// The few browser APIs the result page uses, looked up at run time so the page still works
/// where one is missing.
mod browser {
    #[cfg(target_arch = "wasm32")]
    use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};

    #[cfg(target_arch = "wasm32")]
    fn navigator() -> JsValue {
        js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).unwrap_or(JsValue::UNDEFINED)
    }

    #[cfg(target_arch = "wasm32")]
    fn call(target: &JsValue, method: &str, argument: &JsValue) -> Option<JsValue> {
        let function = js_sys::Reflect::get(target, &method.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        let returned = function.call1(target, argument).ok()?;
        // A cancelled share or a refused clipboard rejects the promise; that is not an error.
        if let Ok(promise) = returned.clone().dyn_into::<js_sys::Promise>() {
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = promise.catch(&ignore);
            ignore.forget();
        }
        Some(returned)
    }

    pub fn origin() -> String {
        #[cfg(target_arch = "wasm32")]
        return leptos::prelude::window().location().origin().unwrap_or_default();
        #[cfg(not(target_arch = "wasm32"))]
        String::new()
    }

    pub fn has_share() -> bool {
        #[cfg(target_arch = "wasm32")]
        return js_sys::Reflect::has(&navigator(), &"share".into()).unwrap_or(false);
        #[cfg(not(target_arch = "wasm32"))]
        false
    }

    pub fn share(_title: &str, _url: &str) {
        #[cfg(target_arch = "wasm32")]
        {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"title".into(), &_title.into());
            let _ = js_sys::Reflect::set(&data, &"url".into(), &_url.into());
            call(&navigator(), "share", &data);
        }
    }

    pub fn copy(_text: &str) -> bool {
        #[cfg(target_arch = "wasm32")]
        {
            let clipboard = js_sys::Reflect::get(&navigator(), &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
            return !clipboard.is_undefined() && call(&clipboard, "writeText", &_text.into()).is_some();
        }
        #[cfg(not(target_arch = "wasm32"))]
        false
    }

    pub fn print() {
        #[cfg(target_arch = "wasm32")]
        let _ = leptos::prelude::window().print();
    }
}
