//! The application shell and its routes, rendered at build time only. In the browser only the
//! islands inside pages are hydrated; links between pages are ordinary page loads.

use crate::pages::{
    about::AboutPage, contacts::ContactsPage, home::HomePage, not_found::NotFoundPage, offline::OfflinePage,
    rules_review::RulesReviewPage,
};
use crate::plan_news::page::{ArticlePage, NewsListPage, PlanPage, QuestionsPage};
use crate::review::page::ReviewPage;
use crate::site::boot::BuildData;
use crate::site::language::UnreviewedNotice;
use crate::site::layout::{
    ProvinceFooter, ProvinceHeader, SampleNotice, SavedCopyNotice, SiteFooter, SiteHeader, SkipLink, MAIN_ID,
};
use crate::statistics::page::{ProvinceOverview, StatisticsPage, StatisticsWidget, YearReportPage};
use crate::students::page::StudentsPage;
use crate::students::printables::{HandoutPage, PosterPage};
use crate::wizard::{page::WizardRoute, start::WizardStartPage};
use bhyt_content::routes;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App(data: BuildData) -> impl IntoView {
    provide_meta_context();
    provide_context(data.boot());
    provide_context(data);
    view! {
        // A commune's news feed; a province's overview has none.
        <Link rel="alternate" type_="application/atom+xml" href=routes::href(routes::FEED_PATH) hreflang="vi" title="Tin mới"/>
        <Router>
            <SkipLink/>
            <SiteHeader/>
            <main id=MAIN_ID class="main" tabindex="-1">
                <UnreviewedNotice/>
                <SampleNotice/>
                <SavedCopyNotice/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/tu-kiem-tra") view=WizardStartPage/>
                    <Route path=path!("/tu-kiem-tra/cau-hoi/:cau") view=WizardRoute/>
                    <Route path=path!("/tu-kiem-tra/:trang") view=WizardRoute/>
                    <Route path=path!("/ke-hoach") view=PlanPage/>
                    <Route path=path!("/tin-tuc") view=NewsListPage/>
                    <Route path=path!("/tin-tuc/trang/:so") view=NewsListPage/>
                    <Route path=path!("/tin-tuc/:slug") view=ArticlePage/>
                    <Route path=path!("/hoi-dap") view=QuestionsPage/>
                    <Route path=path!("/thong-ke") view=StatisticsPage/>
                    <Route path=path!("/thong-ke/bao-cao") view=YearReportPage/>
                    <Route path=path!("/hoc-sinh") view=StudentsPage/>
                    <Route path=path!("/hoc-sinh/to-roi") view=HandoutPage/>
                    <Route path=path!("/ap-phich") view=PosterPage/>
                    <Route path=path!("/lien-he") view=ContactsPage/>
                    <Route path=path!("/ve-trang-nay") view=AboutPage/>
                    <Route path=path!("/quy-dinh") view=RulesReviewPage/>
                    <Route path=path!("/can-bo/ra-soat") view=ReviewPage/>
                    <Route path=path!("/ngoai-tuyen") view=OfflinePage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// A province's overview of its communes, at the root of a province build: the province's
/// frame, without the pages a commune has.
#[component]
pub fn ProvinceApp(data: BuildData) -> impl IntoView {
    provide_meta_context();
    provide_context(data.boot());
    provide_context(data);
    view! {
        <Router>
            <SkipLink/>
            <ProvinceHeader/>
            <main id=MAIN_ID class="main" tabindex="-1">
                <SampleNotice/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=ProvinceOverview/>
                    <Route path=path!("/thong-ke/bao-cao") view=YearReportPage/>
                </Routes>
            </main>
            <ProvinceFooter/>
        </Router>
    }
}

/// The document of an embeddable widget: no skip link, header, navigation or footer, since
/// it sits inside the portal's page in an iframe.
#[component]
pub fn WidgetApp(data: BuildData) -> impl IntoView {
    provide_meta_context();
    provide_context(data.boot());
    provide_context(data);
    view! { <StatisticsWidget/> }
}
