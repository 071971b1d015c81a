//! The self-check wizard in a real headless Chromium: complete journeys answered the way a
//! resident does (click an option, "Tiếp tục"), with the back link, the browser back button,
//! "Thay đổi", reload, a shared link opened in a fresh browser, `?ngay=` and broken links.
//! axe-core runs on every step and no step may log a console error. Waits are on conditions only.
//!
//! Expected amounts are worked out by hand: 4,5% of the base salary per month, × 12 per year
//! (2.340.000 đồng before 1/7/2026, 2.530.000 đồng from then).

use bhyt_site_tests::browser::{Browser, BrowserOptions, PHONE};
use bhyt_site_tests::static_server::{Gate, Override, StaticServer};
use bhyt_site_tests::wizard::*;
use bhyt_site_tests::{dist_dir, page_file, prerendered_paths, read, static_h1, WIZARD_PRERENDERED};
use thirtyfour::prelude::*;

async fn result_group(browser: &Browser) -> String {
    browser.text(".result-panel__group").await
}

async fn main_text(browser: &Browser) -> String {
    browser.text("main").await
}

const ADULT: [(&str, &str); 3] = [("tuoi", "18-59"), ("cong_viec", "khong"), ("nguoi_co_cong", "khong")];
/// A pupil: pays the unsupported part through the school.
const PUPIL: [(&str, &str); 7] = [
    ("tuoi", "6-17"),
    ("nguoi_co_cong", "khong"),
    ("ho_ngheo", "khong"),
    ("noi_song", "khong"),
    ("dan_toc", "khong"),
    ("bao_tro_xa_hoi", "khong"),
    ("di_hoc", "dang-di-hoc"),
];
/// A pensioner: BHXH pays.
const PENSIONER: [(&str, &str); 6] = [
    ("tuoi", "60-69"),
    ("cong_viec", "luong-huu"),
    ("nguoi_co_cong", "khong"),
    ("ho_ngheo", "khong"),
    ("noi_song", "khong"),
    ("bao_tro_xa_hoi", "khong"),
];
/// Not in a poor commune, not on social protection, no hamlet work.
const NO_SPECIAL_GROUP: [(&str, &str); 3] =
    [("noi_song", "khong"), ("bao_tro_xa_hoi", "khong"), ("viec_o_thon", "khong")];

