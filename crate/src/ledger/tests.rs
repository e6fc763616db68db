//! Tests of the ledger: unit tests and scenarios (sequences of page reads over time), built from
//! hand-made [`PageRead`] values so they do not depend on the HTML reader.

use crate::page::{
    AgeRange, BucketCount, CardSource, Completeness, Era, InvitationKind, PageInvitation, PageRead,
    PartialReason, ReadStatus, Tab, UnrecognisedReason, UserAction, View,
};

use super::model::DAY_MS;
use super::*;

const ME: &str = "in:me";
/// Some instant in 2025.
const T0: i64 = 1_760_000_000_000;
const HOUR_MS: i64 = 60 * 60 * 1000;

// --- helpers --------------------------------------------------------------------------------

/// An invitation card whose age label means "at least `min_days`, under `max_days`".
fn card(key: &str, min_days: u32, max_days: Option<u32>) -> PageInvitation {
    PageInvitation {
        key: key.to_string(),
        kind: InvitationKind::Person,
        name: format!("Person {key}"),
        headline: Some(format!("Headline of {key}")),
        profile_url: Some(format!("https://www.linkedin.com/in/{key}/")),
        time_label: Some(format!("{min_days} days ago")),
        age: Some(AgeRange { min_days, max_days }),
        mutuals: None,
        note: None,
        source: CardSource::WholeCard,
    }
}

/// A card aged "N days ago" (at least N, under N + 1).
fn aged(key: &str, days: u32) -> PageInvitation {
    card(key, days, Some(days + 1))
}

fn with_note(mut invitation: PageInvitation) -> PageInvitation {
    invitation.note = Some("Loved your talk at RustConf".to_string());
    invitation
}

fn without_age(mut invitation: PageInvitation) -> PageInvitation {
    invitation.age = None;
    invitation.time_label = None;
    invitation
}

fn received_view(bucket: Option<&str>, filter: Option<&str>) -> View {
    View {
        tab: Tab::Received,
        bucket: bucket.map(str::to_string),
        filter: filter.map(str::to_string),
    }
}

fn read_of(view: View, completeness: Completeness, invitations: Vec<PageInvitation>) -> PageRead {
    PageRead {
        view,
        status: ReadStatus::Recognised,
        completeness,
        era: Some(Era::E),
        account: Some(ME.to_string()),
        count: Some(u32::try_from(invitations.len()).unwrap_or(u32::MAX)),
        bucket_counts: Vec::new(),
        invitations,
        acknowledged: Vec::new(),
    }
}

/// A complete, unfiltered read of the Focused bucket for account [`ME`].
fn complete(invitations: Vec<PageInvitation>) -> PageRead {
    read_of(
        received_view(Some("focused"), None),
        Completeness::Complete,
        invitations,
    )
}

/// A partial (more to load), unfiltered read of the Focused bucket for account [`ME`].
fn partial(invitations: Vec<PageInvitation>) -> PageRead {
    read_of(
        received_view(Some("focused"), None),
        Completeness::Partial {
            reason: PartialReason::MoreToLoad,
        },
        invitations,
    )
}

fn for_account(mut read: PageRead, account: Option<&str>) -> PageRead {
    read.account = account.map(str::to_string);
    read
}

fn settled(read: PageRead) -> Observation {
    Observation {
        read,
        settled: true,
    }
}

fn unsettled(read: PageRead) -> Observation {
    Observation {
        read,
        settled: false,
    }
}

fn entry<'a>(ledger: &'a Ledger, key: &str) -> &'a Entry {
    entry_of(ledger, ME, key)
}

fn entry_of<'a>(ledger: &'a Ledger, account: &str, key: &str) -> &'a Entry {
    match ledger
        .accounts
        .get(account)
        .and_then(|a| a.received.get(key))
    {
        Some(entry) => entry,
        None => panic!("no entry {key} for {account}"),
    }
}

fn is_vanished(ledger: &Ledger, key: &str) -> bool {
    matches!(entry(ledger, key).state, State::Vanished { .. })
}

/// Ledger after a first complete, settled visit showing A (1 day), B (2 weeks), C (2 months).
fn visited_abc() -> Ledger {
    let mut ledger = Ledger::new();
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![
            aged("a", 1),
            with_note(card("b", 14, Some(21))),
            card("c", 60, Some(90)),
        ])),
        T0,
    );
    assert!(events.is_empty());
    ledger
}

/// Every must-not-alert test ends with this.
fn assert_no_alert(ledger: &Ledger, events: &[Event]) {
    assert!(events.is_empty(), "unexpected events: {events:?}");
    assert!(vanished_entries(ledger).is_empty());
    assert!(missing_in_bulk_entries(ledger).is_empty());
    assert_eq!(unseen_count(ledger), 0);
}

// --- must alert -----------------------------------------------------------------------------

#[test]
fn invitation_missing_from_a_complete_settled_read_vanishes_with_evidence() {
    let mut ledger = visited_abc();
    let now = T0 + DAY_MS;
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 2), card("c", 60, Some(90))])),
        now,
    );

    assert_eq!(events.len(), 1);
    assert_eq!(events[0].kind, EventKind::Vanished { key: "b".into() });
    assert!(!events[0].seen_by_user);
    let State::Vanished {
        detected_at_ms,
        evidence,
    } = &entry(&ledger, "b").state
    else {
        panic!("b should have vanished");
    };
    assert_eq!(*detected_at_ms, now);
    assert_eq!(evidence.coverage, Coverage::CompleteList);
    assert!(evidence.had_note);
    assert_eq!(evidence.kind, InvitationKind::Person);
    assert_eq!(evidence.gone_in_same_read, 1);
    assert_eq!(evidence.new_in_same_read, 0);
    assert_eq!(evidence.last_seen_ms, T0);
    assert_eq!(evidence.era, Some(Era::E));
    assert_eq!(evidence.bucket.as_deref(), Some("focused"));
    // Seen at T0 as "2 weeks ago" (14..21 days): pending at least 14 days, at most 21 + 1.
    assert_eq!(evidence.pending_at_least_ms, 14 * DAY_MS);
    assert_eq!(evidence.pending_at_most_ms, Some(22 * DAY_MS));

    assert_eq!(unseen_count(&ledger), 1);
    let vanished = vanished_entries(&ledger);
    assert_eq!(vanished.len(), 1);
    assert_eq!(vanished[0].0, ME);
    assert_eq!(vanished[0].1.key, "b");
    assert_eq!(pending_count(&ledger, Some(ME)), 2);
    assert_eq!(ledger.accounts[ME].events, events);
}

#[test]
fn partial_read_that_provably_covers_the_position_declares_it_vanished() {
    let mut ledger = visited_abc();
    // A and C are loaded, more to load below C: B (sent 14–21 days ago) would lie between them.
    let events = apply_observation(
        &mut ledger,
        &settled(partial(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + HOUR_MS,
    );
    assert_eq!(events.len(), 1);
    let State::Vanished { evidence, .. } = &entry(&ledger, "b").state else {
        panic!("b should have vanished");
    };
    assert_eq!(evidence.coverage, Coverage::CoveredByPosition);
}

#[test]
fn reappearance_after_vanishing_is_resent_news_and_watched_again() {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + DAY_MS,
    );
    let back = T0 + 5 * DAY_MS;
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![
            aged("b", 0),
            aged("a", 6),
            card("c", 60, Some(90)),
        ])),
        back,
    );
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].kind, EventKind::ReSent { key: "b".into() });
    assert_eq!(
        entry(&ledger, "b").state,
        State::ReSent {
            at_ms: back,
            vanished_at_ms: T0 + DAY_MS
        }
    );
    assert!(vanished_entries(&ledger).is_empty());
    assert_eq!(pending_count(&ledger, Some(ME)), 3);

    // Re-sent invitations are watched: gone again, vanished again.
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 7), card("c", 60, Some(90))])),
        back + DAY_MS,
    );
    assert_eq!(events.len(), 1);
    assert!(is_vanished(&ledger, "b"));
}

#[test]
fn two_vanished_in_one_read_are_two_vanishes_noted_as_several_at_once() {
    let mut ledger = Ledger::new();
    let six: Vec<_> = (1..=6).map(|day| aged(&format!("p{day}"), day)).collect();
    apply_observation(&mut ledger, &settled(complete(six.clone())), T0);
    let four: Vec<_> = six
        .into_iter()
        .filter(|c| c.key != "p2" && c.key != "p4")
        .collect();
    let events = apply_observation(&mut ledger, &settled(complete(four)), T0 + HOUR_MS);

    assert_eq!(events.len(), 2);
    assert!(events
        .iter()
        .all(|e| matches!(e.kind, EventKind::Vanished { .. })));
    for key in ["p2", "p4"] {
        let State::Vanished { evidence, .. } = &entry(&ledger, key).state else {
            panic!("{key} should have vanished");
        };
        assert_eq!(evidence.gone_in_same_read, 2);
    }
    assert_eq!(unseen_count(&ledger), 2);
    assert_ne!(events[0].id, events[1].id);
}

#[test]
fn resolve_by_user_removes_it_from_the_vanished_list_and_clears_its_news() {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + DAY_MS,
    );
    assert_eq!(unseen_count(&ledger), 1);

    assert!(resolve_by_user(&mut ledger, Some(ME), "b", T0 + 2 * DAY_MS));
    assert!(vanished_entries(&ledger).is_empty());
    assert_eq!(
        entry(&ledger, "b").state,
        State::ResolvedByYou {
            at_ms: T0 + 2 * DAY_MS
        }
    );
    assert_eq!(unseen_count(&ledger), 0);
    // Nothing to resolve a second time, nor for unknown keys or accounts.
    assert!(!resolve_by_user(
        &mut ledger,
        Some(ME),
        "b",
        T0 + 3 * DAY_MS
    ));
    assert!(!resolve_by_user(&mut ledger, Some(ME), "zz", T0));
    assert!(!resolve_by_user(&mut ledger, None, "b", T0));
    assert!(!resolve_by_user(&mut ledger, Some(ME), "a", T0));
}

#[test]
fn mark_events_seen_lowers_the_unseen_count() {
    let mut ledger = Ledger::new();
    apply_observation(
        &mut ledger,
        &settled(complete(
            (1..=6).map(|d| aged(&format!("p{d}"), d)).collect(),
        )),
        T0,
    );
    let events = apply_observation(
        &mut ledger,
        &settled(complete(
            (3..=6).map(|d| aged(&format!("p{d}"), d)).collect(),
        )),
        T0 + HOUR_MS,
    );
    assert_eq!(unseen_count(&ledger), 2);
    assert_eq!(mark_events_seen(&mut ledger, &[events[0].id, 9_999]), 1);
    assert_eq!(unseen_count(&ledger), 1);
    assert_eq!(mark_events_seen(&mut ledger, &[events[0].id]), 0);
    assert_eq!(mark_events_seen(&mut ledger, &[events[1].id]), 1);
    assert_eq!(unseen_count(&ledger), 0);
}

