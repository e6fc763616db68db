//! The invariants that the property tests (`crate/tests/properties.rs`) and the fuzz targets
//! (`fuzz/fuzz_targets/`) check, written once: what every page read must satisfy, what a click
//! classification may return, what decoding must do with any text, and what applying an
//! observation to the ledger may and may not change. Also the steps of a ledger history and the
//! small pools of keys, names and accounts that both generators draw from.
//!
//! Included with `#[path]` by both; every check returns `Err(description)` instead of panicking
//! so that each caller reports failures its own way.

#![allow(dead_code)]

use std::collections::BTreeSet;

use invite_watch::advice::Tone;
use invite_watch::diff::{
    apply_observation, mark_events_seen, record_action, resolve_by_user, resolve_event, Observation,
};
use invite_watch::i18n::Lang;
use invite_watch::ledger::store::{load_whole, Stored};
use invite_watch::ledger::{
    decode, decode_news, decode_split, encode, encode_news, encode_split, prune, Event, EventKind,
    Ledger, SentState, State, CURRENT_VERSION, UNKNOWN_ACCOUNT,
};
use invite_watch::page::dom::Dom;
use invite_watch::page::{
    classify_click, Completeness, PageRead, PartialReason, ReadStatus, Tab, UserAction, NOTE_CAP,
};
use invite_watch::surfaces::{card_model_including, Clock};

macro_rules! ensure {
    ($cond:expr, $($fmt:tt)+) => {
        if !$cond {
            return Err(format!($($fmt)+));
        }
    };
}

// --- the page reader ------------------------------------------------------------------------

/// What every [`PageRead`] must satisfy, whatever the page.
pub fn check_read(read: &PageRead) -> Result<(), String> {
    let mut keys = BTreeSet::new();
    for inv in &read.invitations {
        ensure!(!inv.key.trim().is_empty(), "empty key in {inv:?}");
        ensure!(keys.insert(inv.key.clone()), "duplicate key {}", inv.key);
        if let Some(note) = &inv.note {
            ensure!(
                note.chars().count() <= NOTE_CAP,
                "note longer than {NOTE_CAP} characters"
            );
        }
        if let Some(url) = &inv.profile_url {
            ensure!(
                url.starts_with("https://www.linkedin.com/"),
                "profile URL off LinkedIn: {url}"
            );
        }
    }
    match &read.status {
        ReadStatus::Unrecognised { .. } => {
            ensure!(
                read.invitations.is_empty() && read.acknowledged.is_empty(),
                "an unrecognised read lists invitations"
            );
            ensure!(
                read.completeness != Completeness::Complete,
                "an unrecognised read is complete"
            );
            ensure!(read.era.is_none(), "an unrecognised read has an era");
        }
        ReadStatus::Recognised => ensure!(read.era.is_some(), "a recognised read has no era"),
    }
    match &read.completeness {
        Completeness::Complete => {
            let rendered = read.invitations.len();
            ensure!(
                read.count
                    .map_or(rendered == 0, |c| usize::try_from(c) == Ok(rendered)),
                "complete with count {:?} but {rendered} invitations",
                read.count
            );
            ensure!(read.view.tab != Tab::Other, "a complete list of no tab");
        }
        Completeness::Partial {
            reason: PartialReason::CountExceedsCards { expected, rendered },
        } => {
            ensure!(
                usize::try_from(*rendered) == Ok(read.invitations.len()),
                "{rendered} rendered but {} read",
                read.invitations.len()
            );
            ensure!(
                expected > rendered,
                "count {expected} ≤ rendered {rendered}"
            );
        }
        Completeness::Partial { .. } => {}
    }
    Ok(())
}