fn with(
    base: &[(&'static str, &'static str)],
    more: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    base.iter().chain(more).copied().collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn child_under_six_and_poor_household_with_back_and_reload() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;

    // 1. A child under 6: one question, the state pays, 100%.
    let asked = journey(&browser, &server, &[("tuoi", "duoi-6")], "").await;
    assert_eq!(asked, [["tuoi"]]);
    assert_eq!(result_group(&browser).await, "Trẻ em dưới 6 tuổi");
    let text = main_text(&browser).await;
    assert!(text.contains("Bạn không phải đóng tiền"), "{text}");
    assert!(text.contains("ước tính — cơ quan BHXH quyết định"), "{text}");
    assert!(text.contains("VssID") && text.contains("Dịch vụ công"), "online channels");
    // Print, share and start again are offered; the share link carries the answers.
    assert!(browser.count(".result-actions button").await >= 2, "copy and print buttons");
    let shared = browser.eval("document.getElementById('duong-dan-ket-qua').value").await;
    assert!(shared.as_str().unwrap_or_default().contains("/tu-kiem-tra/ket-qua/?tuoi=duoi-6"), "{shared}");
    browser.click(By::Css(".result-actions button")).await;
    browser
        .wait_until(
            "document.querySelector('.result-actions [role=status]').innerText.length > 0",
            "copying says what happened",
        )
        .await;
    // Reload reproduces the same page.
    browser.driver.refresh().await.expect("reload");
    wait_for_wizard(&browser).await;
    browser.wait_until("document.querySelector('.result-panel') !== null", "the result shows after reload").await;
    assert_eq!(result_group(&browser).await, "Trẻ em dưới 6 tuổi");
    check_step(&browser, "result after reload").await;

    // 2. A poor household, with the back link and the browser back button on the way.
    let answers = with(&ADULT, &[("ho_ngheo", "ho-ngheo")]);
    open_wizard(&browser, &server.url("/tu-kiem-tra/cau-hoi/tuoi/")).await;
    for _ in 0..3 {
        answer_current(&browser, &answers).await;
    }
    assert_eq!(question_key(&browser).await, "ho_ngheo");
    click_and_wait(&browser, ".back-link").await;
    assert_eq!(question_key(&browser).await, "nguoi_co_cong", "the back link goes to the previous question");
    assert_eq!(
        browser.eval("document.querySelector('input[value=khong]').checked").await,
        true,
        "the earlier answer is kept"
    );
    check_step(&browser, "back link").await;
    answer_current(&browser, &answers).await;
    assert_eq!(question_key(&browser).await, "ho_ngheo");
    browser.driver.back().await.expect("browser back");
    browser
        .wait_until("location.pathname.endsWith('/nguoi-co-cong/')", "browser back shows the previous question")
        .await;
    assert_eq!(question_key(&browser).await, "nguoi_co_cong");
    browser.driver.forward().await.expect("browser forward");
    browser.wait_until("location.pathname.endsWith('/ho-ngheo/')", "forward shows the question again").await;
    assert_eq!(question_key(&browser).await, "ho_ngheo");
    answer_until_check(&browser, &answers).await;
    click_and_wait(&browser, "a.button[href^='/tu-kiem-tra/ket-qua/']").await;
    browser.wait_until("document.querySelector('.result-panel') !== null", "the result shows").await;
    assert!(result_group(&browser).await.contains("hộ nghèo"), "{}", result_group(&browser).await);
    assert!(main_text(&browser).await.contains("Bạn không phải đóng tiền"));
    check_step(&browser, "poor household result").await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn near_poor_in_kien_an_and_change_keeps_later_answers() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    // 3. Near-poor: the state's 70% plus the city's 30% (marked "khả năng cao") leaves nothing to pay.
    let answers = with(
        &[&ADULT[..], &NO_SPECIAL_GROUP].concat(),
        &[("ho_ngheo", "ho-can-ngheo"), ("so_nguoi_trong_ho", "1"), ("the_truoc_day", "con-han")],
    );
    let asked = journey(&browser, &server, &answers, "").await;
    assert!(asked.concat().contains(&"so_nguoi_trong_ho".to_owned()), "{asked:?}");
    assert_eq!(result_group(&browser).await, "Người thuộc hộ cận nghèo");
    let text = main_text(&browser).await;
    assert!(text.contains("thêm 30%") && text.contains("khả năng cao"), "local top-up with its confidence: {text}");
    assert!(text.contains("Bạn không phải đóng tiền"), "{text}");
    // "Why" is folded; open, it shows what was met and counts, not lists, what does not apply.
    browser.click(By::Css(".result-why summary")).await;
    let why = browser.text(".result-why").await;
    assert!(why.contains("đáp ứng 1/"), "criterion by criterion: {why}");
    assert!(why.contains("nhóm khác không phù hợp") && !why.contains("Không đáp ứng"), "{why}");

    // "Thay đổi" on an early answer goes to that question with the later answers kept, and back here.
    browser.driver.back().await.expect("back to the check page");
    browser.wait_until(&format!("location.pathname === {CHECK:?}"), "the check page").await;
    wait_for_wizard(&browser).await;
    let rows = browser.count(".summary-list__row").await;
    let change = "a[href^='/tu-kiem-tra/cau-hoi/noi-song/']";
    let hidden = browser.text(&format!("{change} .visually-hidden")).await;
    assert!(hidden.contains("Nơi người này đang sống"), "the Change link names its question: {hidden}");
    click_and_wait(&browser, change).await;
    assert_eq!(question_key(&browser).await, "noi_song");
    assert!(current_path(&browser).await.contains("the_truoc_day=con-han"), "later answers stay in the URL");
    check_step(&browser, "change an answer").await;
    browser.click(By::Css("input[value='xa-ngheo']")).await;
    click_and_wait(&browser, "form[data-question] button[type=submit]").await;
    assert!(current_path(&browser).await.starts_with(CHECK), "after the change the resident is back on the check page");
    assert_eq!(browser.count(".summary-list__row").await, rows, "no later answer was lost");
    assert!(browser.text(".summary-list").await.contains("Xã nghèo"), "the changed answer shows");
    check_step(&browser, "check page after a change").await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_76_year_old_without_a_pension_is_told_first_to_apply_for_the_social_pension() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    let answers = with(
        &[("tuoi", "75-tro-len"), ("cong_viec", "khong"), ("nguoi_co_cong", "khong"), ("ho_ngheo", "khong")],
        &[&NO_SPECIAL_GROUP[..], &[("huu_tri_xa_hoi", "chua-nhan"), ("tro_cap_tuat", "khong")]].concat(),
    );
    let answers =
        with(&answers, &[("ho_nong_nghiep", "khong"), ("so_nguoi_trong_ho", "1"), ("the_truoc_day", "con-han")]);
    let asked = journey(&browser, &server, &answers, "").await;
    assert_eq!(asked[5].len(), 5, "pension, allowances, roles and the farm list on one page: {asked:?}");
    // The most valuable thing the site knows comes first, on the first screen (checked in `journey`).
    assert_eq!(browser.text(".next-step__title").await, "Làm đơn nhận trợ cấp hưu trí xã hội");
    assert!(browser.text(".next-step").await.contains("đồng/tháng"), "with the monthly amount");
    // "Cách đóng ít hơn": the routes within reach, with their amounts beside today's.
    let cheaper = browser.text(".result-cheaper").await;
    assert!(
        cheaper.contains("Nếu được nhận trợ cấp hưu trí xã hội: không phải đóng, thay vì 1.366.200 đồng/năm"),
        "{cheaper}"
    );
    assert!(cheaper.contains("Nếu gia đình vào danh sách hộ cận nghèo"), "{cheaper}");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn pupil_pensioner_and_dont_know() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    // 4. A pupil: pays the unsupported part through the school.
    journey(&browser, &server, &PUPIL, "").await;
    assert_eq!(result_group(&browser).await, "Học sinh, sinh viên");
    let text = main_text(&browser).await;
    assert!(text.contains("mỗi năm") && text.contains("nhà trường"), "{text}");

    // 5. A pensioner: BHXH pays.
    journey(&browser, &server, &PENSIONER, "").await;
    assert!(result_group(&browser).await.contains("lương hưu"));
    assert!(main_text(&browser).await.contains("Bạn không phải đóng tiền"));

    // 6. "Tôi không biết" twice: more information needed, saying what to check and where.
    let unsure = with(
        &ADULT,
        &[
            ("ho_ngheo", "khong-biet"),
            ("noi_song", "khong-biet"),
            ("bao_tro_xa_hoi", "khong"),
            ("viec_o_thon", "khong"),
            ("ho_nong_nghiep", "khong"),
            ("so_nguoi_trong_ho", "1"),
            ("the_truoc_day", "chua-tung"),
        ],
    );
    journey(&browser, &server, &unsure, "").await;
    let text = main_text(&browser).await;
    assert!(text.contains("Cần thêm thông tin"), "{text}");
    assert!(text.contains("hộ nghèo hoặc hộ cận nghèo") && text.contains("UBND"), "what to check and where: {text}");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn self_paying_adult_before_and_after_the_base_salary_change_and_a_shared_link() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    // 7. An adult paying alone, first card: 4,5% × 2.340.000 = 105.300 đồng/tháng, × 12 = 1.263.600 đồng/năm.
    let answers = with(
        &[&ADULT[..], &NO_SPECIAL_GROUP].concat(),
        &[
            ("ho_ngheo", "khong"),
            ("ho_nong_nghiep", "khong"),
            ("so_nguoi_trong_ho", "1"),
            ("the_truoc_day", "chua-tung"),
        ],
    );
    journey(&browser, &server, &answers, "?ngay=2026-06-30").await;
    assert!(current_path(&browser).await.contains("ngay=2026-06-30"), "the preview date is kept through the wizard");
    assert!(browser.text(".notice--date").await.contains("Đang xem theo ngày 30/6/2026"));
    assert_eq!(result_group(&browser).await, "Người tự đóng BHYT (cá nhân)");
    let text = main_text(&browser).await;
    assert!(text.contains("1.263.600 đồng mỗi năm") && text.contains("105.300 đồng mỗi tháng"), "{text}");
    assert!(text.contains("Từ 1/7/2026"), "the next known change: {text}");
    assert!(text.contains("chờ 30 ngày"), "waiting-period warning: {text}");

    // From 1/7/2026: 4,5% × 2.530.000 = 113.850 đồng/tháng, × 12 = 1.366.200 đồng/năm.
    let after = current_path(&browser).await.replace("ngay=2026-06-30", "ngay=2026-07-01");
    open_wizard(&browser, &server.url(&after)).await;
    browser.wait_until("document.querySelector('.result-panel') !== null", "the result shows").await;
    let text = main_text(&browser).await;
    assert!(text.contains("1.366.200 đồng mỗi năm") && text.contains("113.850 đồng mỗi tháng"), "{text}");
    check_step(&browser, "result on 1/7/2026").await;

    // The share link carries the answers: a fresh browser shows the same result.
    let link = browser.eval("document.querySelector('#duong-dan-ket-qua').value").await.as_str().unwrap().to_owned();
    assert!(
        link.starts_with("http://127.0.0.1:")
            && link.contains("the_truoc_day=chua-tung")
            && link.contains("ngay=2026-07-01"),
        "{link}"
    );
    let group = result_group(&browser).await;
    browser.quit().await;
    let fresh = Browser::phone().await;
    open_wizard(&fresh, &link).await;
    fresh.wait_until("document.querySelector('.result-panel') !== null", "the shared result shows").await;
    assert_eq!(result_group(&fresh).await, group);
    assert!(main_text(&fresh).await.contains("1.366.200 đồng mỗi năm"));
    check_step(&fresh, "shared link in a fresh browser").await;
    fresh.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn farm_household_of_five_compares_routes_and_the_calculator_keeps_its_state() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    // 8. A farm household with average living standard, 5 members.
    let answers = with(
        &[&ADULT[..], &NO_SPECIAL_GROUP].concat(),
        &[("ho_ngheo", "khong"), ("ho_nong_nghiep", "co"), ("so_nguoi_trong_ho", "5"), ("the_truoc_day", "con-han")],
    );
    journey(&browser, &server, &answers, "").await;
    assert!(result_group(&browser).await.contains("nông, lâm, ngư, diêm nghiệp"));
    assert!(main_text(&browser).await.contains("So sánh hai cách mua"));

    // The household calculator with the national floor only (before the city's top-up of 1/1/2026):
    // subsidised 5 × 70% = 3,5 premiums; household 100+70+60+50+40% = 3,2 premiums → the household route is cheaper.
    click_and_wait(&browser, &format!("a[href^='{HOUSEHOLD}']")).await;
    assert!(current_path(&browser).await.contains("so_nguoi=5"), "the calculator starts from the answers");
    let url = server.url(&format!("{HOUSEHOLD}?so_nguoi=5&da_co_the=0&ho_nong_nghiep=co&ngay=2025-12-31"));
    open_wizard(&browser, &url).await;
    let text = main_text(&browser).await;
    assert!(text.contains("Mua theo hộ gia đình rẻ hơn"), "{text}");
    assert!(text.contains("rẻ hơn khi có từ 5 người"), "{text}");
    check_step(&browser, "household calculator").await;

    // Fill in the form: 6 people, 2 already covered → 4 join (1 + 0,7 + 0,6 + 0,5 = 2,8 premiums), not farm.
    browser.eval("(() => { for (const [id, v] of [['so-nguoi', '6'], ['da-co-the', '2']]) { const i = document.getElementById(id); i.value = v; i.dispatchEvent(new Event('input', { bubbles: true })); } return true; })()").await;
    browser.click(By::Css("#ho-nong-nghiep-khong")).await;
    click_and_wait(&browser, "form button[type=submit]").await;
    let state = current_path(&browser).await;
    assert!(
        state.contains("so_nguoi=6&da_co_the=2&ho_nong_nghiep=khong") && state.contains("ngay=2025-12-31"),
        "{state}"
    );
    // 4,5% × 2.340.000 = 105.300; × 2,8 = 294.840 đồng/tháng; × 12 = 3.538.080 đồng/năm.
    assert!(main_text(&browser).await.contains("3.538.080 đồng mỗi năm"), "{}", main_text(&browser).await);
    browser.driver.refresh().await.expect("reload");
    wait_for_wizard(&browser).await;
    assert!(main_text(&browser).await.contains("3.538.080 đồng mỗi năm"), "the calculator state survives a reload");
    check_step(&browser, "household calculator after reload").await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_checklist_asks_several_questions_at_once_and_a_change_comes_back_to_it() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    let before = "tuoi=18-59&cong_viec=khong&nguoi_co_cong=khong&ho_ngheo=khong&noi_song=khong";
    open_wizard(&browser, &server.url(&format!("/tu-kiem-tra/cau-hoi/bao-tro-xa-hoi/?{before}"))).await;
    let boxes = "form[data-question] input[type=checkbox]";
    assert_eq!(browser.count(boxes).await, 7, "social allowance, four roles, the farm list, and none of these");
    // Nothing ticked: one error, on the checklist.
    browser.click(By::Css("form[data-question] button[type=submit]")).await;
    browser.wait_until("document.querySelector('.error-summary') !== null", "the error summary").await;
    assert!(browser.text(".error-summary").await.contains("Không có mục nào ở trên"));
    check_step(&browser, "checklist with nothing ticked").await;
    // "Không có mục nào ở trên" clears the ticked boxes, and a box clears it.
    browser.click(By::Css("input[name=ho_nong_nghiep][value=co]")).await;
    browser.click(By::Css(format!("input[name='{NONE_LISTED}']"))).await;
    assert_eq!(browser.eval(&format!("document.querySelectorAll('{boxes}:checked').length")).await, 1);
    browser.click(By::Css("input[name=ho_nong_nghiep][value=co]")).await;
    assert_eq!(browser.eval(&format!("document.querySelector(\"input[name='{NONE_LISTED}']\").checked")).await, false);
    // One "Tiếp tục" answers the page's three questions: ticked "có", the others "không".
    click_and_wait(&browser, "form[data-question] button[type=submit]").await;
    let address = current_path(&browser).await;
    assert!(address.starts_with("/tu-kiem-tra/cau-hoi/so-nguoi-trong-ho/"), "the household page: {address}");
    assert!(address.contains("bao_tro_xa_hoi=khong&viec_o_thon=khong&ho_nong_nghiep=co"), "{address}");
    // The household page: two fields, and an error for each one left empty.
    assert_eq!(browser.count("form[data-question] .form-group").await, 2);
    browser.click(By::Css("form[data-question] button[type=submit]")).await;
    browser.wait_until("document.querySelectorAll('.error-summary li').length === 2", "two errors").await;
    check_step(&browser, "household page with two errors").await;
    answer_current(&browser, &[("so_nguoi_trong_ho", "3"), ("the_truoc_day", "con-han")]).await;
    assert!(current_path(&browser).await.starts_with(CHECK));
    // "Thay đổi" beside the farm list opens the checklist where it was answered, as answered.
    let change = "a[href^='/tu-kiem-tra/cau-hoi/bao-tro-xa-hoi/']";
    assert_eq!(browser.count(change).await, 3, "each of the checklist's questions changes on its page");
    click_and_wait(&browser, change).await;
    assert_eq!(browser.eval(&format!("document.querySelector('{boxes}:checked').value")).await, "co");
    click_and_wait(&browser, ".back-link").await;
    assert_eq!(question_key(&browser).await, "noi_song", "back from the checklist is the page before it");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn broken_links_get_a_notice_and_an_empty_answer_gets_an_error_summary() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    open_wizard(&browser, &server.url(&format!("{CHECK}?tuoi=duoi-6&foo=%3Cb%3E&tuoi=18-59&ngay=2026-13-01"))).await;
    let notices = browser.text("main").await;
    assert!(notices.contains("“foo”: không phải câu hỏi của trang này"), "{notices}");
    assert!(notices.contains("“tuoi”: câu hỏi bị lặp lại"), "{notices}");
    assert!(notices.contains("2026-13-01") && notices.contains("trang tính theo hôm nay"), "{notices}");
    assert_eq!(browser.count(".summary-list__row").await, 1, "the valid answer is still used");
    check_step(&browser, "check page with broken parameters").await;

    open_wizard(&browser, &server.url(&format!("{RESULT}?%zz=1&tuoi=999&"))).await;
    assert!(browser.text("main").await.contains("Chưa đủ câu trả lời"), "an incomplete result page says so");
    check_step(&browser, "result page with garbage").await;

    open_wizard(&browser, &server.url("/tu-kiem-tra/cau-hoi/ho-ngheo/?tuoi=18-59&cong_viec=khong&nguoi_co_cong=khong"))
        .await;
    browser.click(By::Css("form[data-question] button[type=submit]")).await;
    browser
        .wait_until(
            "document.activeElement && document.activeElement.classList.contains('error-summary')",
            "focus moves to the error summary",
        )
        .await;
    assert!(browser.text(".error-summary").await.contains("Hãy chọn một câu trả lời"));
    assert_eq!(browser.count(".form-group--error .error-message").await, 1);
    assert!(current_path(&browser).await.ends_with("nguoi_co_cong=khong"), "nothing was submitted");
    check_step(&browser, "error summary").await;
    // Every radio is a large tap target.
    let smallest = browser
        .eval(
            "Math.min(...[...document.querySelectorAll('.choices__item')].map(e => e.getBoundingClientRect().height))",
        )
        .await;
    assert!(smallest.as_f64().unwrap_or(0.0) >= 44.0, "radios ≥ 44 px, got {smallest}");
    browser.quit().await;
}

