//! Tests of the diff: unit tests and scenarios (sequences of page reads over time).

use crate::ledger::testkit::*;

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
    assert_eq!(evidence.kind, kinds::InvitationKind::Person);
    assert_eq!(evidence.gone_in_same_read, 1);
    assert_eq!(evidence.new_in_same_read, 0);
    assert_eq!(evidence.last_seen_ms, T0);
    assert_eq!(evidence.era, Some(kinds::Era::E));
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
fn a_sent_tab_read_leaves_its_numbers_and_an_empty_one_too() {
    let mut ledger = Ledger::new();
    let view = |filter: Option<&str>| View {
        tab: Tab::Sent,
        bucket: None,
        filter: filter.map(str::to_string),
    };
    let events = apply_observation(
        &mut ledger,
        &settled(read_of(
            view(None),
            Completeness::Partial {
                reason: PartialReason::MoreToLoad,
            },
            vec![aged("s1", 3), with_note(aged("s2", 30)), aged("s3", 100)],
        )),
        T0,
    );
    assert!(events.is_empty());
    let read = SentRead {
        at_ms: T0,
        shown: 3,
        without_note: 2,
        complete: false,
    };
    assert_eq!(ledger.accounts[ME].sent_read, Some(read));
    // A filtered view is not the list: its numbers are not kept.
    apply_observation(
        &mut ledger,
        &settled(read_of(
            view(Some("CONNECTION_X")),
            Completeness::Complete,
            vec![],
        )),
        T0 + HOUR_MS,
    );
    assert_eq!(ledger.accounts[ME].sent_read, Some(read));
    // An empty Sent list: the account is kept with its numbers, so the popup knows it was read.
    let mut empty = Ledger::new();
    apply_observation(
        &mut empty,
        &settled(read_of(view(None), Completeness::Complete, vec![])),
        T0,
    );
    assert_eq!(
        empty.accounts[ME].sent_read,
        Some(SentRead {
            at_ms: T0,
            shown: 0,
            without_note: 0,
            complete: true,
        })
    );
    // Retention forgets the numbers with the rest of the old history.
    prune(&mut empty, T0 + 40 * DAY_MS, 30);
    assert!(empty.accounts.is_empty());
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
        Some(kinds::UnrecognisedReason::Restricted)
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
    assert_eq!(last.era, Some(kinds::Era::E));
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

#[test]
fn prune_caps_events_dropping_the_oldest_seen_never_unseen_news() {
    let mut ledger = visited_abc();
    let account = ledger.accounts.get_mut(ME).expect("the account");
    let total = crate::ledger::MAX_EVENTS_PER_ACCOUNT + 50;
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
    assert_eq!(events.len(), crate::ledger::MAX_EVENTS_PER_ACCOUNT);
    assert_eq!(events.iter().filter(|e| !e.seen_by_user).count(), 10);
    // The oldest seen ones went: ids 11..=60.
    assert_eq!(events[10].id, 61);
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
    assert_eq!(ledger.accounts[ME].received_totals.get("focused"), Some(&5));
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
    assert_eq!(ledger.accounts[ME].received_totals.get("focused"), Some(&4));
}

/// Focused lists A, B, C and the menu says Focused (3), Other (1): four in all.
fn seen_whole_with_buckets() -> Ledger {
    let mut ledger = visited_abc();
    let read = with_buckets(
        complete(vec![
            aged("a", 1),
            card("b", 14, Some(21)),
            card("c", 60, Some(90)),
        ]),
        3,
        1,
    );
    let events = apply_observation(&mut ledger, &settled(read), T0 + HOUR_MS);
    assert!(events.is_empty());
    ledger
}

/// The picker and its counts are on the page before the rows: a read with the spinner and no
/// rows (or the first few), its counts already one fewer.
fn count_first(rows: Vec<PageInvitation>, focused: u32, other: u32) -> PageRead {
    with_buckets(
        read_of(
            received_view(Some("focused"), None),
            Completeness::Partial {
                reason: PartialReason::Loading,
            },
            rows,
        ),
        focused,
        other,
    )
}

#[test]
fn count_first_rows_later_one_fewer_is_a_vanish() {
    let mut ledger = seen_whole_with_buckets();
    // B was withdrawn. The page shows "Focused (2)" and a spinner; the rows are not there yet.
    for (rows, at) in [
        (vec![], T0 + DAY_MS),
        (vec![aged("a", 1)], T0 + DAY_MS + 1_000),
    ] {
        for observation in [
            unsettled(count_first(rows.clone(), 2, 1)),
            settled(count_first(rows, 2, 1)),
        ] {
            let events = apply_observation(&mut ledger, &observation, at);
            assert_no_alert(&ledger, &events);
        }
    }
    // A total from a read that did not show the whole bucket is not kept.
    assert_eq!(ledger.accounts[ME].received_totals.get("focused"), Some(&4));
    // Two to six seconds later the rows are there: A and C. Three in all, one fewer: B is gone.
    let read = with_buckets(complete(vec![aged("a", 1), card("c", 60, Some(90))]), 2, 1);
    let events = apply_observation(&mut ledger, &settled(read), T0 + DAY_MS + 4_000);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, EventKind::Vanished { key: "b".into() });
    assert!(is_vanished(&ledger, "b"));
    assert_eq!(ledger.accounts[ME].received_totals.get("focused"), Some(&3));
}

#[test]
fn count_first_rows_later_one_moved_to_other_is_no_vanish() {
    let mut ledger = seen_whole_with_buckets();
    // B moved to Other: Focused (2), Other (2), four in all; first the spinner, then the rows.
    let events = apply_observation(
        &mut ledger,
        &settled(count_first(vec![], 2, 2)),
        T0 + DAY_MS,
    );
    assert_no_alert(&ledger, &events);
    let read = with_buckets(complete(vec![aged("a", 1), card("c", 60, Some(90))]), 2, 2);
    let events = apply_observation(&mut ledger, &settled(read), T0 + DAY_MS + 4_000);
    assert_no_alert(&ledger, &events);
    assert_eq!(entry(&ledger, "b").bucket.as_deref(), Some("other"));
    assert_eq!(entry(&ledger, "b").state, State::Pending);
    // Other, read whole, shows it.
    let other = with_buckets(
        read_of(
            received_view(Some("other"), None),
            Completeness::Complete,
            vec![card("b", 14, Some(21))],
        ),
        2,
        2,
    );
    let events = apply_observation(&mut ledger, &settled(other), T0 + DAY_MS + 60_000);
    assert_no_alert(&ledger, &events);
    assert_eq!(ledger.accounts[ME].received_totals.get("other"), Some(&4));
}

#[test]
fn a_total_from_another_bucket_proves_no_refiling() {
    let mut ledger = seen_whole_with_buckets();
    // B was withdrawn (three in all); the user looks at Other first, read whole: Other's total
    // is three, but that read never saw B.
    let other = with_buckets(
        read_of(
            received_view(Some("other"), None),
            Completeness::Complete,
            vec![aged("o", 2)],
        ),
        2,
        1,
    );
    apply_observation(&mut ledger, &settled(other), T0 + DAY_MS);
    // Focused without B, three in all: Focused's own total (four) says one fewer.
    let read = with_buckets(complete(vec![aged("a", 1), card("c", 60, Some(90))]), 2, 1);
    let events = apply_observation(&mut ledger, &settled(read), T0 + DAY_MS + 60_000);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(is_vanished(&ledger, "b"));
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
