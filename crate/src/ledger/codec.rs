//! The stored form of the [`Ledger`], version 2: two JSON texts, one per storage key, written and
//! read by serde. Every released form is read: format 1 (the first release) is migrated as it is
//! read ([`from_format_1`]), and the checked-in samples of each (`crate/tests/samples/`) must
//! decode to the same ledger in every later version.
//!
//! | format | what changed |
//! |---|---|
//! | 1 | the first release |
//! | 2 | the buckets' total per bucket (`bb`), from reads of the whole bucket, for the account's one `bt` |
//!
//! - `ledger`, the **news**: everything but the pending entries (accounts, events, the last read,
//!   entries no longer pending). The in-page card and every change to no pending entry read and
//!   write this text alone: a few kilobytes, where the whole ledger may be a megabyte or two.
//! - `ledgerPending`: the pending entries (received and sent) under their accounts, nothing else.
//!
//! Each text is `{"v":2,"t0":…,"a":{"<account>":{"r":{"<key>":[…]},"s":{…},"e":[…],"bb":{…}}},
//! "lr":{…},"ne":…}`. An entry is a JSON array, its fields by position ([`ReceivedRow`],
//! [`SentRow`]), its key the map key; what is rare (a state other than pending, a kind other than
//! a person, a note, "only seen filtered") sits in a last element that is left out when empty.
//! Entry times are relative so that the usual entry stores small numbers: first sighting after
//! the text's `t0` (its earliest first sighting), last sighting after the first (milliseconds),
//! the send range before the first in the text's unit `su` (a day when every range is whole
//! days, as an age label read at first sight gives; else milliseconds). Wrapping arithmetic and
//! exact division: any `i64` comes back exactly. A received entry's bucket is its position in the
//! account's `bk`; a profile URL on `https://www.linkedin.com` is stored as its path. Events, states and the last read are
//! the model's serde form ([`super::model`]).
//!
//! The export ([`encode_json`]) is the model's serde form of the whole ledger: for people and
//! tests to read, never read back.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::kinds::InvitationKind;
use super::model::{
    first_event_id, is_false, is_person, person_kind, AccountLedger, Entry, Event, LastRead,
    Ledger, SentEntry, SentRead, SentState, State, CURRENT_VERSION, DAY_MS,
};

/// Why a stored text could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// Not JSON, or JSON of another shape.
    Corrupt { detail: String },
    /// Written by a newer Invite Watch; this version cannot read it.
    FutureVersion { found: u64 },
    /// A version this code never wrote (0).
    UnknownVersion { found: u64 },
    /// An entry in the wrong text: a pending one in the news, or one no longer pending among the
    /// pending entries.
    Misplaced { account: String, key: String },
    /// The pending text holds more than pending entries: the last read (`account` `None`), or an
    /// account's events or total.
    MoreThanPending { account: Option<String> },
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodecError::Corrupt { detail } => write!(f, "stored ledger is corrupt: {detail}"),
            CodecError::FutureVersion { found } => write!(
                f,
                "stored ledger has version {found}, newer than this version ({CURRENT_VERSION})"
            ),
            CodecError::UnknownVersion { found } => {
                write!(f, "stored ledger has an unknown version: {found}")
            }
            CodecError::Misplaced { account, key } => {
                write!(
                    f,
                    "account {account}: entry {key} is stored in the wrong text"
                )
            }
            CodecError::MoreThanPending { account: None } => {
                f.write_str("the last read among the pending entries")
            }
            CodecError::MoreThanPending {
                account: Some(account),
            } => write!(f, "account {account}: more than pending entries"),
        }
    }
}

impl std::error::Error for CodecError {}

/// Which stored text could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The news text (`ledger`).
    News(CodecError),
    /// The pending text (`ledgerPending`).
    Pending(CodecError),
    /// Pending entries stored without the rest of the ledger.
    PendingWithoutNews,
}

impl fmt::Display for SplitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SplitError::News(error) => write!(f, "{error}"),
            SplitError::Pending(error) => write!(f, "pending entries: {error}"),
            SplitError::PendingWithoutNews => {
                f.write_str("pending entries stored without the rest of the ledger")
            }
        }
    }
}

impl std::error::Error for SplitError {}