#[test]
fn wizard_shells_are_prerendered_and_private_pages_carry_noindex() {
    let dist = dist_dir();
    let start = read(&page_file(&dist, START));
    assert!(!start.contains("noindex"), "the start page is indexable");
    assert!(start.contains("Bắt đầu"));
    for (path, noindex) in [
        ("/tu-kiem-tra/cau-hoi/tuoi/", true),
        ("/tu-kiem-tra/cau-hoi/so-nguoi-trong-ho/", true),
        (CHECK, true),
        (RESULT, true),
        (HOUSEHOLD, false),
    ] {
        let html = read(&page_file(&dist, path));
        assert!(!static_h1(&html).is_empty(), "{path}: a heading before JavaScript");
        assert!(html.contains("/lien-he/"), "{path}: points to the contacts without JavaScript");
        assert_eq!(html.contains("<meta name=\"robots\" content=\"noindex\">"), noindex, "{path}: noindex");
    }
    let sitemap = read(&dist.join("sitemap.xml"));
    assert!(!sitemap.contains("ket-qua"), "results stay out of the sitemap");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_question_is_prerendered_whole_with_its_first_answer_on_the_first_phone_screen() {
    let dist = dist_dir();
    // In every language: a translation is often longer, and Khmer lines are taller.
    let questions: Vec<String> =
        prerendered_paths(&dist).into_iter().filter(|path| path.contains("/tu-kiem-tra/cau-hoi/")).collect();
    assert!(questions.len() >= 30, "every question has a page in each language: {questions:?}");
    let server = StaticServer::start(&dist);
    // Without JavaScript the page is what the build wrote: the question whole, and whom to call.
    let plain =
        Browser::start(BrowserOptions { javascript: false, width: PHONE.0, height: PHONE.1, ..Default::default() })
            .await;
    let (mut report, mut below) = (Vec::new(), Vec::new());
    for path in &questions {
        plain.open(&server.url(path)).await;
        assert_eq!(
            plain.count(&format!("{WIZARD_PRERENDERED} form[data-question]")).await,
            1,
            "{path}: the form is pre-rendered"
        );
        assert!(!plain.text("h1").await.is_empty(), "{path}: the question is pre-rendered");
        assert!(plain.text(WIZARD_PRERENDERED).await.contains("JavaScript"), "{path}: says what needs JavaScript");
        assert_eq!(plain.count(".site-nav").await, 0, "{path}: no site navigation inside the self-check");
        let bottom = first_option_bottom(&plain).await;
        report.push(format!("{path}: the first answer ends at {bottom:.0} px"));
        if bottom > PHONE.1 as f64 {
            below.push(path.clone());
        }
    }
    println!("{}", report.join("\n"));
    assert!(below.is_empty(), "the first answer is below the first {} px screen on {below:?}", PHONE.1);
    plain.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_choice_made_before_the_app_takes_over_is_kept() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    // A slow phone: the question shows, the WebAssembly has not arrived yet.
    let wasm = std::fs::read_dir(&dist)
        .expect("read dist")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with("bhyt-wizard-island-") && name.ends_with("_bg.wasm"))
        .expect("the wizard's module is in dist");
    let gate = Gate::default();
    server.set_override(
        &format!("/{wasm}"),
        Override {
            content_type: "application/wasm",
            gate: Some(gate.clone()),
            ..Override::json(std::fs::read(dist.join(&wasm)).expect("read the module"))
        },
    );
    let browser = Browser::start(BrowserOptions {
        width: PHONE.0,
        height: PHONE.1,
        open_when_parsed: true,
        ..Default::default()
    })
    .await;
    browser.open(&server.url("/tu-kiem-tra/cau-hoi/tuoi/?ngay=2026-12-01")).await;
    browser.click(By::Css(format!("{WIZARD_PRERENDERED} input[value='75-tro-len']"))).await;
    assert_eq!(browser.count("form[data-question] button[type=submit]").await, 0, "no button before the app runs");
    gate.open();
    wait_for_wizard(&browser).await;
    let checked = browser.eval("document.querySelector('form[data-question] input:checked')?.value ?? ''").await;
    assert_eq!(checked, "75-tro-len", "the choice made on the pre-rendered question is kept");
    check_step(&browser, "after the app took over").await;
    click_and_wait(&browser, "form[data-question] button[type=submit]").await;
    assert!(current_path(&browser).await.contains("tuoi=75-tro-len&ngay=2026-12-01"), "it is the answer sent on");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_home_page_starts_on_its_first_screen_and_life_events_lead_in_pre_filled() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    browser.open(&server.url("/")).await;
    browser.wait_for_hydration().await;
    let bottom = browser.eval("document.querySelector('.button--start').getBoundingClientRect().bottom").await;
    assert!(bottom.as_f64().unwrap_or(f64::MAX) <= PHONE.1 as f64, "the start button ends at {bottom} px");
    let links =
        browser.eval("[...document.querySelectorAll('.life-events__link')].map(a => a.getAttribute('href'))").await;
    let links: Vec<String> = serde_json::from_value(links).expect("links");
    assert!(links.len() >= 5, "{links:?}");
    for href in links {
        if let Some((path, fragment)) = href.split_once('#') {
            // A one-screen answer on another page: the section must exist there.
            let html = read(&page_file(&dist, path));
            assert!(html.contains(&format!("id=\"{fragment}\"")), "{href}: no such section");
            continue;
        }
        open_wizard(&browser, &server.url(&href)).await;
        check_step(&browser, &href).await;
        assert_eq!(browser.count(".notice--warning").await, 0, "{href}: every pre-filled answer is used");
        if href.starts_with(RESULT) {
            assert_eq!(result_group(&browser).await, "Trẻ em dưới 6 tuổi", "{href}");
            assert!(browser.text(".next-step__title").await.contains("khai sinh"), "{href}");
        } else {
            // The next question, with the pre-filled answer kept for the rest of the way.
            let query = href.split_once('?').map(|(_, query)| query.to_owned()).unwrap_or_default();
            assert!(!question_key(&browser).await.is_empty(), "{href}: a question");
            assert!(current_path(&browser).await.ends_with(&query), "{href}");
        }
    }
    browser.quit().await;
}

