//! The result's sentences (`content/chung/ket-qua.toml`): every sentence there with exactly its
//! placeholders, and no figure, since figures come from the policy data. A mistake names the
//! file, the line and the field, and stops the build (the site's build.rs runs the same check).

use bhyt_rules::{check_sentences, Sentence, SENTENCES_FILE};

fn shipped() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(SENTENCES_FILE);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn the_shipped_sentences_are_complete_and_hold_no_figures() {
    check_sentences(SENTENCES_FILE, &shipped()).unwrap_or_else(|err| panic!("{err}"));
    for sentence in Sentence::ALL {
        assert_ne!(sentence.text(), sentence.key(), "{sentence:?} is read from the file");
    }
    let filled = Sentence::NextStepSocialPension.fill(&[("tro_cap_thang", "500.000 đồng"), ("uy_ban", "UBND xã")]);
    assert!(filled.contains("khoảng 500.000 đồng/tháng") && filled.ends_with("Làm đơn tại UBND xã."), "{filled}");
}

#[test]
fn a_wrong_sentence_is_refused_with_its_line_and_field() {
    let source = shipped();
    let social_pension = source
        .lines()
        .find(|line| line.starts_with("huu_tri_xa_hoi = "))
        .expect("the social pension's next step")
        .to_owned();
    let cases = [
        // A figure typed into the text.
        (social_pension.replace("{tro_cap_thang}", "500.000 đồng"), "con số"),
        // A placeholder the sentence does not have, and one left out.
        (social_pension.replace("{uy_ban}", "{tinh}"), "{tinh}"),
        (social_pension.replace("Làm đơn tại {uy_ban}.", "Làm đơn."), "thiếu chỗ {uy_ban}"),
        (social_pension.replace("huu_tri_xa_hoi = ", "huu_tri_xa_hoi_moi = "), "không dùng câu này"),
    ];
    for (changed, expected) in cases {
        let broken = source.replacen(&social_pension, &changed, 1);
        let error = check_sentences(SENTENCES_FILE, &broken).expect_err(&changed);
        assert_eq!(error.file, SENTENCES_FILE);
        assert!(error.message.contains(expected), "{changed}: {error}");
        assert!(error.field.starts_with("viec_nen_lam.huu_tri_xa_hoi"), "{error}");
        let line = broken.lines().position(|line| line == changed).map(|index| index + 1);
        assert_eq!(error.line, line, "{error}");
    }
    let missing = source.replacen(&format!("{social_pension}\n"), "", 1);
    let error = check_sentences(SENTENCES_FILE, &missing).expect_err("a missing sentence");
    assert_eq!((error.field.as_str(), error.message.as_str()), ("viec_nen_lam.huu_tri_xa_hoi", "thiếu câu này"));
}
