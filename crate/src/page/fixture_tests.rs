//! Whole-page fixture tests: each fixture in `tests/fixtures/pages/` is read as the live page at
//! the URL LinkedIn serves it at (see the fixtures' README), and the full reading is checked.

use super::html_dom::{HtmlDom, HtmlView};
use super::*;

const BASE: &str = "https://www.linkedin.com/mynetwork/invitation-manager";

fn source(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/pages/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str, url: &str) -> PageRead {
    let dom = HtmlDom::parse(&source(name));
    read_page(&dom.view(), url)
}

fn received() -> String {
    format!("{BASE}/received/")
}

fn sent() -> String {
    format!("{BASE}/sent/")
}

fn keys(r: &PageRead) -> Vec<&str> {
    r.invitations.iter().map(|i| i.key.as_str()).collect()
}

fn names(r: &PageRead) -> Vec<&str> {
    r.invitations.iter().map(|i| i.name.as_str()).collect()
}

fn inv<'a>(r: &'a PageRead, key: &str) -> &'a PageInvitation {
    r.invitations
        .iter()
        .find(|i| i.key == key)
        .unwrap_or_else(|| panic!("no invitation {key} in {:?}", keys(r)))
}

fn age(min: u32, max: u32) -> Option<AgeRange> {
    Some(AgeRange {
        min_days: min,
        max_days: Some(max),
    })
}

fn view(tab: Tab, bucket: Option<&str>, filter: Option<&str>) -> View {
    View {
        tab,
        bucket: bucket.map(str::to_string),
        filter: filter.map(str::to_string),
    }
}

fn partial(reason: PartialReason) -> Completeness {
    Completeness::Partial { reason }
}

fn assert_unrecognised(r: &PageRead, reason: UnrecognisedReason) {
    assert_eq!(r.status, ReadStatus::Unrecognised { reason });
    assert!(r.invitations.is_empty());
    assert!(r.acknowledged.is_empty());
    assert_ne!(r.completeness, Completeness::Complete);
}

// ---------------------------------------------------------------------------------------------
// Era C
// ---------------------------------------------------------------------------------------------

#[test]
fn era_c_received_complete() {
    let r = read("era-c-received-complete.html", &format!("{BASE}/"));
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.era, Some(Era::C));
    assert_eq!(r.view, view(Tab::Received, None, None));
    assert!(r.view.is_unfiltered_received());
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.count, Some(5));
    assert_eq!(r.account.as_deref(), Some("in:aylin-demir-4b1a2c"));
    assert_eq!(
        keys(&r),
        [
            "in:chloe-martin-5b2a1",
            "in:kwamemensah",
            "in:zoë-o-connor-3391",
            "newsletter:the-weekly-byte-6912345678901234567",
            "in:jun-watanabe-a1b2c3",
        ]
    );
    let chloe = inv(&r, "in:chloe-martin-5b2a1");
    assert_eq!(chloe.name, "Chloé Martin");
    assert_eq!(chloe.kind, InvitationKind::Person);
    assert_eq!(
        chloe.headline.as_deref(),
        Some("Senior Product Manager at Doctolib")
    );
    assert_eq!(
        chloe.profile_url.as_deref(),
        Some("https://www.linkedin.com/in/chloe-martin-5b2a1/")
    );
    assert_eq!(chloe.time_label.as_deref(), Some("2 days ago"));
    assert_eq!(chloe.age, age(2, 3));
    assert_eq!(chloe.mutuals.as_deref(), Some("12 mutual connections"));
    assert_eq!(
        chloe.note.as_deref(),
        Some(
            "Hi Aylin, we met at the Berlin Product Meetup last Thursday — I'd love to keep in \
             touch and hear how the roadmap tooling project went."
        )
    );
    assert_eq!(chloe.source, CardSource::WholeCard);
    // The tvm-title layout, a relative link with a query string and an encoded slug.
    let zoe = inv(&r, "in:zoë-o-connor-3391");
    assert_eq!(zoe.name, "Zoë O’Connor");
    assert_eq!(
        zoe.profile_url.as_deref(),
        Some("https://www.linkedin.com/in/zo%C3%AB-o-connor-3391/")
    );
    assert_eq!(zoe.age, age(21, 28));
    assert_eq!(zoe.note, None);
    let byte = inv(&r, "newsletter:the-weekly-byte-6912345678901234567");
    assert_eq!(byte.kind, InvitationKind::Newsletter);
    assert_eq!(byte.name, "The Weekly Byte");
    assert_eq!(inv(&r, "in:jun-watanabe-a1b2c3").age, age(1, 2));
    // The sidebar's "People you may know" are not invitations.
    assert!(!keys(&r).iter().any(|k| k.contains("lukas-weber")));
}