/// Replaces the browser's speech synthesis, before any page script runs, with one that lists
/// `voices` and records what it is asked to say (`window.spoken`).
async fn stub_speech(browser: &Browser, voices: &str) {
    let source = format!(
        "(() => {{
            window.spoken = []; window.voicesAsked = 0;
            const synth = new EventTarget();
            synth.getVoices = () => {{ window.voicesAsked++; return {voices}; }};
            synth.speaking = false;
            synth.speak = (u) => window.spoken.push({{ text: u.text, lang: u.lang }});
            synth.cancel = () => {{}};
            Object.defineProperty(window, 'speechSynthesis', {{ value: synth, configurable: true }});
            window.SpeechSynthesisUtterance = class {{ constructor(text) {{ this.text = text; this.lang = ''; }} }};
        }})()"
    );
    browser
        .driver
        .cdp()
        .send_raw("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": source }))
        .await
        .expect("stub the speech API");
}

#[tokio::test(flavor = "multi_thread")]
async fn read_aloud_is_offered_only_with_a_vietnamese_voice_and_reads_in_order() {
    let server = StaticServer::start(&dist_dir());
    const BUTTON: &str = "button[data-action=read-aloud]";
    // A phone that lists only an English voice: no button.
    let english = Browser::phone().await;
    stub_speech(&english, "[{ lang: 'en-US', name: 'English' }]").await;
    open_wizard(&english, &server.url("/tu-kiem-tra/cau-hoi/tuoi/")).await;
    english.wait_until("window.voicesAsked > 0", "the page looked for a voice").await;
    assert_eq!(english.eval(&format!("document.querySelector('{BUTTON}').hidden")).await, true, "no Vietnamese voice");
    english.quit().await;

    let browser = Browser::phone().await;
    stub_speech(&browser, "[{ lang: 'en-US', name: 'English' }, { lang: 'vi-VN', name: 'Tiếng Việt' }]").await;
    open_wizard(&browser, &server.url("/tu-kiem-tra/cau-hoi/tuoi/")).await;
    browser.wait_until(&format!("!document.querySelector('{BUTTON}').hidden"), "the button shows").await;
    check_step(&browser, "question with read aloud").await;
    let bottom = first_option_bottom(&browser).await;
    assert!(bottom <= PHONE.1 as f64, "the button sits beside the back link: the first answer ends at {bottom} px");
    browser.click(By::Css(BUTTON)).await;
    let spoken: Vec<serde_json::Value> =
        serde_json::from_value(browser.eval("window.spoken").await).expect("a list of utterances");
    let texts: Vec<&str> = spoken.iter().map(|u| u["text"].as_str().unwrap_or_default()).collect();
    assert_eq!(
        texts.first(),
        Some(&"Người cần mua thẻ bảo hiểm y tế bao nhiêu tuổi?"),
        "the question first: {texts:?}"
    );
    assert!(
        texts.contains(&"Dưới 6 tuổi") && texts.last() == Some(&"Từ 75 tuổi trở lên"),
        "then the answers: {texts:?}"
    );
    assert!(spoken.iter().all(|u| u["lang"] == "vi-VN"), "every sentence in Vietnamese: {spoken:?}");

    // The result: the group and the amount come first, then the next step, then where to go.
    open_wizard(&browser, &server.url(&format!("{RESULT}?tuoi=duoi-6"))).await;
    browser.wait_until(&format!("!document.querySelector('{BUTTON}').hidden"), "the button shows").await;
    browser.click(By::Css(BUTTON)).await;
    let texts: Vec<String> = serde_json::from_value::<Vec<serde_json::Value>>(browser.eval("window.spoken").await)
        .expect("utterances")
        .iter()
        .map(|u| u["text"].as_str().unwrap_or_default().to_owned())
        .collect();
    let position = |needle: &str| texts.iter().position(|t| t.contains(needle));
    assert!(position("Trẻ em dưới 6 tuổi") < position("Việc nên làm trước tiên"), "{texts:?}");
    assert!(position("Việc nên làm trước tiên") < position("Mang theo gì"), "{texts:?}");
    assert!(
        position("Mang theo gì").is_some() && position("Quyền lợi").is_none(),
        "two screens, not the page: {texts:?}"
    );
    browser.quit().await;
}

