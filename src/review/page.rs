//! `/can-bo/ra-soat/`, pre-rendered: what the list holds (from the same column table the reader
//! uses), the template and the sample list to download, and the form that the
//! [`ReviewWorkspace`] island brings to life. Before the WebAssembly runs, the file picker stays
//! disabled and says so.

use super::*;
use crate::pages::PageHeading;
use crate::site::boot::BuildData;
use crate::site::page_meta::FixedPageMeta;
use crate::statistics::page::Snapshot;
use bhyt_content::routes;
use bhyt_review::Column;

fn setup(build: &BuildData, target_tenths: u32) -> ReviewSetup {
    let site = &build.site;
    ReviewSetup {
        locality_id: site.locality.id.clone(),
        locality_name: site.locality.full_name(),
        units: site
            .units
            .iter()
            .map(|unit| ReviewUnit {
                id: unit.id.clone(),
                name: unit.name.clone(),
                in_charge: format!("{} ({})", unit.person, unit.role),
            })
            .collect(),
        office: format!("UBND {}", bhyt_core::lowercase(site.locality.level.label())),
        target_tenths,
        is_sample: site.is_sample,
        local_top_ups: build.local_top_ups.clone(),
    }
}

fn file_href(file: &str) -> String {
    routes::href(&format!("{}{file}", routes::REVIEW.path))
}

/// Each column of the list, what it holds and whether it must be filled.
fn columns_table() -> impl IntoView {
    let rows = Column::all()
        .into_iter()
        .map(|column| {
            let values = column.allowed_values();
            let values = (!values.is_empty()).then(|| {
                let several = column.takes_several().then_some(" (có thể ghi nhiều giá trị, cách nhau bằng dấu ;)");
                format!("{} giá trị{}", values.len(), several.unwrap_or_default())
            });
            view! {
                <tr>
                    <th scope="row"><code>{column.key()}</code></th>
                    <td>{column.description()}</td>
                    <td>{if column.required() { "Bắt buộc" } else { "Không bắt buộc" }}</td>
                    <td>{values.unwrap_or_else(|| "Tự do".to_owned())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" aria-labelledby="ra-soat-cot" tabindex="0">
            <table class="table list-review-table">
                <caption class="visually-hidden">"Các cột của danh sách"</caption>
                <thead>
                    <tr><th scope="col">"Cột"</th><th scope="col">"Ghi gì"</th><th scope="col">"Bắt buộc"</th><th scope="col">"Giá trị"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let build = expect_context::<BuildData>();
    let Snapshot(snapshot) = expect_context::<Snapshot>();
    let setup = setup(&build, snapshot.target.tenths());
    let unit_kind = bhyt_core::lowercase(&build.site.locality.unit_kind);
    let sample = build.review_sample_people.map(|people| {
        view! {
            <li>
                <span class="tag tag--sample">"Mẫu"</span>
                <a href=file_href(SAMPLE_LIST) download="">"Danh sách mẫu (CSV)"</a>
                {format!(": {people} người, họ tên và hộ đều bịa ra, để thử công cụ. Không phải số liệu thật.")}
            </li>
        }
    });
    let today = build.built_on.to_string();
    view! {
        <FixedPageMeta page=routes::REVIEW/>
        <PageHeading title=routes::REVIEW.title lead=routes::REVIEW.description/>
        <div id=WORKSPACE_ID class="list-review">
            <div class="list-review-controls">
                <h2 class="heading-l" id="chuan-bi">"1. Chuẩn bị danh sách"</h2>
                <p>{format!("Mỗi dòng là một người; những người cùng hộ ghi cùng mã hộ. Cột ma_don_vi ghi mã {unit_kind} như trong site.toml. Các câu trả lời ghi bằng đúng lời của trang tự kiểm tra (hoặc mã của chúng); tệp mẫu Excel có sẵn danh sách chọn.")}</p>
                <ul class="list list--bullet">
                    <li><a href=file_href(TEMPLATE_XLSX) download="">"Tệp mẫu Excel (.xlsx)"</a>": có trang tính các giá trị hợp lệ và danh sách chọn ở từng ô."</li>
                    <li><a href=file_href(TEMPLATE_CSV) download="">"Tệp mẫu CSV"</a>" và "<a href=file_href(ALLOWED_VALUES_CSV) download="">"các giá trị hợp lệ của từng cột (CSV)"</a>"."</li>
                    {sample}
                </ul>
                <details class="disclosure">
                    <summary>"Các cột của danh sách"</summary>
                    <h3 class="heading-s" id="ra-soat-cot">"Các cột của danh sách"</h3>
                    {columns_table()}
                </details>
                <h2 class="heading-l" id="doc-danh-sach">"2. Đọc danh sách"</h2>
                <p class="notice notice--date"><strong>"Danh sách chỉ được đọc trên máy này: không tải lên, không gửi đi đâu, và không được lưu lại trừ khi bạn chọn giữ bản làm việc."</strong></p>
                <div class="list-review-field">
                    <label class="label" for=DATE_INPUT_ID>"Ngày rà soát"</label>
                    <p class="hint" id="ra-soat-ngay-goi-y">"Thẻ hết hạn trước ngày này được tính là đã hết hạn."</p>
                    <input class="input" type="date" id=DATE_INPUT_ID value=today aria-describedby="ra-soat-ngay-goi-y"/>
                </div>
                <div class="list-review-field">
                    <label class="label" for=FILE_INPUT_ID>"Tệp danh sách (.xlsx hoặc .csv)"</label>
                    <input class="input list-review-file" type="file" id=FILE_INPUT_ID accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" disabled=""/>
                </div>
                <div class="list-review-field">
                    <input class="list-review-checkbox" type="checkbox" id=KEEP_INPUT_ID/>
                    <label for=KEEP_INPUT_ID>"Giữ bản làm việc trên máy này (để mở lại sau, không cần chọn lại tệp)"</label>
                </div>
                <div id=WORKING_COPY_ID></div>
                <p id=STATUS_ID class="list-review-status" role="status">"Công cụ đang tải…"</p>
                <progress id=PROGRESS_ID class="list-review-progress" max="100" value="0" hidden="">"0%"</progress>
                <noscript><p class="notice">"Công cụ rà soát cần bật JavaScript. Danh sách vẫn chỉ được đọc trên máy này."</p></noscript>
            </div>
            <h2 class="heading-l list-review-controls" id="ket-qua">"3. Kết quả"</h2>
            <section id=RESULTS_ID aria-labelledby="ket-qua">
                <p class="list-review-controls">"Chọn tệp danh sách ở trên: kết quả hiện ở đây."</p>
            </section>
        </div>
        <ReviewWorkspace setup/>
    }
}
