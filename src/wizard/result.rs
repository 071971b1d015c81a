//! `/tu-kiem-tra/ket-qua/`: the estimate for the answers in the URL, on today's date (or `?ngay=`).
//! Every figure comes from the engine and the policy data.

use super::{question_path, today, BackLink, DatePreview, UrlNotices, WizardUrl};
use crate::site::boot::BootData;
use crate::site::browser;
use crate::site::dom::{bullets, el, heading, link, p, strong, text, vietnamese, Node, StaticNodes};
use crate::site::policy_data::national_policy;
use bhyt_content::routes;
use bhyt_content::{tel_href, OfficeKind};
use bhyt_core::tr;
use bhyt_rules::{
    assess, assumptions, card_start_text, cheaper_way_text, cheaper_ways, format_dong, full_cover_cases, info_to_check,
    local_note, local_notice_text, next_change_text, next_question, next_step_text, papers_to_bring, payer_text,
    payment_text, relevant_answers, route_comparison_text, social_pension_text, where_to_go, Assessment, CheaperRoute,
    CheaperWay, Group, HouseholdLadder, Match, Percent, Route, Sentence,
};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub(super) fn ResultView(search: String) -> impl IntoView {
    let url = WizardUrl::parse(&search);
    let answers = url.answers.clone();
    let date = url.date(today());
    let boot = expect_context::<BootData>();
    let relevant_query = relevant_answers(&answers).to_query();
    let back_href = url.href(routes::CHECK.path, &answers.to_query());
    let today_href =
        WizardUrl { preview: DatePreview::Today, ..url.clone() }.href(routes::RESULT.path, &relevant_query);
    let notices = view! { <UrlNotices dropped=url.dropped.clone() preview=url.preview.clone() today_href/> };
    if let Some(next) = next_question(&answers) {
        return Either::Left(view! {
            <BackLink href=url.href(routes::WIZARD.path, "")/>
            {notices}
            <h1 class="heading-xl">{tr(routes::RESULT.title)}</h1>
            <div class="panel panel--info">
                <p>{Sentence::PageNotEnoughAnswers.text()}</p>
                <a class="button" href=url.href(&question_path(next), &answers.to_query())>{Sentence::PageAnswerOn.text()}</a>
            </div>
        });
    }
    let body = match assess(&answers, national_policy(), &boot.local_top_ups, date) {
        Ok(result) => {
            let cheaper = cheaper_ways(&answers, &result, national_policy(), &boot.local_top_ups, date);
            Either::Left(
                view! { <StaticNodes nodes=assessment_nodes(&result, &cheaper, household_link(&url, &answers))/> },
            )
        }
        Err(err) => Either::Right(view! {
            <div class="notice notice--warning" role="status"><p>{Sentence::PageCannotEstimate.fill(&[("ngay", &date.in_page_language()), ("ly_do", &err.to_string())])}</p></div>
        }),
    };
    let share_url = url.href(routes::RESULT.path, &relevant_query);
    Either::Right(view! {
        <BackLink href=back_href/>
        {notices}
        {body}
        <ResultActions share_path=share_url/>
    })
}

fn household_link(url: &WizardUrl, answers: &bhyt_rules::Answers) -> String {
    let mut query = Vec::new();
    if let Some(members) = answers.household_members() {
        query.push(format!("so_nguoi={members}&da_co_the=0"));
    }
    if let Some(farm) = answers.farm_household().and_then(|reply| reply.given()) {
        query.push(format!("ho_nong_nghiep={}", farm.value()));
    }
    url.href(routes::HOUSEHOLD.path, &query.join("&"))
}

/// The estimate as static nodes (see [`super::dom`]). The first screen answers the question:
/// the group, what this person pays, and the one thing to do first; then where to go, what to
/// bring and when the card starts; then the amounts in detail, the benefits, and "why", folded.
fn assessment_nodes(result: &Assessment, cheaper: &[CheaperWay], household_href: String) -> Vec<Node> {
    let mut nodes = first_screen(result);
    if !result.needs_more_info.is_empty() {
        nodes.push(more_info(result));
    }
    nodes.extend(where_and_when(result));
    if let (false, Some(now)) = (cheaper.is_empty(), result.you_pay) {
        nodes.push(ways_to_pay_less(result, cheaper, now));
    }
    // The printout is one A4 page for the commune office: the first two screens only.
    nodes.push(el("div", "result-amounts", amounts(result, household_href)));
    nodes.push(el("div", "result-benefits", benefits(result)));
    nodes.push(why(result));
    nodes.extend(local_and_disclaimer(result));
    nodes
}