/// A ledger encoded for the two storage keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// For `ledger`: everything but the pending entries.
    pub news: String,
    /// For `ledgerPending`: the pending entries (received or sent).
    pub pending: String,
}

/// Which entries a text holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    /// Every entry, in one text (tests, the benchmark, the fuzzer).
    Whole,
    /// Everything but the pending entries.
    News,
    /// The pending entries alone, under their accounts.
    Pending,
}

impl Part {
    fn keeps(self, pending: bool) -> bool {
        match self {
            Part::Whole => true,
            Part::News => !pending,
            Part::Pending => pending,
        }
    }
}

/// Encodes the ledger as its two stored texts.
pub fn encode_split(ledger: &Ledger) -> Split {
    Split {
        news: encode_news(ledger),
        pending: write(ledger, Part::Pending),
    }
}

/// Encodes everything but the pending entries ([`Split::news`]), for a save that changed none.
pub fn encode_news(ledger: &Ledger) -> String {
    write(ledger, Part::News)
}

/// Encodes the whole ledger as one text (what [`decode`] reads).
pub fn encode(ledger: &Ledger) -> String {
    write(ledger, Part::Whole)
}

/// The export: the model's serde form of the whole ledger, as JSON (the options page's download,
/// the browser tests' view of storage).
pub fn encode_json(ledger: &Ledger) -> String {
    // Cannot fail: every map is keyed by String and no serialiser is custom.
    serde_json::to_string(ledger).unwrap_or_default()
}

/// Decodes one text of the whole ledger (see [`encode`]).
pub fn decode(text: &str) -> Result<Ledger, CodecError> {
    read(text, Part::Whole).map(finish)
}

/// Decodes the news text alone: the ledger without its pending entries, enough for the card and
/// for every change to no pending entry.
pub fn decode_news(news: &str) -> Result<Ledger, CodecError> {
    read(news, Part::News).map(finish)
}

/// Decodes the two stored texts (`None`: the key is absent) into one ledger. Blank or absent
/// texts are a fresh ledger; pending entries without a news text are an error (the news text is
/// never absent once anything was saved).
pub fn decode_split(news: Option<&str>, pending: Option<&str>) -> Result<Ledger, SplitError> {
    let news = news.filter(|text| !text.trim().is_empty());
    let pending = pending.filter(|text| !text.trim().is_empty());
    let mut ledger = match (news, pending) {
        (Some(text), _) => read(text, Part::News).map_err(SplitError::News)?,
        (None, Some(_)) => return Err(SplitError::PendingWithoutNews),
        (None, None) => Ledger::new(),
    };
    if let Some(pending) = pending {
        let stored = read(pending, Part::Pending).map_err(SplitError::Pending)?;
        for (account_key, account) in stored.accounts {
            let target = ledger.accounts.entry(account_key).or_default();
            for (key, entry) in account.received {
                target.received.entry(key).or_insert(entry);
            }
            for (key, entry) in account.sent {
                target.sent.entry(key).or_insert(entry);
            }
        }
    }
    Ok(finish(ledger))
}

// --- the stored shape ------------------------------------------------------------------------

// The stored shape borrows from the ledger when written (`Cow::Borrowed`: no copy of 10,000
// names) and owns what it reads (`Cow::Owned`).

#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    v: u32,
    #[serde(default)]
    t0: i64,
    /// The unit of every entry's send range (milliseconds; a day when they are all whole days).
    #[serde(default = "one_ms", skip_serializing_if = "is_one_ms")]
    su: i64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    a: BTreeMap<Cow<'a, str>, StoredAccount<'a>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lr: Option<Cow<'a, LastRead>>,
    #[serde(default = "first_event_id")]
    ne: u64,
}

