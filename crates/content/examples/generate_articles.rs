//! Writes N synthetic articles into a folder, for the scale test in `./run test`:
//! `cargo run -p bhyt-content --example generate_articles -- <folder> <count>`.

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(count)) = (args.next(), args.next().and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("cách dùng: generate_articles <thư-mục> <số-bài>");
        std::process::exit(2);
    };
    match bhyt_content::generate_sample_articles(std::path::Path::new(&dir), count) {
        Ok(written) => eprintln!("đã viết {} bài vào {dir}", written.len()),
        Err(err) => {
            eprintln!("{dir}: {err}");
            std::process::exit(1);
        }
    }
}