#[test]
fn vanished_entries_are_listed_newest_first() {
    let mut ledger = Ledger::new();
    apply_observation(
        &mut ledger,
        &settled(complete(
            (1..=6).map(|d| aged(&format!("p{d}"), d)).collect(),
        )),
        T0,
    );
    apply_observation(
        &mut ledger,
        &settled(complete(
            (2..=6).map(|d| aged(&format!("p{d}"), d)).collect(),
        )),
        T0 + HOUR_MS,
    );
    apply_observation(
        &mut ledger,
        &settled(complete(
            (3..=6).map(|d| aged(&format!("p{d}"), d)).collect(),
        )),
        T0 + 2 * HOUR_MS,
    );
    let keys: Vec<&str> = vanished_entries(&ledger)
        .iter()
        .map(|(_, e)| e.key.as_str())
        .collect();
    assert_eq!(keys, ["p2", "p1"]);
}

// --- must not alert -------------------------------------------------------------------------

#[test]
fn half_loaded_list_with_the_invitation_among_the_unloaded_part_is_silent() {
    let mut ledger = visited_abc();
    // Only A is loaded: B and C are older and may simply not be loaded yet.
    let events = apply_observation(
        &mut ledger,
        &settled(partial(vec![aged("a", 1)])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(pending_count(&ledger, Some(ME)), 3);
}

#[test]
fn partial_read_is_silent_when_ages_are_missing() {
    let mut ledger = visited_abc();
    let events = apply_observation(
        &mut ledger,
        &settled(partial(vec![
            aged("a", 1),
            without_age(card("c", 60, Some(90))),
        ])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);

    // Nor is an invitation without a known send time ever covered by position.
    let mut ledger = Ledger::new();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![
            aged("a", 1),
            without_age(aged("b", 14)),
            aged("c", 60),
        ])),
        T0,
    );
    let events = apply_observation(
        &mut ledger,
        &settled(partial(vec![aged("a", 1), aged("c", 60)])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
}

#[test]
fn partial_read_is_silent_while_loading_or_out_of_order_or_too_close_to_call() {
    let mut ledger = visited_abc();
    let mut loading = partial(vec![aged("a", 1), card("c", 60, Some(90))]);
    loading.completeness = Completeness::Partial {
        reason: PartialReason::Loading,
    };
    let events = apply_observation(&mut ledger, &settled(loading), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);

    // Cards not newest-first: position says nothing about time.
    let events = apply_observation(
        &mut ledger,
        &settled(partial(vec![card("c", 60, Some(90)), aged("a", 1)])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);

    // B (14–21 days) against a loaded card of 20 days: the ranges overlap, no proof.
    let events = apply_observation(
        &mut ledger,
        &settled(partial(vec![aged("a", 1), aged("d", 20)])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
}

#[test]
fn partial_read_does_not_cover_invitations_newer_than_every_loaded_card() {
    // A virtualised list may have unrendered rows above the loaded ones.
    let mut ledger = visited_abc();
    let events = apply_observation(
        &mut ledger,
        &settled(partial(vec![card("c", 60, Some(90))])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
}

#[test]
fn filtered_view_is_silent() {
    let mut ledger = visited_abc();
    let filtered = read_of(
        received_view(None, Some("verified")),
        Completeness::Complete,
        vec![aged("a", 1)],
    );
    let events = apply_observation(&mut ledger, &settled(filtered), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);
    // A filtered sighting does not move an invitation out of its bucket.
    assert_eq!(entry(&ledger, "a").bucket.as_deref(), Some("focused"));
}

#[test]
fn invitation_only_seen_in_a_filtered_view_is_never_proved_gone() {
    // Seen only under "Verified" (no bucket known), then a bucket-less unfiltered read.
    let mut ledger = Ledger::new();
    apply_observation(
        &mut ledger,
        &settled(read_of(
            received_view(None, Some("verified")),
            Completeness::Complete,
            vec![aged("v", 2)],
        )),
        T0,
    );
    assert!(entry(&ledger, "v").only_seen_filtered);
    let unbucketed = read_of(received_view(None, None), Completeness::Complete, vec![]);
    let events = apply_observation(&mut ledger, &settled(unbucketed.clone()), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);

    // Once an unfiltered read shows it, it is watched like any other.
    let mut shown = unbucketed.clone();
    shown.invitations = vec![aged("v", 2)];
    apply_observation(&mut ledger, &settled(shown), T0 + 2 * HOUR_MS);
    assert!(!entry(&ledger, "v").only_seen_filtered);
    let events = apply_observation(&mut ledger, &settled(unbucketed), T0 + 3 * HOUR_MS);
    assert_eq!(events.len(), 1);
    assert!(is_vanished(&ledger, "v"));
}

#[test]
fn complete_read_of_another_bucket_says_nothing_about_this_one() {
    let mut ledger = visited_abc();
    let other = read_of(
        received_view(Some("other"), None),
        Completeness::Complete,
        vec![aged("x", 3)],
    );
    let events = apply_observation(&mut ledger, &settled(other), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);
    assert_eq!(entry(&ledger, "x").bucket.as_deref(), Some("other"));
    assert_eq!(pending_count(&ledger, Some(ME)), 4);
}

#[test]
fn sent_tab_reads_never_touch_received_nor_alert() {
    let mut ledger = visited_abc();
    let sent_view = View {
        tab: Tab::Sent,
        bucket: None,
        filter: None,
    };
    let events = apply_observation(
        &mut ledger,
        &settled(read_of(
            sent_view.clone(),
            Completeness::Complete,
            vec![aged("s1", 3), aged("s2", 40)],
        )),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(pending_count(&ledger, Some(ME)), 3);
    assert_eq!(ledger.accounts[ME].sent.len(), 2);

    // s2 gone from a complete sent list: no longer pending, silently.
    let later = T0 + 2 * HOUR_MS;
    let events = apply_observation(
        &mut ledger,
        &settled(read_of(
            sent_view,
            Completeness::Complete,
            vec![aged("s1", 3)],
        )),
        later,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(
        ledger.accounts[ME].sent["s2"].state,
        SentState::NoLongerPending { at_ms: later }
    );
    assert_eq!(ledger.accounts[ME].sent["s1"].state, SentState::Pending);
}

#[test]
fn sent_absence_needs_a_complete_unfiltered_settled_list() {
    let mut ledger = Ledger::new();
    let view = |filter: Option<&str>| View {
        tab: Tab::Sent,
        bucket: None,
        filter: filter.map(str::to_string),
    };
    apply_observation(
        &mut ledger,
        &settled(read_of(
            view(None),
            Completeness::Complete,
            vec![aged("s1", 3), aged("s2", 4)],
        )),
        T0,
    );
    let reads = [
        settled(read_of(
            view(None),
            Completeness::Partial {
                reason: PartialReason::MoreToLoad,
            },
            vec![aged("s1", 3)],
        )),
        settled(read_of(
            view(Some("CONNECTION")),
            Completeness::Complete,
            vec![aged("s1", 3)],
        )),
        unsettled(read_of(
            view(None),
            Completeness::Complete,
            vec![aged("s1", 3)],
        )),
    ];
    for obs in &reads {
        apply_observation(&mut ledger, obs, T0 + HOUR_MS);
        assert_eq!(ledger.accounts[ME].sent["s2"].state, SentState::Pending);
    }
}

#[test]
fn withdraw_click_on_a_sent_invitation_is_recorded_without_news() {
    let mut ledger = Ledger::new();
    let view = View {
        tab: Tab::Sent,
        bucket: None,
        filter: None,
    };
    apply_observation(
        &mut ledger,
        &settled(read_of(
            view.clone(),
            Completeness::Complete,
            vec![aged("s1", 30)],
        )),
        T0,
    );
    record_action(&mut ledger, Some(ME), "s1", UserAction::Withdraw, T0 + 1);
    let events = apply_observation(
        &mut ledger,
        &settled(read_of(view, Completeness::Complete, vec![])),
        T0 + 2,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(
        ledger.accounts[ME].sent["s1"].state,
        SentState::WithdrawnByYou { at_ms: T0 + 1 }
    );
}

#[test]
fn unrecognised_page_changes_nothing_but_last_read() {
    let mut ledger = visited_abc();
    let before = ledger.clone();
    let events = apply_observation(
        &mut ledger,
        &settled(PageRead::unrecognised(UnrecognisedReason::Restricted)),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    let last = ledger.last_read.clone().expect("last read recorded");
    assert!(!last.recognised);
    assert_eq!(
        last.unrecognised_reason,
        Some(UnrecognisedReason::Restricted)
    );
    assert_eq!(last.at_ms, T0 + HOUR_MS);
    ledger.last_read = before.last_read.clone();
    assert_eq!(ledger, before);

    // A page recognised as something other than either list also proves nothing.
    let mut other = complete(vec![]);
    other.view.tab = Tab::Other;
    apply_observation(&mut ledger, &settled(other), T0 + 2 * HOUR_MS);
    ledger.last_read = before.last_read.clone();
    assert_eq!(ledger, before);

    // On an empty ledger, nothing is created.
    let mut empty = Ledger::new();
    apply_observation(
        &mut empty,
        &settled(PageRead::unrecognised(UnrecognisedReason::LoggedOut)),
        T0,
    );
    assert!(empty.accounts.is_empty());
}

#[test]
fn unsettled_read_records_presence_but_proves_no_absence() {
    let mut ledger = visited_abc();
    let events = apply_observation(
        &mut ledger,
        &unsettled(complete(vec![aged("new", 0), aged("a", 1)])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(entry(&ledger, "new").state, State::Pending);
    assert_eq!(entry(&ledger, "a").last_seen_ms, T0 + HOUR_MS);
    assert_eq!(entry(&ledger, "b").state, State::Pending);
}

#[test]
fn user_clicks_on_accept_or_ignore_then_the_card_leaves_silently() {
    let mut ledger = visited_abc();
    record_action(&mut ledger, Some(ME), "b", UserAction::Ignore, T0 + 10);
    record_action(&mut ledger, Some(ME), "c", UserAction::Accept, T0 + 20);
    // The card may still be on the page right after the click: still the user's doing.
    apply_observation(
        &mut ledger,
        &settled(complete(vec![
            aged("a", 1),
            card("b", 14, Some(21)),
            card("c", 60, Some(90)),
        ])),
        T0 + 30,
    );
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1)])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(
        entry(&ledger, "b").state,
        State::IgnoredByYou { at_ms: T0 + 10 }
    );
    assert_eq!(
        entry(&ledger, "c").state,
        State::AcceptedByYou { at_ms: T0 + 20 }
    );
}

#[test]
fn click_on_an_unknown_key_leaves_a_tombstone_so_its_absence_is_calm() {
    let mut ledger = Ledger::new();
    record_action(&mut ledger, Some(ME), "z", UserAction::Ignore, T0);
    assert_eq!(entry(&ledger, "z").state, State::IgnoredByYou { at_ms: T0 });
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), aged("z", 2)])),
        T0 + 1,
    );
    let events = apply_observation(&mut ledger, &settled(complete(vec![aged("a", 1)])), T0 + 2);
    assert_no_alert(&ledger, &events);

    // Without an account, the click is recorded under "unknown" and wherever the key is watched.
    let mut ledger = visited_abc();
    record_action(&mut ledger, None, "b", UserAction::Accept, T0 + 5);
    assert_eq!(
        entry(&ledger, "b").state,
        State::AcceptedByYou { at_ms: T0 + 5 }
    );
    assert_eq!(
        entry_of(&ledger, UNKNOWN_ACCOUNT, "b").state,
        State::AcceptedByYou { at_ms: T0 + 5 }
    );
}

#[test]
fn acknowledgement_means_accepted_never_vanished() {
    let mut ledger = visited_abc();
    let mut read = complete(vec![aged("a", 1), card("c", 60, Some(90))]);
    read.acknowledged = vec!["  person   B ".to_string()];
    let events = apply_observation(&mut ledger, &settled(read), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);
    assert_eq!(
        entry(&ledger, "b").state,
        State::AcceptedByYou {
            at_ms: T0 + HOUR_MS
        }
    );

    // By key as well.
    let mut ledger = visited_abc();
    let mut read = complete(vec![aged("a", 1), card("b", 14, Some(21))]);
    read.acknowledged = vec!["c".to_string()];
    let events = apply_observation(&mut ledger, &settled(read), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);
    assert!(matches!(
        entry(&ledger, "c").state,
        State::AcceptedByYou { .. }
    ));
}

#[test]
fn acknowledgement_on_an_unidentified_read_still_silences_the_known_account() {
    let mut ledger = visited_abc();
    let mut read = for_account(complete(vec![aged("a", 1), card("c", 60, Some(90))]), None);
    read.acknowledged = vec!["Person b".to_string()];
    apply_observation(&mut ledger, &settled(read), T0 + HOUR_MS);
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + 2 * HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert!(matches!(
        entry(&ledger, "b").state,
        State::AcceptedByYou { .. }
    ));
}

#[test]
fn the_same_invitation_under_another_key_is_not_gone_and_is_rekeyed() {
    // A single invitation read as `in:jane` (older markup), then as its invitation URN.
    let mut ledger = Ledger::new();
    let mut old = aged("in:jane", 3);
    old.profile_url = Some("https://www.linkedin.com/in/Jane/".to_string());
    apply_observation(&mut ledger, &settled(complete(vec![old])), T0);
    let mut new = aged("urn:li:invitation:42", 3);
    new.profile_url = Some("/in/jane?miniProfileUrn=x".to_string());
    let events = apply_observation(&mut ledger, &settled(complete(vec![new])), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);
    let account = &ledger.accounts[ME];
    assert_eq!(account.received.len(), 1);
    let moved = entry(&ledger, "urn:li:invitation:42");
    assert_eq!(moved.first_seen_ms, T0);
    assert_eq!(moved.key, "urn:li:invitation:42");

    // Shown under the same name but no usable URL: not gone either.
    let mut ledger = visited_abc();
    let mut renamed = card("urn:li:invitation:7", 14, Some(21));
    renamed.name = "Person b".to_string();
    renamed.profile_url = None;
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![
            aged("a", 1),
            renamed,
            card("c", 60, Some(90)),
        ])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
}

#[test]
fn another_identified_account_never_touches_this_ones_ledger() {
    let mut ledger = visited_abc();
    let before = ledger.accounts[ME].clone();
    let events = apply_observation(
        &mut ledger,
        &settled(for_account(
            complete(vec![aged("x", 1), aged("y", 2)]),
            Some("in:someone-else"),
        )),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(ledger.accounts[ME], before);
    assert_eq!(pending_count(&ledger, Some("in:someone-else")), 2);
}

#[test]
fn unidentified_account_switch_is_one_mass_question_not_withdrawals() {
    let mut ledger = Ledger::new();
    let anon = |read| for_account(read, None);
    apply_observation(
        &mut ledger,
        &settled(anon(complete(vec![
            aged("a", 1),
            aged("b", 3),
            aged("c", 9),
        ]))),
        T0,
    );
    // Another account's list: none of ours, two strangers.
    let events = apply_observation(
        &mut ledger,
        &settled(anon(complete(vec![aged("x", 2), aged("y", 4)]))),
        T0 + HOUR_MS,
    );

    assert_eq!(events.len(), 1);
    let EventKind::MassDisappearance { count, keys } = &events[0].kind else {
        panic!("expected one mass disappearance, got {events:?}");
    };
    assert_eq!(*count, 3);
    assert_eq!(keys, &["a", "b", "c"]);
    assert!(vanished_entries(&ledger).is_empty());
    assert_eq!(missing_in_bulk_entries(&ledger).len(), 3);
    let State::MissingInBulk {
        event_id, evidence, ..
    } = &entry_of(&ledger, UNKNOWN_ACCOUNT, "a").state
    else {
        panic!("a should be missing in bulk");
    };
    assert_eq!(*event_id, events[0].id);
    assert_eq!(evidence.gone_in_same_read, 3);
    assert_eq!(evidence.new_in_same_read, 2);
    assert_eq!(unseen_count(&ledger), 1);

    // Switching back: they return silently, and the question is settled.
    let events = apply_observation(
        &mut ledger,
        &settled(anon(complete(vec![
            aged("a", 1),
            aged("b", 3),
            aged("c", 9),
        ]))),
        T0 + 2 * HOUR_MS,
    );
    assert_eq!(
        entry_of(&ledger, UNKNOWN_ACCOUNT, "a").state,
        State::Pending
    );
    assert_eq!(unseen_count(&ledger), 0);
    // The other account's two are parked the same way, under a question the switch answers.
    assert_eq!(events.len(), 1);
    assert!(events[0].seen_by_user);
    assert!(matches!(
        events[0].kind,
        EventKind::MassDisappearance { count: 2, .. }
    ));
    assert!(vanished_entries(&ledger).is_empty());
    assert_eq!(missing_in_bulk_entries(&ledger).len(), 2);
}

#[test]
fn switching_back_never_makes_the_other_accounts_single_invitation_vanish() {
    let mut ledger = Ledger::new();
    let anon = |read| for_account(read, None);
    let ours = || anon(complete(vec![aged("a", 1), aged("b", 3), aged("c", 9)]));
    apply_observation(&mut ledger, &settled(ours()), T0);
    apply_observation(
        &mut ledger,
        &settled(anon(complete(vec![aged("x", 2)]))),
        T0 + HOUR_MS,
    );
    apply_observation(&mut ledger, &settled(ours()), T0 + 2 * HOUR_MS);
    assert!(vanished_entries(&ledger).is_empty());
    assert_eq!(unseen_count(&ledger), 0);
    assert!(matches!(
        entry_of(&ledger, UNKNOWN_ACCOUNT, "x").state,
        State::MissingInBulk { .. }
    ));
}

#[test]
fn everything_gone_at_once_is_a_mass_question() {
    let mut ledger = Ledger::new();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), aged("b", 2)])),
        T0,
    );
    let events = apply_observation(&mut ledger, &settled(complete(vec![])), T0 + HOUR_MS);
    assert_eq!(events.len(), 1);
    assert!(matches!(
        events[0].kind,
        EventKind::MassDisappearance { count: 2, .. }
    ));
    assert!(vanished_entries(&ledger).is_empty());

    // Most of a longer list (4 of 6) is also a mass question.
    let mut ledger = Ledger::new();
    apply_observation(
        &mut ledger,
        &settled(complete(
            (1..=6).map(|d| aged(&format!("p{d}"), d)).collect(),
        )),
        T0,
    );
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("p1", 1), aged("p6", 6)])),
        T0 + HOUR_MS,
    );
    assert_eq!(events.len(), 1);
    assert!(matches!(
        events[0].kind,
        EventKind::MassDisappearance { count: 4, .. }
    ));

    // The user answers the question once for all.
    assert_eq!(resolve_event(&mut ledger, events[0].id, T0 + DAY_MS), 4);
    assert!(missing_in_bulk_entries(&ledger).is_empty());
    assert_eq!(unseen_count(&ledger), 0);
    assert!(matches!(
        entry(&ledger, "p2").state,
        State::ResolvedByYou { .. }
    ));
}

