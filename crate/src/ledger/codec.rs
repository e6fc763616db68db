//! Versioned encoding of the [`Ledger`] for `chrome.storage`: compact text, migrations from
//! older schema versions, and recovery from corrupt data (never a panic, never a silent wipe:
//! the caller keeps the raw text aside and starts fresh).
//!
//! Versions:
//! - **1** (old): `{"version":1,"invitations":{"<key>":{"name","firstSeen","lastSeen","state"}}}`
//!   with `state` one of `"pending"`, `"accepted"`, `"ignored"`, `"vanished"`, `"resolved"`; no
//!   account, no evidence, no events.
//! - **2** (old): the serde form of [`Ledger`] (short field names, see [`super::model`]).
//! - **4** (current): the data of version 3, stored as its JSON object without the entries on a
//!   first line, then one line per entry, its fields in a fixed order and read without serde
//!   (see `super::lines`; about three quarters of the size of version 3, and about twice as fast
//!   to read). The export (and [`encode_json`]) is the same data as one version-3-shaped JSON
//!   object, which [`decode`] also reads.
//! - **3** (old): the same names and meanings as version 2, made compact (about half the
//!   size of version 2):
//!   - an entry's key is only the map key (no `k` inside the entry);
//!   - `u` (profile URL): `"~"` for `https://www.linkedin.com/in/<slug>/` under the key
//!     `in:<slug>`, `"~<slug>"` for another `/in/<slug>/` profile, the path (`"/company/…"`) for
//!     any other URL on `https://www.linkedin.com`, anything else as is, behind a `!` when it
//!     starts with `/`, `!` or `~`;
//!   - `mu` (mutuals): a number `n` for "n mutual connections" ("1 mutual connection"),
//!     `[name, n]` for "name and n other mutual connections", `[name]` for "name is a mutual
//!     connection", any other line as text;
//!   - entry times are whole **seconds**, anchored on the ledger-wide `t0` (seconds since the
//!     Unix epoch: the earliest first sighting): `f` is seconds after `t0`, `l` seconds after
//!     `f`; the send range is `ag: [latest, earliest]` (or `[latest]`) in whole days before `f`
//!     when it is that (the usual case: an age label read at first sight), otherwise `se`/`sl`
//!     in seconds before `f`; state times (`s.at`, `s.va`) and evidence `ls` are seconds after
//!     `t0`. Evidence durations (`pmin`, `pmax`), event times (`e[].at`) and `lr.t` stay
//!     milliseconds (since the Unix epoch for the last two), as in version 2;
//!   - per account, `b` is the usual bucket of its received entries: an entry in it omits its
//!     own `b`; an entry without a bucket, in an account that has a usual one, says `"b":null`;
//!   - fields equal to their defaults are left out (`f`/`l` 0, `fo` false, evidence `note`
//!     false, `same` 1, `new` 0).
//!
//!   Rounding: every entry time is rounded **up** to the whole second (`ceil`), the same way for
//!   all of them. Being monotone, it keeps every order between them (`se ≤ sl ≤ f ≤ l ≤` state
//!   times), and a send range a whole number of days before first sight stays one. Effects on
//!   the diff rules, only ever for reads within one second of a threshold: an action's grace
//!   (`ACTION_GRACE_MS`, 1 h) can only last longer, never end sooner; a send range moves later
//!   by under a second, against a coverage margin (`COVERAGE_MARGIN_MS`) of a day around age
//!   labels that are themselves whole days. Version 1 and 2 ledgers go through the same rounding
//!   on the way in (the migration), so encoding any decoded ledger and decoding it again gives
//!   it back exactly.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::page::{Era, InvitationKind};

use super::lines::Keep;
use super::model::{
    first_event_id, is_false, is_person, one, person_kind, AccountLedger, Coverage, Entry, Event,
    Evidence, LastRead, Ledger, SentEntry, SentState, State, CURRENT_VERSION, UNKNOWN_ACCOUNT,
};

/// Why stored ledger text could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// Not JSON, or JSON of the wrong shape for its version.
    Corrupt { detail: String },
    /// Written by a newer Invite Watch; this version cannot read it.
    FutureVersion { found: u64 },
    /// A version number this code never wrote (0, or not a number).
    UnknownVersion { found: String },
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
        }
    }
}

impl std::error::Error for CodecError {}

/// What [`decode_or_recover`] did with text it could not decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The undecodable text, to be kept aside (e.g. under a backup storage key).
    pub raw: String,
    pub error: CodecError,
}

/// Encodes the ledger for storage at [`CURRENT_VERSION`]: a JSON line, then a line per entry
/// (see `super::lines`).
pub fn encode(ledger: &Ledger) -> String {
    super::lines::write(to_v3(ledger, Part::Whole))
}

/// Encodes the ledger as one JSON object (the version-3 shape at [`CURRENT_VERSION`]): what the
/// options page exports. [`decode`] reads it too.
pub fn encode_json(ledger: &Ledger) -> String {
    // Serialising cannot fail: every map is keyed by String and no serialiser is custom.
    serde_json::to_string(&to_v3(ledger, Part::Whole))
        .unwrap_or_else(|error| unreachable!("a Ledger always serialises to JSON, but: {error}"))
}

