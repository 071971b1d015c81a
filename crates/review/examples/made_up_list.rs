//! A made-up household list of N people for the bench, from a sample list whose rows it
//! repeats with new household codes, as CSV and as `.xlsx`:
//! `cargo run -p bhyt-review --example made_up_list -- SAMPLE.csv N OUT_DIR`.

fn main() {
    let mut args = std::env::args().skip(1);
    let usage = "made_up_list SAMPLE.csv N OUT_DIR";
    let (sample, people, out) = (args.next().expect(usage), args.next().expect(usage), args.next().expect(usage));
    let people: usize = people.parse().expect("N: a number of people");
    let bytes = std::fs::read(&sample).unwrap_or_else(|err| panic!("{sample}: {err}"));
    let rows = bhyt_review::rows_from_file(&sample, &bytes).unwrap_or_else(|problem| panic!("{sample}: {problem}"));
    let list = bhyt_review::made_up_list(&rows, people);
    let out = std::path::PathBuf::from(out);
    let stem = format!("danh-sach-{people}");
    for (name, bytes) in [
        (format!("{stem}.csv"), bhyt_review::list_csv(&list).into_bytes()),
        (format!("{stem}.xlsx"), bhyt_review::list_xlsx(&list)),
    ] {
        let path = out.join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        println!("{}", path.display());
    }
}