#[test]
fn era_c_received_partial_show_more() {
    let r = read("era-c-received-partial-show-more.html", &received());
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.completeness, partial(PartialReason::MoreToLoad));
    assert_eq!(r.count, Some(23));
    assert_eq!(r.invitations.len(), 10);
    assert_eq!(inv(&r, "in:mehmet-yilmaz-88").name, "Mehmet Yılmaz");
    assert_eq!(inv(&r, "in:oskar-nilsson-77").age, age(60, 90));
}

#[test]
fn era_c_received_partial_without_button_is_count_exceeds() {
    let html = source("era-c-received-partial-show-more.html")
        .replace("scaffold-finite-scroll__load-button", "x")
        .replace("Show more results", "");
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    assert_eq!(
        r.completeness,
        partial(PartialReason::CountExceedsCards {
            expected: 23,
            rendered: 10
        })
    );
}

#[test]
fn era_c_sent_paged() {
    let r = read("era-c-sent-paged.html", &sent());
    assert_eq!(r.era, Some(Era::C));
    assert_eq!(r.view, view(Tab::Sent, None, None));
    assert_eq!(r.completeness, partial(PartialReason::MoreToLoad));
    assert_eq!(r.count, Some(37));
    assert_eq!(r.account, None, "the Me menu is not rendered");
    assert_eq!(r.invitations.len(), 10);
    let first = &r.invitations[0];
    assert_eq!(first.key, "in:hannah-schulz-berlin");
    assert_eq!(first.time_label.as_deref(), Some("Sent today"));
    assert_eq!(first.age, age(0, 1));
    assert_eq!(inv(&r, "in:sébastien-leroy").name, "Sébastien Leroy");
    assert_eq!(inv(&r, "in:yusuf-demir").age, age(180, 210));
    // Page 2 of the same markup is never complete either.
    let r2 = read("era-c-sent-paged.html", &format!("{BASE}/sent/?page=2"));
    assert_eq!(r2.completeness, partial(PartialReason::MoreToLoad));
}

#[test]
fn era_c_received_empty() {
    let r = read("era-c-received-empty.html", &format!("{BASE}/"));
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.era, Some(Era::C));
    assert_eq!(r.view, view(Tab::Received, None, None));
    assert_eq!(r.completeness, Completeness::Complete);
    assert!(r.invitations.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Era D
// ---------------------------------------------------------------------------------------------

#[test]
fn era_d_received() {
    let r = read("era-d-received.html", &received());
    assert_eq!(r.era, Some(Era::D));
    assert_eq!(r.view, view(Tab::Received, None, None));
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.count, Some(4));
    assert_eq!(
        names(&r),
        [
            "Amélie Dubois",
            "Ravi Shankar",
            "Ewa Nowak",
            "Björn Lindqvist"
        ]
    );
    let amelie = inv(&r, "in:amelie-dubois-paris");
    assert_eq!(
        amelie.headline.as_deref(),
        Some("Head of Partnerships at Qonto")
    );
    assert_eq!(
        amelie.mutuals.as_deref(),
        Some("Julien Moreau and 7 other mutual connections")
    );
    assert_eq!(amelie.age, age(3, 4));
    let bjorn = inv(&r, "in:björn-lindqvist-123");
    assert_eq!(bjorn.age, age(120, 150));
    assert_eq!(inv(&r, "in:ewanowak").mutuals, None);
}