fn first_screen(result: &Assessment) -> Vec<Node> {
    let amount = match result.you_pay {
        Some(amount) if amount.yearly == 0 => vec![text(format!("{}.", payer_text(result)))],
        Some(amount) => sentence_nodes(
            Sentence::PageYouPay,
            vec![("moi_nam", strong(format_dong(amount.yearly))), ("moi_thang", text(format_dong(amount.monthly)))],
        ),
        None => vec![text(Sentence::PageAmountUnknown.text())],
    };
    let step = next_step_text(result, &super::people_committee());
    vec![
        el(
            "div",
            "result-panel",
            vec![
                el(
                    "p",
                    "result-panel__label",
                    vec![text(Sentence::PageGroupLabel.fill(&[("ngay", &result.date.in_page_language())]))],
                ),
                el("h1", "result-panel__group", vec![text(result.group.name)]),
                el("p", "result-amount", amount),
            ],
        ),
        el(
            "div",
            "next-step",
            vec![
                heading("h2", "next-step__label", Sentence::PageNextStep.text()),
                el("p", "next-step__title", vec![text(step.title)]),
                p(vec![text(step.detail)]),
            ],
        ),
    ]
}

/// "Cách đóng ít hơn": each route the person could reach, with its amount beside today's.
fn ways_to_pay_less(result: &Assessment, cheaper: &[CheaperWay], now: bhyt_rules::Amount) -> Node {
    let office = super::people_committee();
    let items = cheaper
        .iter()
        .map(|way| {
            let (route, condition) = cheaper_way_text(way, now, &office);
            let mut condition = condition;
            if way.route == CheaperRoute::NearPoorList {
                if let Some(lines) = bhyt_rules::poverty_lines(national_policy(), result.date) {
                    condition = format!("{condition} {}", super::poverty_hint(&lines, false));
                }
            }
            el("li", "", vec![strong(route), el("br", "", Vec::new()), text(condition)])
        })
        .collect();
    el(
        "div",
        "result-cheaper",
        vec![heading("h2", "heading-l", Sentence::PageWaysToPayLess.text()), el("ul", "list list--bullet", items)],
    )
}

fn more_info(result: &Assessment) -> Node {
    let checks = info_to_check(result)
        .into_iter()
        .map(|check| el("li", "", vec![strong(check.what), text(format!(". {}", check.where_to_ask))]))
        .collect();
    let poverty_line = result.poverty_lines.as_ref().map(|lines| p(vec![text(super::poverty_hint(lines, true))]));
    // One unknown answer is the first step already: on paper it is not said twice.
    let class = if result.needs_more_info.len() == 1 {
        "notice notice--warning result-more-info no-print"
    } else {
        "notice notice--warning result-more-info"
    };
    el(
        "div",
        class,
        vec![
            heading("h2", "heading-m", Sentence::PageMoreInfo.text()),
            p(vec![text(Sentence::PageChoseUnknown.text())]),
            el("ul", "list list--bullet", checks),
        ]
        .into_iter()
        .chain([el(
            // On paper, what to ask is enough: the one page goes to the commune office.
            "div",
            "no-print",
            poverty_line
                .into_iter()
                .chain([p(vec![text(Sentence::PageAssumedAsFollows.text())]), bullets(assumptions(result))])
                .collect(),
        )])
        .collect(),
    )
}

