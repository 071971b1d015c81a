//! Synthetic articles for load and size tests (e.g. 1,000 articles must not change the wasm).

use std::path::Path;

const CATEGORIES: [&str; 4] = ["tin-tuc", "guong-dien-hinh", "hoi-dap", "cai-chinh"];

/// Writes `n` valid articles `bai-thu-0001.md` … into `dir` (created if needed), with dates
/// spread over 2026 and all four categories. Returns the paths written.
pub fn generate_sample_articles(dir: &Path, n: usize) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::with_capacity(n);
    for i in 1..=n {
        let month = 1 + (i % 12);
        let day = 1 + (i % 28);
        let category = CATEGORIES[i % CATEGORIES.len()];
        let text = format!(
            "+++\n\
             tieu_de = \"Bài thử số {i}: tin về bảo hiểm y tế\"\n\
             ngay = 2026-{month:02}-{day:02}\n\
             tom_tat = \"Bài tạo tự động số {i} để thử trang với nhiều bài viết.\"\n\
             chuyen_muc = \"{category}\"\n\
             duong_dan = \"bai-thu-{i:04}\"\n\
             mau = true\n\
             the = [\"thử nghiệm\", \"nhóm {group}\"]\n\
             +++\n\n\
             ## Nội dung chính\n\n\
             Đây là bài thử số {i}. Người dân có thẻ bảo hiểm y tế được khám chữa bệnh tại \
             [trạm y tế](/lien-he/) và xem [kế hoạch](/ke-hoach/).\n\n\
             - Gia hạn thẻ đúng hạn.\n\
             - Giữ thẻ liên tục để được hưởng quyền lợi cao hơn.\n",
            group = i % 7,
        );
        let path = dir.join(format!("bai-thu-{i:04}.md"));
        std::fs::write(&path, text)?;
        written.push(path);
    }
    Ok(written)
}
