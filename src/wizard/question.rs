//! `/tu-kiem-tra/cau-hoi/<câu>/`: one page per question, or one for the questions that share a
//! page ([`SharedPage`]): the checklist of allowances, roles and lists, and the household page.
//! A page's address is its first question's. Continuing pushes a new URL with the answers added,
//! so the browser back button walks back through the pages.

use super::{question_path, BackLink, UrlNotices, WizardUrl};
use bhyt_content::routes;
use bhyt_core::tr;
use bhyt_rules::{
    next_question, page_from, page_heading, path, previous_page, question, unknown_label, widest_page, Date, Policy,
    QuestionId, QuestionKind, SharedPage, NONE_OF_THE_CHECKLIST, UNKNOWN_VALUE,
};
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// What was picked on a page: the input's name (the answer key) and value of each ticked box
/// and typed number.
pub type Picked = Vec<(String, String)>;

/// Why the answer could not be used, shown in the error summary and beside the field.
fn error_text(id: QuestionId, nothing_chosen: bool) -> String {
    let question = question(id);
    match question.kind {
        QuestionKind::Number { min, max, .. } if nothing_chosen => {
            if question.allows_unknown {
                tr("Hãy nhập số tiền, hoặc chọn “Tôi không biết”").to_owned()
            } else {
                tr("Hãy nhập một số từ {min} đến {max}")
                    .replace("{min}", &min.to_string())
                    .replace("{max}", &max.to_string())
            }
        }
        QuestionKind::Number { min, max, unit } => tr("Hãy nhập một số từ {min} đến {max} {unit}, chỉ gồm chữ số")
            .replace("{min}", &min.to_string())
            .replace("{max}", &max.to_string())
            .replace("{unit}", tr(unit)),
        QuestionKind::MultipleChoice { .. } if !nothing_chosen => {
            tr("“Không thuộc loại nào” và “Tôi không biết” không chọn cùng các mục khác").to_owned()
        }
        _ => tr("Hãy chọn một câu trả lời").to_owned(),
    }
}

/// The checklist's message when nothing is ticked.
fn nothing_ticked() -> &'static str {
    tr("Hãy chọn các mục đúng, hoặc chọn “Không có mục nào ở trên”")
}

/// A box or radio button: the input's name (an answer key) and value. The page's ticked ones,
/// and its errors (the answer key and what to do), are kept written `name=value`, as in the URL.
type Tick = (&'static str, &'static str);

fn written((name, value): (&str, &str)) -> String {
    format!("{name}={value}")
}

/// The `(name, value)` of a tick or error as kept.
fn read(kept: &str) -> (&str, &str) {
    kept.split_once('=').unwrap_or((kept, ""))
}

/// How ticking an input changes the others.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// A radio button: replaces the question's answer.
    Radio,
    /// A box: added or removed; one that excludes the others ("không biết", "không thuộc")
    /// clears the question's other boxes, and any other box clears those.
    Box { excludes: &'static str },
    /// A checklist box: clears "Không có mục nào ở trên".
    Listed,
    /// "Không có mục nào ở trên": clears every box of the checklist.
    NoneListed,
}

fn tick(all: &mut Vec<String>, rule: Rule, (name, value): Tick, checked: bool) {
    all.retain(|kept| {
        let (n, v) = read(kept);
        match rule {
            Rule::Radio => n != name,
            Rule::Box { excludes } if checked && (value == excludes || value == UNKNOWN_VALUE) => n != name,
            Rule::Box { excludes } => !(n == name && (v == value || v == excludes || v == UNKNOWN_VALUE)),
            Rule::Listed => n != NONE_OF_THE_CHECKLIST.value && (n, v) != (name, value),
            Rule::NoneListed => false,
        }
    });
    if checked {
        all.push(written((name, value)));
    }
}

/// The values the inputs of question `id` can have: its checklist boxes, or its options and
/// "không biết".
fn known_values(id: QuestionId) -> Vec<&'static str> {
    let spec = question(id);
    match spec.shared_page {
        Some(SharedPage::Checklist { boxes, .. }) => boxes.iter().map(|choice| choice.value).collect(),
        _ => spec.options.iter().map(|choice| choice.value).chain([UNKNOWN_VALUE]).collect(),
    }
}

fn boxes(id: QuestionId) -> &'static [bhyt_rules::Choice] {
    match question(id).shared_page {
        Some(SharedPage::Checklist { boxes, .. }) => boxes,
        _ => &[],
    }
}