/// Decodes stored text, migrating older versions to the current one.
pub fn decode(text: &str) -> Result<Ledger, CodecError> {
    decode_keeping(text, Keep::Every)
}

/// Decodes stored text without its pending entries (received or sent), when that is quicker
/// (version 4: their lines are skipped unread); older versions decode whole. For messages that
/// only read the news — the in-page card — and never save: every question the card asks
/// (events, vanished, missing and re-sent entries, the last read) has the same answer. Text
/// that [`decode`] refuses may still decode here (a damaged pending line goes unread); the
/// ledger's next full load finds it.
pub fn decode_without_pending(text: &str) -> Result<Ledger, CodecError> {
    decode_keeping(text, Keep::AllButPending)
}

fn decode_keeping(text: &str, keep: Keep) -> Result<Ledger, CodecError> {
    // Version 4 with entries: a JSON first line that says so, then the entry lines. Versions 1
    // to 3 are written on one line (JSON text written by hand may span several: the first of
    // them is then no JSON object of version 4, and the whole text is read below).
    let mut whole = None;
    match text.split_once('\n') {
        Some((head, _)) => {
            if let Ok(head) = serde_json::from_str::<Value>(head) {
                if head.get("version").and_then(Value::as_u64) == Some(4) {
                    return super::lines::read(head, text, keep).map(finish);
                }
            }
        }
        None => whole = Some(serde_json::from_str::<Value>(text)),
    }
    let value: Value = whole
        .unwrap_or_else(|| serde_json::from_str(text))
        .map_err(|error| CodecError::Corrupt {
            detail: format!("not JSON: {error}"),
        })?;
    let Some(object) = value.as_object() else {
        return Err(CodecError::Corrupt {
            detail: "not a JSON object".to_string(),
        });
    };
    let version = match object.get("version") {
        None => {
            return Err(CodecError::Corrupt {
                detail: "no version field".to_string(),
            })
        }
        Some(Value::Number(number)) => match number.as_u64() {
            Some(version) => version,
            None => {
                return Err(CodecError::UnknownVersion {
                    found: number.to_string(),
                })
            }
        },
        Some(other) => {
            return Err(CodecError::UnknownVersion {
                found: other.to_string(),
            })
        }
    };
    match version {
        1 => migrate_v1(value).map(|ledger| finish(through_v3(&ledger))),
        2 => decode_v2(value).map(|ledger| finish(through_v3(&ledger))),
        // Version 4 on one line: no entries, or the exported form (version 3's shape).
        3 | 4 => serde_json::from_value::<LedgerV3>(value)
            .map_err(|e| corrupt(version as u32, e))
            .map(|stored| finish(from_v3(stored))),
        found if found > u64::from(CURRENT_VERSION) => Err(CodecError::FutureVersion { found }),
        found => Err(CodecError::UnknownVersion {
            found: found.to_string(),
        }),
    }
}

/// Decodes stored text, or starts a fresh ledger when it cannot: the returned [`Recovery`]
/// carries the raw text to keep aside. Blank text (nothing stored yet) is a fresh ledger with
/// nothing to recover.
pub fn decode_or_recover(text: &str) -> (Ledger, Option<Recovery>) {
    if text.trim().is_empty() {
        return (Ledger::new(), None);
    }
    match decode(text) {
        Ok(ledger) => (ledger, None),
        Err(error) => (
            Ledger::new(),
            Some(Recovery {
                raw: text.to_string(),
                error,
            }),
        ),
    }
}

fn corrupt(version: u32, error: serde_json::Error) -> CodecError {
    CodecError::Corrupt {
        detail: format!("version {version} shape: {error}"),
    }
}

/// Migration to version 3: the ledger as version 3 stores it (times rounded to seconds).
fn through_v3(ledger: &Ledger) -> Ledger {
    from_v3(to_v3(ledger, Part::Whole))
}

fn decode_v2(value: Value) -> Result<Ledger, CodecError> {
    let ledger: Ledger = serde_json::from_value(value).map_err(|e| corrupt(2, e))?;
    for (account_key, account) in &ledger.accounts {
        let mismatched = account
            .received
            .iter()
            .map(|(key, entry)| (key, &entry.key))
            .chain(account.sent.iter().map(|(key, entry)| (key, &entry.key)))
            .find(|(key, entry_key)| key != entry_key);
        if let Some((key, entry_key)) = mismatched {
            return Err(CodecError::Corrupt {
                detail: format!("account {account_key}: entry {key} carries key {entry_key}"),
            });
        }
    }
    Ok(ledger)
}

/// Repairs every decoded ledger gets, whatever its version.
pub(super) fn finish(mut ledger: Ledger) -> Ledger {
    renumber_events_if_unsafe(&mut ledger);
    // Repair, never reuse: the id counter must stay above every stored event id.
    let highest_id = ledger
        .accounts
        .values()
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .max()
        .unwrap_or(0);
    ledger.next_event_id = ledger
        .next_event_id
        .max(highest_id.saturating_add(1))
        .max(1);
    ledger.version = CURRENT_VERSION;
    ledger
}