#[test]
fn unidentified_read_is_observe_only_once_a_real_account_is_known() {
    let mut ledger = visited_abc();
    let events = apply_observation(
        &mut ledger,
        &settled(for_account(complete(vec![aged("a", 1)]), None)),
        T0 + HOUR_MS,
    );
    let events_later = apply_observation(
        &mut ledger,
        &settled(for_account(complete(vec![]), None)),
        T0 + 2 * HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert_no_alert(&ledger, &events_later);
    // Recorded under "unknown", never mixed into the known account.
    assert_eq!(
        entry_of(&ledger, UNKNOWN_ACCOUNT, "a").state,
        State::Pending
    );
    assert_eq!(entry(&ledger, "a").last_seen_ms, T0);
    assert_eq!(pending_count(&ledger, Some(ME)), 3);
    let last = ledger.last_read.clone().expect("last read");
    assert_eq!(last.account, UNKNOWN_ACCOUNT);
}

#[test]
fn same_read_twice_changes_nothing_the_second_time() {
    let mut ledger = visited_abc();
    let obs = settled(complete(vec![
        aged("new", 0),
        aged("a", 1),
        card("c", 60, Some(90)),
    ]));
    let first = apply_observation(&mut ledger, &obs, T0 + HOUR_MS);
    assert_eq!(first.len(), 1, "b vanished: {first:?}");
    let after_first = ledger.clone();
    let second = apply_observation(&mut ledger, &obs, T0 + HOUR_MS);
    assert!(second.is_empty());
    assert_eq!(ledger, after_first);
    // Later, too: no alert twice.
    let third = apply_observation(&mut ledger, &obs, T0 + 2 * HOUR_MS);
    assert!(third.is_empty());
    assert_eq!(unseen_count(&ledger), 1);
}

#[test]
fn new_invitations_only_raise_nothing() {
    let mut ledger = visited_abc();
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![
            aged("n1", 0),
            aged("n2", 0),
            aged("a", 1),
            card("b", 14, Some(21)),
            card("c", 60, Some(90)),
        ])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
    assert_eq!(pending_count(&ledger, Some(ME)), 5);
    assert_eq!(entry(&ledger, "n1").first_seen_ms, T0 + HOUR_MS);
}