/// One page of questions. `prerendered`: the copy the build writes into the page, readable
/// before and without the WebAssembly: no earlier answers yet, so every question the page may
/// hold, no notices, and no "Tiếp tục", which needs the app. `chosen_before`: what was picked
/// on that copy meanwhile.
#[component]
pub fn QuestionForm(
    id: QuestionId,
    search: String,
    #[prop(optional)] prerendered: bool,
    #[prop(optional_no_strip)] chosen_before: Option<Picked>,
) -> impl IntoView {
    let url = WizardUrl::parse(&search);
    let answers = url.answers.clone();
    let on_path = path(&answers).contains(&id);
    // Off the path (as when built, with no answers yet) the page shows all it may hold.
    let members = if on_path { page_from(&answers, id) } else { widest_page(id) };
    let key = id.key();
    let back_href = match previous_page(&answers, id) {
        Some(previous) => url.href(&question_path(previous), &answers.to_query()),
        None => url.href(routes::WIZARD.path, ""),
    };
    let off_path = !prerendered && !on_path;
    let today_href =
        WizardUrl { preview: super::DatePreview::Today, ..url.clone() }.href(&question_path(id), &answers.to_query());
    let checklist = matches!(question(id).shared_page, Some(SharedPage::Checklist { .. }));

    // The inputs start as picked on the pre-rendered copy, else as answered before; a checklist
    // answered before with no box ticked shows "Không có mục nào ở trên".
    let picked_before = chosen_before.filter(|picked| !picked.is_empty());
    let from_answers = picked_before.is_none();
    let picked: Picked = picked_before.unwrap_or_else(|| {
        members
            .iter()
            .filter_map(|member| Some((member.key(), answers.value_text(*member)?)))
            .flat_map(|(name, values)| values.split(',').map(|v| (name.to_owned(), v.to_owned())).collect::<Vec<_>>())
            .collect()
    });
    let mut ticks: Vec<String> = members
        .iter()
        .flat_map(|member| known_values(*member).into_iter().map(move |value| (member.key(), value)))
        .filter(|(name, value)| picked.iter().any(|(n, v)| n == name && v == value))
        .map(written)
        .collect();
    let answered = members.iter().all(|member| picked.iter().any(|(name, _)| name == member.key()));
    let none_before = picked.iter().any(|(name, _)| name == NONE_OF_THE_CHECKLIST.value);
    if checklist && ticks.is_empty() && (none_before || from_answers && answered) {
        ticks.push(written((NONE_OF_THE_CHECKLIST.value, NONE_OF_THE_CHECKLIST.value)));
    }
    let typed = picked
        .iter()
        .find(|(name, value)| {
            members.iter().any(|m| m.key() == name && matches!(question(*m).kind, QuestionKind::Number { .. }))
                && value != UNKNOWN_VALUE
        })
        .map(|(_, value)| value.clone())
        .unwrap_or_default();
    let ticks = RwSignal::new(ticks);
    // A page has at most one number field (`tests/pages.rs` checks it).
    let number = RwSignal::new(typed);
    let errors = RwSignal::new(Vec::<String>::new());
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        // Move focus to the error summary when it appears (GOV.UK pattern).
        if !errors.get().is_empty() {
            if let Some(_element) = summary.get() {
                #[cfg(target_arch = "wasm32")]
                let _ = _element.focus();
            }
        }
    });

    let submit_url = url.clone();
    let submit_members = members.clone();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let ticked = ticks.get_untracked();
        let mut updated = submit_url.answers.clone();
        let mut found: Vec<String> = Vec::new();
        let mut to_read = &submit_members[..];
        if checklist && ticked.is_empty() {
            found.push(written((submit_members[0].key(), nothing_ticked())));
            to_read = &[];
        }
        for member in to_read.iter().copied() {
            let key = member.key();
            let is_ticked = |value: &&str| ticked.iter().any(|kept| read(kept) == (key, *value));
            let values: Vec<&str> = known_values(member).into_iter().filter(is_ticked).collect();
            let raw = match question(member).shared_page {
                // With several of its boxes ticked, the first; with none, "no".
                Some(SharedPage::Checklist { unticked, .. }) => values.first().copied().unwrap_or(unticked).to_owned(),
                _ if values.is_empty() && matches!(question(member).kind, QuestionKind::Number { .. }) => {
                    number.get_untracked()
                }
                _ => values.join(","),
            };
            if raw.trim().is_empty() {
                found.push(written((key, &error_text(member, true))));
            } else if updated.set(member, &raw).is_err() {
                found.push(written((key, &error_text(member, false))));
            }
        }
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        // Later answers stay in the URL: after a change the resident returns to the check page.
        let target = match next_question(&updated) {
            Some(next) => question_path(next),
            None => routes::CHECK.path.to_owned(),
        };
        crate::site::browser::go_to(&submit_url.href(&target, &updated.to_query()));
    };

    let policy = crate::site::policy_data::national_policy();
    let date = url.date(super::today());
    let (title, hint) = page_heading(&members);
    let hint = policy.fill_figures(hint, date);
    let form = if checklist {
        Either::Left(field_view(id, (Heading::Page, title, hint), checklist_body(&members), ticks, errors))
    } else if members.len() == 1 {
        Either::Left(field_view(
            id,
            (Heading::Page, title, hint),
            question_body(id, number, policy, date),
            ticks,
            errors,
        ))
    } else {
        let fields = members
            .iter()
            .map(|member| {
                let spec = question(*member);
                let heading = (Heading::Part, spec.title(), policy.fill_figures(spec.hint(), date));
                field_view(*member, heading, question_body(*member, number, policy, date), ticks, errors)
            })
            .collect_view();
        Either::Right(view! {
            <h1 class="heading-xl">{title}</h1>
            <p class="hint">{hint}</p>
            {fields}
        })
    };

    view! {
        <BackLink href=back_href/>
        {(!prerendered).then(|| view! { <UrlNotices dropped=url.dropped.clone() preview=url.preview.clone() today_href/> })}
        {move || (!errors.get().is_empty()).then(|| {
            let items = errors
                .get()
                .iter()
                .map(|kept| {
                    let (key, text) = read(kept);
                    view! { <li><a href=format!("#{key}-0")>{text.to_owned()}</a></li> }
                })
                .collect_view();
            view! {
                <div class="error-summary" role="alert" tabindex="-1" node_ref=summary>
                    <h2 class="error-summary__title">{tr("Có lỗi cần sửa")}</h2>
                    <ul class="error-summary__list">{items}</ul>
                </div>
            }
        })}
        {off_path.then(|| view! {
            <div class="notice notice--warning" role="status">
                <p>{tr("Với các câu trả lời trước, câu hỏi này không cần thiết; câu trả lời sẽ không được dùng.")}</p>
            </div>
        })}
        <form class="question-form" novalidate=true on:submit=on_submit data-question=key>
            {form}
            {(!prerendered).then(|| view! { <button type="submit" class="button">{tr("Tiếp tục")}</button> })}
        </form>
    }
}