#[test]
fn era_d_sent_people_1100() {
    let r = read("era-d-sent-people-1100.html", &sent());
    assert_eq!(r.view, view(Tab::Sent, None, None));
    assert_eq!(r.count, Some(1100));
    assert_eq!(r.completeness, partial(PartialReason::MoreToLoad));
    assert_eq!(r.invitations.len(), 10);
    assert_eq!(inv(&r, "in:natalia-garcia-m").name, "Natalia García");
    assert_eq!(inv(&r, "in:carlos-mendes-br").age, age(180, 210));
}

#[test]
fn era_d_received_without_strong() {
    let r = read("era-d-received-no-strong.html", &received());
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(names(&r), ["Siobhán Murphy", "Wei Zhang", "Ole Hansen"]);
    let wei = inv(&r, "in:wei-zhang-2024");
    assert_eq!(
        wei.headline.as_deref(),
        Some("Student at Tsinghua University")
    );
    assert_eq!(wei.mutuals.as_deref(), Some("4 mutual connections"));
    assert_eq!(inv(&r, "in:ole-hansen-dk").age, age(365, 730));
}

#[test]
fn era_d_received_french() {
    let r = read("era-d-received-fr.html", &received());
    assert_eq!(r.view, view(Tab::Received, None, None));
    assert_eq!(r.count, Some(1100));
    assert_eq!(
        r.completeness,
        partial(PartialReason::CountExceedsCards {
            expected: 1100,
            rendered: 10
        })
    );
    assert_eq!(r.account.as_deref(), Some("in:elodie-marchand"));
    let marie = inv(&r, "in:marie-dupont-lyon");
    assert_eq!(marie.age, age(0, 1));
    assert_eq!(
        marie.mutuals.as_deref(),
        Some("Luc Girard et 3 autres relations en commun")
    );
    assert_eq!(inv(&r, "in:thomas-lefèvre").age, age(1, 2));
    assert_eq!(inv(&r, "in:ines-haddad").age, age(3, 4));
    assert_eq!(inv(&r, "in:antoine-petit-42").age, age(365, 730));
}

#[test]
fn era_d_empty_list_is_complete() {
    let html = source("era-d-received.html");
    let start = html
        .find("<div componentkey=\"auto-component-")
        .expect("a row");
    let end = html.rfind("</div>\n        </div>").expect("list end");
    let emptied = format!("{}{}", &html[..start], &html[end..]).replace("All (4)", "All (0)");
    let r = read_page(&HtmlDom::parse(&emptied).view(), &received());
    assert_eq!(r.status, ReadStatus::Recognised);
    assert!(r.invitations.is_empty());
    assert_eq!(r.completeness, Completeness::Complete);
}

// ---------------------------------------------------------------------------------------------
// Era E
// ---------------------------------------------------------------------------------------------

#[test]
fn era_e_received_focused_complete() {
    let r = read("era-e-received-focused-complete.html", &received());
    assert_eq!(r.era, Some(Era::E));
    assert_eq!(r.view, view(Tab::Received, Some("focused"), None));
    assert!(r.view.is_unfiltered_received());
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.count, Some(3));
    assert_eq!(r.account.as_deref(), Some("in:aylin-demir-4b1a2c"));
    assert_eq!(
        keys(&r),
        [
            "urn:li:invitation:7301122334455667788",
            "urn:li:invitation:7301122334455667799",
            "urn:li:invitation:7301122334455660001",
        ]
    );
    let jane = inv(&r, "urn:li:invitation:7301122334455667788");
    assert_eq!(jane.name, "Jane Doe");
    assert_eq!(jane.kind, InvitationKind::Person);
    assert_eq!(jane.headline.as_deref(), Some("VP Engineering at Contoso"));
    assert_eq!(
        jane.profile_url.as_deref(),
        Some("https://www.linkedin.com/in/jane-doe-8a7b6c/")
    );
    assert_eq!(
        jane.mutuals.as_deref(),
        Some("Maria Lopez and 11 other mutual connections")
    );
    assert_eq!(
        jane.note.as_deref(),
        Some(
            "Hi Aylin, loved your talk on incremental parsing at RustFest. Would be great to \
             connect and swap notes on wasm tooling!"
        )
    );
    assert_eq!(jane.age, age(2, 3));
    let soren = inv(&r, "urn:li:invitation:7301122334455667799");
    assert_eq!(soren.name, "Søren Kierkegaard-Holm");
    assert_eq!(soren.age, age(1, 2));
}

