//! The rules that turn page reads and the user's own clicks into ledger changes — above all the
//! few, strict conditions under which an invitation may be declared vanished, and the many under
//! which it may not. Invite Watch must never cry wolf: when in doubt, nothing is declared.
//!
//! A received invitation is declared [`State::Vanished`] only when all of these hold:
//! - the read is recognised, shows the received tab with no filter, and the content script saw
//!   the page settle ([`Observation::settled`]);
//! - the read is attributed to the invitation's account (see [`apply_observation`] for reads that
//!   do not name the account);
//! - the invitation is watched ([`State::Pending`] or [`State::ReSent`]): the user did not click
//!   Accept/Ignore on it, and no "is now a connection" acknowledgement names it;
//! - its last-seen bucket is the bucket on the page ("focused" says nothing about "other");
//! - the list is complete, or it is partial for a known reason (more to load, or fewer cards than
//!   the count; neither loading nor unknown) and the loaded cards provably cover its position
//!   (see [`COVERAGE_MARGIN_MS`]);
//! - and not most of the list went at once: that is one [`EventKind::MassDisappearance`] question
//!   instead (see [`is_mass_disappearance`]), as is anything gone in a read that brings back
//!   invitations missing since an earlier mass disappearance (a switch back between accounts).

use std::collections::BTreeSet;

use crate::page::selectors::URN_PREFIX;
use crate::page::{
    AgeRange, Completeness, PageInvitation, PageRead, PartialReason, Tab, UserAction,
};

use crate::ledger::{
    AccountLedger, Coverage, Entry, Event, EventKind, Evidence, LastRead, Ledger, SentEntry,
    SentRead, SentState, State, DAY_MS, UNKNOWN_ACCOUNT,
};

/// One read of a page, as reported by the content script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    pub read: PageRead,
    /// The content script waited until the page was quiet (no loader, no mutations for a short
    /// interval) and a second read gave the same result. Absence is never concluded otherwise.
    pub settled: bool,
}

/// After the user's own Accept/Ignore/Withdraw click, the card may still be on the page for a
/// moment; within this window its presence does not put it back on the watch list.
pub const ACTION_GRACE_MS: i64 = 60 * 60 * 1000;

/// How far a watched entry's last sighting may lag: a read moves it only once it is older than
/// this. A read of an unchanged list then changes no pending entry, and the background rewrites
/// none of the pending text (a megabyte or two for thousands of invitations); the evidence of a
/// vanish ("last seen …") is at most this much earlier than the last read that showed it.
pub const LAST_SEEN_STEP_MS: i64 = 60 * 60 * 1000;

/// Safety margin around send-time estimates when a partial list is used to prove an absence:
/// relative labels are rounded, and clocks and LinkedIn's own rounding may disagree.
pub const COVERAGE_MARGIN_MS: i64 = DAY_MS;

/// Whether `gone` of `judged` known invitations going at once (with `new` unknown ones showing
/// up) is a mass disappearance rather than individual vanishes.
///
/// Mass when at least two went and: all of them went; or at least 3 and at least 60% went; or
/// at least half went while new, never-seen invitations appeared (the signature of another
/// account's list).
pub fn is_mass_disappearance(gone: usize, judged: usize, new: usize) -> bool {
    if gone < 2 {
        return false;
    }
    gone >= judged || (gone >= 3 && gone * 100 >= judged * 60) || (new >= 1 && gone * 2 >= judged)
}

