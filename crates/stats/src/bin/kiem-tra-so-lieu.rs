//! Kiểm tra tệp số liệu bảo hiểm y tế (thong-ke.json) trước khi đăng.
//!
//!     cargo run -p bhyt-stats --bin kiem-tra-so-lieu -- thong-ke.json
//!
//! Exit status: 0 when every file is valid (warnings allowed), 1 when a file has errors,
//! 2 when the command line is wrong or a file cannot be read.

use bhyt_stats::{
    consistency_warnings, format_count, format_date, format_month, format_percent, line_of_field, parse, Date,
    Statistics,
};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const USAGE: &str = "Cách dùng: kiem-tra-so-lieu [--hom-nay YYYY-MM-DD] TỆP.json [TỆP.json …]

Kiểm tra tệp số liệu bảo hiểm y tế theo định dạng phiên bản 1 (xem crates/stats/FORMAT.md).
In \"Hợp lệ\" kèm tóm tắt, hoặc từng lỗi kèm đường dẫn trường, ví dụ don_vi[3].da_tham_gia.

  --hom-nay YYYY-MM-DD   ngày dùng để phát hiện ngày ở tương lai (mặc định: hôm nay, giờ Việt Nam)";

fn main() -> ExitCode {
    let mut today = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" | "--tro-giup" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--hom-nay" => match args.next().map(|text| Date::parse(&text)) {
                Some(Ok(date)) => today = Some(date),
                _ => return usage_error("--hom-nay cần một ngày dạng YYYY-MM-DD."),
            },
            _ if arg.starts_with("--") => return usage_error(&format!("Không có tùy chọn {arg}.")),
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return usage_error("Chưa chỉ ra tệp cần kiểm tra.");
    }
    let today = today.unwrap_or_else(today_in_vietnam);

    let mut status = ExitCode::SUCCESS;
    for (index, file) in files.iter().enumerate() {
        if index > 0 {
            println!();
        }
        let text = match std::fs::read(file).map(String::from_utf8) {
            Ok(Ok(text)) => text,
            Ok(Err(_)) => {
                eprintln!("{file}: tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.");
                status = ExitCode::from(2);
                continue;
            }
            Err(err) => {
                eprintln!("{file}: không đọc được tệp ({err}).");
                status = ExitCode::from(2);
                continue;
            }
        };
        match parse(&text, today) {
            Ok(statistics) => print_summary(file, &statistics),
            Err(errors) => {
                println!("{file}: KHÔNG hợp lệ, {} lỗi:", errors.len());
                for error in &errors {
                    match line_of_field(&text, &error.path) {
                        Some(line) => println!("  - dòng {line}: {error}"),
                        None => println!("  - {error}"),
                    }
                }
                if status == ExitCode::SUCCESS {
                    status = ExitCode::FAILURE;
                }
            }
        }
    }
    status
}

fn print_summary(file: &str, statistics: &Statistics) {
    let overall = statistics.overall();
    let sample = if statistics.is_sample { " (số liệu mẫu)" } else { "" };
    println!("{file}: Hợp lệ.");
    println!("  {}, số liệu tính đến ngày {}{sample}.", statistics.locality.name, format_date(statistics.as_of));
    println!("  Nguồn: {}", statistics.source);
    println!(
        "  Tỷ lệ tham gia: {} ({} / {} người). Mục tiêu {}: {}.",
        format_percent(overall.percent()),
        format_count(overall.insured),
        format_count(overall.population),
        format_percent(statistics.target),
        if overall.meets_target() {
            "đã đạt".to_owned()
        } else {
            format!("chưa đạt, cần thêm {} người", format_count(overall.needed_for_target()))
        }
    );
    println!(
        "  Còn {} người chưa có thẻ. {}/{} đơn vị đạt mục tiêu.",
        format_count(overall.uninsured()),
        statistics.units_meeting_target(),
        statistics.units.len()
    );
    match (statistics.history.first(), statistics.history.last()) {
        (Some(first), Some(last)) => println!(
            "  Lịch sử: {} tháng ({} – {}).",
            statistics.history.len(),
            format_month(first.month),
            format_month(last.month)
        ),
        _ => println!("  Lịch sử: chưa có."),
    }
    let warnings = consistency_warnings(statistics);
    if !warnings.is_empty() {
        println!("  Cần xem lại ({} cảnh báo, tệp vẫn dùng được):", warnings.len());
        for warning in &warnings {
            println!("  - {warning}");
        }
    }
}

fn today_in_vietnam() -> Date {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map(|elapsed| elapsed.as_secs()).unwrap_or(0);
    Date::in_vietnam_at_unix_seconds(seconds as i64)
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("{message}\n\n{USAGE}");
    ExitCode::from(2)
}