/// A click classified on a card names a card that the read of the same page lists.
pub fn check_clicks<D: Dom>(
    dom: &D,
    url: &str,
    read: &PageRead,
    targets: &[D::Node],
) -> Result<(), String> {
    let keys: BTreeSet<&str> = read.invitations.iter().map(|i| i.key.as_str()).collect();
    for target in targets {
        if let Some((key, action)) = classify_click(dom, url, target) {
            ensure!(
                keys.contains(key.as_str()),
                "a click was classified as {action:?} on {key}, which the read does not list"
            );
        }
    }
    Ok(())
}

// --- the decoder ----------------------------------------------------------------------------

/// Decoding any text: no panic; a success is at the current version, keeps the event counter
/// above every id, and re-encodes to itself; as the stored `ledger` text, a failure keeps the
/// text aside byte for byte and starts fresh (blank text is nothing stored: fresh, nothing kept).
pub fn check_decode(text: &str) -> Result<(), String> {
    if let Ok(decoded) = decode(text) {
        check_decoded(&decoded, decode(&encode(&decoded)))?;
    }
    match load_whole(&Stored::Text(text.to_owned()), &Stored::Absent, false, T0) {
        Ok(loaded) => {
            let split = encode_split(&loaded);
            check_decoded(
                &loaded,
                decode_split(Some(&split.news), Some(&split.pending)),
            )?;
        }
        Err(kept) => {
            ensure!(!text.trim().is_empty(), "blank text was kept aside");
            ensure!(
                kept.items == [("ledgerBackup".to_owned(), text.to_owned())],
                "the kept text differs: {:?}",
                kept.items
            );
        }
    }
    Ok(())
}

fn check_decoded<E: std::fmt::Debug>(
    decoded: &Ledger,
    again: Result<Ledger, E>,
) -> Result<(), String> {
    ensure!(
        decoded.version == CURRENT_VERSION,
        "decoded at another version"
    );
    ensure!(
        again.as_ref().ok() == Some(decoded),
        "re-encoding changes the ledger: {again:?}"
    );
    let highest = (decoded.accounts.values())
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .max()
        .unwrap_or(0);
    ensure!(
        decoded.next_event_id > highest || highest == u64::MAX,
        "event counter {} not above id {highest}",
        decoded.next_event_id
    );
    Ok(())
}

// --- ledger histories -----------------------------------------------------------------------

/// Some instant in 2025.
pub const T0: i64 = 1_760_000_000_000;
pub const HOUR_MS: i64 = 60 * 60 * 1000;

/// Invitation keys: few, so that reads keep meeting the same invitations.
pub const KEYS: &[&str] = &[
    "urn:li:invitation:1",
    "urn:li:invitation:2",
    "urn:li:invitation:3",
    "urn:li:invitation:4",
    "in:ana",
    "in:bo",
    "in:chen-li",
    "newsletter:byte",
];
/// Names, some equal to others once whitespace and case are normalised, one equal to a key.
pub const NAMES: &[&str] = &["Ana", "Bo", "Chen Li", " chen  li ", "Dana", "", "in:ana"];
/// Profile URLs, some naming the same profile differently.
pub const PROFILES: &[&str] = &[
    "https://www.linkedin.com/in/ana/",
    "https://www.linkedin.com/in/bo/?x=1",
    "/in/bo",
    "https://www.linkedin.com/in/chen-li/",
    "https://www.linkedin.com/newsletters/byte/",
    "",
];
/// Account keys as pages and the content script give them (padded, blank, "unknown").
pub const ACCOUNTS: &[&str] = &["in:me", "in:other", " in:me ", "", "unknown"];
/// Send-age labels in days, as the reader parses them.
pub const AGES: &[u32] = &[0, 1, 2, 5, 7, 14, 21, 30, 60, 200];

/// One thing that happens to the ledger.
#[derive(Debug, Clone)]
pub enum Step {
    Observe(Observation),
    Click(Option<&'static str>, &'static str, UserAction),
    Resolve(Option<&'static str>, &'static str),
    ResolveEvent(u64),
    MarkSeen(Vec<u64>),
    Prune(u32),
}