/// Event ids travel to JavaScript as numbers, exact only below 2^53. A stored ledger whose ids
/// reach that (only damaged or hostile storage does) gets its events numbered afresh from 1, in
/// order, with the references from missing-in-bulk entries following them, so ids stay unique.
fn renumber_events_if_unsafe(ledger: &mut Ledger) {
    const SAFE: u64 = 1 << 53;
    let unsafe_ids = ledger.next_event_id >= SAFE
        || ledger
            .accounts
            .values()
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

/// The version-1 shape.
#[derive(Deserialize)]
struct LedgerV1 {
    #[serde(default)]
    invitations: BTreeMap<String, EntryV1>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EntryV1 {
    name: String,
    first_seen: i64,
    last_seen: i64,
    state: String,
}

/// Version 1 → 2: every invitation goes to the [`UNKNOWN_ACCOUNT`] ledger (version 1 knew no
/// accounts). Version 1 recorded no detection time: a vanished entry is dated at its last
/// sighting and its evidence says [`Coverage::NotRecorded`]. An unknown state is corruption.
fn migrate_v1(value: Value) -> Result<Ledger, CodecError> {
    let old: LedgerV1 = serde_json::from_value(value).map_err(|e| corrupt(1, e))?;
    let mut account = AccountLedger::default();
    for (key, old_entry) in old.invitations {
        let at_ms = old_entry.last_seen;
        let state = match old_entry.state.as_str() {
            "pending" => State::Pending,
            "accepted" => State::AcceptedByYou { at_ms },
            "ignored" => State::IgnoredByYou { at_ms },
            "resolved" => State::ResolvedByYou { at_ms },
            "vanished" => State::Vanished {
                detected_at_ms: at_ms,
                evidence: Evidence {
                    pending_at_least_ms: old_entry
                        .last_seen
                        .saturating_sub(old_entry.first_seen)
                        .max(0),
                    pending_at_most_ms: None,
                    last_seen_ms: old_entry.last_seen,
                    had_note: false,
                    kind: InvitationKind::Person,
                    gone_in_same_read: 1,
                    new_in_same_read: 0,
                    era: None,
                    bucket: None,
                    coverage: Coverage::NotRecorded,
                },
            },
            other => {
                return Err(CodecError::Corrupt {
                    detail: format!("version 1 entry {key} has unknown state {other:?}"),
                })
            }
        };
        account.received.insert(
            key.clone(),
            Entry {
                key,
                name: old_entry.name,
                headline: None,
                profile_url: None,
                kind: InvitationKind::Person,
                note: None,
                mutuals: None,
                first_seen_ms: old_entry.first_seen,
                last_seen_ms: old_entry.last_seen,
                sent_earliest_ms: None,
                sent_latest_ms: None,
                bucket: None,
                only_seen_filtered: false,
                state,
            },
        );
    }
    let mut ledger = Ledger::new();
    if !account.received.is_empty() {
        ledger.accounts.insert(UNKNOWN_ACCOUNT.to_string(), account);
    }
    Ok(ledger)
}

// --- version 3 ------------------------------------------------------------------------------

/// Where profile URLs live; version 3 stores them without it.
const LINKEDIN: &str = "https://www.linkedin.com";

/// The smallest and largest second whose millisecond value fits an `i64`.
const MIN_S: i64 = i64::MIN / 1000;
const MAX_S: i64 = i64::MAX / 1000;

/// Milliseconds → seconds, rounded up.
fn ceil_s(ms: i64) -> i64 {
    ms.div_euclid(1000) + i64::from(ms.rem_euclid(1000) != 0)
}

/// Seconds (kept where milliseconds fit) → milliseconds.
fn to_ms(s: i64) -> i64 {
    s.clamp(MIN_S, MAX_S) * 1000
}

fn is_zero(value: &i64) -> bool {
    *value == 0
}

fn is_one(value: &u32) -> bool {
    *value == 1
}

fn is_zero_u32(value: &u32) -> bool {
    *value == 0
}

/// A field that is present (even as `null`) is `Some`, so `"b":null` differs from no `b`.
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

#[derive(Serialize, Deserialize)]
pub(super) struct LedgerV3 {
    pub(super) version: u32,
    /// Seconds since the Unix epoch that entry times count from.
    #[serde(rename = "t0", default, skip_serializing_if = "is_zero")]
    pub(super) epoch_s: i64,
    #[serde(rename = "a", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) accounts: BTreeMap<String, AccountV3>,
    #[serde(rename = "lr", default, skip_serializing_if = "Option::is_none")]
    pub(super) last_read: Option<LastRead>,
    #[serde(rename = "ne", default = "first_event_id")]
    pub(super) next_event_id: u64,
}

#[derive(Default, Serialize, Deserialize)]
pub(super) struct AccountV3 {
    /// The bucket of most received entries: those in it leave out their own.
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub(super) usual_bucket: Option<String>,
    #[serde(rename = "r", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) received: BTreeMap<String, EntryV3>,
    #[serde(rename = "s", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) sent: BTreeMap<String, SentEntryV3>,
    #[serde(rename = "e", default, skip_serializing_if = "Vec::is_empty")]
    pub(super) events: Vec<Event>,
    /// See [`AccountLedger::received_total`].
    #[serde(rename = "bt", default, skip_serializing_if = "Option::is_none")]
    pub(super) received_total: Option<u32>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct EntryV3 {
    #[serde(rename = "n", default)]
    pub(super) name: String,
    #[serde(rename = "h", default, skip_serializing_if = "Option::is_none")]
    pub(super) headline: Option<String>,
    /// See [`compact_url`].
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    pub(super) profile_url: Option<String>,
    #[serde(
        rename = "ki",
        default = "person_kind",
        skip_serializing_if = "is_person"
    )]
    pub(super) kind: InvitationKind,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub(super) note: Option<String>,
    #[serde(rename = "mu", default, skip_serializing_if = "Option::is_none")]
    pub(super) mutuals: Option<MutualsV3>,
    /// First seen, after `t0`.
    #[serde(rename = "f", default, skip_serializing_if = "is_zero")]
    pub(super) first_seen: i64,
    /// Last seen, after first seen.
    #[serde(rename = "l", default, skip_serializing_if = "is_zero")]
    pub(super) last_seen: i64,
    /// The send range as whole days before first seen: `[latest, earliest]` or `[latest]`
    /// (the usual case: the range an age label gave at first sight). When present, `se` and
    /// `sl` are not.
    #[serde(rename = "ag", default, skip_serializing_if = "Option::is_none")]
    pub(super) age_days: Option<Vec<i64>>,
    /// Earliest possible send time, before first seen.
    #[serde(rename = "se", default, skip_serializing_if = "Option::is_none")]
    pub(super) sent_earliest: Option<i64>,
    /// Latest possible send time, before first seen.
    #[serde(rename = "sl", default, skip_serializing_if = "Option::is_none")]
    pub(super) sent_latest: Option<i64>,
    /// Absent: the account's usual bucket; `null`: none.
    #[serde(
        rename = "b",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub(super) bucket: Option<Option<String>>,
    #[serde(rename = "fo", default, skip_serializing_if = "is_false")]
    pub(super) only_seen_filtered: bool,
    #[serde(rename = "s")]
    pub(super) state: StateV3,
}

#[derive(Serialize, Deserialize)]
pub(super) struct SentEntryV3 {
    #[serde(rename = "n", default)]
    pub(super) name: String,
    #[serde(rename = "h", default, skip_serializing_if = "Option::is_none")]
    pub(super) headline: Option<String>,
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    pub(super) profile_url: Option<String>,
    /// First seen, after `t0`.
    #[serde(rename = "f", default, skip_serializing_if = "is_zero")]
    pub(super) first_seen: i64,
    /// Last seen, after first seen.
    #[serde(rename = "l", default, skip_serializing_if = "is_zero")]
    pub(super) last_seen: i64,
    /// The send range as whole days before first seen: `[latest, earliest]` or `[latest]`
    /// (the usual case: the range an age label gave at first sight). When present, `se` and
    /// `sl` are not.
    #[serde(rename = "ag", default, skip_serializing_if = "Option::is_none")]
    pub(super) age_days: Option<Vec<i64>>,
    /// Earliest possible send time, before first seen.
    #[serde(rename = "se", default, skip_serializing_if = "Option::is_none")]
    pub(super) sent_earliest: Option<i64>,
    /// Latest possible send time, before first seen.
    #[serde(rename = "sl", default, skip_serializing_if = "Option::is_none")]
    pub(super) sent_latest: Option<i64>,
    #[serde(rename = "s")]
    pub(super) state: SentStateV3,
}

/// An entry's sightings and send range as stored (the fields of [`EntryV3`] and [`SentEntryV3`]
/// of the same names).
struct TimesV3 {
    /// First seen, after `t0`.
    first_seen: i64,
    /// Last seen, after first seen.
    last_seen: i64,
    /// The send range as whole days before first seen: `[latest, earliest]` or `[latest]`
    /// (the usual case: the range an age label gave at first sight). When present, `se` and
    /// `sl` are not.
    age_days: Option<Vec<i64>>,
    /// Earliest possible send time, before first seen.
    sent_earliest: Option<i64>,
    /// Latest possible send time, before first seen.
    sent_latest: Option<i64>,
}

/// A mutuals line; LinkedIn's usual English ones in short.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
pub(super) enum MutualsV3 {
    /// "`n` mutual connections" ("1 mutual connection").
    Count(u64),
    /// "`name` and `n` other mutual connections" ("… 1 other mutual connection").
    Named(String, u64),
    /// "`name` is a mutual connection".
    One((String,)),
    Text(String),
}

const ONE_MUTUAL: &str = " is a mutual connection";

fn connections(n: u64) -> &'static str {
    if n == 1 {
        "connection"
    } else {
        "connections"
    }
}