/// Applies one page read to the ledger and returns the events it raised (only the new ones).
///
/// Account attribution: a read that names an account touches only that account's ledger. A read
/// that names none is filed under [`UNKNOWN_ACCOUNT`]; if the ledger already knows any real
/// account, such a read is *observe-only* — it records what is present (new invitations,
/// refreshed details, reappearances) but never concludes that anything is gone, since it may
/// belong to any account, or be a known account the reader failed to identify.
///
/// An unrecognised read changes nothing but [`Ledger::last_read`]. Applying the same observation
/// twice changes nothing more and raises nothing the second time.
pub fn apply_observation(ledger: &mut Ledger, obs: &Observation, now_ms: i64) -> Vec<Event> {
    let read = &obs.read;
    let account_key = ledger_key(read.account.as_deref());
    let attributed = read
        .account
        .as_deref()
        .is_some_and(|a| ledger_key(Some(a)) != UNKNOWN_ACCOUNT)
        || ledger.known_account_keys().next().is_none();

    let mut new_events = Vec::new();
    if read.is_recognised() && matches!(read.view.tab, Tab::Received | Tab::Sent) {
        let mut account = ledger.accounts.remove(&account_key).unwrap_or_default();
        let mut ids = EventIds(&mut ledger.next_event_id);
        match read.view.tab {
            Tab::Received => {
                new_events = apply_received(&mut account, &mut ids, obs, attributed, now_ms);
            }
            _ => apply_sent(&mut account, obs, attributed, now_ms),
        }
        if !account.is_empty() {
            ledger.accounts.insert(account_key.clone(), account);
        }
    }
    if read.is_recognised() && read.view.tab == Tab::Received && !read.acknowledged.is_empty() {
        // "X is now a connection" can only silence alerts, so it also reaches the ledgers this
        // read might belong to: every account for an unidentified read, "unknown" otherwise.
        for (other_key, other) in ledger.accounts.iter_mut() {
            let reachable = account_key == UNKNOWN_ACCOUNT || other_key == UNKNOWN_ACCOUNT;
            if *other_key != account_key && reachable {
                apply_acknowledgements(other, read, now_ms);
            }
        }
    }

    let pending_watched = ledger
        .accounts
        .get(&account_key)
        .map_or(0, AccountLedger::pending_count);
    ledger.last_read = Some(LastRead {
        at_ms: now_ms,
        recognised: read.is_recognised(),
        unrecognised_reason: match &read.status {
            crate::page::ReadStatus::Recognised => None,
            crate::page::ReadStatus::Unrecognised { reason } => Some(words::unrecognised(reason)),
        },
        view: words::view(&read.view),
        era: read.era.map(words::era),
        account: account_key,
        complete: read.completeness == Completeness::Complete,
        settled: obs.settled,
        pending_watched,
        partial: match &read.completeness {
            Completeness::Complete => None,
            Completeness::Partial { reason } => Some(words::partial(reason)),
        },
        checked: read.invitations.len(),
        count: read.count,
    });
    new_events
}

/// Records the user's own click, reported by the content script before the card leaves the
/// page: Accept/Ignore on a received invitation, Withdraw on a sent one. An unknown key gets a
/// tombstone, so that its later absence is not alarming.
///
/// The click is recorded in the named account's ledger (or [`UNKNOWN_ACCOUNT`]); because marking
/// something as the user's own doing can only silence alerts, it is also applied wherever else
/// the key is watched: in [`UNKNOWN_ACCOUNT`] for a named account, in every account when none is
/// named.
pub fn record_action(
    ledger: &mut Ledger,
    account: Option<&str>,
    key: &str,
    action: UserAction,
    now_ms: i64,
) {
    let primary = ledger_key(account);
    let mut targets = vec![primary.clone()];
    for (other_key, other) in &ledger.accounts {
        let is_candidate = primary == UNKNOWN_ACCOUNT || other_key == UNKNOWN_ACCOUNT;
        let holds_key = match action {
            UserAction::Accept | UserAction::Ignore => other.received.contains_key(key),
            UserAction::Withdraw => other.sent.contains_key(key),
        };
        if *other_key != primary && is_candidate && holds_key {
            targets.push(other_key.clone());
        }
    }

    for target in targets {
        let account = ledger.accounts.entry(target).or_default();
        match action {
            UserAction::Accept | UserAction::Ignore => {
                let state = if action == UserAction::Accept {
                    State::AcceptedByYou { at_ms: now_ms }
                } else {
                    State::IgnoredByYou { at_ms: now_ms }
                };
                account
                    .received
                    .entry(key.to_string())
                    .or_insert_with(|| tombstone(key, now_ms))
                    .state = state;
                mark_key_events_seen(account, key);
            }
            UserAction::Withdraw => {
                account
                    .sent
                    .entry(key.to_string())
                    .or_insert_with(|| SentEntry {
                        key: key.to_string(),
                        name: String::new(),
                        headline: None,
                        profile_url: None,
                        first_seen_ms: now_ms,
                        last_seen_ms: now_ms,
                        sent_earliest_ms: None,
                        sent_latest_ms: None,
                        state: SentState::Pending,
                    })
                    .state = SentState::WithdrawnByYou { at_ms: now_ms };
            }
        }
    }
}

/// The user says they acted on a vanished (or missing-in-bulk) invitation elsewhere: it leaves
/// the vanished list, and the news about it counts as seen. Returns whether anything changed.
/// `None` names [`UNKNOWN_ACCOUNT`].
pub fn resolve_by_user(ledger: &mut Ledger, account: Option<&str>, key: &str, now_ms: i64) -> bool {
    let Some(account) = ledger.accounts.get_mut(&ledger_key(account)) else {
        return false;
    };
    let Some(entry) = account.received.get_mut(key) else {
        return false;
    };
    if !matches!(
        entry.state,
        State::Vanished { .. } | State::MissingInBulk { .. }
    ) {
        return false;
    }
    entry.state = State::ResolvedByYou { at_ms: now_ms };
    mark_key_events_seen(account, key);
    true
}

