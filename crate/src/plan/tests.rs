//! The background's decisions per request ([`super`]), natively.

use super::*;
use crate::advice::Tone;
use crate::ledger::store::{load_whole, Stored};
use crate::ledger::testkit::*;
use crate::page::{PageRead, UnrecognisedReason};

fn settings() -> Settings {
    Settings {
        notifications: true,
        ..Settings::default()
    }
}

fn ctx(settings: &Settings, now_ms: i64) -> Context<'_> {
    Context {
        settings,
        lang: Lang::English,
        now_ms,
        utc_offset_minutes: 0,
    }
}

fn page_read(read: PageRead, report: Option<&str>) -> Request {
    Request::PageRead {
        read,
        settled: true,
        engine: "wasm".into(),
        report: report.map(str::to_owned),
    }
}

/// One of every request, by the surface that sends it.
fn every_request() -> Vec<(&'static str, Request)> {
    vec![
        ("content", page_read(complete(vec![aged("a", 1)]), None)),
        (
            "content",
            Request::UserActed {
                account: Some(ME.into()),
                key: "a".into(),
                action: UserAction::Ignore,
            },
        ),
        ("content", Request::CurrentCard { shown: vec![1] }),
        (
            "popup",
            Request::ResolveByUser {
                account: ME.into(),
                key: "b".into(),
            },
        ),
        ("popup", Request::ResolveEvent { event_id: 1 }),
        ("popup", Request::MarkSeen { ids: vec![1] }),
        (
            "popup",
            Request::Snapshot {
                damaged_copies: false,
            },
        ),
        (
            "options",
            Request::Snapshot {
                damaged_copies: true,
            },
        ),
        ("options", Request::ClearHistory),
        (
            "options",
            Request::SaveSettings {
                settings: settings(),
            },
        ),
    ]
}

#[test]
fn each_request_loads_what_it_needs_and_no_more() {
    let on = settings();
    let off = Settings {
        in_page_card: false,
        ..settings()
    };
    let steps: Vec<Step> = every_request()
        .iter()
        .map(|(_, request)| step(request, &on))
        .collect();
    assert_eq!(
        steps,
        [
            Step::Change(Need::Whole),
            Step::Change(Need::Whole),
            Step::Card { shown: vec![1] },
            Step::Change(Need::News),
            Step::Change(Need::News),
            Step::Change(Need::News),
            Step::Snapshot {
                damaged_copies: false
            },
            Step::Snapshot {
                damaged_copies: true
            },
            Step::ClearHistory,
            Step::SaveSettings(settings()),
        ]
    );
    assert_eq!(
        step(&Request::CurrentCard { shown: vec![] }, &off),
        Step::NoCard
    );
}

#[test]
fn a_vanish_is_saved_whole_badged_notified_and_carded() {
    let mut ledger = visited_abc();
    let on = settings();
    let read = complete(vec![aged("a", 1), card("c", 60, Some(90))]);
    let outcome = change(
        page_read(read.clone(), None),
        &mut ledger,
        ctx(&on, T0 + DAY_MS),
    );
    assert_eq!(outcome.save, Save::Whole);
    assert!(outcome.badge);
    assert_eq!(outcome.notify, 1);
    assert_eq!(outcome.report, Report::Leave);
    match &outcome.reply {
        Reply::Card { card: Some(card) } => assert_eq!(card.vanished.len(), 1),
        other => panic!("a card with the vanish, not {other:?}"),
    }
    // The same read again raises nothing: nothing to notify.
    let again = change(
        page_read(read, None),
        &mut ledger,
        ctx(&on, T0 + DAY_MS + 1),
    );
    assert_eq!(again.notify, 0);
}

#[test]
fn notifications_and_the_card_follow_the_settings() {
    let read = complete(vec![aged("a", 1), card("c", 60, Some(90))]);
    let quiet = Settings {
        notifications: false,
        in_page_card: false,
        tone: Tone::Brief,
        ..Settings::default()
    };
    let mut ledger = visited_abc();
    let outcome = change(page_read(read, None), &mut ledger, ctx(&quiet, T0 + DAY_MS));
    assert!(is_vanished(&ledger, "b"));
    assert_eq!(outcome.notify, 0, "notifications are off");
    assert_eq!(outcome.reply, Reply::Card { card: None }, "the card is off");
}