impl MutualsV3 {
    fn of(text: &str) -> MutualsV3 {
        let count = |s: &str| {
            s.split(' ')
                .next()
                .and_then(|n| n.parse::<u64>().ok())
                .filter(|n| format!("{n} mutual {}", connections(*n)) == s)
        };
        if let Some(n) = count(text) {
            return MutualsV3::Count(n);
        }
        if let Some((name, rest)) = text.rsplit_once(" and ") {
            let n = rest
                .split(' ')
                .next()
                .and_then(|n| n.parse::<u64>().ok())
                .filter(|n| format!("{n} other mutual {}", connections(*n)) == rest);
            if let Some(n) = n {
                return MutualsV3::Named(name.to_string(), n);
            }
        }
        if let Some(name) = text.strip_suffix(ONE_MUTUAL) {
            return MutualsV3::One((name.to_string(),));
        }
        MutualsV3::Text(text.to_string())
    }

    fn text(self) -> String {
        match self {
            MutualsV3::Count(n) => {
                let mut text = n.to_string();
                text.push_str(" mutual ");
                text.push_str(connections(n));
                text
            }
            MutualsV3::Named(name, n) => {
                format!("{name} and {n} other mutual {}", connections(n))
            }
            MutualsV3::One((name,)) => format!("{name}{ONE_MUTUAL}"),
            MutualsV3::Text(text) => text,
        }
    }
}