/// Answers one event at once: for a [`EventKind::MassDisappearance`], every invitation still
/// missing from it becomes [`State::ResolvedByYou`]; for a [`EventKind::Vanished`], that one.
/// The event counts as seen. Returns how many invitations were resolved.
pub fn resolve_event(ledger: &mut Ledger, event_id: u64, now_ms: i64) -> usize {
    for account in ledger.accounts.values_mut() {
        let Some(event) = account.events.iter().find(|e| e.id == event_id) else {
            continue;
        };
        let keys: Vec<String> = match &event.kind {
            EventKind::MassDisappearance { keys, .. } => keys.clone(),
            EventKind::Vanished { key } => vec![key.clone()],
            EventKind::ReSent { .. } => Vec::new(),
        };
        let mut resolved = 0;
        for key in &keys {
            if let Some(entry) = account.received.get_mut(key) {
                if matches!(
                    entry.state,
                    State::Vanished { .. } | State::MissingInBulk { .. }
                ) {
                    entry.state = State::ResolvedByYou { at_ms: now_ms };
                    resolved += 1;
                }
            }
            mark_key_events_seen(account, key);
        }
        for event in account.events.iter_mut().filter(|e| e.id == event_id) {
            event.seen_by_user = true;
        }
        return resolved;
    }
    0
}

/// Marks these events as seen by the user. Returns how many changed.
pub fn mark_events_seen(ledger: &mut Ledger, ids: &[u64]) -> usize {
    let mut changed = 0;
    for event in ledger
        .accounts
        .values_mut()
        .flat_map(|a| a.events.iter_mut())
    {
        if !event.seen_by_user && ids.contains(&event.id) {
            event.seen_by_user = true;
            changed += 1;
        }
    }
    changed
}

/// Events the user has not seen yet, across accounts (the badge number).
pub fn unseen_count(ledger: &Ledger) -> usize {
    ledger
        .accounts
        .values()
        .flat_map(|a| a.events.iter())
        .filter(|e| !e.seen_by_user)
        .count()
}

/// Vanished received invitations with their account key, most recently detected first.
/// Invitations gone in a mass disappearance are not here: see [`missing_in_bulk_entries`].
pub fn vanished_entries(ledger: &Ledger) -> Vec<(&str, &Entry)> {
    entries_by_detection(ledger, |state| matches!(state, State::Vanished { .. }))
}

/// Received invitations gone in a mass disappearance (awaiting the user's answer), most recently
/// detected first.
pub fn missing_in_bulk_entries(ledger: &Ledger) -> Vec<(&str, &Entry)> {
    entries_by_detection(ledger, |state| matches!(state, State::MissingInBulk { .. }))
}

/// Received invitations watched for one account (`None`: [`UNKNOWN_ACCOUNT`]).
pub fn pending_count(ledger: &Ledger, account: Option<&str>) -> usize {
    ledger
        .accounts
        .get(&ledger_key(account))
        .map_or(0, AccountLedger::pending_count)
}

// ---------------------------------------------------------------------------------------------

/// Hands out event ids from the ledger's counter.
struct EventIds<'a>(&'a mut u64);

impl EventIds<'_> {
    fn next(&mut self) -> u64 {
        let id = (*self.0).max(1);
        *self.0 = id.saturating_add(1);
        id
    }
}

/// The ledger key for an account as a page or the content script names it.
fn ledger_key(account: Option<&str>) -> String {
    match account.map(str::trim).filter(|a| !a.is_empty()) {
        Some(account) => account.to_string(),
        None => UNKNOWN_ACCOUNT.to_string(),
    }
}

/// The send-time range implied by an age label read at `seen_at_ms`: `(earliest, latest)`.
/// "2 weeks ago" (at least 14, under 21 days) → `(seen − 21 d, seen − 14 d)`.
fn sent_range(age: Option<AgeRange>, seen_at_ms: i64) -> (Option<i64>, Option<i64>) {
    let Some(age) = age else {
        return (None, None);
    };
    let days_before = |days: u32| seen_at_ms.saturating_sub(i64::from(days).saturating_mul(DAY_MS));
    (
        age.max_days.map(days_before),
        Some(days_before(age.min_days)),
    )
}

fn tombstone(key: &str, now_ms: i64) -> Entry {
    Entry {
        key: key.to_string(),
        name: String::new(),
        headline: None,
        profile_url: None,
        kind: crate::ledger::kinds::InvitationKind::Person,
        note: None,
        mutuals: None,
        first_seen_ms: now_ms,
        last_seen_ms: now_ms,
        sent_earliest_ms: None,
        sent_latest_ms: None,
        bucket: None,
        only_seen_filtered: false,
        state: State::Pending,
    }
}

