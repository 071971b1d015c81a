//! `/tu-kiem-tra/cau-hoi/<câu>/`: one question per page. Continuing pushes a new URL with the
//! answer added, so the browser back button walks back through the questions.

use super::{question_path, BackLink, UrlNotices, WizardUrl};
use bhyt_content::routes;
use bhyt_rules::{
    next_question, path, previous_page, question, QuestionId, QuestionKind, UNKNOWN_LABEL, UNKNOWN_VALUE,
};
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Why the answer could not be used, shown in the error summary and beside the field.
fn error_text(id: QuestionId, nothing_chosen: bool) -> String {
    let question = question(id);
    match question.kind {
        QuestionKind::Number { min, max, .. } if nothing_chosen => {
            if question.allows_unknown {
                "Hãy nhập số tiền, hoặc chọn “Tôi không biết”".to_owned()
            } else {
                format!("Hãy nhập một số từ {min} đến {max}")
            }
        }
        QuestionKind::Number { min, max, unit } => format!("Hãy nhập một số từ {min} đến {max} {unit}, chỉ gồm chữ số"),
        QuestionKind::MultipleChoice { .. } if !nothing_chosen => {
            "“Không thuộc loại nào” và “Tôi không biết” không chọn cùng các mục khác".to_owned()
        }
        _ => "Hãy chọn một câu trả lời".to_owned(),
    }
}