#[derive(Serialize, Deserialize)]
struct StoredAccount<'a> {
    #[serde(rename = "r", default, skip_serializing_if = "BTreeMap::is_empty")]
    received: BTreeMap<Cow<'a, str>, ReceivedRow<'a>>,
    #[serde(rename = "s", default, skip_serializing_if = "BTreeMap::is_empty")]
    sent: BTreeMap<Cow<'a, str>, SentRow<'a>>,
    #[serde(rename = "e", default, skip_serializing_if = "<[Event]>::is_empty")]
    events: Cow<'a, [Event]>,
    /// Format 2: per bucket, the total at the last read of the whole bucket.
    #[serde(rename = "bb", default, skip_serializing_if = "BTreeMap::is_empty")]
    received_totals: BTreeMap<Cow<'a, str>, u32>,
    /// Format 1 only (never written since): one total for all buckets; see [`from_format_1`].
    #[serde(rename = "bt", default, skip_serializing_if = "Option::is_none")]
    format_1_total: Option<u32>,
    /// The last Sent-tab read's numbers: optional, in the news text only. Texts written without
    /// it (format 1, the first format-2 samples) read it as absent, and a reader that does not
    /// know it ignores it: texts with and without it decode alike in both directions.
    #[serde(rename = "sr", default, skip_serializing_if = "Option::is_none")]
    sent_read: Option<SentRead>,
    /// The buckets of its received entries, which name them by position.
    #[serde(rename = "bk", default, skip_serializing_if = "Vec::is_empty")]
    buckets: Vec<Cow<'a, str>>,
}

fn one_ms() -> i64 {
    1
}

fn is_one_ms(unit: &i64) -> bool {
    *unit == 1
}

/// A received entry: `[name, headline, url, mutuals, first, last, earliest, latest, bucket,
/// {rare}]`, times as described in the module's documentation, the bucket by its position in the
/// account's `bk`.
#[derive(Serialize, Deserialize)]
struct ReceivedRow<'a>(
    Cow<'a, str>,
    Option<Cow<'a, str>>,
    Option<Cow<'a, str>>,
    Option<Cow<'a, str>>,
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")] Option<Rare<'a>>,
);

/// What few received entries have; each field left out when it is the usual one.
#[derive(Serialize, Deserialize)]
struct Rare<'a> {
    #[serde(rename = "s", default = "pending", skip_serializing_if = "is_pending")]
    state: Cow<'a, State>,
    #[serde(
        rename = "ki",
        default = "person_kind",
        skip_serializing_if = "is_person"
    )]
    kind: InvitationKind,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    note: Option<Cow<'a, str>>,
    #[serde(rename = "fo", default, skip_serializing_if = "is_false")]
    only_seen_filtered: bool,
}

fn pending() -> Cow<'static, State> {
    Cow::Owned(State::Pending)
}

// serde's `skip_serializing_if` hands over a reference to the field itself.
#[allow(clippy::ptr_arg)]
fn is_pending(state: &Cow<'_, State>) -> bool {
    **state == State::Pending
}

/// A sent entry: `[name, headline, url, first, last, earliest, latest, state]`, the state left
/// out when pending.
#[derive(Serialize, Deserialize)]
struct SentRow<'a>(
    Cow<'a, str>,
    Option<Cow<'a, str>>,
    Option<Cow<'a, str>>,
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")] Option<SentState>,
);

/// Entry times as stored: `(first, last, earliest, latest)`.
type Times = (i64, i64, Option<i64>, Option<i64>);

/// Where a text's entry times start, and the unit of their send ranges.
#[derive(Clone, Copy)]
struct Clock {
    t0: i64,
    send_unit: i64,
}

fn times_out(
    clock: Clock,
    first: i64,
    last: i64,
    earliest: Option<i64>,
    latest: Option<i64>,
) -> Times {
    let before_first = |ms: i64| first.wrapping_sub(ms) / clock.send_unit;
    (
        first.wrapping_sub(clock.t0),
        last.wrapping_sub(first),
        earliest.map(before_first),
        latest.map(before_first),
    )
}

fn times_in(clock: Clock, (first, last, earliest, latest): Times) -> Times {
    let first = clock.t0.wrapping_add(first);
    let before_first = |units: i64| first.wrapping_sub(units.wrapping_mul(clock.send_unit));
    (
        first,
        first.wrapping_add(last),
        earliest.map(before_first),
        latest.map(before_first),
    )
}

/// A day when every send range is whole days before first sight (the usual case: an age label
/// read at first sight), else a millisecond. Exact either way.
fn send_unit<'a>(mut ranges: impl Iterator<Item = (i64, Option<i64>, Option<i64>)> + 'a) -> i64 {
    let whole_days =
        |first: i64, ms: Option<i64>| ms.is_none_or(|ms| first.wrapping_sub(ms) % DAY_MS == 0);
    let all_days = ranges
        .all(|(first, earliest, latest)| whole_days(first, earliest) && whole_days(first, latest));
    if all_days {
        DAY_MS
    } else {
        1
    }
}