/// [`State`], its times in seconds after `t0`.
#[derive(Serialize, Deserialize)]
#[serde(tag = "t")]
pub(super) enum StateV3 {
    #[serde(rename = "p")]
    Pending,
    #[serde(rename = "a")]
    AcceptedByYou { at: i64 },
    #[serde(rename = "i")]
    IgnoredByYou { at: i64 },
    #[serde(rename = "v")]
    Vanished { at: i64, ev: EvidenceV3 },
    #[serde(rename = "g")]
    MissingInBulk { at: i64, id: u64, ev: EvidenceV3 },
    #[serde(rename = "rs")]
    ReSent { at: i64, va: i64 },
    #[serde(rename = "x")]
    ResolvedByYou { at: i64 },
}

/// [`SentState`], its times in seconds after `t0`.
#[derive(Serialize, Deserialize)]
#[serde(tag = "t")]
pub(super) enum SentStateV3 {
    #[serde(rename = "p")]
    Pending,
    #[serde(rename = "w")]
    WithdrawnByYou { at: i64 },
    #[serde(rename = "gone")]
    NoLongerPending { at: i64 },
}

/// [`Evidence`]: `ls` in seconds after `t0`, durations still in milliseconds.
#[derive(Serialize, Deserialize)]
pub(super) struct EvidenceV3 {
    #[serde(rename = "pmin")]
    pending_at_least_ms: i64,
    #[serde(rename = "pmax", default, skip_serializing_if = "Option::is_none")]
    pending_at_most_ms: Option<i64>,
    #[serde(rename = "ls")]
    last_seen: i64,
    #[serde(rename = "note", default, skip_serializing_if = "is_false")]
    had_note: bool,
    #[serde(
        rename = "ki",
        default = "person_kind",
        skip_serializing_if = "is_person"
    )]
    kind: InvitationKind,
    #[serde(rename = "same", default = "one", skip_serializing_if = "is_one")]
    gone_in_same_read: u32,
    #[serde(rename = "new", default, skip_serializing_if = "is_zero_u32")]
    new_in_same_read: u32,
    #[serde(rename = "era", default, skip_serializing_if = "Option::is_none")]
    era: Option<Era>,
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    bucket: Option<String>,
    #[serde(rename = "cov")]
    coverage: Coverage,
}

/// How version 3 stores a profile URL (exactly restored by [`full_url`]): `"~"` for the profile
/// of an `in:<slug>` key, `"~<slug>"` for another `/in/<slug>/` profile, the path for any other
/// LinkedIn URL, and anything else as is, behind a `!` if it starts like one of those.
pub(super) fn compact_url(key: &str, url: &str) -> String {
    let path = url.strip_prefix(LINKEDIN).filter(|p| p.starts_with('/'));
    let profile = path
        .and_then(|p| p.strip_prefix("/in/"))
        .and_then(|p| p.strip_suffix('/'));
    if let Some(slug) = profile {
        if key.strip_prefix("in:") == Some(slug) {
            return "~".to_string();
        }
        if !slug.is_empty() {
            return format!("~{slug}");
        }
    }
    match path {
        Some(path) => path.to_string(),
        None if url.starts_with(['/', '!', '~']) => format!("!{url}"),
        None => url.to_string(),
    }
}