#[test]
fn era_e_received_category_selected_is_filtered() {
    let r = read("era-e-received-category-verified.html", &received());
    assert_eq!(r.view, view(Tab::Received, None, Some("verified")));
    assert!(!r.view.is_unfiltered_received());
    assert_eq!(r.count, Some(1));
    assert_eq!(keys(&r), ["urn:li:invitation:7301122334455667799"]);
}

#[test]
fn era_e_received_partial_loader() {
    let r = read("era-e-received-partial-loader.html", &received());
    assert_eq!(r.completeness, partial(PartialReason::Loading));
    assert_eq!(r.count, Some(14));
    assert_eq!(r.invitations.len(), 5);
    assert_eq!(
        inv(&r, "urn:li:invitation:7301122334400000004").name,
        "Elif Şahin"
    );
    // Without the loader the count still says more are coming.
    let html = source("era-e-received-partial-loader.html").replace("data-testid=\"loader\"", "");
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    assert_eq!(
        r.completeness,
        partial(PartialReason::CountExceedsCards {
            expected: 14,
            rendered: 5
        })
    );
}

#[test]
fn loader_with_every_card_rendered_is_still_partial() {
    let html = source("era-e-received-focused-complete.html").replace(
        "<hr role=\"presentation\"",
        "<div data-testid=\"loader\" role=\"progressbar\"></div><hr role=\"presentation\"",
    );
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    assert_eq!(r.invitations.len(), 3);
    assert_eq!(r.completeness, partial(PartialReason::Loading));
}

#[test]
fn era_e_without_count_is_unknown() {
    let html = source("era-e-received-focused-complete.html").replace("Focused (3)", "Focused");
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    assert_eq!(r.invitations.len(), 3);
    assert_eq!(r.completeness, partial(PartialReason::Unknown));
}

#[test]
fn era_e_sent() {
    let r = read("era-e-sent.html", &format!("{BASE}/sent/CONNECTION/"));
    assert_eq!(r.view, view(Tab::Sent, None, None));
    assert_eq!(r.count, Some(6));
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.account, None);
    assert_eq!(
        names(&r),
        [
            "Grace Hopper-Nakamura",
            "Matthias Müller",
            "Olivia Brown",
            "Arjun Mehta",
            "Noor Al-Sayed",
            "Pablo Ruiz"
        ]
    );
    let matthias = inv(&r, "in:matthias-müller-b2");
    assert_eq!(
        matthias.headline.as_deref(),
        Some("Geschäftsführer at Müller GmbH")
    );
    assert_eq!(matthias.time_label.as_deref(), Some("Sent 1 week ago"));
    assert_eq!(matthias.age, age(7, 14));
}

#[test]
fn era_e_sent_empty() {
    let r = read("era-e-sent-empty.html", &sent());
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.view, view(Tab::Sent, None, None));
    assert_eq!(r.count, None);
    assert_eq!(r.completeness, Completeness::Complete);
    assert!(r.invitations.is_empty());
}

#[test]
fn era_e_acknowledgements_duplicates_and_suggestions() {
    let r = read("era-e-received-acknowledged-suggestions.html", &received());
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(
        keys(&r),
        [
            "urn:li:invitation:7301122334455667788",
            "urn:li:invitation:7301122334455661111"
        ],
        "the re-rendered Jane Doe row is read once"
    );
    assert_eq!(
        r.acknowledged,
        ["urn:li:invitation:7301122334455662222", "in:ivana-horvat"]
    );
    for suggestion in ["Felix Wagner", "Aisha Bello", "Mateo Rodríguez"] {
        assert!(!names(&r).contains(&suggestion));
    }
    assert_eq!(
        inv(&r, "urn:li:invitation:7301122334455661111")
            .mutuals
            .as_deref(),
        Some("5 mutual connections")
    );
}

