use super::PageHeading;
use crate::site::boot::BuildData;
use crate::site::page_meta::FixedPageMeta;
use bhyt_content::routes;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let site = boot.site;
    let built_on = boot.built_on.to_vietnamese();
    view! {
        <FixedPageMeta page=routes::ABOUT/>
        <PageHeading title=routes::ABOUT.title/>
        <h2 class="heading-l" id="quyen-rieng-tu">"Quyền riêng tư"</h2>
        <ul class="list list--bullet">
            <li>"Trang không hỏi số căn cước, số thẻ bảo hiểm hay ngày sinh chính xác."</li>
            <li>"Câu trả lời khi tự kiểm tra chỉ được xử lý trên điện thoại hoặc máy tính của bạn, không gửi đi đâu. Câu trả lời nằm trong địa chỉ trang, nên chỉ chia sẻ đường liên kết với người bạn tin tưởng."</li>
            <li>"Trang không dùng công cụ thống kê truy cập, không quảng cáo, không tải phông chữ hay mã từ trang khác."</li>
        </ul>
        <h2 class="heading-l" id="so-lieu">"Số liệu và căn cứ pháp lý"</h2>
        <p>"Mức đóng và quyền lợi được tính từ một tệp dữ liệu chính sách ghi rõ ngày hiệu lực và văn bản pháp luật của từng con số. Kết quả trên trang là ước tính; cơ quan bảo hiểm xã hội là nơi quyết định."</p>
        <p>"Trang được dựng ngày " {built_on} "."</p>
        <p>"Cán bộ và người rà soát có thể xem mọi con số, văn bản, nhóm đối tượng và câu hỏi mà trang dùng tại " <a href=routes::href(routes::RULES_REVIEW.path)>{routes::RULES_REVIEW.title}</a> " (có thể in)."</p>
        <p>"Cán bộ xã, phường và thôn, tổ dân phố rà soát danh sách hộ gia đình tại " <a href=routes::href(routes::REVIEW.path)>{routes::REVIEW.title}</a> ": danh sách được đọc ngay trên máy, không gửi đi đâu."</p>
        <h2 class="heading-l" id="tiep-can">"Khả năng tiếp cận"</h2>
        <p>"Trang hướng tới chuẩn WCAG 2.2 mức AA: dùng được bằng bàn phím, chữ đủ lớn và tương phản, phóng to 200% không mất nội dung, đọc được khi không bật JavaScript. Nếu bạn gặp khó khăn khi dùng trang, hãy báo cho " {site.locality.publisher.clone()} " qua mục góp ý ở cuối trang."</p>
        <h2 class="heading-l" id="ma-nguon">"Mã nguồn mở"</h2>
        <p>"Trang được xây dựng bằng mã nguồn mở bhyt-toan-dan; xã, phường nào cũng có thể dùng lại bằng cách sửa các tệp nội dung."</p>
    }
}