fn full_url(key: &str, stored: String) -> String {
    if let Some(slug) = stored.strip_prefix('~') {
        let slug = match key.strip_prefix("in:") {
            Some(own) if slug.is_empty() => own,
            _ => slug,
        };
        let mut url = String::with_capacity(LINKEDIN.len() + slug.len() + 5);
        url.push_str(LINKEDIN);
        url.push_str("/in/");
        url.push_str(slug);
        url.push('/');
        return url;
    }
    if stored.starts_with('/') {
        let mut url = String::with_capacity(LINKEDIN.len() + stored.len());
        url.push_str(LINKEDIN);
        url.push_str(&stored);
        return url;
    }
    match stored.strip_prefix('!') {
        Some(literal) => literal.to_string(),
        None => stored,
    }
}

/// Seconds relative to a base, and back, clamped where milliseconds fit.
#[derive(Clone, Copy)]
pub(super) struct Epoch(pub(super) i64);

impl Epoch {
    fn after(self, ms: i64) -> i64 {
        ceil_s(ms).saturating_sub(self.0)
    }

    fn at(self, offset_s: i64) -> i64 {
        self.0.saturating_add(offset_s).clamp(MIN_S, MAX_S)
    }
}

const DAY_S: i64 = 24 * 60 * 60;

fn times_to_v3(
    epoch: Epoch,
    first_seen_ms: i64,
    last_seen_ms: i64,
    sent_earliest_ms: Option<i64>,
    sent_latest_ms: Option<i64>,
) -> TimesV3 {
    let first = ceil_s(first_seen_ms);
    let before_first = |ms: i64| first.saturating_sub(ceil_s(ms));
    let sent_earliest = sent_earliest_ms.map(before_first);
    let sent_latest = sent_latest_ms.map(before_first);
    let whole_days = |s: i64| (s >= 0 && s % DAY_S == 0).then_some(s / DAY_S);
    let age_days = match (sent_latest.map(whole_days), sent_earliest.map(whole_days)) {
        (Some(Some(latest)), None) => Some(vec![latest]),
        (Some(Some(latest)), Some(Some(earliest))) => Some(vec![latest, earliest]),
        _ => None,
    };
    let (sent_earliest, sent_latest) = match age_days {
        Some(_) => (None, None),
        None => (sent_earliest, sent_latest),
    };
    TimesV3 {
        first_seen: first.saturating_sub(epoch.0),
        last_seen: ceil_s(last_seen_ms).saturating_sub(first),
        age_days,
        sent_earliest,
        sent_latest,
    }
}

/// `(first_seen_ms, last_seen_ms, sent_earliest_ms, sent_latest_ms)`.
fn times_from_v3(epoch: Epoch, times: &TimesV3) -> (i64, i64, Option<i64>, Option<i64>) {
    let first = epoch.at(times.first_seen);
    let before_first = |s: i64| to_ms(Epoch(first).at(s.saturating_neg()));
    let (sent_earliest, sent_latest) = match times.age_days.as_deref() {
        Some([latest, rest @ ..]) => (
            rest.first().map(|days| days.saturating_mul(DAY_S)),
            Some(latest.saturating_mul(DAY_S)),
        ),
        _ => (times.sent_earliest, times.sent_latest),
    };
    (
        to_ms(first),
        to_ms(Epoch(first).at(times.last_seen)),
        sent_earliest.map(before_first),
        sent_latest.map(before_first),
    )
}

fn evidence_to_v3(epoch: Epoch, evidence: &Evidence) -> EvidenceV3 {
    EvidenceV3 {
        pending_at_least_ms: evidence.pending_at_least_ms,
        pending_at_most_ms: evidence.pending_at_most_ms,
        last_seen: epoch.after(evidence.last_seen_ms),
        had_note: evidence.had_note,
        kind: evidence.kind,
        gone_in_same_read: evidence.gone_in_same_read,
        new_in_same_read: evidence.new_in_same_read,
        era: evidence.era,
        bucket: evidence.bucket.clone(),
        coverage: evidence.coverage,
    }
}

fn evidence_from_v3(epoch: Epoch, evidence: EvidenceV3) -> Evidence {
    Evidence {
        pending_at_least_ms: evidence.pending_at_least_ms,
        pending_at_most_ms: evidence.pending_at_most_ms,
        last_seen_ms: to_ms(epoch.at(evidence.last_seen)),
        had_note: evidence.had_note,
        kind: evidence.kind,
        gone_in_same_read: evidence.gone_in_same_read,
        new_in_same_read: evidence.new_in_same_read,
        era: evidence.era,
        bucket: evidence.bucket,
        coverage: evidence.coverage,
    }
}

fn state_to_v3(epoch: Epoch, state: &State) -> StateV3 {
    let at = |ms: i64| epoch.after(ms);
    match state {
        State::Pending => StateV3::Pending,
        State::AcceptedByYou { at_ms } => StateV3::AcceptedByYou { at: at(*at_ms) },
        State::IgnoredByYou { at_ms } => StateV3::IgnoredByYou { at: at(*at_ms) },
        State::ResolvedByYou { at_ms } => StateV3::ResolvedByYou { at: at(*at_ms) },
        State::Vanished {
            detected_at_ms,
            evidence,
        } => StateV3::Vanished {
            at: at(*detected_at_ms),
            ev: evidence_to_v3(epoch, evidence),
        },
        State::MissingInBulk {
            detected_at_ms,
            event_id,
            evidence,
        } => StateV3::MissingInBulk {
            at: at(*detected_at_ms),
            id: *event_id,
            ev: evidence_to_v3(epoch, evidence),
        },
        State::ReSent {
            at_ms,
            vanished_at_ms,
        } => StateV3::ReSent {
            at: at(*at_ms),
            va: at(*vanished_at_ms),
        },
    }
}

