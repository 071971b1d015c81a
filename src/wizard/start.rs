//! `/tu-kiem-tra/`: what the self-check is, before the first question. Fully static and indexable.

use crate::pages::PageHeading;
use crate::site::page_meta::FixedPageMeta;
use crate::wizard::question_path;
use bhyt_content::routes;
use bhyt_rules::QuestionId;
use leptos::prelude::*;

#[component]
pub fn WizardStartPage() -> impl IntoView {
    view! {
        <FixedPageMeta page=routes::WIZARD/>
        <PageHeading
            title=routes::WIZARD.title
            lead="Trả lời vài câu hỏi ngắn để biết bạn thuộc nhóm tham gia bảo hiểm y tế nào, Nhà nước hỗ trợ bao nhiêu, bạn và gia đình đóng bao nhiêu, thẻ dùng được từ khi nào và cần đến đâu."
        />
        <h2 class="heading-m">"Bạn cần biết"</h2>
        <ul class="list list--bullet">
            <li>"Nhóm tuổi của người cần mua thẻ, việc làm hiện nay, và gia đình có trong danh sách hộ nghèo, hộ cận nghèo không."</li>
            <li>"Mất khoảng 3 phút, từ 5 đến 12 câu hỏi. Trang không hỏi số căn cước, không hỏi ngày sinh."</li>
            <li>"Câu nào không rõ, bạn chọn “Tôi không biết”: trang sẽ nói cần hỏi thêm ở đâu."</li>
        </ul>
        <div class="panel panel--info">
            <p><strong>"Đây không phải là đơn đăng ký."</strong>" Kết quả là ước tính để bạn biết mình cần làm gì. Cơ quan bảo hiểm xã hội (BHXH) là nơi quyết định nhóm và số tiền phải đóng."</p>
            <p>"Câu trả lời chỉ nằm trên điện thoại của bạn, trong đường dẫn của trang, và không được gửi đi đâu."</p>
        </div>
        <div class="start">
            <a href=routes::href(&question_path(QuestionId::Age)) class="button button--start">"Bắt đầu"</a>
        </div>
        <p>
            "Muốn tính số tiền cả gia đình đóng theo hộ? "
            <a href=routes::href(routes::HOUSEHOLD.path)>"Dùng công cụ tính theo hộ gia đình"</a>"."
        </p>
    }
}