#[test]
fn presence_refreshes_details_without_erasing_them() {
    let mut ledger = visited_abc();
    let mut a = aged("a", 1);
    a.name = "Ada Lovelace".to_string();
    a.headline = None;
    a.mutuals = Some("3 mutual connections".to_string());
    apply_observation(&mut ledger, &unsettled(complete(vec![a])), T0 + HOUR_MS);
    let a = entry(&ledger, "a");
    assert_eq!(a.name, "Ada Lovelace");
    assert_eq!(a.headline.as_deref(), Some("Headline of a"));
    assert_eq!(a.mutuals.as_deref(), Some("3 mutual connections"));
    assert_eq!(a.first_seen_ms, T0);
    assert_eq!(a.last_seen_ms, T0 + HOUR_MS);
    // The send estimate comes from the first sighting: "1 day ago" at T0.
    assert_eq!(a.sent_earliest_ms, Some(T0 - 2 * DAY_MS));
    assert_eq!(a.sent_latest_ms, Some(T0 - DAY_MS));
}

#[test]
fn last_read_says_what_was_read() {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &unsettled(partial(vec![aged("a", 1)])),
        T0 + HOUR_MS,
    );
    let last = ledger.last_read.clone().expect("last read");
    assert!(last.recognised);
    assert_eq!(last.unrecognised_reason, None);
    assert_eq!(last.account, ME);
    assert!(!last.complete);
    assert!(!last.settled);
    assert_eq!(last.pending_watched, 3);
    assert_eq!(last.era, Some(Era::E));
}

// --- mass threshold -------------------------------------------------------------------------

#[test]
fn mass_threshold() {
    // (gone, judged, new) → mass?
    let cases = [
        (0, 0, 0, false),
        (1, 1, 0, false),
        (1, 1, 5, false),
        (2, 2, 0, true),
        (2, 6, 0, false),
        (2, 4, 0, false),
        (2, 4, 1, true),
        (3, 5, 0, true),
        (3, 6, 0, false),
        (3, 6, 2, true),
        (6, 10, 0, true),
        (5, 10, 0, false),
    ];
    for (gone, judged, new, expected) in cases {
        assert_eq!(
            is_mass_disappearance(gone, judged, new),
            expected,
            "gone {gone} of {judged}, {new} new"
        );
    }
}

// --- retention ------------------------------------------------------------------------------

#[test]
fn prune_drops_old_history_but_never_watched_entries() {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + DAY_MS,
    );
    record_action(&mut ledger, Some(ME), "c", UserAction::Ignore, T0 + DAY_MS);
    let removed = prune(&mut ledger, T0 + 100 * DAY_MS, 30);
    // b (vanished), c (ignored) and b's event are history older than 30 days.
    assert_eq!(removed, 3);
    let account = &ledger.accounts[ME];
    assert_eq!(account.received.len(), 1);
    assert_eq!(entry(&ledger, "a").state, State::Pending);
    assert!(account.events.is_empty());

    // Recent history stays.
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + DAY_MS,
    );
    assert_eq!(prune(&mut ledger, T0 + 10 * DAY_MS, 30), 0);
    assert!(is_vanished(&ledger, "b"));

    // Event ids are never reused after pruning.
    let mut ledger = visited_abc();
    let first = apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + DAY_MS,
    );
    prune(&mut ledger, T0 + 100 * DAY_MS, 30);
    let second = apply_observation(&mut ledger, &settled(complete(vec![])), T0 + 100 * DAY_MS);
    assert_eq!(second.len(), 1);
    assert!(second[0].id > first[0].id);
}

// --- codec ----------------------------------------------------------------------------------

fn rich_ledger() -> Ledger {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + DAY_MS,
    );
    apply_observation(
        &mut ledger,
        &settled(read_of(
            View {
                tab: Tab::Sent,
                bucket: None,
                filter: None,
            },
            Completeness::Complete,
            vec![aged("s1", 3)],
        )),
        T0 + DAY_MS,
    );
    record_action(
        &mut ledger,
        Some(ME),
        "s1",
        UserAction::Withdraw,
        T0 + DAY_MS,
    );
    record_action(&mut ledger, None, "t", UserAction::Ignore, T0 + DAY_MS);
    ledger
}

#[test]
fn codec_roundtrip() {
    let ledger = rich_ledger();
    let text = encode(&ledger);
    assert_eq!(decode(&text), Ok(ledger.clone()));
    assert!(text.starts_with("{\"version\":4"));
    assert!(text.contains("\nA|"));
    let json = encode_json(&ledger);
    assert!(json.starts_with("{\"version\":4"));
    assert!(!json.contains('\n'));
    assert_eq!(decode(&json), Ok(ledger.clone()));
    assert_eq!(decode_or_recover(&text), (ledger, None));
    assert_eq!(decode(&encode(&Ledger::new())), Ok(Ledger::new()));
}

#[test]
fn codec_keeps_entries_small() {
    let mut ledger = Ledger::new();
    let mut card = aged("in:jane-doe-1a2b3c", 3);
    card.headline = None;
    card.profile_url = None;
    apply_observation(&mut ledger, &settled(complete(vec![card])), T0);
    ledger.last_read = None;
    let text = encode(&ledger);
    // Envelope plus one entry with key, name, kind, times, send range, bucket and state.
    assert!(text.len() < 230, "{} bytes: {text}", text.len());
}

/// A ledger whose texts hold every character the line form must escape, and empty texts.
fn awkward_ledger() -> Ledger {
    let mut ledger = rich_ledger();
    let mut odd = aged("in:odd|key\\x", 5);
    odd.name = "Pipe | Back\\slash \\p\nNew\rline".into();
    odd.headline = Some(String::new());
    odd.profile_url = Some("|~!/weird".into());
    odd.note = Some("a\\e".into());
    odd.mutuals = Some("3".into());
    odd.kind = InvitationKind::Page;
    let mut named = aged("in:named", 2);
    named.mutuals = Some("Ann | Lee and 4 other mutual connections".into());
    named.headline = None;
    named.profile_url = None;
    apply_observation(
        &mut ledger,
        &settled(for_account(complete(vec![odd, named]), Some("in:me|\\x"))),
        T0 + 2 * DAY_MS,
    );
    ledger
}

#[test]
fn codec_lines_keep_every_character_and_empty_text() {
    let ledger = awkward_ledger();
    let text = encode(&ledger);
    assert_eq!(decode(&text), Ok(ledger.clone()));
    assert_eq!(decode(&encode_json(&ledger)), Ok(ledger.clone()));
    // One line per entry (plus the first line and an account line per account with entries).
    let entries: usize = ledger
        .accounts
        .values()
        .map(|a| a.received.len() + a.sent.len())
        .sum();
    let with_entries = ledger
        .accounts
        .values()
        .filter(|a| !a.received.is_empty() || !a.sent.is_empty())
        .count();
    assert_eq!(text.lines().count(), 1 + with_entries + entries, "{text}");
    let odd = entry_of(&ledger, "in:me|\\x", "in:odd|key\\x");
    assert_eq!(odd.headline.as_deref(), Some(""));
    assert!(text.contains("\\e"), "an empty headline is marked: {text}");
    // The first line holds no entries.
    let head: serde_json::Value =
        serde_json::from_str(text.lines().next().unwrap_or_default()).unwrap_or_default();
    for account in head["a"].as_object().into_iter().flat_map(|a| a.values()) {
        assert!(
            account.get("r").is_none() && account.get("s").is_none(),
            "{head}"
        );
    }
}

#[test]
fn codec_lines_find_separators_at_any_position() {
    // Every length and position around the eight-byte steps; the other bytes differ from the
    // needle in one bit (the high one among them), and a second match follows the first.
    for needle in [b'\n', b'|', b'\\'] {
        let others = [
            needle ^ 0x80,
            needle ^ 0x01,
            needle ^ 0x7f,
            0xff,
            0x00,
            needle + 1,
        ];
        for len in 0..40usize {
            for at in 0..=len {
                let mut hay: Vec<u8> = (0..len).map(|i| others[i % others.len()]).collect();
                if at < len {
                    hay[at] = needle;
                }
                if at + 3 < len {
                    hay[at + 3] = needle;
                }
                let expected = hay.iter().position(|&b| b == needle);
                assert_eq!(
                    super::lines::find_byte(&hay, needle),
                    expected,
                    "{needle} {len} {at}"
                );
            }
        }
    }
}

#[test]
fn codec_lines_are_smaller_than_version_3() {
    let ledger = rich_ledger();
    let lines = encode(&ledger);
    let json = encode_json(&ledger);
    assert!(lines.len() < json.len(), "{} ≥ {}", lines.len(), json.len());
    assert!(
        !lines.contains('"')
            || lines
                .lines()
                .skip(1)
                .all(|l| !l.ends_with("|p") || !l.contains('"'))
    );
}

#[test]
fn codec_migrates_version_3() {
    // A version-3 text as the previous release wrote it (one JSON line).
    let v3 = r#"{"version":3,"t0":1764000000,"a":{"in:me":{"b":"focused","r":{"urn:li:invitation:1":{"n":"Ann Lee","h":"Engineer","u":"~ann-lee","mu":3,"ag":[14,21],"s":{"t":"p"}},"urn:li:invitation:2":{"n":"Bo","f":60,"l":120,"b":null,"s":{"t":"v","at":200,"ev":{"pmin":1000,"ls":180,"cov":"all"}}}},"e":[{"id":1,"at":1764000200000,"k":{"t":"v","k":"urn:li:invitation:2"}}]}},"ne":2}"#;
    let ledger = decode(v3).expect("a version-3 ledger decodes");
    assert_eq!(ledger.version, CURRENT_VERSION);
    let ann = entry_of(&ledger, "in:me", "urn:li:invitation:1");
    assert_eq!(ann.name, "Ann Lee");
    assert_eq!(
        ann.profile_url.as_deref(),
        Some("https://www.linkedin.com/in/ann-lee/")
    );
    assert_eq!(ann.mutuals.as_deref(), Some("3 mutual connections"));
    assert_eq!(ann.bucket.as_deref(), Some("focused"));
    assert_eq!(ann.first_seen_ms, 1_764_000_000_000);
    assert_eq!(ann.sent_latest_ms, Some(1_764_000_000_000 - 14 * DAY_MS));
    let bo = entry_of(&ledger, "in:me", "urn:li:invitation:2");
    assert_eq!(bo.bucket, None);
    assert!(matches!(
        bo.state,
        State::Vanished {
            detected_at_ms: 1_764_000_200_000,
            ..
        }
    ));
    assert_eq!(ledger.next_event_id, 2);
    // Saved again, it is version 4 and reads back the same.
    let text = encode(&ledger);
    assert!(text.starts_with("{\"version\":4"));
    assert_eq!(decode(&text), Ok(ledger));
}

