//! Regression tests for bugs found by the property tests (`properties.rs`) and the fuzz targets
//! (`fuzz/`, run by `./scripts/fuzz`): each test is the shrunk input that once failed, kept so the
//! bug stays fixed.

use invite_watch::diff::{apply_observation, Observation};
use invite_watch::ledger::{Ledger, State};
use invite_watch::page::{
    AgeRange, CardSource, Completeness, Era, InvitationKind, PageInvitation, PageRead,
    PartialReason, ReadStatus, Tab, View,
};

/// Some instant in 2025.
const T0: i64 = 1_760_000_000_000;
const HOUR_MS: i64 = 60 * 60 * 1000;

/// A card aged "at least `min_days`, under `max_days`".
fn card(key: &str, min_days: u32, max_days: u32) -> PageInvitation {
    PageInvitation {
        key: key.to_string(),
        kind: InvitationKind::Person,
        name: format!("Person {key}"),
        headline: None,
        profile_url: Some(format!("https://www.linkedin.com/in/{key}/")),
        time_label: Some(format!("{min_days} days ago")),
        age: Some(AgeRange {
            min_days,
            max_days: Some(max_days),
        }),
        mutuals: None,
        note: None,
        source: CardSource::WholeCard,
    }
}

fn received(completeness: Completeness, invitations: Vec<PageInvitation>) -> Observation {
    Observation {
        read: PageRead {
            view: View {
                tab: Tab::Received,
                bucket: None,
                filter: None,
            },
            status: ReadStatus::Recognised,
            completeness,
            era: Some(Era::E),
            account: Some("in:me".to_string()),
            count: None,
            bucket_counts: Vec::new(),
            invitations,
            acknowledged: Vec::new(),
        },
        settled: true,
    }
}

/// Found by `diff_invariants_hold_over_random_histories`: a read whose completeness the reader
/// could not tell (`Partial { Unknown }`: no count and no end marker, or the URL and the page
/// disagreeing mid-navigation) proved an absence by position, exactly like a list with a known
/// "Show more". The reader's "unknown" means the rendered rows may not be the list at all, so such
/// a read must prove nothing.
#[test]
fn a_read_of_unknown_completeness_proves_no_absence_by_position() {
    let mut ledger = Ledger::new();
    let first = received(
        Completeness::Complete,
        vec![card("a", 1, 2), card("b", 14, 21), card("c", 60, 90)],
    );
    assert!(apply_observation(&mut ledger, &first, T0).is_empty());

    // B (sent 14–21 days ago) would lie between A and C, but the read cannot tell what it shows.
    let unknown = received(
        Completeness::Partial {
            reason: PartialReason::Unknown,
        },
        vec![card("a", 1, 2), card("c", 60, 90)],
    );
    let events = apply_observation(&mut ledger, &unknown, T0 + HOUR_MS);
    assert!(events.is_empty(), "unexpected events: {events:?}");
    assert_eq!(ledger.accounts["in:me"].received["b"].state, State::Pending);

    // The same rows with a known "Show more" below them do prove it (the rule is kept).
    let more = received(
        Completeness::Partial {
            reason: PartialReason::MoreToLoad,
        },
        vec![card("a", 1, 2), card("c", 60, 90)],
    );
    let events = apply_observation(&mut ledger, &more, T0 + 2 * HOUR_MS);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(matches!(
        ledger.accounts["in:me"].received["b"].state,
        State::Vanished { .. }
    ));
}
