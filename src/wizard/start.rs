//! `/tu-kiem-tra/`: what the self-check is, before the first question. Fully static and indexable.

use crate::pages::PageHeading;
use crate::site::page_meta::FixedPageMeta;
use crate::wizard::question_path;
use bhyt_content::routes;
use bhyt_core::tr;
use bhyt_rules::QuestionId;
use leptos::prelude::*;

#[component]
pub fn WizardStartPage() -> impl IntoView {
    let title = crate::site::language::use_words().page(routes::WIZARD).map(|(title, _)| title);
    view! {
        <FixedPageMeta page=routes::WIZARD/>
        <PageHeading
            title=title.unwrap_or_else(|| routes::WIZARD.title.to_owned())
            lead=tr("Trả lời vài câu hỏi ngắn để biết bạn thuộc nhóm tham gia bảo hiểm y tế nào, Nhà nước hỗ trợ bao nhiêu, bạn và gia đình đóng bao nhiêu, thẻ dùng được từ khi nào và cần đến đâu.")
        />
        <h2 class="heading-m">{tr("Bạn cần biết")}</h2>
        <ul class="list list--bullet">
            <li>{tr("Nhóm tuổi của người cần mua thẻ, việc làm hiện nay, và gia đình có trong danh sách hộ nghèo, hộ cận nghèo không.")}</li>
            <li>{tr("Mất khoảng 3 phút, từ 5 đến 12 câu hỏi. Trang không hỏi số căn cước, không hỏi ngày sinh.")}</li>
            <li>{tr("Câu nào không rõ, bạn chọn “Tôi không biết”: trang sẽ nói cần hỏi thêm ở đâu.")}</li>
        </ul>
        <div class="panel panel--info">
            <p><strong>{tr("Đây không phải là đơn đăng ký.")}</strong>{tr(" Kết quả là ước tính để bạn biết mình cần làm gì. Cơ quan bảo hiểm xã hội (BHXH) là nơi quyết định nhóm và số tiền phải đóng.")}</p>
            <p>{tr("Câu trả lời chỉ nằm trên điện thoại của bạn, trong đường dẫn của trang, và không được gửi đi đâu.")}</p>
        </div>
        <div class="start">
            <a href=routes::page_href(&question_path(QuestionId::Age)) class="button button--start">{tr("Bắt đầu")}</a>
        </div>
        <p>
            {tr("Muốn tính số tiền cả gia đình đóng theo hộ? ")}
            <a href=routes::page_href(routes::HOUSEHOLD.path)>{tr("Dùng công cụ tính theo hộ gia đình")}</a>"."
        </p>
    }
}