#[test]
fn codec_refuses_damaged_lines() {
    let text = encode(&awkward_ledger());
    let first_entry = text.lines().position(|l| l.starts_with("r|")).unwrap_or(0);
    let damage = |edit: &dyn Fn(&str) -> String| {
        let damaged: Vec<String> = text
            .lines()
            .enumerate()
            .map(|(i, line)| {
                if i == first_entry {
                    edit(line)
                } else {
                    line.to_string()
                }
            })
            .collect();
        decode(&damaged.join("\n"))
    };
    type Edit<'a> = &'a dyn Fn(&str) -> String;
    let cases: [(&str, Edit); 7] = [
        ("a field less", &|l| {
            l[..l.rfind('|').unwrap_or(0)].to_string()
        }),
        ("a field more", &|l| format!("{l}|p")),
        ("an unknown line", &|l| format!("x{l}")),
        ("a bad number", &|l| {
            let mut fields: Vec<&str> = l.split('|').collect();
            fields[8] = "1x";
            fields.join("|")
        }),
        ("a bad escape", &|l| l.replacen('|', "|\\q", 2)),
        ("a bad state", &|l| {
            format!("{}|{{\"t\":\"boom\"}}", &l[..l.rfind('|').unwrap_or(0)])
        }),
        ("an empty line", &|_| String::new()),
    ];
    for (what, edit) in cases {
        assert!(
            matches!(damage(edit), Err(CodecError::Corrupt { .. })),
            "{what}: {:?}",
            damage(edit)
        );
    }
    // An entry before any account line.
    let entry = format!("r|k|n{}|p", "|".repeat(12));
    let orphan = format!("{{\"version\":4}}\n{entry}");
    assert!(matches!(decode(&orphan), Err(CodecError::Corrupt { .. })));
    let owned = format!("{{\"version\":4}}\nA|in:me\n{entry}");
    let ledger = decode(&owned).expect("the same entry under an account line decodes");
    assert_eq!(entry_of(&ledger, "in:me", "k").name, "n");
    // A first line of version 4 with no entries is a ledger, and so is an account with none.
    assert_eq!(decode("{\"version\":4}"), Ok(Ledger::new()));
}

#[test]
fn codec_migrates_version_1() {
    let v1 = r#"{
        "version": 1,
        "invitations": {
            "in:ann": {"name": "Ann", "firstSeen": 1000, "lastSeen": 5000, "state": "pending"},
            "in:bob": {"name": "Bob", "firstSeen": 2000, "lastSeen": 9000, "state": "vanished"},
            "in:cy": {"name": "Cy", "firstSeen": 3000, "lastSeen": 4000, "state": "ignored"},
            "in:di": {"name": "Di", "firstSeen": 3000, "lastSeen": 4000, "state": "accepted"},
            "in:ed": {"name": "Ed", "firstSeen": 3000, "lastSeen": 4000, "state": "resolved"}
        }
    }"#;
    let ledger = match decode(v1) {
        Ok(ledger) => ledger,
        Err(error) => panic!("v1 should migrate: {error}"),
    };
    assert_eq!(ledger.version, CURRENT_VERSION);
    let ann = entry_of(&ledger, UNKNOWN_ACCOUNT, "in:ann");
    assert_eq!(ann.name, "Ann");
    assert_eq!((ann.first_seen_ms, ann.last_seen_ms), (1000, 5000));
    assert_eq!(ann.state, State::Pending);
    let State::Vanished {
        detected_at_ms,
        evidence,
    } = &entry_of(&ledger, UNKNOWN_ACCOUNT, "in:bob").state
    else {
        panic!("bob should stay vanished");
    };
    assert_eq!(*detected_at_ms, 9000);
    assert_eq!(evidence.coverage, Coverage::NotRecorded);
    assert_eq!(evidence.pending_at_least_ms, 7000);
    assert_eq!(
        entry_of(&ledger, UNKNOWN_ACCOUNT, "in:cy").state,
        State::IgnoredByYou { at_ms: 4000 }
    );
    assert_eq!(
        entry_of(&ledger, UNKNOWN_ACCOUNT, "in:di").state,
        State::AcceptedByYou { at_ms: 4000 }
    );
    assert_eq!(
        entry_of(&ledger, UNKNOWN_ACCOUNT, "in:ed").state,
        State::ResolvedByYou { at_ms: 4000 }
    );
    assert_eq!(vanished_entries(&ledger).len(), 1);
    // Migrated, then re-encoded at the current version.
    assert_eq!(decode(&encode(&ledger)), Ok(ledger));

    assert!(matches!(
        decode(
            r#"{"version":1,"invitations":{"k":{"name":"K","firstSeen":1,"lastSeen":2,"state":"exploded"}}}"#
        ),
        Err(CodecError::Corrupt { .. })
    ));
    assert_eq!(decode(r#"{"version":1}"#), Ok(Ledger::new()));
}

#[test]
fn codec_rejects_corrupt_input_without_panicking() {
    let corrupt = [
        "",
        "not json",
        "{\"version\":2,\"a\":",
        "[]",
        "42",
        "{}",
        "{\"a\":{}}",
        "{\"version\":2,\"a\":{\"in:me\":{\"r\":{\"x\":{\"k\":\"y\",\"f\":1,\"l\":1,\"s\":{\"t\":\"p\"}}}}}}",
        "{\"version\":2,\"a\":{\"in:me\":{\"r\":{\"x\":{\"k\":\"x\",\"f\":1,\"l\":1,\"s\":{\"t\":\"boom\"}}}}}}",
        "{\"version\":2,\"a\":[1,2]}",
        "{\"version\":1,\"invitations\":{\"k\":{\"name\":3}}}",
    ];
    for text in corrupt {
        match decode(text) {
            Err(CodecError::Corrupt { detail }) => assert!(!detail.is_empty()),
            other => panic!("{text:?} should be corrupt, got {other:?}"),
        }
    }
    assert!(matches!(
        decode("{\"version\":0}"),
        Err(CodecError::UnknownVersion { .. })
    ));
    assert!(matches!(
        decode("{\"version\":\"2\"}"),
        Err(CodecError::UnknownVersion { .. })
    ));
    assert!(matches!(
        decode("{\"version\":-1}"),
        Err(CodecError::UnknownVersion { .. })
    ));
}

#[test]
fn codec_refuses_a_future_version() {
    let error = decode("{\"version\":5,\"whatever\":true}");
    assert_eq!(error, Err(CodecError::FutureVersion { found: 5 }));
    let message = match error {
        Err(error) => error.to_string(),
        Ok(_) => String::new(),
    };
    assert!(message.contains('5'), "{message}");
}

#[test]
fn decode_or_recover_starts_fresh_and_keeps_the_raw_text() {
    let (ledger, recovery) = decode_or_recover("{\"version\":2,\"a\":");
    assert_eq!(ledger, Ledger::new());
    let recovery = recovery.expect("corrupt text must be handed back");
    assert_eq!(recovery.raw, "{\"version\":2,\"a\":");
    assert!(matches!(recovery.error, CodecError::Corrupt { .. }));

    let (_, recovery) = decode_or_recover("{\"version\":9}");
    assert!(matches!(
        recovery.map(|r| r.error),
        Some(CodecError::FutureVersion { found: 9 })
    ));

    // Nothing stored yet: fresh, nothing to keep.
    assert_eq!(decode_or_recover("  "), (Ledger::new(), None));
}

#[test]
fn decode_repairs_the_event_id_counter_instead_of_reusing_ids() {
    let mut ledger = rich_ledger();
    ledger.next_event_id = 1;
    let decoded = match decode(&encode(&ledger)) {
        Ok(decoded) => decoded,
        Err(error) => panic!("{error}"),
    };
    let highest = decoded.accounts[ME]
        .events
        .iter()
        .map(|e| e.id)
        .max()
        .unwrap_or(0);
    assert!(decoded.next_event_id > highest);
}

#[test]
fn prune_caps_events_dropping_the_oldest_seen_never_unseen_news() {
    let mut ledger = visited_abc();
    let account = ledger.accounts.get_mut(ME).expect("the account");
    let total = super::diff::MAX_EVENTS_PER_ACCOUNT + 50;
    account.events = (0..total as u64)
        .map(|id| Event {
            id: id + 1,
            at_ms: T0,
            kind: EventKind::ReSent {
                key: "a".to_owned(),
            },
            // The first ten are unseen news, the rest seen.
            seen_by_user: id >= 10,
        })
        .collect();
    let removed = prune(&mut ledger, T0 + DAY_MS, 365);
    assert_eq!(removed, 50);
    let events = &ledger.accounts[ME].events;
    assert_eq!(events.len(), super::diff::MAX_EVENTS_PER_ACCOUNT);
    assert_eq!(events.iter().filter(|e| !e.seen_by_user).count(), 10);
    // The oldest seen ones went: ids 11..=60.
    assert_eq!(events[10].id, 61);
}

#[test]
fn decode_renumbers_event_ids_beyond_what_javascript_numbers_hold() {
    let mut ledger = rich_ledger();
    for account in ledger.accounts.values_mut() {
        for event in &mut account.events {
            event.id = u64::MAX - event.id;
        }
    }
    ledger.next_event_id = u64::MAX;
    let decoded = match decode(&encode(&ledger)) {
        Ok(decoded) => decoded,
        Err(error) => panic!("{error}"),
    };
    let ids: Vec<u64> = decoded
        .accounts
        .values()
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .collect();
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|id| *id < 1 << 53));
    let unique: std::collections::BTreeSet<u64> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "ids stay unique");
    assert!(decoded.next_event_id > *unique.last().unwrap_or(&0));
    // Missing-in-bulk entries still point at their (renumbered) event.
    for account in decoded.accounts.values() {
        for entry in account.received.values() {
            if let State::MissingInBulk { event_id, .. } = entry.state {
                assert!(account.events.iter().any(|e| e.id == event_id));
            }
        }
    }
}

// --- codec version 3 ------------------------------------------------------------------------