#[test]
fn era_e_other_bucket_and_follows_you() {
    let r = read("era-e-received-other-follows-you.html", &received());
    assert_eq!(r.view, view(Tab::Received, Some("other"), None));
    assert_eq!(r.completeness, Completeness::Complete);
    let rosa = inv(&r, "urn:li:invitation:7301122334455663333");
    assert_eq!(rosa.kind, InvitationKind::PersonFollowing);
    assert_eq!(rosa.name, "Rosa Delgado");
    assert_eq!(
        rosa.headline.as_deref(),
        Some("Content creator · 40k followers")
    );
    assert_eq!(
        inv(&r, "urn:li:invitation:7301122334455664444").kind,
        InvitationKind::Person
    );
}

#[test]
fn era_e_other_kinds() {
    let r = read("era-e-received-other-kinds.html", &received());
    assert_eq!(r.completeness, Completeness::Complete);
    let kinds: Vec<(InvitationKind, &str, Option<&str>)> = r
        .invitations
        .iter()
        .map(|i| (i.kind, i.name.as_str(), i.profile_url.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                InvitationKind::Newsletter,
                "Rust in Production",
                Some(
                    "https://www.linkedin.com/newsletters/rust-in-production-7123456789012345678/"
                )
            ),
            (
                InvitationKind::Page,
                "Contoso Robotics",
                Some("https://www.linkedin.com/company/contoso-robotics/")
            ),
            (
                InvitationKind::Event,
                "WasmCon Europe 2026",
                Some("https://www.linkedin.com/events/7298765432109876543/")
            ),
            (
                InvitationKind::Group,
                "Berlin Rust Meetup",
                Some("https://www.linkedin.com/groups/12345678/")
            ),
            (
                InvitationKind::Person,
                "Lena Fischer",
                Some("https://www.linkedin.com/in/lena-fischer-ham/")
            ),
        ]
    );
}

#[test]
fn era_e_german() {
    let r = read("era-e-received-de.html", &received());
    assert_eq!(r.view, view(Tab::Received, Some("focused"), None));
    assert_eq!(r.count, Some(3));
    assert_eq!(r.completeness, Completeness::Complete);
    let jana = inv(&r, "urn:li:invitation:7301122334455000001");
    assert_eq!(jana.age, age(14, 21));
    assert_eq!(
        jana.mutuals.as_deref(),
        Some("Markus Braun und 4 weitere gemeinsame Kontakte")
    );
    assert!(jana
        .note
        .as_deref()
        .is_some_and(|n| n.starts_with("Hallo Aylin") && !n.contains("mehr")));
    let jurgen = inv(&r, "urn:li:invitation:7301122334455000002");
    assert_eq!(jurgen.name, "Jürgen Weiß");
    assert_eq!(jurgen.kind, InvitationKind::PersonFollowing);
    assert_eq!(jurgen.age, age(0, 1));
    assert_eq!(
        inv(&r, "urn:li:invitation:7301122334455000003").age,
        age(1, 2)
    );
}

// ---------------------------------------------------------------------------------------------
// Views from the URL
// ---------------------------------------------------------------------------------------------

#[test]
fn url_filters_and_mismatches() {
    let f = "era-e-received-focused-complete.html";
    let r = read(
        f,
        &format!("{BASE}/received/PEOPLE_WITH_MUTUAL_CONNECTION/"),
    );
    assert_eq!(
        r.view.filter.as_deref(),
        Some("PEOPLE_WITH_MUTUAL_CONNECTION")
    );
    let r = read(
        "era-c-received-complete.html",
        &format!("{BASE}/?invitationType=CONNECTION"),
    );
    assert_eq!(r.view.filter.as_deref(), Some("invitationType=CONNECTION"));
    let r = read(
        "era-c-received-complete.html",
        &format!("{BASE}/?invitationType=ALL&filterCriteria=null"),
    );
    assert_eq!(r.view.filter, None);
    // The app has not caught up with the URL yet: nothing is complete.
    let r = read(f, &sent());
    assert_eq!(r.view.tab, Tab::Received);
    assert_eq!(r.completeness, partial(PartialReason::Unknown));
}