fn where_and_when(result: &Assessment) -> Vec<Node> {
    let group = result.group.group;
    let mut nodes = vec![
        heading("h2", "heading-l", Sentence::PageWhatToBring.text()),
        p(vec![text(where_to_go(group))]),
        bullets(papers_to_bring(group)),
    ];
    nodes.extend(where_to_go_nodes());
    nodes.push(heading("h2", "heading-l", Sentence::PageCardStarts.text()));
    if result.card_start.waiting_period_warning {
        nodes.push(
            el(
                "div",
                "warning-text",
                vec![
                    el("span", "warning-text__icon", vec![text("!")]).with("aria-hidden", "true"),
                    el(
                        "strong",
                        "warning-text__text",
                        vec![
                            el("span", "visually-hidden", vec![text(format!("{} ", Sentence::PageWarning.text()))]),
                            text(
                                Sentence::PageMayWait
                                    .fill(&[("so_ngay_cho", &result.card_start.waiting_days.to_string())]),
                            ),
                        ],
                    ),
                ],
            )
            .with("role", "note"),
        );
    }
    nodes.push(p(vec![text(format!("{} ({})", card_start_text(&result.card_start), result.card_start.basis))]));
    // The result's second screen, read aloud with the first.
    vec![el("div", "result-where", nodes)]
}

fn amounts(result: &Assessment, household_href: String) -> Vec<Node> {
    let policy = national_policy();
    let share = &result.state_share;
    let mut nodes = vec![heading("h2", "heading-l", Sentence::PageWhoPays.text())];
    nodes.push(p(vec![text(format!("{}.", payer_text(result)))]));
    if share.total != Percent::ZERO {
        let total = ("ty_le", strong(share.total.to_string()));
        let mut sentence = if share.local.is_empty() {
            sentence_nodes(Sentence::PageStateSupports, vec![total])
        } else {
            sentence_nodes(
                Sentence::PageStateAndLocalSupport,
                vec![total, ("ty_le_nha_nuoc", text(share.national.to_string()))],
            )
        };
        if !share.national_basis.is_empty() {
            sentence.push(text(" "));
            sentence.extend(filled(Sentence::PageBasis, &[("can_cu", &share.national_basis)]));
        }
        nodes.push(p(sentence));
        if share.local.is_empty() {
            nodes.push(p(vec![text(Sentence::PageNationalFloor.text())]));
        } else {
            let items = share.local.iter().map(|item| {
                let sentence = filled(
                    Sentence::PageLocalTopUp,
                    &[
                        ("ten", &item.name),
                        ("ty_le", &item.added.to_string()),
                        ("do_tin_cay", item.confidence.label()),
                        ("ghi_chu", &item.note),
                        ("can_cu", &item.basis),
                    ],
                );
                el("li", "", sentence)
            });
            nodes.push(el("ul", "list list--bullet", items.collect()));
        }
    }
    nodes.push(p(vec![text(payment_text(&result.payment))]));
    for line in &result.planned_changes {
        nodes.push(el("p", "result-planned-change", vec![text(line.clone())]));
    }
    if let Some(ladder) = &result.household {
        nodes.extend(ladder_table(ladder, Sentence::PageHouseholdTable.text()));
    }
    if let Some(ladder) = &result.household_route_option {
        nodes.push(p(filled(Sentence::PageMayChooseHousehold, &[("can_cu", &policy.citations.household_route.text)])));
        nodes.extend(ladder_table(ladder, Sentence::PageIfHousehold.text()));
    }
    if let Some(comparison) = &result.route_comparison {
        let cheaper = match comparison.cheaper {
            Route::Household => Sentence::PageChooseHousehold,
            Route::Subsidised => Sentence::PageChooseSubsidised,
            Route::Equal => Sentence::PageRoutesEqual,
        }
        .text();
        let from = comparison
            .household_cheaper_from
            .map(|n| format!(" {}", Sentence::PageHouseholdCheaperFrom.fill(&[("so_nguoi", &n.to_string())])))
            .unwrap_or_default();
        nodes.push(el(
            "div",
            "panel panel--info",
            vec![
                heading("h3", "heading-s", Sentence::PageCompareRoutes.text()),
                p(vec![text(format!("{} {cheaper}{from}", route_comparison_text(comparison)))]),
            ],
        ));
    }
    if let Some(change) = &result.next_change {
        nodes.push(el(
            "p",
            "result-next-change",
            vec![text(Sentence::PageComingChange.fill(&[("thay_doi", &next_change_text(change, result))]))],
        ));
    }
    if let (Some(value), Some(rate)) =
        (policy.base_salary.value_on(result.date), policy.premium_rate.value_on(result.date))
    {
        nodes.push(el(
            "p",
            "hint",
            filled(
                Sentence::PageHowComputed,
                &[
                    ("luong_co_so", &format_dong(value.value)),
                    ("ngay", &value.from.in_page_language()),
                    ("can_cu", &value.basis),
                    ("ty_le", &rate.value.to_string()),
                    ("moi_thang", &format_dong(result.full_premium.monthly)),
                ],
            )
            .into_iter()
            .chain([text(format!(" {}", Sentence::RoundingRule.text()))])
            .collect(),
        ));
    }
    if matches!(result.group.group, Group::HouseholdMember | Group::Individual | Group::FarmHousehold | Group::NearPoor)
    {
        nodes.push(el("p", "no-print", vec![link(household_href, Sentence::PageWholeFamily.text())]));
    }
    nodes
}

