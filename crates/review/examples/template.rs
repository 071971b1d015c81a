//! Writes the household list's template and its sheet of allowed values:
//! `cargo run -p bhyt-review --example template -- DIR`.

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    for (name, text) in
        [("mau-danh-sach.csv", bhyt_review::template_csv()), ("gia-tri-hop-le.csv", bhyt_review::allowed_values_csv())]
    {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        println!("{}", path.display());
    }
}