#[test]
fn the_page_structure_report_is_kept_while_needed_and_forgotten_after() {
    let on = settings();
    let mut ledger = visited_abc();
    let unknown = PageRead::unrecognised(UnrecognisedReason::UnknownLayout);
    let outcome = change(
        page_read(unknown, Some("report")),
        &mut ledger,
        ctx(&on, T0 + HOUR_MS),
    );
    assert_eq!(outcome.report, Report::Keep("report".into()));
    let good = complete(vec![
        aged("a", 1),
        card("b", 14, Some(21)),
        card("c", 60, Some(90)),
    ]);
    let outcome = change(
        page_read(good.clone(), None),
        &mut ledger,
        ctx(&on, T0 + 2 * HOUR_MS),
    );
    assert_eq!(outcome.report, Report::Forget);
    let outcome = change(
        page_read(good, None),
        &mut ledger,
        ctx(&on, T0 + 3 * HOUR_MS),
    );
    assert_eq!(outcome.report, Report::Leave);
}

#[test]
fn changes_to_no_pending_entry_save_the_news_alone() {
    let on = settings();
    let mut ledger = news_and_pending();
    let ids: Vec<u64> = ledger.accounts[ME].events.iter().map(|e| e.id).collect();
    let outcome = change(
        Request::MarkSeen { ids: ids.clone() },
        &mut ledger,
        ctx(&on, T0 + DAY_MS),
    );
    assert_eq!(outcome.save, Save::News);
    assert_eq!(outcome.reply, Reply::Done);
    assert_eq!(outcome.notify, 0);
    let outcome = change(
        Request::ResolveByUser {
            account: ME.into(),
            key: "b".into(),
        },
        &mut ledger,
        ctx(&on, T0 + DAY_MS),
    );
    assert_eq!(outcome.save, Save::News);
    assert!(matches!(outcome.reply, Reply::Card { card: None }));
    assert_eq!(
        entry(&ledger, "b").state,
        State::ResolvedByYou { at_ms: T0 + DAY_MS }
    );
    // A click on an invitation changes a pending entry: both texts; no badge change.
    let outcome = change(
        Request::UserActed {
            account: Some(ME.into()),
            key: "c".into(),
            action: UserAction::Accept,
        },
        &mut ledger,
        ctx(&on, T0 + DAY_MS),
    );
    assert_eq!((outcome.save, outcome.badge), (Save::Whole, false));
}

#[test]
fn requests_that_change_nothing_save_nothing() {
    let on = settings();
    for (_, request) in every_request() {
        if matches!(step(&request, &on), Step::Change(_)) {
            continue;
        }
        let mut ledger = news_and_pending();
        let before = ledger.clone();
        let outcome = change(request.clone(), &mut ledger, ctx(&on, T0 + DAY_MS));
        assert_eq!(outcome.save, Save::Nothing, "{request:?}");
        assert_eq!(ledger, before, "{request:?}");
    }
}

/// Only the background loads, whichever surface asks: damaged storage found by the content
/// script's card, the popup's snapshot or the options page's export is kept aside the same way,
/// under the same keys, and the same fresh ledger starts; the requests that load nothing (saving
/// settings, clearing history) never see it.
#[test]
fn damaged_storage_is_kept_aside_the_same_whichever_surface_finds_it() {
    let on = settings();
    let good = ledger::encode_split(&news_and_pending());
    let damaged = [
        (
            Stored::Text("{not json".into()),
            Stored::Text(good.pending.clone()),
        ),
        (Stored::Text(good.news.clone()), Stored::Text("[1,2".into())),
        (
            Stored::NotText("{\"an\":\"object\"}".into()),
            Stored::Absent,
        ),
        (Stored::Absent, Stored::Text(good.pending.clone())),
    ];
    for (news, pending) in &damaged {
        let mut seen = Vec::new();
        for (surface, request) in every_request() {
            let loads = match step(&request, &on) {
                Step::Change(_) | Step::Card { .. } | Step::Snapshot { .. } => true,
                Step::NoCard | Step::ClearHistory | Step::SaveSettings(_) => false,
            };
            if !loads {
                assert!(
                    matches!(
                        request,
                        Request::ClearHistory | Request::SaveSettings { .. }
                    ),
                    "{surface}: {request:?} loads nothing"
                );
                continue;
            }
            // A news text that does not decode for a news-only need goes through the whole load
            // (background.rs), so every loading request meets the same decision.
            let kept = match load_whole(news, pending, false, T0) {
                Ok(ledger) => panic!("{surface}: damage decoded as {ledger:?}"),
                Err(kept) => kept,
            };
            seen.push((surface, kept));
        }
        let (_, first) = &seen[0];
        assert!(!first.items.is_empty(), "something is kept aside");
        for (surface, kept) in &seen {
            assert_eq!(kept, first, "{surface} finds the same damage");
        }
        // With a copy kept already, no earlier copy is overwritten.
        let again = load_whole(news, pending, true, T0).expect_err("still damaged");
        assert!(again
            .items
            .iter()
            .all(|(key, _)| !first.items.iter().any(|(k, _)| k == key)));
    }
}