fn benefits(result: &Assessment) -> Vec<Node> {
    vec![
        heading("h2", "heading-l", Sentence::PageBenefits.text()),
        p(sentence_nodes(
            Sentence::PageBenefitLevel,
            vec![
                ("ty_le", strong(result.benefit.level.to_string())),
                ("can_cu", vietnamese(result.benefit.basis.clone())),
            ],
        )),
        p(vec![text(Sentence::PageEveryCard.text())]),
        bullets(full_cover_cases(&result.benefit)),
    ]
}

/// "Why", folded: the group's basis, the criteria met and those still unknown, which could
/// change the result. The groups that do not apply are counted, not listed.
fn why(result: &Assessment) -> Node {
    let policy = national_policy();
    let reason_item = |reason: &bhyt_rules::Reason| {
        let (status, class) = match reason.status {
            Match::Yes => (Sentence::PageMet.text(), "tag tag--yes"),
            Match::No => (Sentence::PageNotMet.text(), "tag tag--no"),
            Match::Unknown => (Sentence::PageUnknown.text(), "tag tag--unknown"),
        };
        el(
            "li",
            "reason",
            vec![
                el("span", class, vec![text(status)]),
                text(" "),
                strong(reason.group_name),
                el("br", "", Vec::new()),
                text(reason.explanation.clone()),
                el("br", "", Vec::new()),
                el("span", "hint", filled(Sentence::PageBasis, &[("can_cu", &reason.basis)])),
            ],
        )
    };
    let shown: Vec<Node> = result.reasons.iter().filter(|reason| reason.status != Match::No).map(reason_item).collect();
    let not_met = result.reasons.iter().filter(|reason| reason.status == Match::No).count();
    let mut body = vec![
        p(filled(Sentence::PageYourGroup, &[("nhom", result.group.name), ("can_cu", &result.group.basis)])),
        p(vec![text(Sentence::PageCriteria.fill(&[
            ("dap_ung", &result.criteria_met.to_string()),
            ("da_xet", &result.criteria_checked.to_string()),
        ]))]),
    ];
    if !shown.is_empty() {
        body.push(el("ul", "list reasons", shown));
    }
    if not_met > 0 {
        body.push(p(vec![text(Sentence::PageOtherGroups.fill(&[("so_nhom", &not_met.to_string())]))]));
    }
    if !result.also_in.is_empty() {
        body.push(p(filled(Sentence::PageAlsoIn, &[("can_cu", &policy.citations.group_order.text)])));
        body.push(bullets(result.also_in.iter().map(|g| format!("{} ({})", g.name, g.basis))));
    }
    if let Some(hint) = &result.social_pension_hint {
        body.push(el("div", "panel panel--info", vec![p(vec![text(social_pension_text(hint))])]));
    }
    body.insert(0, el("summary", "", vec![text(Sentence::PageWhy.text())]));
    el("details", "disclosure result-why", body)
}