/// Runs `(time since the previous step, step)` from an empty ledger at [`T0`], calling
/// `check(before, observation, now, after, events)` after every observation (see
/// [`check_step`]). Returns the ledger and the time of the last step.
pub fn run_steps(
    steps: &[(i64, Step)],
    mut check: impl FnMut(&Ledger, &Observation, i64, &Ledger, &[Event]) -> Result<(), String>,
) -> Result<(Ledger, i64), String> {
    let mut ledger = Ledger::new();
    let mut now = T0;
    for (dt, step) in steps {
        now = now.saturating_add(*dt);
        match step {
            Step::Observe(obs) => {
                let before = ledger.clone();
                let events = apply_observation(&mut ledger, obs, now);
                check(&before, obs, now, &ledger, &events)?;
            }
            Step::Click(account, key, action) => {
                record_action(&mut ledger, *account, key, *action, now);
            }
            Step::Resolve(account, key) => {
                resolve_by_user(&mut ledger, *account, key, now);
            }
            Step::ResolveEvent(id) => {
                resolve_event(&mut ledger, *id, now);
            }
            Step::MarkSeen(ids) => {
                mark_events_seen(&mut ledger, ids);
            }
            Step::Prune(days) => {
                prune(&mut ledger, now, *days);
            }
        }
    }
    Ok((ledger, now))
}

fn is_gone(state: &State) -> bool {
    matches!(state, State::Vanished { .. } | State::MissingInBulk { .. })
}

/// (account, key) of every received invitation declared gone.
fn gone_set(ledger: &Ledger) -> BTreeSet<(String, String)> {
    ledger
        .accounts
        .iter()
        .flat_map(|(a, acc)| {
            acc.received
                .values()
                .filter(|e| is_gone(&e.state))
                .map(move |e| (a.clone(), e.key.clone()))
        })
        .collect()
}

fn raises_vanish(events: &[Event]) -> bool {
    events.iter().any(|e| {
        matches!(
            e.kind,
            EventKind::Vanished { .. } | EventKind::MassDisappearance { .. }
        )
    })
}

/// The ledger account a read is filed under (as `apply_observation` documents it).
fn ledger_key(account: Option<&str>) -> String {
    match account.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) => a.to_string(),
        None => UNKNOWN_ACCOUNT.to_string(),
    }
}

/// Whether `obs` may not prove any absence: unrecognised, unsettled, unattributed, not the
/// unfiltered received list, or of loading or unknown completeness.
pub fn proves_nothing(before: &Ledger, obs: &Observation) -> bool {
    let read = &obs.read;
    let attributed = read
        .account
        .as_deref()
        .is_some_and(|a| ledger_key(Some(a)) != UNKNOWN_ACCOUNT)
        || before.known_account_keys().next().is_none();
    !read.is_recognised()
        || !obs.settled
        || !attributed
        || read.view.tab != Tab::Received
        || read.view.filter.is_some()
        || matches!(
            read.completeness,
            Completeness::Partial {
                reason: PartialReason::Loading
                    | PartialReason::Unknown
                    | PartialReason::CuesDisagree { .. }
            }
        )
}