#[test]
fn other_urls_are_not_read() {
    let f = "era-e-received-focused-complete.html";
    for url in [
        "https://www.linkedin.com/feed/",
        "https://www.linkedin.com/mynetwork/",
        "https://www.linkedin.com/mynetwork/invitation-managerx/",
        "https://example.com/mynetwork/invitation-manager/",
        "",
    ] {
        assert_unrecognised(&read(f, url), UnrecognisedReason::NotInvitationManager);
    }
}

// ---------------------------------------------------------------------------------------------
// Pages that are not lists
// ---------------------------------------------------------------------------------------------

#[test]
fn restricted_pages() {
    assert_unrecognised(
        &read("restricted-weekly-limit.html", &received()),
        UnrecognisedReason::Restricted,
    );
    assert_unrecognised(
        &read("era-e-received-take-care-interstitial.html", &received()),
        UnrecognisedReason::Restricted,
    );
}

#[test]
fn hidden_notices_do_not_restrict() {
    let html = source("era-e-received-take-care-interstitial.html").replace(
        "role=\"presentation\"><div role=\"dialog\"",
        "role=\"presentation\" hidden><div role=\"dialog\"",
    );
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.invitations.len(), 3);
}

#[test]
fn logged_out() {
    let login = "https://www.linkedin.com/login?session_redirect=https%3A%2F%2Fwww.linkedin.com%2Fmynetwork%2Finvitation-manager%2F";
    assert_unrecognised(
        &read("logged-out-sign-in.html", login),
        UnrecognisedReason::LoggedOut,
    );
    assert_unrecognised(
        &read("logged-out-sign-in.html", &format!("{BASE}/")),
        UnrecognisedReason::LoggedOut,
    );
}

#[test]
fn unknown_layout() {
    assert_unrecognised(
        &read("unknown-layout-redesign.html", &received()),
        UnrecognisedReason::UnknownLayout,
    );
}

#[test]
fn error_page() {
    assert_unrecognised(
        &read("error-page.html", &received()),
        UnrecognisedReason::ErrorPage,
    );
}

#[test]
fn fallback_rows() {
    // An era-C card whose own class changed is still read, as a fallback.
    let html = source("era-c-received-complete.html").replace(
        "class=\"invitation-card artdeco-list__item",
        "class=\"artdeco-list__item",
    );
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    assert_eq!(r.invitations.len(), 5);
    assert!(r
        .invitations
        .iter()
        .all(|i| i.source == CardSource::Fallback));
    assert_eq!(r.completeness, Completeness::Complete);
    // An era-E received row without its URN: keyed by slug, read as a fallback.
    let html = source("era-e-received-focused-complete.html").replace(
        " componentkey=\"urn:li:invitation:7301122334455667788\"",
        "",
    );
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    let jane = inv(&r, "in:jane-doe-8a7b6c");
    assert_eq!(jane.source, CardSource::Fallback);
    assert_eq!(jane.name, "Jane Doe");
    assert_eq!(r.invitations.len(), 3);
}

#[test]
fn garbage_does_not_panic() {
    for html in ["", "<", "<html><body><main><ul class=\"mn-invitation-list\"><li class=\"invitation-card\"><a href=\"/in/%\">x</a></li></ul></main>"] {
        let r = read_page(&HtmlDom::parse(html).view(), &received());
        assert_ne!(r.completeness, Completeness::Complete);
    }
}

#[test]
fn long_note_is_capped() {
    let long = "word ".repeat(200);
    let html = source("era-e-received-focused-complete.html").replace("Hi Aylin,", &long);
    let r = read_page(&HtmlDom::parse(&html).view(), &received());
    let note = r.invitations[0].note.as_deref().unwrap_or_default();
    assert_eq!(note.chars().count(), NOTE_CAP);
}

