//! Writes the household list's templates (.xlsx with drop-downs; CSV with its sheet of allowed values):
//! `cargo run -p bhyt-review --example template -- DIR`.

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    for (name, text) in [
        ("mau-danh-sach.xlsx", bhyt_review::template_xlsx()),
        ("mau-danh-sach.csv", bhyt_review::template_csv().into_bytes()),
        ("gia-tri-hop-le.csv", bhyt_review::allowed_values_csv().into_bytes()),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        println!("{}", path.display());
    }
}
