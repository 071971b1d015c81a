use super::PageHeading;
use crate::site::boot::BuildData;
use crate::site::language::{use_words, PageLink};
use crate::site::page_meta::FixedPageMeta;
use crate::site::policy_data::national_policy;
use crate::wizard::wizard_entry;
use bhyt_content::routes::{self, PAGES};
use bhyt_content::{fill, LifeEventWords, Words};
use bhyt_rules::TopUpTarget;
use leptos::prelude::*;

/// The home page, in any language a translation gives it. Until the self-check and the other
/// pages are translated, their links go to the Vietnamese pages and say so.
#[component]
pub fn HomePage() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let site = boot.site.clone();
    let words = use_words();
    let home = &words.home;
    let cards = PAGES
        .iter()
        .filter(|page| page.path != routes::HOME.path)
        .filter_map(|page| Some((*page, words.nav_label(*page)?)))
        .map(|(page, label)| {
            view! {
                <li class="card">
                    <h2 class="heading-m"><PageLink path=page.path label class="card__link"/></h2>
                    <p>{words.nav_description(page)}</p>
                </li>
            }
        })
        .collect_view();
    let events = life_events(&boot, &words)
        .into_iter()
        .map(|event| {
            view! {
                <li class="life-events__item">
                    <PageLink path=event.href label=event.label class="life-events__link"/>
                    <span class="hint">{event.hint}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <FixedPageMeta page=routes::HOME/>
        <PageHeading title=fill(&home.heading, &[("dia_phuong", &words.locality_name(&site.locality))])/>
        // The start comes before everything else, on a phone's first screen.
        <div class="start">
            <PageLink path=routes::WIZARD.path label=home.start.clone() class="button button--start"/>
            <p class="hint">{home.start_hint.clone()}</p>
        </div>
        <p class="lead">{home.lead.clone()}</p>
        <section class="life-events" aria-labelledby="viec-thuong-gap">
            <h2 id="viec-thuong-gap" class="heading-l">{home.life_events.clone()}</h2>
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

fn life_events(boot: &BuildData, words: &Words) -> Vec<LifeEvent> {
    let home = &words.home;
    let event =
        |words: &LifeEventWords, href: String| LifeEvent { label: words.label.clone(), hint: words.hint.clone(), href };
    // The national floor for the near-poor, as the policy data has it on the build date.
    let near_poor_floor = national_policy().support_floors.near_poor.value_on(boot.built_on);
    let near_poor_hint = near_poor_floor.map_or_else(
        || home.ho_can_ngheo.hint_unknown.clone().unwrap_or_default(),
        |floor| fill(&home.ho_can_ngheo.hint, &[("muc", &floor.value.to_string())]),
    );
    let mut events = vec![
        event(&home.sinh_em_be, wizard_entry("tuoi=duoi-6")),
        event(&home.vao_lop_1, format!("{}#lop-1-the-tre-em-con-han", routes::STUDENTS.path)),
        event(&home.tu_75_tuoi, wizard_entry("tuoi=75-tro-len")),
    ];
    if boot.local_top_ups.items.iter().any(|item| item.target == TopUpTarget::Aged60To74WithoutPension) {
        events.push(LifeEvent {
            label: fill(&home.tu_60_tuoi.label, &[("tinh", &boot.site.locality.province)]),
            ..event(&home.tu_60_tuoi, wizard_entry("tuoi=60-69"))
        });
    }
    events.push(event(&home.the_sap_het_han, format!("{}#gia-han-o-dau", routes::QUESTIONS.path)));
    events.push(LifeEvent { hint: near_poor_hint, ..event(&home.ho_can_ngheo, wizard_entry("ho_ngheo=ho-can-ngheo")) });
    events
}