// ---------------------------------------------------------------------------------------------
// Clicks
// ---------------------------------------------------------------------------------------------

/// Finds the `index`-th element matching `selector` and classifies a click on it (or on its first
/// element child matching `inner`, when given).
fn click(
    name: &str,
    url: &str,
    selector: &str,
    index: usize,
    inner: Option<&str>,
) -> Option<(String, UserAction)> {
    let dom = HtmlDom::parse(&source(name));
    let v: HtmlView<'_> = dom.view();
    use super::dom::Dom;
    let root = v.root();
    let nodes = v.query_all(&root, selector);
    let node = nodes
        .get(index)
        .copied()
        .unwrap_or_else(|| panic!("{name}: no {selector} #{index}"));
    let target = match inner {
        Some(s) => v.query(&node, s).unwrap_or_else(|| panic!("no inner {s}")),
        None => node,
    };
    classify_click(&v, url, &target)
}

#[test]
fn clicks_era_c() {
    let f = "era-c-received-complete.html";
    let u = format!("{BASE}/");
    let btn = ".invitation-card__action-container button";
    assert_eq!(
        click(f, &u, btn, 0, Some("span")),
        Some(("in:chloe-martin-5b2a1".into(), UserAction::Ignore))
    );
    assert_eq!(
        click(f, &u, btn, 1, Some("span")),
        Some(("in:chloe-martin-5b2a1".into(), UserAction::Accept))
    );
    assert_eq!(
        click(f, &u, btn, 7, None),
        Some((
            "newsletter:the-weekly-byte-6912345678901234567".into(),
            UserAction::Accept
        ))
    );
    // The cookie banner's "Accept", the sidebar's "Connect", a name link, the note's "see more".
    assert_eq!(
        click(f, &u, "button[action-type=\"ACCEPT\"]", 0, Some("span")),
        None
    );
    assert_eq!(click(f, &u, "aside button", 0, Some("span")), None);
    assert_eq!(click(f, &u, ".invitation-card__title", 0, None), None);
    assert_eq!(click(f, &u, ".lt-line-clamp__more", 0, None), None);
    let s = "era-c-sent-paged.html";
    assert_eq!(
        click(s, &sent(), btn, 2, Some("span")),
        Some(("in:aoife-kelly-9f".into(), UserAction::Withdraw))
    );
    assert_eq!(
        click(s, &sent(), ".artdeco-pagination__button--next", 0, None),
        None
    );
}

#[test]
fn clicks_era_d() {
    let f = "era-d-received.html";
    let btn = "[data-view-name=\"invitation-action\"] button";
    assert_eq!(
        click(f, &received(), btn, 3, Some("span")),
        Some(("in:ravi-shankar-ml".into(), UserAction::Accept))
    );
    assert_eq!(
        click(f, &received(), btn, 2, None),
        Some(("in:ravi-shankar-ml".into(), UserAction::Ignore))
    );
    assert_eq!(
        click("era-d-received-fr.html", &received(), btn, 1, Some("span")),
        Some(("in:marie-dupont-lyon".into(), UserAction::Accept))
    );
    assert_eq!(
        click(
            "era-d-sent-people-1100.html",
            &sent(),
            "button[data-view-name=\"sent-invitations-withdraw-single\"]",
            9,
            Some("span")
        ),
        Some(("in:carlos-mendes-br".into(), UserAction::Withdraw))
    );
    assert_eq!(
        click(
            "era-d-sent-people-1100.html",
            &sent(),
            "nav button",
            1,
            Some("span")
        ),
        None
    );
}