/// The invariants of one observation applied to `before`, giving `after` and `events`.
pub fn check_observation(
    before: &Ledger,
    obs: &Observation,
    after: &Ledger,
    events: &[Event],
) -> Result<(), String> {
    let read = &obs.read;
    let account = ledger_key(read.account.as_deref());
    let gone_before = gone_set(before);
    let gone_after = gone_set(after);
    let newly_gone: BTreeSet<_> = gone_after.difference(&gone_before).collect();

    // An invitation present on the page is never reported vanished.
    if read.is_recognised() && read.view.tab == Tab::Received {
        for inv in &read.invitations {
            for event in events {
                match &event.kind {
                    EventKind::Vanished { key } => {
                        ensure!(*key != inv.key, "{key} on the page but reported vanished");
                    }
                    EventKind::MassDisappearance { keys, .. } => {
                        ensure!(
                            !keys.contains(&inv.key),
                            "{} on the page but missing in bulk",
                            inv.key
                        );
                    }
                    EventKind::ReSent { .. } => {}
                }
            }
            if let Some(entry) = after
                .account(&account)
                .and_then(|a| a.received.get(&inv.key))
            {
                ensure!(
                    !is_gone(&entry.state),
                    "{} on the page but {:?}",
                    inv.key,
                    entry.state
                );
            }
        }
    }

    // Reads that prove nothing declare nothing gone.
    if proves_nothing(before, obs) {
        ensure!(
            !raises_vanish(events),
            "a read that proves nothing raised {events:?}"
        );
        ensure!(
            newly_gone.is_empty(),
            "a read that proves nothing declared {newly_gone:?} gone"
        );
    }
    if read.view.tab != Tab::Received || !read.is_recognised() {
        ensure!(
            events.is_empty(),
            "a {:?} read raised {events:?}",
            read.view.tab
        );
    }
    if !read.is_recognised() {
        let mut expected = before.clone();
        expected.last_read = after.last_read.clone();
        ensure!(
            expected == *after,
            "an unrecognised read changed the ledger"
        );
    }

    // Nothing is lost: accounts, entries, events and their ids stay.
    let count = |l: &Ledger| {
        l.accounts
            .values()
            .map(|a| (a.received.len(), a.sent.len(), a.events.len()))
            .fold((0, 0, 0), |s, c| (s.0 + c.0, s.1 + c.1, s.2 + c.2))
    };
    let (rb, sb, eb) = count(before);
    let (ra, sa, ea) = count(after);
    ensure!(
        ra >= rb && sa >= sb && ea == eb + events.len(),
        "history lost: ({rb}, {sb}, {eb}) → ({ra}, {sa}, {ea}) with {} new events",
        events.len()
    );
    for (key, acc) in &before.accounts {
        let Some(kept) = after.account(key) else {
            return Err(format!("account {key} lost"));
        };
        for (entry_key, entry) in &acc.received {
            let found = kept.received.contains_key(entry_key)
                // Re-keyed: the same invitation under the key the page gives it now.
                || kept
                    .received
                    .values()
                    .any(|e| e.first_seen_ms == entry.first_seen_ms);
            ensure!(found, "entry {entry_key} of {key} lost");
        }
        for event in &acc.events {
            ensure!(
                kept.events.iter().any(|e| e.id == event.id),
                "event {} of {key} lost",
                event.id
            );
        }
    }
    let ids: Vec<u64> = after
        .accounts
        .values()
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .collect();
    let unique: BTreeSet<u64> = ids.iter().copied().collect();
    ensure!(unique.len() == ids.len(), "event ids reused: {ids:?}");
    ensure!(
        ids.iter().all(|id| *id < after.next_event_id),
        "event counter {} not above every id",
        after.next_event_id
    );
    Ok(())
}

/// Every invariant of one observation: [`check_observation`], then [`check_twice`] from the
/// ledger as it was before.
pub fn check_step(
    before: &Ledger,
    obs: &Observation,
    now_ms: i64,
    after: &Ledger,
    events: &[Event],
) -> Result<(), String> {
    check_observation(before, obs, after, events)?;
    check_twice(before, obs, now_ms)
}

/// Applying `obs` a second time at the same instant changes nothing and raises nothing.
pub fn check_twice(ledger: &Ledger, obs: &Observation, now_ms: i64) -> Result<(), String> {
    let mut ledger = ledger.clone();
    apply_observation(&mut ledger, obs, now_ms);
    let once = ledger.clone();
    let events = apply_observation(&mut ledger, obs, now_ms);
    ensure!(
        events.is_empty(),
        "the second application raised {events:?}"
    );
    ensure!(once == ledger, "the second application changed the ledger");
    Ok(())
}