/// A ledger with every received state (a, rs, x, v, p, i, g), sent ones, events of every kind,
/// two buckets, profile URLs of every shape and times with milliseconds, as the version-2 code
/// (commit b2487e7) encoded it.
const V2_LEDGER: &str = r#"{"version":2,"a":{"in:me":{"r":{"a":{"k":"a","n":"Person a","h":"Headline of a","u":"https://www.linkedin.com/in/a/","mu":"12 mutual connections","f":1760000000250,"l":1760259200001,"se":1759827200250,"sl":1759913600250,"b":"focused","s":{"t":"a","at":1760259200007}},"b":{"k":"b","n":"Person b","h":"Headline of b","u":"https://www.linkedin.com/in/Bee-Other/","m":"Loved your talk at RustConf","mu":"Ann Lee and 3 other mutual connections","f":1760000000250,"l":1760259200001,"se":1758185600250,"sl":1758790400250,"b":"focused","s":{"t":"rs","at":1760172800999,"va":1760086401500}},"c":{"k":"c","n":"Person c","h":"Headline of c","u":"https://example.com/c","mu":"Bob is a mutual connection","f":1760000000250,"l":1760172800999,"se":1752224000250,"sl":1754816000250,"b":"focused","s":{"t":"x","at":1760432000123}},"d":{"k":"d","n":"Person d","h":"Headline of d","u":"https://www.linkedin.com/in/d/","f":1760000000250,"l":1760000000250,"se":1759481600250,"sl":1759568000250,"b":"focused","s":{"t":"v","at":1760086401500,"ev":{"pmin":432000000,"pmax":604801250,"ls":1760000000250,"note":false,"same":2,"new":0,"era":"E","b":"focused","cov":"all"}}},"in:nora-n":{"k":"in:nora-n","n":"Person in:nora-n","h":"Headline of in:nora-n","u":"https://www.linkedin.com/in/nora-n/","ki":"Newsletter","f":1760000000250,"l":1760259200001,"b":"focused","s":{"t":"p"}},"o":{"k":"o","n":"Person o","h":"Headline of o","u":"https://www.linkedin.com/in/o/","f":1760172801001,"l":1760172801001,"se":1759913601001,"sl":1760000001001,"b":"other","s":{"t":"p"}}},"s":{"s1":{"k":"s1","n":"Person s1","h":"Headline of s1","u":"https://www.linkedin.com/in/s1/","f":1760259200020,"l":1760259200020,"se":1759913600020,"sl":1760000000020,"s":{"t":"w","at":1760259200030}},"s2":{"k":"s2","n":"Person s2","h":"Headline of s2","u":"https://www.linkedin.com/in/s2/","f":1760259200020,"l":1760259200020,"se":1759740800020,"sl":1759827200020,"s":{"t":"p"}}},"e":[{"id":2,"at":1760086401500,"k":{"t":"v","k":"b"},"seen":false},{"id":3,"at":1760086401500,"k":{"t":"v","k":"d"},"seen":false},{"id":4,"at":1760172800999,"k":{"t":"rs","k":"b"},"seen":false},{"id":5,"at":1760259200001,"k":{"t":"v","k":"c"},"seen":true}]},"unknown":{"r":{"t":{"k":"t","n":"","f":1760259200040,"l":1760259200040,"s":{"t":"i","at":1760259200040}},"x1":{"k":"x1","n":"Person x1","h":"Headline of x1","u":"https://www.linkedin.com/in/x1/","f":1759654400003,"l":1759654400003,"se":1759481600003,"sl":1759568000003,"b":"focused","s":{"t":"g","at":1759658000005,"id":1,"ev":{"pmin":86400000,"pmax":176400002,"ls":1759654400003,"note":false,"same":3,"new":1,"era":"E","b":"focused","cov":"all"}}},"x2":{"k":"x2","n":"Person x2","h":"Headline of x2","u":"https://www.linkedin.com/in/x2/","f":1759654400003,"l":1759654400003,"se":1759308800003,"sl":1759395200003,"b":"focused","s":{"t":"g","at":1759658000005,"id":1,"ev":{"pmin":259200000,"pmax":349200002,"ls":1759654400003,"note":false,"same":3,"new":1,"era":"E","b":"focused","cov":"all"}}},"x3":{"k":"x3","n":"Person x3","h":"Headline of x3","u":"https://www.linkedin.com/in/x3/","f":1759654400003,"l":1759654400003,"se":1758790400003,"sl":1758876800003,"b":"focused","s":{"t":"g","at":1759658000005,"id":1,"ev":{"pmin":777600000,"pmax":867600002,"ls":1759654400003,"note":false,"same":3,"new":1,"era":"E","b":"focused","cov":"all"}}},"y":{"k":"y","n":"Person y","h":"Headline of y","u":"https://www.linkedin.com/in/y/","f":1759658000005,"l":1759658000005,"se":1759398800005,"sl":1759485200005,"b":"focused","s":{"t":"p"}}},"e":[{"id":1,"at":1759658000005,"k":{"t":"mass","n":3,"ks":["x1","x2","x3"]},"seen":false}]}},"lr":{"t":1760259200020,"ok":true,"v":{"tab":"Sent","bucket":null,"filter":null},"era":"E","acc":"in:me","all":true,"st":true,"n":3},"ne":6}"#;

/// What version 3 keeps of a time in milliseconds: the next whole second (up).
fn up_to_second(ms: i64) -> i64 {
    ms.div_euclid(1000) * 1000 + if ms.rem_euclid(1000) == 0 { 0 } else { 1000 }
}

/// The ledger with its entry times as version 3 stores them: entry and state times, send range
/// and evidence `ls` rounded up to the second; durations, event times and `lr.t` untouched.
fn with_entry_times_in_seconds(mut ledger: Ledger) -> Ledger {
    for account in ledger.accounts.values_mut() {
        for entry in account.received.values_mut() {
            entry.first_seen_ms = up_to_second(entry.first_seen_ms);
            entry.last_seen_ms = up_to_second(entry.last_seen_ms);
            entry.sent_earliest_ms = entry.sent_earliest_ms.map(up_to_second);
            entry.sent_latest_ms = entry.sent_latest_ms.map(up_to_second);
            entry.state = match entry.state.clone() {
                State::Pending => State::Pending,
                State::AcceptedByYou { at_ms } => State::AcceptedByYou {
                    at_ms: up_to_second(at_ms),
                },
                State::IgnoredByYou { at_ms } => State::IgnoredByYou {
                    at_ms: up_to_second(at_ms),
                },
                State::ResolvedByYou { at_ms } => State::ResolvedByYou {
                    at_ms: up_to_second(at_ms),
                },
                State::ReSent {
                    at_ms,
                    vanished_at_ms,
                } => State::ReSent {
                    at_ms: up_to_second(at_ms),
                    vanished_at_ms: up_to_second(vanished_at_ms),
                },
                State::Vanished {
                    detected_at_ms,
                    mut evidence,
                } => {
                    evidence.last_seen_ms = up_to_second(evidence.last_seen_ms);
                    State::Vanished {
                        detected_at_ms: up_to_second(detected_at_ms),
                        evidence,
                    }
                }
                State::MissingInBulk {
                    detected_at_ms,
                    event_id,
                    mut evidence,
                } => {
                    evidence.last_seen_ms = up_to_second(evidence.last_seen_ms);
                    State::MissingInBulk {
                        detected_at_ms: up_to_second(detected_at_ms),
                        event_id,
                        evidence,
                    }
                }
            };
        }
        for entry in account.sent.values_mut() {
            entry.first_seen_ms = up_to_second(entry.first_seen_ms);
            entry.last_seen_ms = up_to_second(entry.last_seen_ms);
            entry.sent_earliest_ms = entry.sent_earliest_ms.map(up_to_second);
            entry.sent_latest_ms = entry.sent_latest_ms.map(up_to_second);
            entry.state = match entry.state {
                SentState::Pending => SentState::Pending,
                SentState::WithdrawnByYou { at_ms } => SentState::WithdrawnByYou {
                    at_ms: up_to_second(at_ms),
                },
                SentState::NoLongerPending { at_ms } => SentState::NoLongerPending {
                    at_ms: up_to_second(at_ms),
                },
            };
        }
    }
    ledger
}

#[test]
fn codec_migrates_version_2_to_3_losing_only_milliseconds_of_entry_times() {
    // The version-2 text read field by field, as the version-2 code did.
    let mut as_written: Ledger = match serde_json::from_str(V2_LEDGER) {
        Ok(ledger) => ledger,
        Err(error) => panic!("the v2 sample is the v2 serde form: {error}"),
    };
    as_written.version = CURRENT_VERSION;
    let migrated = match decode(V2_LEDGER) {
        Ok(ledger) => ledger,
        Err(error) => panic!("v2 should migrate: {error}"),
    };
    assert_eq!(migrated, with_entry_times_in_seconds(as_written));

    // A few facts, spelled out.
    assert_eq!(migrated.version, CURRENT_VERSION);
    let b = entry(&migrated, "b");
    assert_eq!(b.key, "b");
    assert_eq!(
        b.profile_url.as_deref(),
        Some("https://www.linkedin.com/in/Bee-Other/")
    );
    assert_eq!(
        b.mutuals.as_deref(),
        Some("Ann Lee and 3 other mutual connections")
    );
    assert_eq!(b.first_seen_ms, T0 + 1000);
    assert_eq!(
        b.state,
        State::ReSent {
            at_ms: T0 + 2 * DAY_MS + 1000,
            vanished_at_ms: T0 + DAY_MS + 2000,
        }
    );
    assert_eq!(
        entry(&migrated, "c").profile_url.as_deref(),
        Some("https://example.com/c")
    );
    let State::Vanished { evidence, .. } = &entry(&migrated, "d").state else {
        panic!("d stays vanished");
    };
    // Durations keep their milliseconds.
    assert_eq!(evidence.pending_at_most_ms, Some(604_801_250));
    assert_eq!(vanished_entries(&migrated).len(), 1);
    assert_eq!(missing_in_bulk_entries(&migrated).len(), 3);
    assert_eq!(unseen_count(&migrated), 4);
    assert_eq!(migrated.next_event_id, 6);

    // Stored again (version 4 lines) it decodes to itself; exported (the version-3 shape) it is
    // smaller than version 2, and decodes to itself.
    assert_eq!(decode(&encode(&migrated)), Ok(migrated.clone()));
    let text = encode_json(&migrated);
    assert!(text.starts_with("{\"version\":4"), "{text}");
    assert!(
        text.len() * 10 < V2_LEDGER.len() * 7,
        "{} bytes vs {}: {text}",
        text.len(),
        V2_LEDGER.len()
    );
    assert_eq!(decode(&text), Ok(migrated));
    // What the export (and the browser tests, through it) read stays as it was: `lr` and events
    // in milliseconds, names, state tags.
    for kept in [
        "\"lr\":{\"t\":1760259200020,\"ok\":true,",
        "{\"id\":2,\"at\":1760086401500,\"k\":{\"t\":\"v\",\"k\":\"b\"},\"seen\":false}",
        "\"n\":\"Person b\"",
        "\"s\":{\"t\":\"rs\",",
        "\"s\":{\"t\":\"g\",",
        "\"s\":{\"t\":\"p\"}",
    ] {
        assert!(text.contains(kept), "{kept} missing from {text}");
    }
    // What went: the key inside entries, the LinkedIn origin, millisecond entry times.
    assert!(!text.contains("\"k\":\"b\",\"n\""), "{text}");
    assert!(!text.contains("https://www.linkedin.com"), "{text}");
    assert!(!text.contains("\"f\":1760000000250"), "{text}");
}

#[test]
fn codec_migrates_version_1_through_version_2_to_3() {
    let v1 = r#"{"version":1,"invitations":{
        "in:ann": {"name": "Ann", "firstSeen": 1760000000250, "lastSeen": 1760000005001,
                   "state": "vanished"}
    }}"#;
    let ledger = match decode(v1) {
        Ok(ledger) => ledger,
        Err(error) => panic!("v1 should migrate: {error}"),
    };
    assert_eq!(ledger.version, CURRENT_VERSION);
    let ann = entry_of(&ledger, UNKNOWN_ACCOUNT, "in:ann");
    assert_eq!(
        (ann.first_seen_ms, ann.last_seen_ms),
        (1_760_000_001_000, 1_760_000_006_000)
    );
    let State::Vanished {
        detected_at_ms,
        evidence,
    } = &ann.state
    else {
        panic!("ann stays vanished");
    };
    assert_eq!(*detected_at_ms, 1_760_000_006_000);
    assert_eq!(evidence.last_seen_ms, 1_760_000_006_000);
    // A duration, exact.
    assert_eq!(evidence.pending_at_least_ms, 4751);
    assert_eq!(decode(&encode(&ledger)), Ok(ledger));
}