/// Typical residents, for `./run bench`: who they are, and their answers.
fn residents() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let adult_without_group = [&ADULT[..], &NO_SPECIAL_GROUP].concat();
    let pays_alone = [("ho_nong_nghiep", "khong"), ("so_nguoi_trong_ho", "1"), ("the_truoc_day", "con-han")];
    vec![
        ("a child under 6", vec![("tuoi", "duoi-6")]),
        ("a pupil", PUPIL.to_vec()),
        (
            "an employee",
            vec![
                ("tuoi", "18-59"),
                ("cong_viec", "lao-dong-co-hop-dong"),
                ("luong_thang", "8000000"),
                ("nguoi_co_cong", "khong"),
                ("ho_ngheo", "khong"),
                ("noi_song", "khong"),
                ("bao_tro_xa_hoi", "khong"),
            ],
        ),
        ("a pensioner", PENSIONER.to_vec()),
        ("a poor household's adult", with(&ADULT, &[("ho_ngheo", "ho-ngheo")])),
        (
            "a near-poor adult in Kiến An",
            with(
                &adult_without_group,
                &[("ho_ngheo", "ho-can-ngheo"), ("so_nguoi_trong_ho", "1"), ("the_truoc_day", "con-han")],
            ),
        ),
        ("an adult paying alone", with(&adult_without_group, &[&[("ho_ngheo", "khong")], &pays_alone[..]].concat())),
        (
            "a farm household of five",
            with(
                &adult_without_group,
                &[
                    ("ho_ngheo", "khong"),
                    ("ho_nong_nghiep", "co"),
                    ("so_nguoi_trong_ho", "5"),
                    ("the_truoc_day", "con-han"),
                ],
            ),
        ),
        (
            "a 76-year-old without a pension",
            with(
                &[
                    ("tuoi", "75-tro-len"),
                    ("cong_viec", "khong"),
                    ("nguoi_co_cong", "khong"),
                    ("ho_ngheo", "khong"),
                    ("huu_tri_xa_hoi", "chua-nhan"),
                    ("tro_cap_tuat", "khong"),
                ],
                &[&NO_SPECIAL_GROUP[..], &pays_alone[..]].concat(),
            ),
        ),
        (
            "an adult unsure of the poverty list",
            with(&adult_without_group, &[&[("ho_ngheo", "khong-biet")], &pays_alone[..]].concat()),
        ),
    ]
}

