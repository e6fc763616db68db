//! Helpers for the ledger's tests: hand-made [`PageRead`] values (so the tests do not depend on
//! the HTML reader), observations, and small ledgers.

pub(crate) use crate::page::{
    AgeRange, BucketCount, CardSource, Completeness, Era, InvitationKind, PageInvitation, PageRead,
    PartialReason, ReadStatus, Tab, UnrecognisedReason, UserAction, View,
};

pub(crate) use super::model::DAY_MS;
pub(crate) use super::*;
pub(crate) use crate::diff::*;

pub(crate) const ME: &str = "in:me";
/// Some instant in 2025.
pub(crate) const T0: i64 = 1_760_000_000_000;
pub(crate) use crate::time::HOUR_MS;

// --- helpers --------------------------------------------------------------------------------

/// An invitation card whose age label means "at least `min_days`, under `max_days`".
pub(crate) fn card(key: &str, min_days: u32, max_days: Option<u32>) -> PageInvitation {
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
pub(crate) fn aged(key: &str, days: u32) -> PageInvitation {
    card(key, days, Some(days + 1))
}

pub(crate) fn with_note(mut invitation: PageInvitation) -> PageInvitation {
    invitation.note = Some("Loved your talk at RustConf".to_string());
    invitation
}

pub(crate) fn without_age(mut invitation: PageInvitation) -> PageInvitation {
    invitation.age = None;
    invitation.time_label = None;
    invitation
}

pub(crate) fn received_view(bucket: Option<&str>, filter: Option<&str>) -> View {
    View {
        tab: Tab::Received,
        bucket: bucket.map(str::to_string),
        filter: filter.map(str::to_string),
    }
}

pub(crate) fn read_of(
    view: View,
    completeness: Completeness,
    invitations: Vec<PageInvitation>,
) -> PageRead {
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
pub(crate) fn complete(invitations: Vec<PageInvitation>) -> PageRead {
    read_of(
        received_view(Some("focused"), None),
        Completeness::Complete,
        invitations,
    )
}

/// A partial (more to load), unfiltered read of the Focused bucket for account [`ME`].
pub(crate) fn partial(invitations: Vec<PageInvitation>) -> PageRead {
    read_of(
        received_view(Some("focused"), None),
        Completeness::Partial {
            reason: PartialReason::MoreToLoad,
        },
        invitations,
    )
}

pub(crate) fn for_account(mut read: PageRead, account: Option<&str>) -> PageRead {
    read.account = account.map(str::to_string);
    read
}

pub(crate) fn settled(read: PageRead) -> Observation {
    Observation {
        read,
        settled: true,
    }
}

pub(crate) fn unsettled(read: PageRead) -> Observation {
    Observation {
        read,
        settled: false,
    }
}

pub(crate) fn entry<'a>(ledger: &'a Ledger, key: &str) -> &'a Entry {
    entry_of(ledger, ME, key)
}

pub(crate) fn entry_of<'a>(ledger: &'a Ledger, account: &str, key: &str) -> &'a Entry {
    match ledger
        .accounts
        .get(account)
        .and_then(|a| a.received.get(key))
    {
        Some(entry) => entry,
        None => panic!("no entry {key} for {account}"),
    }
}

pub(crate) fn is_vanished(ledger: &Ledger, key: &str) -> bool {
    matches!(entry(ledger, key).state, State::Vanished { .. })
}

/// Ledger after a first complete, settled visit showing A (1 day), B (2 weeks), C (2 months).
pub(crate) fn visited_abc() -> Ledger {
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

/// A, B, C pending, then B vanished and A accepted here: news and pending entries both.
pub(crate) fn news_and_pending() -> Ledger {
    let mut ledger = visited_abc();
    record_action(&mut ledger, Some(ME), "a", UserAction::Accept, T0 + HOUR_MS);
    apply_observation(
        &mut ledger,
        &settled(complete(vec![card("c", 60, Some(90))])),
        T0 + 2 * HOUR_MS,
    );
    ledger
}

/// Every must-not-alert test ends with this.
pub(crate) fn assert_no_alert(ledger: &Ledger, events: &[Event]) {
    assert!(events.is_empty(), "unexpected events: {events:?}");
    assert!(vanished_entries(ledger).is_empty());
    assert!(missing_in_bulk_entries(ledger).is_empty());
    assert_eq!(unseen_count(ledger), 0);
}