/// Entry times in whole seconds, and every odd value the compact form has a rule for.
fn odd_ledger() -> Ledger {
    let mut ledger = rich_ledger();
    let account = ledger.accounts.get_mut(ME).expect("the account");
    let template = account.received["a"].clone();
    let odd = [
        (
            "u1",
            Some("/in/relative/"),
            Some("1 mutual connection"),
            None,
        ),
        (
            "u2",
            Some("!bang"),
            Some("2 mutual connection"),
            Some("other"),
        ),
        ("u3", Some("~"), Some("01 mutual connections"), Some("")),
        (
            "u4",
            Some("~x"),
            Some("A and 1 other mutual connection"),
            None,
        ),
        (
            "u5",
            Some("https://www.linkedin.com"),
            Some("A and 2 other mutual connection"),
            None,
        ),
        (
            "u6",
            Some("https://www.linkedin.com.evil/in/x/"),
            Some(" and 3 other mutual connections"),
            None,
        ),
        (
            "in:u7",
            Some("https://www.linkedin.com/in/u7"),
            Some("A and B and 3 other mutual connections"),
            None,
        ),
        (
            "in:u8",
            Some("https://www.linkedin.com/in/U8/"),
            Some("-1 mutual connections"),
            None,
        ),
        (
            "in:u9",
            Some("https://www.linkedin.com/in//"),
            Some("3 mutual connections "),
            None,
        ),
        ("in:", Some("https://www.linkedin.com/in//"), Some(""), None),
        (
            "u10",
            Some("https://www.linkedin.com/company/acme/"),
            Some("18446744073709551615 mutual connections"),
            None,
        ),
        (
            "u11",
            Some(""),
            Some("99999999999999999999 mutual connections"),
            None,
        ),
        ("u12", None, Some("Ann is a mutual connection"), None),
        ("u13", None, Some(" is a mutual connection"), None),
        ("u14", None, Some("is a mutual connection"), None),
    ];
    for (i, (key, url, mutuals, bucket)) in odd.into_iter().enumerate() {
        let mut entry = template.clone();
        let i = i64::try_from(i).unwrap_or(0);
        entry.key = key.to_string();
        entry.profile_url = url.map(str::to_string);
        entry.mutuals = mutuals.map(str::to_string);
        entry.bucket = bucket.map(str::to_string);
        // Send ranges that are not whole days before first sight, or only one end.
        entry.first_seen_ms = T0 - i * 3_000;
        entry.last_seen_ms = T0 + i * 7_000;
        entry.sent_earliest_ms = (i % 3 != 0).then_some(T0 - i * 86_401_000);
        entry.sent_latest_ms = (i % 4 != 0).then_some(T0 - i * 86_400_000);
        account.received.insert(key.to_string(), entry);
    }
    let mut far = template;
    far.key = "far".to_string();
    far.first_seen_ms = -5_000;
    far.last_seen_ms = 0;
    far.sent_earliest_ms = Some(-90 * DAY_MS);
    far.sent_latest_ms = Some(7_000);
    account.received.insert("far".to_string(), far);
    ledger
}

#[test]
fn codec_v3_round_trips_every_compact_rule_exactly() {
    let ledger = odd_ledger();
    // Stored as lines (version 4), the same rules apply field by field.
    let lines = encode(&ledger);
    assert_eq!(decode(&lines), Ok(ledger.clone()), "{lines}");
    let text = encode_json(&ledger);
    assert_eq!(decode(&text), Ok(ledger.clone()), "{text}");
    // The usual bucket is said once per account; an entry without one says null.
    assert!(text.contains("\"in:me\":{\"b\":\"focused\""), "{text}");
    assert!(text.contains("\"b\":null"), "{text}");
    assert!(text.contains("\"u\":\"~\""), "{text}");
    assert!(
        text.contains("\"mu\":12") || text.contains("\"mu\":1,"),
        "{text}"
    );
    assert!(text.contains("\"mu\":[\"A\",1]"), "{text}");
    assert!(text.contains("\"mu\":[\"Ann\"]"), "{text}");
}

#[test]
fn codec_v3_rounds_entry_times_up_keeping_their_order() {
    let mut ledger = rich_ledger();
    let account = ledger.accounts.get_mut(ME).expect("the account");
    let a = account.received.get_mut("a").expect("a");
    a.first_seen_ms = T0 + 1;
    a.last_seen_ms = T0 + 999;
    a.sent_latest_ms = Some(T0 + 1 - DAY_MS);
    a.sent_earliest_ms = Some(T0 + 1 - 2 * DAY_MS);
    a.state = State::AcceptedByYou { at_ms: T0 + 1_001 };
    let decoded = match decode(&encode(&ledger)) {
        Ok(ledger) => ledger,
        Err(error) => panic!("{error}"),
    };
    let a = entry(&decoded, "a");
    assert_eq!(
        (
            a.sent_earliest_ms,
            a.sent_latest_ms,
            a.first_seen_ms,
            a.last_seen_ms
        ),
        (
            Some(T0 + 1000 - 2 * DAY_MS),
            Some(T0 + 1000 - DAY_MS),
            T0 + 1000,
            T0 + 1000
        )
    );
    // Later, never earlier: an action's grace (1 h) is never cut short by rounding.
    assert_eq!(a.state, State::AcceptedByYou { at_ms: T0 + 2000 });
    assert_eq!(up_to_second(-1), 0);
    assert_eq!(up_to_second(-1000), -1000);
    assert_eq!(with_entry_times_in_seconds(decoded.clone()), decoded);
}

#[test]
fn codec_v3_hostile_times_saturate_and_decode_to_a_fixed_point() {
    for text in [
        r#"{"version":3,"t0":9223372036854775807,"a":{"x":{"r":{"k":{"f":9223372036854775807,"l":-9223372036854775808,"ag":[9223372036854775807,-9223372036854775808],"s":{"t":"a","at":9223372036854775807}}}}}}"#,
        r#"{"version":3,"t0":-9223372036854775808,"a":{"x":{"r":{"k":{"f":-1,"se":-9223372036854775808,"sl":9223372036854775807,"s":{"t":"p"}}}}}}"#,
        r#"{"version":3,"a":{"x":{"b":"focused","r":{"k":{"ag":[],"u":"~","b":null,"s":{"t":"p"}}}}}}"#,
    ] {
        let decoded = match decode(text) {
            Ok(ledger) => ledger,
            Err(error) => panic!("{text}: {error}"),
        };
        assert_eq!(decode(&encode(&decoded)), Ok(decoded), "{text}");
    }
    for corrupt in [
        r#"{"version":3,"a":{"x":{"r":{"k":{"s":{"t":"boom"}}}}}}"#,
        r#"{"version":3,"a":{"x":{"r":{"k":{"f":"soon","s":{"t":"p"}}}}}}"#,
        r#"{"version":3,"a":{"x":{"r":{"k":{"mu":-3,"s":{"t":"p"}}}}}}"#,
        r#"{"version":3,"t0":1.5}"#,
        r#"{"version":3,"a":"#,
    ] {
        assert!(
            matches!(decode(corrupt), Err(CodecError::Corrupt { .. })),
            "{corrupt}: {:?}",
            decode(corrupt)
        );
    }
}

/// `n` received invitations as LinkedIn shows them today: 19-digit invitation ids as keys,
/// names of ~15 characters, headlines of ~40, profile links with slugs, mutuals lines of every
/// usual shape, one in twelve with a note, ages from a day to three months; seen first and
/// again a day later, at millisecond times (what [`apply_observation`] records for two complete
/// reads). `in_keys`: keyed by profile (`in:<slug>`), as some page versions are.
fn realistic_ledger(n: usize, in_keys: bool) -> Ledger {
    const FIRST: [&str; 8] = [
        "Alexandra",
        "Benjamin",
        "Chiara",
        "Dmitri",
        "Elif",
        "Fernando",
        "Grace",
        "Hiroshi",
    ];
    let first_seen_ms = T0 + 437;
    let mut account = AccountLedger::default();
    for i in 0..n {
        let first = FIRST[i % FIRST.len()];
        let slug = format!("{}-{i:05}-a1b2c3", first.to_lowercase());
        let key = if in_keys {
            format!("in:{slug}")
        } else {
            format!("urn:li:invitation:73011223344{i:08}")
        };
        let days = i64::try_from(i % 90).unwrap_or(0) + 1;
        let entry = Entry {
            key: key.clone(),
            name: format!("{first} N{i:05}"),
            headline: Some(format!("Senior Software Engineer at Company {i:05}")),
            profile_url: Some(format!("https://www.linkedin.com/in/{slug}/")),
            kind: InvitationKind::Person,
            note: (i % 12 == 0).then(|| "Hello! We met at the conference last week.".to_string()),
            mutuals: match i % 4 {
                0 => Some(format!("{} mutual connections", i % 40 + 2)),
                1 => Some(format!(
                    "Grace Hopper and {} other mutual connections",
                    i % 30 + 1
                )),
                2 => Some("Ada Lovelace is a mutual connection".to_string()),
                _ => None,
            },
            first_seen_ms,
            last_seen_ms: T0 + DAY_MS + 321,
            sent_earliest_ms: Some(first_seen_ms - (days + 1) * DAY_MS),
            sent_latest_ms: Some(first_seen_ms - days * DAY_MS),
            bucket: Some("focused".to_string()),
            only_seen_filtered: false,
            state: State::Pending,
        };
        account.received.insert(key, entry);
    }
    let mut ledger = Ledger::new();
    ledger.accounts.insert(ME.to_string(), account);
    ledger
}

#[test]
fn codec_v3_stores_ten_thousand_realistic_invitations_in_under_two_megabytes() {
    for in_keys in [false, true] {
        let ledger = realistic_ledger(10_000, in_keys);
        assert_eq!(pending_count(&ledger, Some(ME)), 10_000);
        let text = encode(&ledger);
        // Version 2 was the model's own serde form.
        let v2 = serde_json::to_string(&ledger).map_or(0, |v2| v2.len());
        println!(
            "10,000 invitations keyed by {}: {} bytes, {} bytes per invitation (version 2: {})",
            if in_keys { "profile" } else { "invitation id" },
            text.len(),
            text.len() / 10_000,
            v2 / 10_000
        );
        assert!(text.len() <= 2_000_000, "{} bytes", text.len());
        let decoded = match decode(&text) {
            Ok(decoded) => decoded,
            Err(error) => panic!("{error}"),
        };
        assert_eq!(decoded, with_entry_times_in_seconds(ledger));
    }
}