#[test]
fn typical_residents_answer_at_most_nine_pages_and_seven_in_the_middle() {
    let mut counts: Vec<usize> = residents()
        .into_iter()
        .map(|(who, answers)| {
            let query: Vec<String> = answers.iter().map(|(key, value)| format!("{key}={value}")).collect();
            let (answers, dropped) = bhyt_rules::Answers::from_query(&query.join("&"));
            assert!(dropped.is_empty() && bhyt_rules::next_question(&answers).is_none(), "{who}: a whole journey");
            bhyt_rules::pages(&answers).len()
        })
        .collect();
    counts.sort_unstable();
    assert!(counts.len() >= 10, "at least ten residents");
    assert!(counts[counts.len() / 2] <= 7 && counts[counts.len() - 1] <= 9, "pages per resident: {counts:?}");
}

/// `./run bench`: the pages each resident answers and the result's length in 360 × 740 screens.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a measurement for ./run bench, not a test"]
async fn benchmark_residents() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    let mut counts = Vec::new();
    for (who, answers) in residents() {
        let asked = journey(&browser, &server, &answers, "").await;
        let height = browser.eval("document.documentElement.scrollHeight").await.as_f64().unwrap_or(0.0);
        println!("{who}: {} pages, result {:.1} screens", asked.len(), height / PHONE.1 as f64);
        counts.push(asked.len());
    }
    counts.sort_unstable();
    println!("pages: median {}, most {}", counts[counts.len() / 2], counts.last().unwrap_or(&0));
    browser.quit().await;
}
