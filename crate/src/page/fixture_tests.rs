//! Whole-page fixture tests: each fixture in `tests/fixtures/pages/` read as the live page.

use super::html_dom::HtmlDom;
use super::read_page;

fn load(name: &str) -> HtmlDom {
    let path = format!(
        "{}/../tests/fixtures/pages/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    HtmlDom::parse(&source)
}

#[test]
#[ignore]
fn dump() {
    let url = std::env::var("URL")
        .unwrap_or("https://www.linkedin.com/mynetwork/invitation-manager/received/".into());
    let f = std::env::var("FIX").unwrap();
    let dom = load(&f);
    let r = read_page(&dom.view(), &url);
    println!(
        "{f}: {:?} {:?} {:?} era={:?} acct={:?} count={:?} ack={:?}",
        r.view, r.status, r.completeness, r.era, r.account, r.count, r.acknowledged
    );
    for i in &r.invitations {
        println!(
            "  {} | {:?} | {} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?}",
            i.key,
            i.kind,
            i.name,
            i.headline,
            i.profile_url,
            i.time_label,
            i.age.map(|a| (a.min_days, a.max_days)),
            i.mutuals,
            i.note,
            i.source
        );
    }
}