const SITE: &str = "https://www.linkedin.com";

/// A URL on the site as its path (`/in/…`); any other as is, behind `=` when it starts with `/`
/// or `=` (so that every URL comes back exactly).
fn url_out(url: &str) -> Cow<'_, str> {
    match url.strip_prefix(SITE) {
        Some(path) if path.starts_with('/') => Cow::Borrowed(path),
        _ if url.starts_with(['/', '=']) => Cow::Owned(format!("={url}")),
        _ => Cow::Borrowed(url),
    }
}

fn url_in(stored: Cow<'_, str>) -> String {
    if stored.starts_with('/') {
        format!("{SITE}{stored}")
    } else if let Some(rest) = stored.strip_prefix('=') {
        rest.to_owned()
    } else {
        stored.into_owned()
    }
}

fn write(ledger: &Ledger, part: Part) -> String {
    let received_kept = |e: &&Entry| part.keeps(e.state == State::Pending);
    let sent_kept = |e: &&SentEntry| part.keeps(e.state == SentState::Pending);
    let times = || {
        (ledger.accounts.values()).flat_map(move |account| {
            let received = account.received.values().filter(received_kept);
            let sent = account.sent.values().filter(sent_kept);
            let received =
                received.map(|e| (e.first_seen_ms, e.sent_earliest_ms, e.sent_latest_ms));
            received.chain(sent.map(|e| (e.first_seen_ms, e.sent_earliest_ms, e.sent_latest_ms)))
        })
    };
    let clock = Clock {
        t0: times().map(|(first, _, _)| first).min().unwrap_or(0),
        send_unit: send_unit(times()),
    };
    let news = part != Part::Pending;
    let accounts = (ledger.accounts.iter())
        .map(|(account_key, account)| {
            let mut buckets: Vec<Cow<'_, str>> = Vec::new();
            let received = (account.received.values().filter(received_kept))
                .map(|e| {
                    let (f, l, se, sl) = times_out(
                        clock,
                        e.first_seen_ms,
                        e.last_seen_ms,
                        e.sent_earliest_ms,
                        e.sent_latest_ms,
                    );
                    let bucket = e.bucket.as_ref().map(|bucket| {
                        buckets.iter().position(|b| b == bucket).unwrap_or_else(|| {
                            buckets.push(Cow::Borrowed(bucket));
                            buckets.len() - 1
                        })
                    });
                    let usual = e.state == State::Pending
                        && e.kind == InvitationKind::Person
                        && e.note.is_none()
                        && !e.only_seen_filtered;
                    let rare = (!usual).then(|| Rare {
                        state: Cow::Borrowed(&e.state),
                        kind: e.kind,
                        note: e.note.as_deref().map(Cow::Borrowed),
                        only_seen_filtered: e.only_seen_filtered,
                    });
                    let row = ReceivedRow(
                        Cow::Borrowed(&e.name),
                        e.headline.as_deref().map(Cow::Borrowed),
                        e.profile_url.as_deref().map(url_out),
                        e.mutuals.as_deref().map(Cow::Borrowed),
                        f,
                        l,
                        se,
                        sl,
                        bucket,
                        rare,
                    );
                    (Cow::Borrowed(e.key.as_str()), row)
                })
                .collect();
            let sent = (account.sent.values().filter(sent_kept))
                .map(|e| {
                    let (f, l, se, sl) = times_out(
                        clock,
                        e.first_seen_ms,
                        e.last_seen_ms,
                        e.sent_earliest_ms,
                        e.sent_latest_ms,
                    );
                    let state = (e.state != SentState::Pending).then(|| e.state.clone());
                    let row = SentRow(
                        Cow::Borrowed(&e.name),
                        e.headline.as_deref().map(Cow::Borrowed),
                        e.profile_url.as_deref().map(url_out),
                        f,
                        l,
                        se,
                        sl,
                        state,
                    );
                    (Cow::Borrowed(e.key.as_str()), row)
                })
                .collect();
            let stored = StoredAccount {
                received,
                sent,
                events: if news {
                    Cow::Borrowed(&account.events[..])
                } else {
                    Cow::Owned(Vec::new())
                },
                received_totals: if news {
                    (account.received_totals.iter())
                        .map(|(bucket, total)| (Cow::Borrowed(bucket.as_str()), *total))
                        .collect()
                } else {
                    BTreeMap::new()
                },
                format_1_total: None,
                sent_read: account.sent_read.filter(|_| news),
                buckets,
            };
            (Cow::Borrowed(account_key.as_str()), stored)
        })
        .filter(|(_, stored)| news || !stored.received.is_empty() || !stored.sent.is_empty())
        .collect();
    let stored = Stored {
        v: CURRENT_VERSION,
        t0: clock.t0,
        su: clock.send_unit,
        a: accounts,
        lr: ledger
            .last_read
            .as_ref()
            .filter(|_| news)
            .map(Cow::Borrowed),
        ne: ledger.next_event_id,
    };
    // Cannot fail: every map is keyed by String and no serialiser is custom.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// The version alone, to tell a newer version from damage when the text does not decode.
#[derive(Deserialize)]
struct Head {
    v: Option<u64>,
}

fn read(text: &str, part: Part) -> Result<Ledger, CodecError> {
    let stored: Stored<'_> = serde_json::from_str(text).map_err(|error| {
        match serde_json::from_str::<Head>(text)
            .ok()
            .and_then(|head| head.v)
        {
            Some(found) if found > u64::from(CURRENT_VERSION) => {
                CodecError::FutureVersion { found }
            }
            _ => CodecError::Corrupt {
                detail: error.to_string(),
            },
        }
    })?;
    match stored.v {
        FORMAT_1 | CURRENT_VERSION => {}
        0 => return Err(CodecError::UnknownVersion { found: 0 }),
        found => {
            return Err(CodecError::FutureVersion {
                found: u64::from(found),
            })
        }
    }
    if part == Part::Pending && stored.lr.is_some() {
        return Err(CodecError::MoreThanPending { account: None });
    }
    if stored.su <= 0 {
        return Err(CodecError::Corrupt {
            detail: format!("send range unit {}", stored.su),
        });
    }
    let clock = Clock {
        t0: stored.t0,
        send_unit: stored.su,
    };
    let owned = |text: Option<Cow<'_, str>>| text.map(Cow::into_owned);
    let mut accounts = BTreeMap::new();
    for (account_key, account) in stored.a {
        let account_key = account_key.into_owned();
        let has_totals = !account.received_totals.is_empty() || account.format_1_total.is_some();
        let has_news = has_totals || account.sent_read.is_some();
        if part == Part::Pending && (!account.events.is_empty() || has_news) {
            return Err(CodecError::MoreThanPending {
                account: Some(account_key),
            });
        }
        let misplaced = |key: &str| CodecError::Misplaced {
            account: account_key.clone(),
            key: key.to_owned(),
        };
        let mut received = BTreeMap::new();
        for (key, row) in account.received {
            let key = key.into_owned();
            let ReceivedRow(name, headline, url, mutuals, f, l, se, sl, bucket, rare) = row;
            let (first_seen_ms, last_seen_ms, sent_earliest_ms, sent_latest_ms) =
                times_in(clock, (f, l, se, sl));
            let bucket = match bucket {
                None => None,
                Some(index) => match account.buckets.get(index) {
                    Some(bucket) => Some(bucket.clone().into_owned()),
                    None => {
                        return Err(CodecError::Corrupt {
                            detail: format!(
                                "account {account_key}: entry {key}: no bucket {index}"
                            ),
                        })
                    }
                },
            };
            let rare = rare.unwrap_or(Rare {
                state: pending(),
                kind: InvitationKind::Person,
                note: None,
                only_seen_filtered: false,
            });
            if !part.keeps(is_pending(&rare.state)) {
                return Err(misplaced(&key));
            }
            let entry = Entry {
                key: key.clone(),
                name: name.into_owned(),
                headline: owned(headline),
                profile_url: url.map(url_in),
                kind: rare.kind,
                note: owned(rare.note),
                mutuals: owned(mutuals),
                first_seen_ms,
                last_seen_ms,
                sent_earliest_ms,
                sent_latest_ms,
                bucket,
                only_seen_filtered: rare.only_seen_filtered,
                state: rare.state.into_owned(),
            };
            received.insert(key, entry);
        }
        let mut sent = BTreeMap::new();
        for (key, row) in account.sent {
            let key = key.into_owned();
            let SentRow(name, headline, url, f, l, se, sl, state) = row;
            let (first_seen_ms, last_seen_ms, sent_earliest_ms, sent_latest_ms) =
                times_in(clock, (f, l, se, sl));
            let state = state.unwrap_or(SentState::Pending);
            if !part.keeps(state == SentState::Pending) {
                return Err(misplaced(&key));
            }
            let entry = SentEntry {
                key: key.clone(),
                name: name.into_owned(),
                headline: owned(headline),
                profile_url: url.map(url_in),
                first_seen_ms,
                last_seen_ms,
                sent_earliest_ms,
                sent_latest_ms,
                state,
            };
            sent.insert(key, entry);
        }
        let received_totals = match stored.v {
            FORMAT_1 => from_format_1(account.format_1_total, &account.buckets),
            _ => (account.received_totals.into_iter())
                .map(|(bucket, total)| (bucket.into_owned(), total))
                .collect(),
        };
        let restored = AccountLedger {
            received,
            sent,
            events: account.events.into_owned(),
            received_totals,
            sent_read: account.sent_read,
        };
        accounts.insert(account_key, restored);
    }
    Ok(Ledger {
        version: CURRENT_VERSION,
        accounts,
        last_read: stored.lr.map(Cow::into_owned),
        next_event_id: stored.ne,
    })
}