/// [`decode_news`] of the stored news text is the ledger without its pending entries, and
/// gives the same in-page card in every tone, whatever events were already shown.
pub fn check_without_pending(ledger: &Ledger) -> Result<(), String> {
    let partial = decode_news(&encode_split(ledger).news).map_err(|e| e.to_string())?;
    let mut expected = ledger.clone();
    for account in expected.accounts.values_mut() {
        account.received.retain(|_, e| e.state != State::Pending);
        account.sent.retain(|_, e| e.state != SentState::Pending);
    }
    ensure!(
        partial == expected,
        "not the ledger without pending entries: {partial:?}"
    );
    let all_ids: Vec<u64> = ledger
        .accounts
        .values()
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .collect();
    for tone in [Tone::Warm, Tone::Professional, Tone::Brief] {
        for shown in [&[][..], &all_ids[..]] {
            ensure!(
                card_model_including(ledger, tone, Lang::German, shown, Clock::utc(0))
                    == card_model_including(&partial, tone, Lang::German, shown, Clock::utc(0)),
                "the card differs without the pending entries ({tone:?})"
            );
        }
    }
    Ok(())
}

/// The ledger survives encoding: as one text, and as the two stored texts.
pub fn check_round_trip(ledger: &Ledger) -> Result<(), String> {
    let decoded = decode(&encode(ledger));
    ensure!(
        decoded.as_ref() == Ok(ledger),
        "encode → decode changed the ledger: {decoded:?}"
    );
    let split = encode_split(ledger);
    let merged = decode_split(Some(&split.news), Some(&split.pending));
    ensure!(
        merged.as_ref() == Ok(ledger),
        "encode_split → decode_split changed the ledger: {merged:?}"
    );
    ensure!(
        encode_news(ledger) == split.news,
        "the news alone differs from the split's"
    );
    Ok(())
}

/// Every change the background saves to the news text alone (mark seen, resolve, prune) gives the
/// same ledger whether made to the whole ledger or to the news text's ledger, merged with the
/// stored pending text afterwards: none of them touches a pending entry.
pub fn check_news_only_changes(ledger: &Ledger, now_ms: i64) -> Result<(), String> {
    let split = encode_split(ledger);
    let ids: Vec<u64> = ledger
        .accounts
        .values()
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .collect();
    let keys: Vec<(String, String)> = ledger
        .accounts
        .iter()
        .flat_map(|(account, a)| a.received.keys().map(|k| (account.clone(), k.clone())))
        .collect();
    type Change<'a> = Box<dyn Fn(&mut Ledger) + 'a>;
    let mut changes: Vec<(String, Change<'_>)> = vec![
        (
            "mark seen".into(),
            Box::new(|l: &mut Ledger| {
                mark_events_seen(l, &ids);
            }),
        ),
        (
            "prune".into(),
            Box::new(move |l: &mut Ledger| {
                prune(l, now_ms, 1);
            }),
        ),
    ];
    for id in &ids {
        let id = *id;
        changes.push((
            format!("resolve event {id}"),
            Box::new(move |l: &mut Ledger| {
                resolve_event(l, id, now_ms);
            }),
        ));
    }
    for (account, key) in keys.iter().take(8) {
        changes.push((
            format!("resolve {key}"),
            Box::new(move |l: &mut Ledger| {
                resolve_by_user(l, Some(account), key, now_ms);
            }),
        ));
    }
    for (what, change) in &changes {
        let mut whole = ledger.clone();
        change(&mut whole);
        let mut news = decode_news(&split.news).map_err(|e| e.to_string())?;
        change(&mut news);
        let merged = decode_split(Some(&encode_news(&news)), Some(&split.pending));
        ensure!(
            merged.as_ref() == Ok(&whole),
            "{what} on the news alone, merged, differs from {what} on the whole ledger"
        );
        ensure!(
            encode_split(&whole).pending == split.pending,
            "{what} changed the pending text"
        );
    }
    Ok(())
}