fn state_from_v3(epoch: Epoch, state: StateV3) -> State {
    let ms = |s: i64| to_ms(epoch.at(s));
    match state {
        StateV3::Pending => State::Pending,
        StateV3::AcceptedByYou { at } => State::AcceptedByYou { at_ms: ms(at) },
        StateV3::IgnoredByYou { at } => State::IgnoredByYou { at_ms: ms(at) },
        StateV3::ResolvedByYou { at } => State::ResolvedByYou { at_ms: ms(at) },
        StateV3::Vanished { at, ev } => State::Vanished {
            detected_at_ms: ms(at),
            evidence: evidence_from_v3(epoch, ev),
        },
        StateV3::MissingInBulk { at, id, ev } => State::MissingInBulk {
            detected_at_ms: ms(at),
            event_id: id,
            evidence: evidence_from_v3(epoch, ev),
        },
        StateV3::ReSent { at, va } => State::ReSent {
            at_ms: ms(at),
            vanished_at_ms: ms(va),
        },
    }
}

/// The bucket most received entries are in (the first in order on a tie), if any has one.
fn usual_bucket(account: &AccountLedger, part: Part) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let kept =
        (account.received.values()).filter(|e| part.keeps(matches!(e.state, State::Pending)));
    for entry in kept {
        if let Some(bucket) = &entry.bucket {
            *counts.entry(bucket.as_str()).or_default() += 1;
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for (bucket, count) in counts {
        if best.is_none_or(|(_, most)| count > most) {
            best = Some((bucket, count));
        }
    }
    best.map(|(bucket, _)| bucket.to_string())
}

/// Which entries [`to_v3`] keeps: the stored ledger is split in two texts by whether an entry is
/// pending (see `super::split`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Whole,
    /// Everything but the pending entries (received or sent).
    News,
    /// The pending entries alone, under their accounts (no events, no last read).
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

/// The ledger (the `part` of it) in the version-3 shape. The epoch is the earliest first sighting
/// among the entries kept, so that one part's text does not change with the other's entries (any
/// whole second would do: entry times are rounded to whole seconds of Unix time, whatever the
/// epoch).
pub(super) fn to_v3(ledger: &Ledger, part: Part) -> LedgerV3 {
    let epoch = Epoch(
        ledger
            .accounts
            .values()
            .flat_map(|account| {
                let received = (account.received.values())
                    .filter(|e| part.keeps(matches!(e.state, State::Pending)))
                    .map(|e| e.first_seen_ms);
                let sent = (account.sent.values())
                    .filter(|e| part.keeps(matches!(e.state, SentState::Pending)))
                    .map(|e| e.first_seen_ms);
                received.chain(sent)
            })
            .map(ceil_s)
            .min()
            .unwrap_or(0),
    );
    let accounts = ledger
        .accounts
        .iter()
        .map(|(account_key, account)| {
            let usual = usual_bucket(account, part);
            let received = account
                .received
                .iter()
                .filter(|(_, entry)| part.keeps(matches!(entry.state, State::Pending)))
                .map(|(key, entry)| {
                    let times = times_to_v3(
                        epoch,
                        entry.first_seen_ms,
                        entry.last_seen_ms,
                        entry.sent_earliest_ms,
                        entry.sent_latest_ms,
                    );
                    let stored = EntryV3 {
                        name: entry.name.clone(),
                        headline: entry.headline.clone(),
                        profile_url: entry.profile_url.as_deref().map(|u| compact_url(key, u)),
                        kind: entry.kind,
                        note: entry.note.clone(),
                        mutuals: entry.mutuals.as_deref().map(MutualsV3::of),
                        first_seen: times.first_seen,
                        last_seen: times.last_seen,
                        age_days: times.age_days,
                        sent_earliest: times.sent_earliest,
                        sent_latest: times.sent_latest,
                        bucket: (entry.bucket != usual).then(|| entry.bucket.clone()),
                        only_seen_filtered: entry.only_seen_filtered,
                        state: state_to_v3(epoch, &entry.state),
                    };
                    (key.clone(), stored)
                })
                .collect();
            let sent = account
                .sent
                .iter()
                .filter(|(_, entry)| part.keeps(matches!(entry.state, SentState::Pending)))
                .map(|(key, entry)| {
                    let state = match entry.state {
                        SentState::Pending => SentStateV3::Pending,
                        SentState::WithdrawnByYou { at_ms } => SentStateV3::WithdrawnByYou {
                            at: epoch.after(at_ms),
                        },
                        SentState::NoLongerPending { at_ms } => SentStateV3::NoLongerPending {
                            at: epoch.after(at_ms),
                        },
                    };
                    let times = times_to_v3(
                        epoch,
                        entry.first_seen_ms,
                        entry.last_seen_ms,
                        entry.sent_earliest_ms,
                        entry.sent_latest_ms,
                    );
                    let stored = SentEntryV3 {
                        name: entry.name.clone(),
                        headline: entry.headline.clone(),
                        profile_url: entry.profile_url.as_deref().map(|u| compact_url(key, u)),
                        first_seen: times.first_seen,
                        last_seen: times.last_seen,
                        age_days: times.age_days,
                        sent_earliest: times.sent_earliest,
                        sent_latest: times.sent_latest,
                        state,
                    };
                    (key.clone(), stored)
                })
                .collect();
            let stored = AccountV3 {
                usual_bucket: usual,
                received,
                sent,
                events: match part {
                    Part::Pending => Vec::new(),
                    Part::Whole | Part::News => account.events.clone(),
                },
                received_total: match part {
                    Part::Pending => None,
                    Part::Whole | Part::News => account.received_total,
                },
            };
            (account_key.clone(), stored)
        })
        .filter(|(_, stored): &(String, AccountV3)| {
            part != Part::Pending || !stored.received.is_empty() || !stored.sent.is_empty()
        })
        .collect();
    LedgerV3 {
        version: CURRENT_VERSION,
        epoch_s: epoch.0,
        accounts,
        last_read: match part {
            Part::Pending => None,
            Part::Whole | Part::News => ledger.last_read.clone(),
        },
        next_event_id: ledger.next_event_id,
    }
}

pub(super) fn from_v3(stored: LedgerV3) -> Ledger {
    let epoch = Epoch(stored.epoch_s);
    let accounts = stored
        .accounts
        .into_iter()
        .map(|(account_key, account)| {
            let usual = account.usual_bucket;
            let received = account
                .received
                .into_iter()
                .map(|(key, entry)| received_from_v3(epoch, &usual, key, entry))
                .collect();
            let sent = account
                .sent
                .into_iter()
                .map(|(key, entry)| sent_from_v3(epoch, key, entry))
                .collect();
            let restored = AccountLedger {
                received,
                sent,
                events: account.events,
                received_total: account.received_total,
            };
            (account_key, restored)
        })
        .collect();
    Ledger {
        version: CURRENT_VERSION,
        accounts,
        last_read: stored.last_read,
        next_event_id: stored.next_event_id,
    }
}

/// One received entry as stored, with its key, back to an [`Entry`] (`usual`: its account's
/// usual bucket).
pub(super) fn received_from_v3(
    epoch: Epoch,
    usual: &Option<String>,
    key: String,
    mut entry: EntryV3,
) -> (String, Entry) {
    let (first_seen_ms, last_seen_ms, sent_earliest_ms, sent_latest_ms) = times_from_v3(
        epoch,
        &TimesV3 {
            first_seen: entry.first_seen,
            last_seen: entry.last_seen,
            age_days: entry.age_days.take(),
            sent_earliest: entry.sent_earliest,
            sent_latest: entry.sent_latest,
        },
    );
    let restored = Entry {
        name: entry.name,
        headline: entry.headline,
        profile_url: entry.profile_url.map(|u| full_url(&key, u)),
        kind: entry.kind,
        note: entry.note,
        mutuals: entry.mutuals.map(MutualsV3::text),
        first_seen_ms,
        last_seen_ms,
        sent_earliest_ms,
        sent_latest_ms,
        bucket: entry.bucket.unwrap_or_else(|| usual.clone()),
        only_seen_filtered: entry.only_seen_filtered,
        state: state_from_v3(epoch, entry.state),
        key: key.clone(),
    };
    (key, restored)
}

/// One sent entry as stored, with its key, back to a [`SentEntry`].
pub(super) fn sent_from_v3(
    epoch: Epoch,
    key: String,
    mut entry: SentEntryV3,
) -> (String, SentEntry) {
    let (first_seen_ms, last_seen_ms, sent_earliest_ms, sent_latest_ms) = times_from_v3(
        epoch,
        &TimesV3 {
            first_seen: entry.first_seen,
            last_seen: entry.last_seen,
            age_days: entry.age_days.take(),
            sent_earliest: entry.sent_earliest,
            sent_latest: entry.sent_latest,
        },
    );
    let state = match entry.state {
        SentStateV3::Pending => SentState::Pending,
        SentStateV3::WithdrawnByYou { at } => SentState::WithdrawnByYou {
            at_ms: to_ms(epoch.at(at)),
        },
        SentStateV3::NoLongerPending { at } => SentState::NoLongerPending {
            at_ms: to_ms(epoch.at(at)),
        },
    };
    let restored = SentEntry {
        name: entry.name,
        headline: entry.headline,
        profile_url: entry.profile_url.map(|u| full_url(&key, u)),
        first_seen_ms,
        last_seen_ms,
        sent_earliest_ms,
        sent_latest_ms,
        state,
        key: key.clone(),
    };
    (key, restored)
}