/// Where a field's question sits: the page's `<h1>`, or a part under the page's own title.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Heading {
    Page,
    Part,
}

/// The error of question `id`, if any.
fn error_of(errors: RwSignal<Vec<String>>, id: QuestionId) -> Option<String> {
    errors.get().iter().map(|kept| read(kept)).find(|(key, _)| *key == id.key()).map(|(_, text)| text.to_owned())
}

/// One box or radio button of a list, after "hoặc" when it stands `apart` from the others.
struct Listed {
    input_id: String,
    tick: Tick,
    label: String,
    rule: Rule,
    apart: bool,
}

/// What a field holds under its title and hint.
enum Body {
    Number {
        unit: &'static str,
        number: RwSignal<String>,
        unknown: Option<Listed>,
    },
    /// `poverty_lines`: the poverty question's lines, folded under the answers.
    Choices {
        items: Vec<Listed>,
        poverty_lines: Option<String>,
    },
}

fn listed_view(listed: Listed, ticks: RwSignal<Vec<String>>) -> impl IntoView {
    let Listed { input_id, tick: tick_of, label, rule, apart } = listed;
    let kept = written(tick_of);
    let kind = if rule == Rule::Radio { "radio" } else { "checkbox" };
    view! {
        {apart.then(|| view! { <p class="choices__divider">{tr("hoặc")}</p> })}
        <div class="choices__item">
            <input class="choices__input" type=kind id=input_id.clone() name=tick_of.0 value=tick_of.1
                prop:checked=move || ticks.get().contains(&kept)
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    ticks.update(|all| tick(all, rule, tick_of, checked));
                }/>
            <label class="choices__label" for=input_id>{label}</label>
        </div>
    }
}