fn local_and_disclaimer(result: &Assessment) -> Vec<Node> {
    let mut nodes = Vec::new();
    if !result.local_notices.is_empty() {
        nodes.push(el(
            "div",
            "panel panel--info result-local-notices",
            vec![
                heading("h3", "heading-s", Sentence::PageLocalNotices.text()),
                bullets(result.local_notices.iter().map(local_notice_text)),
            ],
        ));
    }
    if !result.other_local_support.is_empty() {
        nodes.push(el(
            "div",
            "result-other-support",
            vec![
                heading("h3", "heading-s", Sentence::PageOtherLocalSupport.text()),
                el(
                    "ul",
                    "list list--bullet",
                    result
                        .other_local_support
                        .iter()
                        .map(|item| {
                            let confidence = text(format!(" ({}). ", item.confidence_label));
                            el("li", "", vec![vietnamese(item.name.clone()), confidence, vietnamese(item.note.clone())])
                        })
                        .collect(),
                ),
            ],
        ));
    }
    let mut disclaimer = vec![
        p(vec![strong(bhyt_rules::disclaimer())]),
        p(filled(
            Sentence::PageLegalBasis,
            &[
                ("can_cu_nhom", &result.group.basis),
                ("can_cu_muc_huong", &result.benefit.basis),
                ("can_cu_the", &result.card_start.basis),
            ],
        )),
    ];
    if let Some(note) = local_note(result) {
        disclaimer.push(p(vec![text(note)]));
    }
    nodes.push(el("div", "panel panel--info result-disclaimer", disclaimer));
    nodes
}

/// The placeholders the data files fill (a legal basis; a local support's name and note): their
/// words stay in Vietnamese, marked so on a page in another language.
const FROM_THE_DATA: [&str; 6] = ["can_cu", "can_cu_nhom", "can_cu_muc_huong", "can_cu_the", "ten", "ghi_chu"];

/// A sentence filled with text values as nodes, those from the data marked [`vietnamese`].
fn filled(sentence: Sentence, values: &[(&str, &str)]) -> Vec<Node> {
    let nodes = values
        .iter()
        .map(|(name, value)| (*name, if FROM_THE_DATA.contains(name) { vietnamese(*value) } else { text(*value) }))
        .collect();
    sentence_nodes(sentence, nodes)
}

/// A sentence of the file as nodes: each `{name}` becomes the node given for it (an amount in
/// `<strong>`), the words between it become text; a name without a node stays as written, as
/// [`Sentence::fill`] leaves it.
fn sentence_nodes(sentence: Sentence, mut values: Vec<(&str, Node)>) -> Vec<Node> {
    sentence
        .pieces()
        .into_iter()
        .map(|(placeholder, piece)| match values.iter().position(|(name, _)| *name == piece) {
            Some(index) if placeholder => values.remove(index).1,
            _ if placeholder => text(format!("{{{piece}}}")),
            _ => text(piece),
        })
        .collect()
}

/// The household ladder as a table, with its legal basis.
pub(super) fn ladder_table(ladder: &HouseholdLadder, caption: &str) -> Vec<Node> {
    let cell = |content: String, class: &'static str| el("td", class, vec![text(content)]);
    let header = [Sentence::LadderPerson, Sentence::LadderShare, Sentence::LadderMonthly, Sentence::LadderYearly]
        .into_iter()
        .map(|label| el("th", "", vec![text(label.text())]).with("scope", "col"))
        .collect();
    let rows = ladder
        .rows
        .iter()
        .map(|row| {
            el(
                "tr",
                "",
                vec![
                    el("th", "", vec![text(Sentence::LadderNth.fill(&[("so", &row.position.to_string())]))])
                        .with("scope", "row"),
                    cell(row.share.to_string(), ""),
                    cell(format_dong(row.amount.monthly), "numeric"),
                    cell(format_dong(row.amount.yearly), "numeric"),
                ],
            )
        })
        .collect();
    let total = el(
        "tr",
        "",
        vec![
            el("th", "", vec![text(Sentence::LadderWholeHousehold.text())]).with("scope", "row").with("colspan", "2"),
            cell(format_dong(ladder.total.monthly), "numeric"),
            el("td", "numeric", vec![strong(format_dong(ladder.total.yearly))]),
        ],
    );
    let caption = Sentence::LadderCaption.fill(&[("tieu_de", caption), ("so_nguoi", &ladder.members.to_string())]);
    vec![
        el(
            "div",
            "table-wrap",
            vec![el(
                "table",
                "table",
                vec![
                    el("caption", "table__caption", vec![text(caption.clone())]),
                    el("thead", "", vec![el("tr", "", header)]),
                    el("tbody", "", rows),
                    el("tfoot", "", vec![total]),
                ],
            )],
        )
        // A wide table scrolls inside its own region on a phone: keyboard users reach it by Tab.
        .with("role", "region")
        .with("tabindex", "0")
        .with("aria-label", &caption),
        el("p", "hint", filled(Sentence::PageBasis, &[("can_cu", &ladder.basis)])),
    ]
}