/// Marks the news about one invitation as seen: its own `Vanished` events, and any mass event
/// none of whose invitations is still missing.
fn mark_key_events_seen(account: &mut AccountLedger, key: &str) {
    let received = &account.received;
    for event in &mut account.events {
        let settled = match &event.kind {
            EventKind::Vanished { key: k } => k == key,
            EventKind::MassDisappearance { keys, .. } => {
                keys.iter().any(|k| k == key)
                    && keys.iter().all(|k| {
                        !received
                            .get(k)
                            .is_some_and(|e| matches!(e.state, State::MissingInBulk { .. }))
                    })
            }
            EventKind::ReSent { .. } => false,
        };
        if settled {
            event.seen_by_user = true;
        }
    }
}

fn entries_by_detection(ledger: &Ledger, wanted: impl Fn(&State) -> bool) -> Vec<(&str, &Entry)> {
    let mut found: Vec<(&str, &Entry)> = ledger
        .accounts
        .iter()
        .flat_map(|(account, ledger)| {
            ledger
                .received
                .values()
                .filter(|entry| wanted(&entry.state))
                .map(move |entry| (account.as_str(), entry))
        })
        .collect();
    found.sort_by(|(a_account, a), (b_account, b)| {
        b.state
            .changed_at_ms()
            .cmp(&a.state.changed_at_ms())
            .then_with(|| a_account.cmp(b_account))
            .then_with(|| a.key.cmp(&b.key))
    });
    found
}

/// A key that names one invitation or one person: the invitation URN or a profile slug.
fn is_strong_key(key: &str) -> bool {
    key.starts_with(URN_PREFIX) || key.starts_with("in:")
}