/// One question. `prerendered`: the copy the build writes into the page, readable before and
/// without the WebAssembly: no earlier answers yet, so no notices, and no "Tiếp tục", which
/// needs the app. `chosen_before`: what was picked on that copy meanwhile.
#[component]
pub fn QuestionForm(
    id: QuestionId,
    search: String,
    #[prop(optional)] prerendered: bool,
    #[prop(optional_no_strip)] chosen_before: Option<String>,
) -> impl IntoView {
    let url = WizardUrl::parse(&search);
    let spec = question(id);
    let answers = url.answers.clone();
    let key = id.key();
    let back_href = match previous_page(&answers, id) {
        Some(previous) => url.href(&question_path(previous), &answers.to_query()),
        None => url.href(routes::WIZARD.path, ""),
    };
    let off_path = !prerendered && !path(&answers).contains(&id);
    let today_href =
        WizardUrl { preview: super::DatePreview::Today, ..url.clone() }.href(&question_path(id), &answers.to_query());

    // The current answer, pre-filled when coming back or changing an answer.
    let existing = chosen_before.or_else(|| answers.value_text(id)).unwrap_or_default();
    let chosen = RwSignal::new(match spec.kind {
        QuestionKind::Number { .. } if existing != UNKNOWN_VALUE => Vec::new(),
        _ => existing.split(',').filter(|v| !v.is_empty()).map(str::to_owned).collect::<Vec<_>>(),
    });
    let number = RwSignal::new(if matches!(spec.kind, QuestionKind::Number { .. }) && existing != UNKNOWN_VALUE {
        existing
    } else {
        String::new()
    });
    let error = RwSignal::new(None::<String>);
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        // Move focus to the error summary when it appears (GOV.UK pattern).
        if error.get().is_some() {
            if let Some(_element) = summary.get() {
                #[cfg(target_arch = "wasm32")]
                let _ = _element.focus();
            }
        }
    });

    let submit_url = url.clone();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let picked = chosen.get_untracked();
        let raw = match spec.kind {
            QuestionKind::Number { .. } if picked.iter().any(|v| v == UNKNOWN_VALUE) => Some(UNKNOWN_VALUE.to_owned()),
            QuestionKind::Number { .. } => Some(number.get_untracked()).filter(|text| !text.trim().is_empty()),
            _ => (!picked.is_empty()).then(|| picked.join(",")),
        };
        let Some(raw) = raw else {
            error.set(Some(error_text(id, true)));
            return;
        };
        let mut updated = submit_url.answers.clone();
        if updated.set(id, &raw).is_err() {
            error.set(Some(error_text(id, false)));
            return;
        }
        // Later answers stay in the URL: after a change the resident returns to the check page.
        let target = match next_question(&updated) {
            Some(next) => question_path(next),
            None => routes::CHECK.path.to_owned(),
        };
        crate::site::browser::go_to(&submit_url.href(&target, &updated.to_query()));
    };

    let first_input = format!("{key}-0");
    let hint_id = format!("{key}-goi-y");
    let error_id = format!("{key}-loi");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error.get().is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let error_message = {
        let error_id = error_id.clone();
        move || {
            error.get().map(|text| {
                view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Lỗi: "</span>{text}</p> }
            })
        }
    };
    let policy = crate::site::policy_data::national_policy();
    let date = url.date(super::today());
    let hint = view! { <p class="hint" id=hint_id.clone()>{policy.fill_figures(spec.hint, date)}</p> };
    // The poverty lines are long: folded under the answers, so the answers start on the first screen.
    let poverty_lines =
        (id == QuestionId::Poverty).then(|| bhyt_rules::poverty_lines(policy, date)).flatten().map(|lines| {
            view! {
                <details class="disclosure">
                    <summary>"Thu nhập bao nhiêu thì có thể được xét?"</summary>
                    <p>{super::poverty_hint(&lines, false)}</p>
                </details>
            }
        });

    let field = match spec.kind {
        QuestionKind::Number { unit, .. } => {
            let unknown_id = format!("{key}-khong-biet");
            let unknown_box = spec.allows_unknown.then(|| {
                view! {
                    <p class="choices__divider">"hoặc"</p>
                    <div class="choices__item">
                        <input class="choices__input" type="checkbox" id=unknown_id.clone() name=key value=UNKNOWN_VALUE
                            prop:checked=move || chosen.get().iter().any(|v| v == UNKNOWN_VALUE)
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                chosen.set(if checked { vec![UNKNOWN_VALUE.to_owned()] } else { Vec::new() });
                            }/>
                        <label class="choices__label" for=unknown_id.clone()>{UNKNOWN_LABEL}</label>
                    </div>
                }
            });
            Either::Left(view! {
                <div class=move || if error.get().is_some() { "form-group form-group--error" } else { "form-group" }>
                    <h1 class="heading-xl"><label for=first_input.clone()>{spec.title}</label></h1>
                    {hint}
                    {error_message}
                    <div class="number-field">
                        <input class="input" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                            id=first_input.clone() name=key aria-describedby=described_by
                            prop:value=move || number.get()
                            on:input=move |ev| number.set(event_target_value(&ev))/>
                        <span class="number-field__unit">{unit}</span>
                    </div>
                    {unknown_box}
                </div>
            })
        }
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice { .. } => {
            let multiple = matches!(spec.kind, QuestionKind::MultipleChoice { .. });
            let exclusive = match spec.kind {
                QuestionKind::MultipleChoice { exclusive } => exclusive,
                _ => "",
            };
            let mut options: Vec<(&'static str, String)> =
                spec.options.iter().map(|c| (c.value, policy.fill_figures(c.label, date))).collect();
            if spec.allows_unknown {
                options.push((UNKNOWN_VALUE, UNKNOWN_LABEL.to_owned()));
            }
            let items = options
                .into_iter()
                .enumerate()
                .map(|(index, (value, label))| {
                    let input_id = format!("{key}-{index}");
                    let divider = (value == UNKNOWN_VALUE).then(|| view! { <p class="choices__divider">"hoặc"</p> });
                    view! {
                        {divider}
                        <div class="choices__item">
                            <input class="choices__input" type=if multiple { "checkbox" } else { "radio" }
                                id=input_id.clone() name=key value=value
                                prop:checked=move || chosen.get().iter().any(|v| v == value)
                                on:change=move |ev| {
                                    let checked = event_target_checked(&ev);
                                    chosen.update(|picked| {
                                        if !multiple {
                                            *picked = vec![value.to_owned()];
                                        } else if !checked {
                                            picked.retain(|v| v != value);
                                        } else if value == exclusive || value == UNKNOWN_VALUE {
                                            // "None of these" and "I don't know" clear the other boxes.
                                            *picked = vec![value.to_owned()];
                                        } else {
                                            picked.retain(|v| v != exclusive && v != UNKNOWN_VALUE);
                                            picked.push(value.to_owned());
                                        }
                                    });
                                }/>
                            <label class="choices__label" for=input_id.clone()>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            Either::Right(view! {
                <div class=move || if error.get().is_some() { "form-group form-group--error" } else { "form-group" }>
                    <fieldset class="fieldset" aria-describedby=described_by>
                        <legend class="fieldset__legend"><h1 class="heading-xl">{spec.title}</h1></legend>
                        {hint}
                        {error_message}
                        <div class="choices">{items}</div>
                        {poverty_lines}
                    </fieldset>
                </div>
            })
        }
    };

    let summary_link = format!("#{key}-0");
    view! {
        <BackLink href=back_href/>
        {(!prerendered).then(|| view! { <UrlNotices dropped=url.dropped.clone() preview=url.preview.clone() today_href/> })}
        {move || error.get().map(|text| view! {
            <div class="error-summary" role="alert" tabindex="-1" node_ref=summary>
                <h2 class="error-summary__title">"Có lỗi cần sửa"</h2>
                <ul class="error-summary__list"><li><a href=summary_link.clone()>{text}</a></li></ul>
            </div>
        })}
        {off_path.then(|| view! {
            <div class="notice notice--warning" role="status">
                <p>"Với các câu trả lời trước, câu hỏi này không cần thiết; câu trả lời sẽ không được dùng."</p>
            </div>
        })}
        <form class="question-form" novalidate=true on:submit=on_submit data-question=key>
            {field}
            {(!prerendered).then(|| view! { <button type="submit" class="button">"Tiếp tục"</button> })}
        </form>
    }
}
