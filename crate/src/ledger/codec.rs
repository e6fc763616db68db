//! Versioned encoding of the [`Ledger`] for `chrome.storage`: compact JSON, migrations from
//! older schema versions, and recovery from corrupt data (never a panic, never a silent wipe:
//! the caller keeps the raw text aside and starts fresh).
//!
//! Versions:
//! - **1** (old): `{"version":1,"invitations":{"<key>":{"name","firstSeen","lastSeen","state"}}}`
//!   with `state` one of `"pending"`, `"accepted"`, `"ignored"`, `"vanished"`, `"resolved"`; no
//!   account, no evidence, no events.
//! - **2** (current): the serde form of [`Ledger`] (short field names, see [`super::model`]).

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde_json::Value;

use crate::page::InvitationKind;

use super::model::{
    AccountLedger, Coverage, Entry, Evidence, Ledger, State, CURRENT_VERSION, UNKNOWN_ACCOUNT,
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

/// Encodes the ledger as compact JSON at [`CURRENT_VERSION`].
pub fn encode(ledger: &Ledger) -> String {
    // In memory a ledger is always at the current version (`decode` migrates on the way in).
    // Serialising a Ledger cannot fail: every map is keyed by String and no serialiser is custom.
    serde_json::to_string(ledger)
        .unwrap_or_else(|error| unreachable!("a Ledger always serialises to JSON, but: {error}"))
}

/// Decodes stored text, migrating older versions to the current one.
pub fn decode(text: &str) -> Result<Ledger, CodecError> {
    let value: Value = serde_json::from_str(text).map_err(|error| CodecError::Corrupt {
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
        1 => migrate_v1(value),
        2 => decode_v2(value),
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

fn decode_v2(value: Value) -> Result<Ledger, CodecError> {
    let mut ledger: Ledger = serde_json::from_value(value).map_err(|e| corrupt(2, e))?;
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
    Ok(ledger)
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