/// The locality's offices and unit contacts, and the online channels.
fn where_to_go_nodes() -> Vec<Node> {
    let boot = expect_context::<BootData>();
    let offices = boot
        .offices
        .iter()
        .filter(|office| !matches!(office.kind, OfficeKind::HealthStation))
        .map(|office| {
            let mut item = vec![
                el("strong", "", vec![vietnamese(office.name.clone())]),
                text(" ("),
                vietnamese(office.kind.label()),
                text("): "),
                vietnamese(office.address.clone()),
            ];
            if let Some(phone) = &office.phone {
                item.push(text(", "));
                item.push(link(tel_href(phone), phone.clone()));
            }
            el("li", "", item)
        })
        .collect();
    vec![
        heading("h3", "heading-s", Sentence::PageWhereToPay.text()),
        el("ul", "list list--bullet", offices),
        p(vec![
            text(format!(
                "{} ",
                Sentence::PageUnitContacts.fill(&[("don_vi", &bhyt_core::lowercase(&boot.locality.unit_kind))])
            )),
            link(routes::page_href(routes::CONTACTS.path), Sentence::PageSeeContacts.text()),
            text("."),
        ]),
        el(
            "div",
            "result-online",
            vec![
                heading("h3", "heading-s", Sentence::PageOnline.text()),
                bullets([Sentence::PageVssId.text(), Sentence::PagePublicServicePortal.text()]),
                p(vec![
                    text(format!("{} ", Sentence::PageHotline.text())),
                    link(
                        bhyt_content::tel_href(bhyt_content::SOCIAL_INSURANCE_HOTLINE),
                        bhyt_content::SOCIAL_INSURANCE_HOTLINE,
                    ),
                ]),
            ],
        ),
    ]
}

/// Print, share (copy link; the Web Share API where present) and start again.
#[component]
fn ResultActions(share_path: String) -> impl IntoView {
    let link = absolute(&share_path);
    let status = RwSignal::new(String::new());
    let can_share = browser::can_share();
    let copy_link = link.clone();
    let share_link = link.clone();
    view! {
        <div class="result-actions no-print">
            <h2 class="heading-m">{tr("Lưu, in hoặc gửi kết quả")}</h2>
            <p class="hint">{tr("Đường dẫn dưới đây chứa các câu trả lời của bạn. Ai mở đường dẫn cũng xem được các câu trả lời này.")}</p>
            <label class="label" for="duong-dan-ket-qua">{tr("Đường dẫn kết quả")}</label>
            <input class="input input--full" id="duong-dan-ket-qua" type="text" readonly=true value=link/>
            <div class="button-group">
                <button type="button" class="button button--secondary" on:click=move |_| {
                    browser::copy_text(&copy_link, move |copied| status.set(if copied {
                        {tr("Đã sao chép đường dẫn.")}.into()
                    } else {
                        {tr("Không sao chép được; hãy chọn và sao chép đường dẫn ở trên.")}.into()
                    }));
                }>{tr("Sao chép đường dẫn")}</button>
                {can_share.then(|| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| browser::share(tr(routes::RESULT.title), &share_link)>{tr("Chia sẻ")}</button>
                })}
                <button type="button" class="button button--secondary" on:click=|_| browser::print()>{tr("In kết quả")}</button>
                <a class="button button--secondary" href=routes::page_href(routes::WIZARD.path)>{tr("Làm lại từ đầu")}</a>
            </div>
            <p role="status" class="hint">{move || status.get()}</p>
        </div>
    }
}

fn absolute(path: &str) -> String {
    format!("{}{path}", browser::origin())
}