/// Native decode time of the 10,000-invitation ledger:
/// `cargo test --release --lib codec_v3_decode_time -- --ignored --nocapture`.
#[test]
#[ignore = "a timing, not a check"]
fn codec_v3_decode_time_of_ten_thousand_invitations() {
    let text = encode(&realistic_ledger(10_000, false));
    let mut times: Vec<f64> = (0..15)
        .map(|_| {
            let start = std::time::Instant::now();
            let decoded = decode(&text);
            let elapsed = start.elapsed().as_secs_f64() * 1000.0;
            assert!(decoded.is_ok());
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "decode of {} bytes (10,000 invitations): median {:.2} ms",
        text.len(),
        times[times.len() / 2]
    );
}

#[test]
fn vanished_from_focused_then_found_in_other_is_a_move_not_news() {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + HOUR_MS,
    );
    assert!(is_vanished(&ledger, "b"));
    let other = read_of(
        received_view(Some("other"), None),
        Completeness::Complete,
        vec![with_note(card("b", 14, Some(21)))],
    );
    let events = apply_observation(&mut ledger, &settled(other), T0 + 2 * HOUR_MS);
    assert!(events.is_empty(), "no re-sent news for a move: {events:?}");
    assert_eq!(entry(&ledger, "b").state, State::Pending);
    assert_eq!(entry(&ledger, "b").bucket.as_deref(), Some("other"));
    assert_eq!(unseen_count(&ledger), 0, "the vanish news is withdrawn");
}

// --- the split form (`ledger` + `ledgerPending`) ---------------------------------------------

/// A, B, C pending, then B vanished and A accepted here: news and pending entries both.
fn split_sample() -> Ledger {
    let mut ledger = visited_abc();
    record_action(&mut ledger, Some(ME), "a", UserAction::Accept, T0 + HOUR_MS);
    apply_observation(
        &mut ledger,
        &settled(complete(vec![card("c", 60, Some(90))])),
        T0 + 2 * HOUR_MS,
    );
    assert!(is_vanished(&ledger, "b"));
    ledger
}

#[test]
fn split_puts_exactly_the_pending_entries_under_their_own_key() {
    let ledger = split_sample();
    let split = encode_split(&ledger);
    let pending_lines: Vec<&str> = split.pending.lines().skip(1).collect();
    assert_eq!(
        pending_lines.len(),
        2,
        "an account line and C: {pending_lines:?}"
    );
    assert!(pending_lines[1].starts_with("r|c|") && pending_lines[1].ends_with("|p"));
    assert!(!split.news.lines().any(|line| line.ends_with("|p")));
    assert!(split.news.contains("\nr|a|") && split.news.contains("\nr|b|"));
    assert_eq!(
        decode_split(Some(&split.news), Some(&split.pending)),
        Ok(ledger.clone())
    );
    let news = decode_news(&split.news).unwrap_or_else(|e| panic!("{e}"));
    assert!(!news.skipped_pending);
    assert!(!news.ledger.accounts[ME].received.contains_key("c"));
    assert_eq!(encode_news(&ledger), split.news);
}

#[test]
fn split_migrates_an_unsplit_version_4_text_and_version_1() {
    let ledger = split_sample();
    let unsplit = encode(&ledger);
    let news = decode_news(&unsplit).unwrap_or_else(|e| panic!("{e}"));
    assert!(news.skipped_pending, "the card may read it, a save may not");
    assert!(!is_split_news(&unsplit));
    assert!(is_split_news(&encode_split(&ledger).news));
    assert_eq!(decode_split(Some(&unsplit), None), Ok(ledger.clone()));
    // The next save writes the split form, which reads back the same.
    let split = encode_split(&ledger);
    assert_eq!(
        decode_split(Some(&split.news), Some(&split.pending)),
        Ok(ledger)
    );

    let v1 = r#"{"version":1,"invitations":{"in:ann":{"name":"Ann","firstSeen":1,"lastSeen":2,"state":"pending"}}}"#;
    let news = decode_news(v1).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        news.skipped_pending,
        "a version-1 text holds its pending entries"
    );
    let whole = decode_split(Some(v1), None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(whole.accounts[UNKNOWN_ACCOUNT].pending_count(), 1);
}

#[test]
fn split_damage_is_an_error_naming_the_text_and_keeps_both_raw_texts() {
    let split = encode_split(&split_sample());
    assert_eq!(decode_split(None, None), Ok(Ledger::new()));
    assert_eq!(decode_split(Some(""), Some("")), Ok(Ledger::new()));
    // Pending entries without the rest of the ledger.
    assert!(matches!(
        decode_split(None, Some(&split.pending)),
        Err(SplitError::Pending(CodecError::Corrupt { .. }))
    ));
    // A damaged pending text, a damaged news text.
    let cut = &split.pending[..split.pending.len() - 3];
    assert!(matches!(
        decode_split(Some(&split.news), Some(cut)),
        Err(SplitError::Pending(_))
    ));
    assert!(matches!(
        decode_split(Some("{not json"), Some(&split.pending)),
        Err(SplitError::News(_))
    ));
    // The keys swapped: the pending text holds news.
    assert!(matches!(
        decode_split(Some(&split.pending), Some(&split.news)),
        Err(SplitError::Pending(_))
    ));
    let (fresh, recovery) = decode_split_or_recover(Some(&split.news), Some(cut));
    assert_eq!(fresh, Ledger::new());
    let recovery = recovery.unwrap_or_else(|| panic!("damage must be recovered"));
    assert_eq!(recovery.news.as_deref(), Some(split.news.as_str()));
    assert_eq!(recovery.pending.as_deref(), Some(cut));
    assert_eq!(
        decode_split_or_recover(Some(&split.news), Some(&split.pending)).1,
        None
    );
}

#[test]
fn split_news_text_is_kept_over_a_duplicate_pending_entry() {
    let ledger = split_sample();
    let split = encode_split(&ledger);
    // An unsplit text (A accepted, B vanished, C pending) beside a stale pending text that still
    // has all three pending: the news text's own entries win.
    let stale = encode_split(&visited_abc()).pending;
    let merged =
        decode_split(Some(&encode(&ledger)), Some(&stale)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(merged, ledger);
    assert_ne!(split.pending, stale);
    // Its pending entry is in the news text: it must be saved whole before the news alone.
    assert!(!is_split_news(&encode(&ledger)));
}

// --- identity and buckets (the live page) ---------------------------------------------------

/// Two people of the same name, each with an invitation URN and a profile of their own.
fn namesakes() -> (PageInvitation, PageInvitation) {
    let mut first = aged("urn:li:invitation:1001", 3);
    first.name = "Maria Garcia".to_string();
    first.profile_url = Some("https://www.linkedin.com/in/maria-garcia-1/".to_string());
    let mut second = aged("urn:li:invitation:1002", 5);
    second.name = "Maria Garcia".to_string();
    second.profile_url = Some("https://www.linkedin.com/in/maria-garcia-2/".to_string());
    (first, second)
}

#[test]
fn a_namesake_on_the_page_does_not_hide_the_other_namesakes_vanish() {
    let (first, second) = namesakes();
    let mut ledger = Ledger::new();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![first.clone(), second, aged("c", 9)])),
        T0,
    );
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![first, aged("c", 9)])),
        T0 + HOUR_MS,
    );
    assert_eq!(
        events.iter().map(|e| e.kind.clone()).collect::<Vec<_>>(),
        vec![EventKind::Vanished {
            key: "urn:li:invitation:1002".into()
        }]
    );
}

#[test]
fn a_name_still_stands_for_a_row_or_entry_without_a_strong_key() {
    // The entry was keyed by name only (a row with no link); the page now shows the same name
    // under a URN: nobody can tell them apart, so it is not gone.
    let (first, _) = namesakes();
    let mut ledger = Ledger::new();
    let mut weak = aged("name:maria garcia", 3);
    weak.name = "Maria Garcia".to_string();
    weak.profile_url = None;
    apply_observation(
        &mut ledger,
        &settled(complete(vec![weak, aged("c", 9)])),
        T0,
    );
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![first, aged("c", 9)])),
        T0 + HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
}

fn with_buckets(mut read: PageRead, focused: u32, other: u32) -> PageRead {
    read.bucket_counts = vec![
        BucketCount {
            bucket: "focused".into(),
            count: focused,
        },
        BucketCount {
            bucket: "other".into(),
            count: other,
        },
    ];
    read
}

#[test]
fn an_invitation_refiled_to_other_is_not_withdrawn_while_the_total_holds() {
    let mut ledger = visited_abc();
    // The menu lists Focused (3), Other (2): five in all.
    apply_observation(
        &mut ledger,
        &settled(with_buckets(
            complete(vec![
                aged("a", 1),
                card("b", 14, Some(21)),
                card("c", 60, Some(90)),
            ]),
            3,
            2,
        )),
        T0 + HOUR_MS,
    );
    assert_eq!(ledger.accounts[ME].received_total, Some(5));
    // B left Focused, and Other grew by one: five in all still.
    let read = with_buckets(complete(vec![aged("a", 1), card("c", 60, Some(90))]), 2, 3);
    let events = apply_observation(&mut ledger, &settled(read), T0 + 2 * HOUR_MS);
    assert_no_alert(&ledger, &events);
    assert_eq!(entry(&ledger, "b").bucket.as_deref(), Some("other"));
    // A later Focused read without the menu does not take B for gone either.
    let events = apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + 3 * HOUR_MS,
    );
    assert_no_alert(&ledger, &events);
}

#[test]
fn an_invitation_gone_while_the_total_dropped_as_much_vanishes() {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(with_buckets(
            complete(vec![
                aged("a", 1),
                card("b", 14, Some(21)),
                card("c", 60, Some(90)),
            ]),
            3,
            2,
        )),
        T0 + HOUR_MS,
    );
    let read = with_buckets(complete(vec![aged("a", 1), card("c", 60, Some(90))]), 2, 2);
    let events = apply_observation(&mut ledger, &settled(read), T0 + 2 * HOUR_MS);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].kind, EventKind::Vanished { key: "b".into() });
    assert_eq!(ledger.accounts[ME].received_total, Some(4));
}

#[test]
fn a_read_whose_cues_disagree_proves_nothing() {
    let mut ledger = visited_abc();
    let read = read_of(
        received_view(Some("focused"), None),
        Completeness::Partial {
            reason: PartialReason::CuesDisagree {
                detail: "bucket picker 2, \"All\" link 3".into(),
            },
        },
        vec![aged("a", 1), card("c", 60, Some(90))],
    );
    let events = apply_observation(&mut ledger, &settled(read), T0 + HOUR_MS);
    assert_no_alert(&ledger, &events);
}

#[test]
fn the_bucket_total_survives_the_stored_form() {
    let mut ledger = visited_abc();
    ledger
        .accounts
        .entry(ME.to_string())
        .or_default()
        .received_total = Some(7);
    let split = encode_split(&ledger);
    let back = decode_split(Some(&split.news), Some(&split.pending));
    let Ok(back) = back else {
        panic!("the split form decodes: {back:?}");
    };
    assert_eq!(back.accounts[ME].received_total, Some(7));
}
