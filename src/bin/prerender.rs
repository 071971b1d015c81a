//! Pre-renders the site into trunk's staging directory. Usage:
//! `prerender <output-dir>`, or `prerender --tinh <output-dir>` for a province's overview of
//! every locality folder of the content folder (`./run build-all`); `BHYT_DIA_PHUONG` picks the locality folder in `content/`
//! (default `kien-an`), `BHYT_CONTENT_DIR` the content folder (default `content`),
//! `BHYT_CACHE` the folder share pictures and compressed assets are kept in between builds
//! (default `target/bo-nho-dem`; `cargo clean` empties it, and a clean build makes them again).

use bhyt_toan_dan::prerender::province::{run_province, ProvinceOptions};
use bhyt_toan_dan::prerender::{build_date, run, Options, DEFAULT_LOCALITY};
use std::path::PathBuf;

fn main() {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let province = args.first().is_some_and(|arg| arg.as_os_str() == "--tinh");
    if province {
        args.remove(0);
    }
    let [output_dir] = <[PathBuf; 1]>::try_from(args).unwrap_or_else(|_| {
        eprintln!("cách dùng: prerender [--tinh] <thư-mục-đầu-ra>");
        std::process::exit(2);
    });
    if let Err(err) = any_spawner::Executor::init_futures_executor() {
        eprintln!("prerender: {err:?}");
        std::process::exit(1);
    }
    let content_dir = std::env::var_os("BHYT_CONTENT_DIR").map(PathBuf::from).unwrap_or_else(|| "content".into());
    let cache_dir =
        Some(std::env::var_os("BHYT_CACHE").map(PathBuf::from).unwrap_or_else(|| "target/bo-nho-dem".into()));
    if province {
        let options = ProvinceOptions { output_dir, content_dir, built_on: build_date(), cache_dir };
        match run_province(&options) {
            Ok(written) => eprintln!("prerender: {} tệp cho trang tổng hợp của tỉnh", written.len()),
            Err(message) => {
                eprintln!("LỖI NỘI DUNG: {message}");
                std::process::exit(1);
            }
        }
        return;
    }
    let options = Options {
        output_dir,
        content_dir,
        locality: std::env::var("BHYT_DIA_PHUONG").unwrap_or_else(|_| DEFAULT_LOCALITY.to_owned()),
        built_on: build_date(),
        cache_dir,
    };
    match run(&options) {
        Ok(written) => eprintln!("prerender: {} tệp cho địa phương `{}`", written.len(), options.locality),
        Err(message) => {
            eprintln!("LỖI NỘI DUNG: {message}");
            std::process::exit(1);
        }
    }
}