/// One field: its title (the page's `<h1>` or a part's `<h2>`), hint, error and inputs. The
/// error is reported under `id`, and links to the input `<key>-0`.
fn field_view(
    id: QuestionId,
    (heading, title, hint): (Heading, &'static str, String),
    body: Body,
    ticks: RwSignal<Vec<String>>,
    errors: RwSignal<Vec<String>>,
) -> impl IntoView {
    let key = id.key();
    let first_input = format!("{key}-0");
    let error = move || error_of(errors, id);
    let described_by =
        move || if error().is_some() { format!("{key}-goi-y {key}-loi") } else { format!("{key}-goi-y") };
    let class = move || if error().is_some() { "form-group form-group--error" } else { "form-group" };
    let is_number = matches!(body, Body::Number { .. });
    // A number's title is its input's label; choices have a legend.
    let title = if is_number {
        Either::Left(view! { <label for=first_input.clone()>{title}</label> })
    } else {
        Either::Right(title)
    };
    let heading = match heading {
        Heading::Page => Either::Left(view! { <h1 class="heading-xl">{title}</h1> }),
        Heading::Part => Either::Right(view! { <h2 class="heading-m">{title}</h2> }),
    };
    let hint = view! { <p class="hint" id=format!("{key}-goi-y")>{hint}</p> };
    let message = move || {
        error().map(|text| {
            view! { <p class="error-message" id=format!("{key}-loi")><span class="visually-hidden">{tr("Lỗi: ")}</span>{text}</p> }
        })
    };
    match body {
        Body::Number { unit, number, unknown } => Either::Left(view! {
            <div class=class>
                {heading}
                {hint}
                {message}
                <div class="number-field">
                    <input class="input" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                        id=first_input name=key aria-describedby=described_by
                        prop:value=move || number.get()
                        on:input=move |ev| number.set(event_target_value(&ev))/>
                    <span class="number-field__unit">{tr(unit)}</span>
                </div>
                {unknown.map(|listed| listed_view(listed, ticks))}
            </div>
        }),
        Body::Choices { items, poverty_lines } => Either::Right(view! {
            <div class=class>
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset__legend">{heading}</legend>
                    {hint}
                    {message}
                    <div class="choices">{items.into_iter().map(|listed| listed_view(listed, ticks)).collect_view()}</div>
                    {poverty_lines.map(|lines| view! {
                        <details class="disclosure">
                            <summary>{tr("Thu nhập bao nhiêu thì có thể được xét?")}</summary>
                            <p>{lines}</p>
                        </details>
                    })}
                </fieldset>
            </div>
        }),
    }
}

/// The checklist: a box per "yes" of each question, and "Không có mục nào ở trên".
fn checklist_body(members: &[QuestionId]) -> Body {
    let first = members[0].key();
    let mut items: Vec<Listed> = members
        .iter()
        .flat_map(|id| boxes(*id).iter().map(move |choice| ((id.key(), choice.value), choice.label())))
        .enumerate()
        .map(|(index, (tick_of, label))| Listed {
            input_id: format!("{first}-{index}"),
            tick: tick_of,
            label: label.to_owned(),
            rule: Rule::Listed,
            apart: false,
        })
        .collect();
    items.push(Listed {
        input_id: format!("{first}-{}", items.len()),
        tick: (NONE_OF_THE_CHECKLIST.value, NONE_OF_THE_CHECKLIST.value),
        label: NONE_OF_THE_CHECKLIST.label().to_owned(),
        rule: Rule::NoneListed,
        apart: true,
    });
    Body::Choices { items, poverty_lines: None }
}

/// One question's inputs: radio buttons, boxes, or a number.
fn question_body(id: QuestionId, number: RwSignal<String>, policy: &'static Policy, date: Date) -> Body {
    let spec = question(id);
    let key = id.key();
    let unknown = spec.allows_unknown.then(|| Listed {
        input_id: format!("{key}-khong-biet"),
        tick: (key, UNKNOWN_VALUE),
        label: unknown_label().to_owned(),
        rule: if spec.kind == QuestionKind::SingleChoice { Rule::Radio } else { Rule::Box { excludes: UNKNOWN_VALUE } },
        apart: true,
    });
    match spec.kind {
        QuestionKind::Number { unit, .. } => Body::Number { unit, number, unknown },
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice { .. } => {
            let rule = match spec.kind {
                QuestionKind::MultipleChoice { exclusive } => Rule::Box { excludes: exclusive },
                _ => Rule::Radio,
            };
            let items = spec
                .options
                .iter()
                .enumerate()
                .map(|(index, choice)| Listed {
                    input_id: format!("{key}-{index}"),
                    tick: (key, choice.value),
                    label: policy.fill_figures(choice.label(), date),
                    rule,
                    apart: false,
                })
                .chain(unknown)
                .collect();
            let poverty_lines = (id == QuestionId::Poverty)
                .then(|| bhyt_rules::poverty_lines(policy, date))
                .flatten()
                .map(|lines| super::poverty_hint(&lines, false));
            Body::Choices { items, poverty_lines }
        }
    }
}