#[test]
fn clicks_era_e() {
    let f = "era-e-received-focused-complete.html";
    assert_eq!(
        click(
            f,
            &received(),
            "[role=\"listitem\"] button[aria-label^=\"Accept\"]",
            0,
            Some("span")
        ),
        Some((
            "urn:li:invitation:7301122334455667788".into(),
            UserAction::Accept
        ))
    );
    assert_eq!(
        click(
            f,
            &received(),
            "[role=\"listitem\"] button[aria-label^=\"Ignore\"]",
            2,
            Some("span")
        ),
        Some((
            "urn:li:invitation:7301122334455660001".into(),
            UserAction::Ignore
        ))
    );
    assert_eq!(
        click(
            f,
            &received(),
            "[data-testid=\"expandable-text-button\"]",
            0,
            None
        ),
        None
    );
    assert_eq!(
        click(f, &received(), "[role=\"radio\"]", 0, Some("span")),
        None
    );
    // Accept is a link on "follows you" cards.
    assert_eq!(
        click(
            "era-e-received-other-follows-you.html",
            &received(),
            "a[aria-label^=\"Accept\"]",
            0,
            Some("span")
        ),
        Some((
            "urn:li:invitation:7301122334455663333".into(),
            UserAction::Accept
        ))
    );
    // German labels: structure decides.
    let de = "era-e-received-de.html";
    assert_eq!(
        click(
            de,
            &received(),
            "[role=\"listitem\"] button[aria-label]",
            0,
            Some("span")
        ),
        Some((
            "urn:li:invitation:7301122334455000001".into(),
            UserAction::Ignore
        ))
    );
    assert_eq!(
        click(
            de,
            &received(),
            "[role=\"listitem\"] button[aria-label]",
            1,
            Some("span")
        ),
        Some((
            "urn:li:invitation:7301122334455000001".into(),
            UserAction::Accept
        ))
    );
    assert_eq!(
        click(
            de,
            &received(),
            "button[action-type=\"ACCEPT\"]",
            0,
            Some("span")
        ),
        None
    );
    // Withdraw is a link on Sent.
    assert_eq!(
        click(
            "era-e-sent.html",
            &sent(),
            "a[aria-label^=\"Withdraw\"]",
            1,
            Some("span")
        ),
        Some(("in:matthias-müller-b2".into(), UserAction::Withdraw))
    );
    // Suggestions and acknowledgements are not invitations.
    let a = "era-e-received-acknowledged-suggestions.html";
    assert_eq!(
        click(
            a,
            &received(),
            "button[aria-label^=\"Invite\"]",
            0,
            Some("span")
        ),
        None
    );
    assert_eq!(
        click(
            a,
            &received(),
            "a[aria-label^=\"Message\"]",
            0,
            Some("span")
        ),
        None
    );
    assert_eq!(
        click(
            a,
            &received(),
            "button[aria-label^=\"Accept\"]",
            1,
            Some("span")
        ),
        Some((
            "urn:li:invitation:7301122334455661111".into(),
            UserAction::Accept
        ))
    );
}

#[test]
fn withdraw_dialog() {
    let f = "era-e-sent-withdraw-dialog.html";
    let r = read(f, &sent());
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.invitations.len(), 6);
    assert_eq!(
        click(
            f,
            &sent(),
            "dialog button[aria-label^=\"Withdraw\"]",
            0,
            Some("span")
        ),
        Some(("in:olivia-brown-uk".into(), UserAction::Withdraw))
    );
    assert_eq!(
        click(f, &sent(), "dialog button", 1, Some("span")),
        None,
        "Cancel"
    );
    assert_eq!(click(f, &sent(), "dialog button", 0, None), None, "Dismiss");
}

#[test]
fn clicks_on_unrecognised_pages() {
    assert_eq!(
        click(
            "era-e-received-take-care-interstitial.html",
            &received(),
            "[role=\"listitem\"] button[aria-label^=\"Accept\"]",
            0,
            None
        ),
        None
    );
    assert_eq!(
        click("unknown-layout-redesign.html", &received(), "a", 3, None),
        None
    );
    assert_eq!(
        click(
            "era-e-received-focused-complete.html",
            "https://www.linkedin.com/feed/",
            "[role=\"listitem\"] button",
            0,
            None
        ),
        None
    );
}