fn normalise_label(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A profile URL reduced to what identifies the person or thing: `/in/jane-doe`.
fn profile_identity(url: &str) -> Option<String> {
    let lower = url.trim().to_lowercase();
    let without_tail = lower.split(['?', '#']).next().unwrap_or_default();
    let without_scheme = without_tail
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let path = without_scheme
        .strip_prefix("www.linkedin.com")
        .or_else(|| without_scheme.strip_prefix("linkedin.com"))
        .unwrap_or(without_scheme)
        .trim_end_matches('/');
    (!path.is_empty()).then(|| path.to_string())
}

/// Everything the cards of a received read identify. An invitation whose key is not on the page
/// but whose profile or name is (the reader may key the same card differently across markup
/// eras) is not gone.
struct OnPage {
    keys: BTreeSet<String>,
    profiles: BTreeSet<String>,
    names: BTreeSet<String>,
    /// Names of the rows without a strong key.
    weak_names: BTreeSet<String>,
}

impl OnPage {
    fn of(read: &PageRead) -> Self {
        let cards = &read.invitations;
        OnPage {
            keys: cards.iter().map(|card| card.key.clone()).collect(),
            profiles: cards
                .iter()
                .filter_map(|card| card.profile_url.as_deref().and_then(profile_identity))
                .collect(),
            names: cards
                .iter()
                .map(|card| normalise_label(&card.name))
                .filter(|name| !name.is_empty())
                .collect(),
            weak_names: cards
                .iter()
                .filter(|card| !is_strong_key(&card.key))
                .map(|card| normalise_label(&card.name))
                .filter(|name| !name.is_empty())
                .collect(),
        }
    }

    fn shows_key(&self, key: &str) -> bool {
        self.keys.contains(key)
    }

    /// Whether the page shows this invitation, by key, profile or name (see [`Self::shows_name`]).
    fn shows(&self, entry: &Entry) -> bool {
        self.shows_key(&entry.key)
            || entry
                .profile_url
                .as_deref()
                .and_then(profile_identity)
                .is_some_and(|profile| self.profiles.contains(&profile))
            || self.shows_name(entry)
    }

    /// A name identifies nobody where strong keys exist on both sides: two people of the same
    /// name are two invitations, and one of them can vanish. A name stands for an entry only
    /// when the row or the entry has no strong key (no URN, no profile slug).
    fn shows_name(&self, entry: &Entry) -> bool {
        let name = normalise_label(&entry.name);
        if is_strong_key(&entry.key) {
            self.weak_names.contains(&name)
        } else {
            self.names.contains(&name)
        }
    }
}

// --- received -------------------------------------------------------------------------------

fn apply_received(
    account: &mut AccountLedger,
    ids: &mut EventIds<'_>,
    obs: &Observation,
    attributed: bool,
    now_ms: i64,
) -> Vec<Event> {
    let read = &obs.read;
    let on_page = OnPage::of(read);

    let mut events = Vec::new();
    apply_acknowledgements(account, read, now_ms);

    // Judge absences on the ledger as it was before this read.
    let absence = if attributed && obs.settled {
        find_absences(account, read, &on_page, now_ms)
    } else {
        None
    };
    // Gone from this bucket while all buckets together did not drop as much since the read that
    // last saw the whole bucket: re-filed.
    let total = received_total(read);
    let before = (read.view.bucket.as_ref()).and_then(|bucket| account.received_totals.get(bucket));
    let absence = match (absence, total, before.copied()) {
        (Some(absence), Some(now), Some(before))
            if absence.gone.len() > before.saturating_sub(now) as usize =>
        {
            refile(account, read, &absence.gone);
            None
        }
        (absence, _, _) => absence,
    };
    // Only a read that showed the whole bucket records its total (see
    // `AccountLedger::received_totals`).
    let whole_bucket = attributed && obs.settled && read.completeness == Completeness::Complete;
    if let (true, Some(total), Some(bucket)) = (whole_bucket, total, &read.view.bucket) {
        account.received_totals.insert(bucket.clone(), total);
    }

    let mut new_count = 0u32;
    let mut back_from_bulk = 0u32;
    for invitation in &read.invitations {
        rekey_if_known_under_another_key(account, invitation, &on_page);
        match record_received_presence(account, ids, read, invitation, now_ms, &mut events) {
            Presence::New => new_count += 1,
            Presence::BackFromBulk => back_from_bulk += 1,
            Presence::Known => {}
        }
    }

    if let Some(absence) = absence {
        let context = ReadContext {
            new_count,
            switched_back: back_from_bulk > 0,
        };
        declare_absences(account, ids, read, absence, context, now_ms, &mut events);
    }

    account.events.extend(events.iter().cloned());
    events
}

/// The received invitations of all buckets together, when the read lists every bucket's count.
fn received_total(read: &PageRead) -> Option<u32> {
    if read.view.tab != Tab::Received || read.view.filter.is_some() || read.bucket_counts.is_empty()
    {
        return None;
    }
    read.bucket_counts
        .iter()
        .try_fold(0u32, |sum, listed| sum.checked_add(listed.count))
}

/// Invitations missing from the read's bucket that may only have moved to another: their bucket
/// becomes the one other bucket the page lists (or none is known), so that no later read of
/// this bucket takes them for vanished.
fn refile(account: &mut AccountLedger, read: &PageRead, gone: &[String]) {
    let mut others = read
        .bucket_counts
        .iter()
        .filter(|listed| Some(&listed.bucket) != read.view.bucket.as_ref());
    let elsewhere = match (others.next(), others.next()) {
        (Some(only), None) => Some(only.bucket.clone()),
        _ => None,
    };
    for key in gone {
        if let Some(entry) = account.received.get_mut(key) {
            entry.bucket = elsewhere.clone();
        }
    }
}

/// "X is now a connection": the user accepted X here; never let that look like a vanish.
fn apply_acknowledgements(account: &mut AccountLedger, read: &PageRead, now_ms: i64) {
    let on_page: BTreeSet<&str> = read.invitations.iter().map(|i| i.key.as_str()).collect();
    let acknowledged: BTreeSet<String> = read
        .acknowledged
        .iter()
        .map(|label| normalise_label(label))
        .filter(|label| !label.is_empty())
        .collect();
    if acknowledged.is_empty() {
        return;
    }
    let mut accepted = Vec::new();
    for entry in account.received.values_mut() {
        let could_be_gone = entry.state.is_watched()
            || matches!(
                entry.state,
                State::Vanished { .. } | State::MissingInBulk { .. }
            );
        let named = acknowledged.contains(&normalise_label(&entry.key))
            || acknowledged.contains(&normalise_label(&entry.name));
        if could_be_gone && named && !on_page.contains(entry.key.as_str()) {
            entry.state = State::AcceptedByYou { at_ms: now_ms };
            accepted.push(entry.key.clone());
        }
    }
    for key in accepted {
        mark_key_events_seen(account, &key);
    }
}

/// A card whose key is new, but whose profile URL is that of a known invitation no longer shown
/// under its old key, is that invitation: it moves to the new key (events follow).
fn rekey_if_known_under_another_key(
    account: &mut AccountLedger,
    invitation: &PageInvitation,
    on_page: &OnPage,
) {
    if account.received.contains_key(&invitation.key) {
        return;
    }
    let Some(profile) = invitation.profile_url.as_deref().and_then(profile_identity) else {
        return;
    };
    let old_key = account
        .received
        .values()
        .find(|entry| {
            !on_page.shows_key(&entry.key)
                && entry.profile_url.as_deref().and_then(profile_identity) == Some(profile.clone())
        })
        .map(|entry| entry.key.clone());
    let Some(old_key) = old_key else {
        return;
    };
    let Some(mut moved) = account.received.remove(&old_key) else {
        return;
    };
    moved.key = invitation.key.clone();
    account.received.insert(invitation.key.clone(), moved);
    for event in &mut account.events {
        match &mut event.kind {
            EventKind::Vanished { key } | EventKind::ReSent { key } => {
                if *key == old_key {
                    *key = invitation.key.clone();
                }
            }
            EventKind::MassDisappearance { keys, .. } => {
                for key in keys.iter_mut().filter(|key| **key == old_key) {
                    *key = invitation.key.clone();
                }
            }
        }
    }
}

/// What a card on the page meant for the ledger.
enum Presence {
    /// Never seen before.
    New,
    /// Missing since a mass disappearance, now back: the user switched back to this account.
    BackFromBulk,
    /// Anything else.
    Known,
}

/// Records one invitation present on the page.
fn record_received_presence(
    account: &mut AccountLedger,
    ids: &mut EventIds<'_>,
    read: &PageRead,
    invitation: &PageInvitation,
    now_ms: i64,
    events: &mut Vec<Event>,
) -> Presence {
    let unfiltered = read.view.filter.is_none();
    let (sent_earliest_ms, sent_latest_ms) = sent_range(invitation.age, now_ms);
    let Some(entry) = account.received.get_mut(&invitation.key) else {
        account.received.insert(
            invitation.key.clone(),
            Entry {
                key: invitation.key.clone(),
                name: invitation.name.clone(),
                headline: invitation.headline.clone(),
                profile_url: invitation.profile_url.clone(),
                kind: words::kind(invitation.kind),
                note: invitation.note.clone(),
                mutuals: invitation.mutuals.clone(),
                first_seen_ms: now_ms,
                last_seen_ms: now_ms,
                sent_earliest_ms,
                sent_latest_ms,
                bucket: if unfiltered {
                    read.view.bucket.clone()
                } else {
                    None
                },
                only_seen_filtered: !unfiltered,
                state: State::Pending,
            },
        );
        return Presence::New;
    };

    if !invitation.name.trim().is_empty() {
        entry.name = invitation.name.clone();
    }
    refresh(&mut entry.headline, &invitation.headline);
    refresh(&mut entry.profile_url, &invitation.profile_url);
    refresh(&mut entry.note, &invitation.note);
    refresh(&mut entry.mutuals, &invitation.mutuals);
    entry.kind = words::kind(invitation.kind);
    seen_again(&mut entry.last_seen_ms, now_ms);
    if entry.sent_latest_ms.is_none() {
        entry.sent_earliest_ms = sent_earliest_ms;
        entry.sent_latest_ms = sent_latest_ms;
    }
    if unfiltered {
        entry.bucket = read.view.bucket.clone();
        entry.only_seen_filtered = false;
    }

    match &entry.state {
        // Found in the other bucket (Focused ↔ Other) than the one that proved it gone: LinkedIn
        // moved it, nobody re-sent it. Back, silently, and the vanish news is withdrawn.
        State::Vanished { evidence, .. }
            if unfiltered
                && evidence.bucket.is_some()
                && read.view.bucket.is_some()
                && evidence.bucket != read.view.bucket =>
        {
            entry.state = State::Pending;
            let key = entry.key.clone();
            mark_key_events_seen(account, &key);
            return Presence::Known;
        }
        State::Vanished { detected_at_ms, .. } => {
            let detected_at_ms = *detected_at_ms;
            entry.state = State::ReSent {
                at_ms: now_ms,
                vanished_at_ms: detected_at_ms,
            };
            events.push(Event {
                id: ids.next(),
                at_ms: now_ms,
                kind: EventKind::ReSent {
                    key: entry.key.clone(),
                },
                seen_by_user: false,
            });
        }
        // Probably never gone (the list of another account was read): back, silently.
        State::MissingInBulk { .. } => {
            entry.state = State::Pending;
            let key = entry.key.clone();
            mark_key_events_seen(account, &key);
            return Presence::BackFromBulk;
        }
        State::AcceptedByYou { at_ms }
        | State::IgnoredByYou { at_ms }
        | State::ResolvedByYou { at_ms } => {
            if now_ms.saturating_sub(*at_ms) >= ACTION_GRACE_MS {
                entry.state = State::Pending;
            }
        }
        State::Pending | State::ReSent { .. } => {}
    }
    Presence::Known
}

/// Moves a last sighting to `now_ms` once it lags by [`LAST_SEEN_STEP_MS`].
fn seen_again(last_seen_ms: &mut i64, now_ms: i64) {
    if now_ms.saturating_sub(*last_seen_ms) >= LAST_SEEN_STEP_MS {
        *last_seen_ms = now_ms;
    }
}

fn refresh(stored: &mut Option<String>, read: &Option<String>) {
    if let Some(value) = read {
        if !value.trim().is_empty() {
            *stored = Some(value.clone());
        }
    }
}

/// What a read proves absent.
struct Absences {
    /// Watched keys proved gone.
    gone: Vec<String>,
    /// Watched invitations the read could judge: those still present plus those gone.
    judged: usize,
    coverage: Coverage,
}

/// The part of the send-time axis a partial read covers: any invitation of the list sent
/// strictly inside `(older_than, newer_than)` would be among the loaded cards.
struct Window {
    /// Every unloaded card further down was sent at or before this (the oldest loaded card's
    /// latest possible send time).
    oldest_loaded_sent_latest: i64,
    /// Every unloaded card further up (if the list is virtualised) was sent after this.
    newest_loaded_sent_earliest: i64,
}

fn find_absences(
    account: &AccountLedger,
    read: &PageRead,
    on_page: &OnPage,
    now_ms: i64,
) -> Option<Absences> {
    if !read.is_recognised() || !read.view.is_unfiltered_received() {
        return None;
    }
    let window = match &read.completeness {
        Completeness::Complete => None,
        // Still loading, or the reader could not tell what the rows are (no count and no end
        // marker, the URL and the page disagree mid-navigation, or two of the page's own cues
        // disagree): nothing is proved.
        Completeness::Partial {
            reason:
                PartialReason::Loading | PartialReason::Unknown | PartialReason::CuesDisagree { .. },
        } => return None,
        Completeness::Partial { .. } => Some(loaded_window(read, now_ms)?),
    };

    let mut gone = Vec::new();
    let mut present = 0usize;
    for entry in account.received.values() {
        if !entry.state.is_watched() {
            continue;
        }
        if on_page.shows(entry) {
            present += 1;
            continue;
        }
        if entry.bucket != read.view.bucket || entry.only_seen_filtered {
            continue;
        }
        let covered = match &window {
            None => true,
            Some(window) => is_covered(entry, window),
        };
        if covered {
            gone.push(entry.key.clone());
        }
    }
    if gone.is_empty() {
        return None;
    }
    Some(Absences {
        judged: present + gone.len(),
        gone,
        coverage: if window.is_some() {
            Coverage::CoveredByPosition
        } else {
            Coverage::CompleteList
        },
    })
}

/// The send-time window a partial, newest-first list provably covers, or `None` if it proves
/// nothing: no cards, a card without an age, no card with a bounded age, or cards out of
/// newest-first order (then the order is not by time and position says nothing).
fn loaded_window(read: &PageRead, now_ms: i64) -> Option<Window> {
    let mut oldest_latest: Option<i64> = None;
    let mut newest_earliest: Option<i64> = None;
    for invitation in &read.invitations {
        let (earliest, latest) = sent_range(invitation.age, now_ms);
        let latest = latest?;
        if let (Some(earliest), Some(above)) = (earliest, oldest_latest) {
            if earliest > above {
                // This card was provably sent after one listed above it.
                return None;
            }
        }
        oldest_latest = Some(oldest_latest.map_or(latest, |o| o.min(latest)));
        if let Some(earliest) = earliest {
            newest_earliest = Some(newest_earliest.map_or(earliest, |n| n.max(earliest)));
        }
    }
    Some(Window {
        oldest_loaded_sent_latest: oldest_latest?,
        newest_loaded_sent_earliest: newest_earliest?,
    })
}

fn is_covered(entry: &Entry, window: &Window) -> bool {
    let (Some(earliest), Some(latest)) = (entry.sent_earliest_ms, entry.sent_latest_ms) else {
        return false;
    };
    earliest
        > window
            .oldest_loaded_sent_latest
            .saturating_add(COVERAGE_MARGIN_MS)
        && latest.saturating_add(COVERAGE_MARGIN_MS) < window.newest_loaded_sent_earliest
}

/// What else the read showed, besides the absences.
struct ReadContext {
    /// Invitations never seen before.
    new_count: u32,
    /// Invitations missing since a mass disappearance came back: an account switch back.
    switched_back: bool,
}

fn declare_absences(
    account: &mut AccountLedger,
    ids: &mut EventIds<'_>,
    read: &PageRead,
    absences: Absences,
    context: ReadContext,
    now_ms: i64,
    events: &mut Vec<Event>,
) {
    let new_count = context.new_count;
    let gone_count = u32::try_from(absences.gone.len()).unwrap_or(u32::MAX);
    let mass = context.switched_back
        || is_mass_disappearance(absences.gone.len(), absences.judged, new_count as usize);
    let mass_event_id = if mass {
        let id = ids.next();
        events.push(Event {
            id,
            at_ms: now_ms,
            kind: EventKind::MassDisappearance {
                count: gone_count,
                keys: absences.gone.clone(),
            },
            // Explained by the switch back: no badge.
            seen_by_user: context.switched_back,
        });
        Some(id)
    } else {
        None
    };

    for key in &absences.gone {
        let Some(entry) = account.received.get_mut(key) else {
            continue;
        };
        let evidence = Evidence {
            pending_at_least_ms: entry
                .last_seen_ms
                .saturating_sub(entry.sent_latest_ms.unwrap_or(entry.first_seen_ms))
                .max(0),
            pending_at_most_ms: entry
                .sent_earliest_ms
                .map(|earliest| now_ms.saturating_sub(earliest).max(0)),
            last_seen_ms: entry.last_seen_ms,
            had_note: entry.note.as_deref().is_some_and(|n| !n.trim().is_empty()),
            kind: entry.kind,
            gone_in_same_read: gone_count,
            new_in_same_read: new_count,
            era: read.era.map(words::era),
            bucket: read.view.bucket.clone(),
            coverage: absences.coverage,
        };
        match mass_event_id {
            Some(event_id) => {
                entry.state = State::MissingInBulk {
                    detected_at_ms: now_ms,
                    event_id,
                    evidence,
                };
            }
            None => {
                entry.state = State::Vanished {
                    detected_at_ms: now_ms,
                    evidence,
                };
                events.push(Event {
                    id: ids.next(),
                    at_ms: now_ms,
                    kind: EventKind::Vanished { key: key.clone() },
                    seen_by_user: false,
                });
            }
        }
    }
}

// --- sent -----------------------------------------------------------------------------------

/// Sent invitations: presence is recorded; absence from a complete, unfiltered, settled list
/// makes them [`SentState::NoLongerPending`]. Never an event: nobody withdrew anything. An
/// unfiltered read also leaves its numbers ([`SentRead`]: how many shown, how many without a
/// note) for the popup.
fn apply_sent(account: &mut AccountLedger, obs: &Observation, attributed: bool, now_ms: i64) {
    let read = &obs.read;
    if read.view.filter.is_none() {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        account.sent_read = Some(SentRead {
            at_ms: now_ms,
            shown: count(read.invitations.len()),
            without_note: count(read.invitations.iter().filter(|i| i.note.is_none()).count()),
            complete: read.completeness == Completeness::Complete,
        });
    }
    let on_page: BTreeSet<&str> = read.invitations.iter().map(|i| i.key.as_str()).collect();
    let proves_absence = attributed
        && obs.settled
        && read.view.filter.is_none()
        && read.completeness == Completeness::Complete;
    if proves_absence {
        for entry in account.sent.values_mut() {
            if entry.state == SentState::Pending && !on_page.contains(entry.key.as_str()) {
                entry.state = SentState::NoLongerPending { at_ms: now_ms };
            }
        }
    }

    for invitation in &read.invitations {
        let (sent_earliest_ms, sent_latest_ms) = sent_range(invitation.age, now_ms);
        let entry = account
            .sent
            .entry(invitation.key.clone())
            .or_insert_with(|| SentEntry {
                key: invitation.key.clone(),
                name: invitation.name.clone(),
                headline: None,
                profile_url: None,
                first_seen_ms: now_ms,
                last_seen_ms: now_ms,
                sent_earliest_ms,
                sent_latest_ms,
                state: SentState::Pending,
            });
        if !invitation.name.trim().is_empty() {
            entry.name = invitation.name.clone();
        }
        refresh(&mut entry.headline, &invitation.headline);
        refresh(&mut entry.profile_url, &invitation.profile_url);
        seen_again(&mut entry.last_seen_ms, now_ms);
        if entry.sent_latest_ms.is_none() {
            entry.sent_earliest_ms = sent_earliest_ms;
            entry.sent_latest_ms = sent_latest_ms;
        }
        match entry.state {
            SentState::NoLongerPending { .. } => entry.state = SentState::Pending,
            SentState::WithdrawnByYou { at_ms }
                if now_ms.saturating_sub(at_ms) >= ACTION_GRACE_MS =>
            {
                entry.state = SentState::Pending;
            }
            _ => {}
        }
    }
}

mod words;

#[cfg(test)]
mod tests;
