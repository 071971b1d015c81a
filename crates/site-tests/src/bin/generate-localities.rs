//! `./run generate-localities CONTENT_DIR N`: the sample content, plus N made-up communes of
//! tỉnh An Giang, for the province build and its benchmark. Each is marked as sample data, in
//! its files and so on its pages, and has its hamlets with their officials, its offices, the plan,
//! ten news articles and a statistics file whose units are its hamlets.

use std::fs;
use std::path::{Path, PathBuf};

/// The sample locality the made-up ones are written after (its plan and local top-ups).
const MODEL: &str = "long-thanh";
const MODEL_NAME: &str = "Long Thạnh";
const HAMLETS: usize = 6;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(count)) = (args.next(), args.next().and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("cách dùng: generate-localities <thư-mục-nội-dung> <số-xã>");
        std::process::exit(2);
    };
    if let Err(message) = generate(Path::new(&dir), count) {
        eprintln!("LỖI: {message}");
        std::process::exit(1);
    }
    eprintln!("đã chép nội dung mẫu và thêm {count} xã mẫu vào {dir}");
}

fn generate(dir: &Path, count: usize) -> Result<(), String> {
    let content = bhyt_site_tests::workspace_root().join("content");
    copy_dir(&content, dir)?;
    let plan = read(&content.join(MODEL).join("ke-hoach.md"))?;
    let top_ups = read(&content.join(MODEL).join("ho-tro-dia-phuong.toml"))?;
    for number in 1..=count {
        let id = format!("xa-mau-{number:03}");
        let name = format!("Mẫu {number}");
        let folder = dir.join(&id);
        let news = folder.join("tin-tuc");
        fs::create_dir_all(&news).map_err(|err| format!("{}: {err}", news.display()))?;
        write(&folder.join("site.toml"), &site_toml(number, &id, &name))?;
        write(&folder.join("ke-hoach.md"), &plan.replace(MODEL_NAME, &name))?;
        write(&folder.join("ho-tro-dia-phuong.toml"), &top_ups.replace(MODEL_NAME, &name))?;
        let locality = bhyt_stats::Locality { id: id.clone(), name: format!("Xã {name}") };
        let mut statistics = bhyt_stats::synthetic_statistics(locality, HAMLETS, 0x5EED_0000 + number as u64);
        statistics.source = "Số liệu tự sinh cho xã mẫu, không phải số liệu thật".into();
        let json = serde_json::to_string_pretty(&statistics).map_err(|err| err.to_string())?;
        write(&folder.join("thong-ke.json"), &json)?;
        bhyt_content::generate_sample_articles(&news, 10).map_err(|err| format!("{}: {err}", news.display()))?;
    }
    Ok(())
}

/// A commune's `site.toml`: sample contacts, and a hamlet per unit of its statistics file. It is
/// published as a province portal does, under its own path of the province's host.
fn site_toml(number: usize, id: &str, name: &str) -> String {
    let phone = |line: usize| format!("0123 {:03} {line:03}", number % 1000);
    let host = id.replace('-', "");
    let mut text = format!(
        r#"# Xã mẫu, tự sinh để thử dựng trang cho cả tỉnh: mọi thông tin dưới đây là dữ liệu MẪU.
du_lieu_mau = true

[dia_phuong]
ma = "{id}"
ten = "{name}"
cap = "xa"
tinh = "tỉnh An Giang"
co_quan_chu_quan = "Ủy ban nhân dân xã {name}"
dia_chi_trang = "https://bhyt.angiang.example.gov.vn/{id}"
ten_don_vi = "Ấp"

[lien_ket]
cong_thong_tin = "https://{host}.angiang.example.gov.vn"
fanpage = "https://www.facebook.com/{host}.mau"

[thong_ke]
dia_chi = "/du-lieu/thong-ke.json"
ban_chup = "thong-ke.json"

[gop_y]
zalo = "{zalo}"

[[co_quan]]
loai = "ubnd"
ten = "Bộ phận một cửa, Ủy ban nhân dân xã {name}"
dia_chi = "Trung tâm xã {name}, tỉnh An Giang (mẫu)"
dien_thoai = "{zalo}"
gio_lam_viec = "Sáng 7 giờ – 11 giờ, chiều 13 giờ – 17 giờ, thứ Hai đến thứ Sáu"

[[co_quan]]
loai = "bhxh"
ten = "Bảo hiểm xã hội cơ sở (mẫu)"
dia_chi = "Tỉnh An Giang (mẫu)"
dien_thoai = "1900 9068"

[[co_quan]]
loai = "tram-y-te"
ten = "Trạm y tế xã {name}"
dia_chi = "Xã {name}, tỉnh An Giang (mẫu)"
dien_thoai = "{health}"
"#,
        zalo = phone(800),
        health = phone(898),
    );
    for hamlet in 1..=HAMLETS {
        text.push_str(&format!(
            "\n[[don_vi]]\nma = \"dv-{hamlet:05}\"\nten = \"Ấp {hamlet}\"\nnguoi_phu_trach = \"Người phụ trách mẫu {hamlet}\"\nchuc_vu = \"Trưởng ấp\"\ndien_thoai = \"{}\"\n",
            phone(800 + hamlet)
        ));
    }
    text
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|err| format!("{}: {err}", to.display()))?;
    for entry in fs::read_dir(from).map_err(|err| format!("{}: {err}", from.display()))? {
        let entry = entry.map_err(|err| err.to_string())?;
        let target: PathBuf = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target).map_err(|err| format!("{}: {err}", target.display()))?;
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|err| format!("{}: {err}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|err| format!("{}: {err}", path.display()))
}