/// The first released stored form: read, and migrated as it is read (see [`from_format_1`]).
pub const FORMAT_1: u32 = 1;

/// Format 1 kept one total of all buckets per account (`bt`), taken from the last read whose
/// page listed every bucket's count, whole or not. Format 2 keeps one per bucket, from the last
/// read of the whole bucket. The one total becomes that of every bucket: "focused" and "other"
/// (LinkedIn's two), and any other bucket the text's entries name (`bk`). It may come from a
/// read that did not show the whole list: then the first read after the update may take one
/// gone invitation for re-filed (as format 1 did), never the other way round.
fn from_format_1(total: Option<u32>, buckets: &[Cow<'_, str>]) -> BTreeMap<String, u32> {
    let Some(total) = total else {
        return BTreeMap::new();
    };
    (["focused", "other"].into_iter())
        .chain(buckets.iter().map(|bucket| bucket.as_ref()))
        .map(|bucket| (bucket.to_owned(), total))
        .collect()
}

/// Repairs every decoded ledger gets: the event id counter stays above every stored id (ids are
/// never reused), and ids too large for a JavaScript number are renumbered.
fn finish(mut ledger: Ledger) -> Ledger {
    renumber_events_if_unsafe(&mut ledger);
    let highest_id = (ledger.accounts.values())
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .max()
        .unwrap_or(0);
    ledger.next_event_id = (ledger.next_event_id)
        .max(highest_id.saturating_add(1))
        .max(1);
    ledger
}

/// Event ids travel to JavaScript as numbers, exact only below 2^53. A stored ledger whose ids
/// reach that (only damaged or hostile storage does) gets its events numbered afresh from 1, in
/// order, with the references from missing-in-bulk entries following them, so ids stay unique.
fn renumber_events_if_unsafe(ledger: &mut Ledger) {
    const SAFE: u64 = 1 << 53;
    let unsafe_ids = ledger.next_event_id >= SAFE
        || (ledger.accounts.values())
            .flat_map(|a| a.events.iter())
            .any(|e| e.id >= SAFE);
    if !unsafe_ids {
        return;
    }
    let mut next = 1u64;
    for account in ledger.accounts.values_mut() {
        let mut renamed = BTreeMap::new();
        for event in &mut account.events {
            renamed.insert(event.id, next);
            event.id = next;
            next += 1;
        }
        for entry in account.received.values_mut() {
            if let State::MissingInBulk { event_id, .. } = &mut entry.state {
                *event_id = renamed.get(event_id).copied().unwrap_or(0);
            }
        }
    }
    ledger.next_event_id = next;
}
