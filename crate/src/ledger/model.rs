//! The ledger's data: every invitation we have seen per LinkedIn account, its state over time,
//! the evidence behind any "vanished" verdict, and the small log of news shown to the user.
//!
//! The serialised field names are short on purpose; the Rust names are the documentation. The
//! serde form below is the export (and the browser tests' view of storage); the stored form
//! ([`super::codec`]) uses it for events, states and the last read, and writes entries as arrays.
//! Every serde name is explicit, and what a page read said is in the ledger's own words
//! ([`super::kinds`]), never the reader's types: renaming code changes nothing stored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::kinds::{Era, InvitationKind, PartialReason, UnrecognisedReason, View};

/// The version of the stored form written by this code ([`super::codec`]).
pub const CURRENT_VERSION: u32 = 2;

/// The ledger key used when a page did not say which LinkedIn account is signed in.
pub const UNKNOWN_ACCOUNT: &str = "unknown";

/// One day in milliseconds ([`crate::time`]'s).
pub use crate::time::DAY_MS;

/// Everything Invite Watch remembers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    #[serde(rename = "version")]
    pub version: u32,
    /// Per LinkedIn account key (`in:<slug>`), or [`UNKNOWN_ACCOUNT`].
    #[serde(rename = "a", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub accounts: BTreeMap<String, AccountLedger>,
    /// The last page read, recognised or not (so the popup can say what happened).
    #[serde(rename = "lr", default, skip_serializing_if = "Option::is_none")]
    pub last_read: Option<LastRead>,
    /// The id the next [`Event`] will get; ids are never reused, even after pruning.
    #[serde(rename = "ne", default = "first_event_id")]
    pub next_event_id: u64,
}

pub(super) fn first_event_id() -> u64 {
    1
}

impl Default for Ledger {
    fn default() -> Self {
        Ledger::new()
    }
}

impl Ledger {
    /// An empty ledger at the current schema version.
    pub fn new() -> Self {
        Ledger {
            version: CURRENT_VERSION,
            accounts: BTreeMap::new(),
            last_read: None,
            next_event_id: first_event_id(),
        }
    }

    /// The ledger of one account, if any.
    pub fn account(&self, account_key: &str) -> Option<&AccountLedger> {
        self.accounts.get(account_key)
    }

    /// Account keys that name a real LinkedIn account (everything but [`UNKNOWN_ACCOUNT`]).
    pub fn known_account_keys(&self) -> impl Iterator<Item = &str> {
        self.accounts
            .keys()
            .map(String::as_str)
            .filter(|key| *key != UNKNOWN_ACCOUNT)
    }
}

/// When the last page was read and what it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastRead {
    #[serde(rename = "t")]
    pub at_ms: i64,
    #[serde(rename = "ok")]
    pub recognised: bool,
    /// Why the page could not be read, when it could not.
    #[serde(rename = "why", default, skip_serializing_if = "Option::is_none")]
    pub unrecognised_reason: Option<UnrecognisedReason>,
    #[serde(rename = "v")]
    pub view: View,
    #[serde(rename = "era", default, skip_serializing_if = "Option::is_none")]
    pub era: Option<Era>,
    /// The ledger account key the read was filed under.
    #[serde(rename = "acc")]
    pub account: String,
    /// Whether the whole list was on the page.
    #[serde(rename = "all")]
    pub complete: bool,
    /// Whether the content script saw the page settle before reading.
    #[serde(rename = "st")]
    pub settled: bool,
    /// Received invitations still watched (pending) for that account after the read.
    #[serde(rename = "n")]
    pub pending_watched: usize,
    /// Why the list was not whole, when it was not (what the popup tells the user to do).
    #[serde(rename = "pr", default, skip_serializing_if = "Option::is_none")]
    pub partial: Option<PartialReason>,
    /// Invitations on the page (read and checked).
    #[serde(rename = "ck", default)]
    pub checked: usize,
    /// The count the page showed for the view, if any.
    #[serde(rename = "c", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

/// What we know about one account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountLedger {
    /// Received invitations, by key.
    #[serde(rename = "r", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub received: BTreeMap<String, Entry>,
    /// Invitations the user sent, by key.
    #[serde(rename = "s", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sent: BTreeMap<String, SentEntry>,
    /// News for the user, oldest first.
    #[serde(rename = "e", default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// Per bucket ("focused", "other"): the received invitations of all buckets together, as
    /// the page listed every bucket's count (the picker's menu), at the last complete, settled,
    /// unfiltered read of that bucket — the read that last saw every invitation still filed
    /// there. An invitation that left the bucket while the total did not drop as much since was
    /// re-filed, not withdrawn. A read that did not show the whole bucket (still loading, say)
    /// records nothing: its total proves nothing about the invitations it did not show.
    #[serde(rename = "bb", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub received_totals: BTreeMap<String, u32>,
    /// The last read of the Sent tab, in numbers (`None` until one): the popup's `#sent` says
    /// when, and how many of the invitations shown carried no note.
    #[serde(rename = "sr", default, skip_serializing_if = "Option::is_none")]
    pub sent_read: Option<SentRead>,
}

/// What the last read of the user's Sent tab showed, in numbers only (no names): a summary the
/// sent entries themselves do not keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SentRead {
    #[serde(rename = "t")]
    pub at_ms: i64,
    /// Invitations on the page.
    #[serde(rename = "n")]
    pub shown: u32,
    /// Of those, how many showed no personal note.
    #[serde(rename = "nn")]
    pub without_note: u32,
    /// Whether the whole list was on the page.
    #[serde(rename = "all")]
    pub complete: bool,
}

impl AccountLedger {
    /// Nothing known: no entry, no news and no Sent-tab numbers (such an account is not kept).
    pub fn is_empty(&self) -> bool {
        self.received.is_empty()
            && self.sent.is_empty()
            && self.events.is_empty()
            && self.sent_read.is_none()
    }

    /// Received invitations still watched: [`State::Pending`] or [`State::ReSent`].
    pub fn pending_count(&self) -> usize {
        self.received
            .values()
            .filter(|entry| entry.state.is_watched())
            .count()
    }
}

/// One received invitation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(rename = "k")]
    pub key: String,
    #[serde(rename = "n", default)]
    pub name: String,
    #[serde(rename = "h", default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    #[serde(
        rename = "ki",
        default = "person_kind",
        skip_serializing_if = "is_person"
    )]
    pub kind: InvitationKind,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(rename = "mu", default, skip_serializing_if = "Option::is_none")]
    pub mutuals: Option<String>,
    #[serde(rename = "f")]
    pub first_seen_ms: i64,
    #[serde(rename = "l")]
    pub last_seen_ms: i64,
    /// Earliest possible send time, from the age label at first sight (`None`: no usable age,
    /// or an open-ended one such as "over a year ago").
    #[serde(rename = "se", default, skip_serializing_if = "Option::is_none")]
    pub sent_earliest_ms: Option<i64>,
    /// Latest possible send time, from the age label at first sight.
    #[serde(rename = "sl", default, skip_serializing_if = "Option::is_none")]
    pub sent_latest_ms: Option<i64>,
    /// The bucket ("focused", "other") of the last unfiltered read that showed it; `None` for
    /// pages without buckets, or when only seen in a filtered view.
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// Only ever seen in a filtered view: which bucket it is in is unknown, so no read can prove
    /// it gone until an unfiltered one shows it.
    #[serde(rename = "fo", default, skip_serializing_if = "is_false")]
    pub only_seen_filtered: bool,
    #[serde(rename = "s")]
    pub state: State,
}

pub(super) fn is_false(value: &bool) -> bool {
    !*value
}

pub(super) fn person_kind() -> InvitationKind {
    InvitationKind::Person
}

pub(super) fn is_person(kind: &InvitationKind) -> bool {
    *kind == InvitationKind::Person
}

/// Where a received invitation stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t")]
pub enum State {
    /// On the list, watched.
    #[serde(rename = "p")]
    Pending,
    /// The user clicked Accept here, or the page acknowledged "X is now a connection".
    #[serde(rename = "a")]
    AcceptedByYou {
        #[serde(rename = "at")]
        at_ms: i64,
    },
    /// The user clicked Ignore here.
    #[serde(rename = "i")]
    IgnoredByYou {
        #[serde(rename = "at")]
        at_ms: i64,
    },
    /// Gone from a list that proves it gone, while nothing says the user acted on it.
    #[serde(rename = "v")]
    Vanished {
        #[serde(rename = "at")]
        detected_at_ms: i64,
        #[serde(rename = "ev")]
        evidence: Evidence,
    },
    /// Gone together with most of the list (see [`EventKind::MassDisappearance`]): more likely
    /// another account or the user's own actions elsewhere than anyone withdrawing. Not listed
    /// among [`super::vanished_entries`]; it returns to `Pending` silently if it shows up again.
    #[serde(rename = "g")]
    MissingInBulk {
        #[serde(rename = "at")]
        detected_at_ms: i64,
        /// The [`EventKind::MassDisappearance`] event that asks the user about it.
        #[serde(rename = "id")]
        event_id: u64,
        #[serde(rename = "ev")]
        evidence: Evidence,
    },
    /// It came back after vanishing: watched again, like `Pending`.
    #[serde(rename = "rs")]
    ReSent {
        #[serde(rename = "at")]
        at_ms: i64,
        #[serde(rename = "va")]
        vanished_at_ms: i64,
    },
    /// The user told us they acted on it elsewhere (app, e-mail, another browser).
    #[serde(rename = "x")]
    ResolvedByYou {
        #[serde(rename = "at")]
        at_ms: i64,
    },
}

impl State {
    /// Pending or re-sent: on the list as far as we know, so its absence may mean something.
    pub fn is_watched(&self) -> bool {
        matches!(self, State::Pending | State::ReSent { .. })
    }

    /// The user's own doing (here or, by their word, elsewhere), and when.
    pub fn acted_by_user_at(&self) -> Option<i64> {
        match self {
            State::AcceptedByYou { at_ms }
            | State::IgnoredByYou { at_ms }
            | State::ResolvedByYou { at_ms } => Some(*at_ms),
            _ => None,
        }
    }

    /// The most recent time recorded in the state itself, if any.
    pub fn changed_at_ms(&self) -> Option<i64> {
        match self {
            State::Pending => None,
            State::AcceptedByYou { at_ms }
            | State::IgnoredByYou { at_ms }
            | State::ResolvedByYou { at_ms }
            | State::ReSent { at_ms, .. } => Some(*at_ms),
            State::Vanished { detected_at_ms, .. }
            | State::MissingInBulk { detected_at_ms, .. } => Some(*detected_at_ms),
        }
    }
}

/// What was observed when an invitation was found gone. Facts only; [`crate::advice`] words them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// It was pending at least this long (from the latest possible send time, or from first
    /// sight when no age was known, to the last time it was seen).
    #[serde(rename = "pmin")]
    pub pending_at_least_ms: i64,
    /// It was pending at most this long (from the earliest possible send time to detection);
    /// `None` when the send time has no lower bound.
    #[serde(rename = "pmax", default, skip_serializing_if = "Option::is_none")]
    pub pending_at_most_ms: Option<i64>,
    /// Last time it was on the page: it left between this and detection.
    #[serde(rename = "ls")]
    pub last_seen_ms: i64,
    #[serde(rename = "note", default)]
    pub had_note: bool,
    #[serde(
        rename = "ki",
        default = "person_kind",
        skip_serializing_if = "is_person"
    )]
    pub kind: InvitationKind,
    /// How many invitations were found gone by the same read, this one included (2 or more:
    /// "several at once").
    #[serde(rename = "same", default = "one")]
    pub gone_in_same_read: u32,
    /// How many invitations never seen before appeared in the same read.
    #[serde(rename = "new", default)]
    pub new_in_same_read: u32,
    /// The era of the page that proved it gone.
    #[serde(rename = "era", default, skip_serializing_if = "Option::is_none")]
    pub era: Option<Era>,
    /// The bucket of the page that proved it gone.
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// How the read proved its absence.
    #[serde(rename = "cov")]
    pub coverage: Coverage,
}

pub(super) fn one() -> u32 {
    1
}

/// How a read proved that an invitation was no longer on the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Coverage {
    /// The whole list was on the page.
    #[serde(rename = "all")]
    CompleteList,
    /// Only part of the list was loaded, but its position (by send time) lay inside that part.
    #[serde(rename = "pos")]
    CoveredByPosition,
}

/// One invitation the user sent. No alert is ever raised about these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentEntry {
    #[serde(rename = "k")]
    pub key: String,
    #[serde(rename = "n", default)]
    pub name: String,
    #[serde(rename = "h", default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    #[serde(rename = "f")]
    pub first_seen_ms: i64,
    #[serde(rename = "l")]
    pub last_seen_ms: i64,
    #[serde(rename = "se", default, skip_serializing_if = "Option::is_none")]
    pub sent_earliest_ms: Option<i64>,
    #[serde(rename = "sl", default, skip_serializing_if = "Option::is_none")]
    pub sent_latest_ms: Option<i64>,
    #[serde(rename = "s")]
    pub state: SentState,
}

/// Where a sent invitation stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t")]
pub enum SentState {
    #[serde(rename = "p")]
    Pending,
    /// The user clicked Withdraw here.
    #[serde(rename = "w")]
    WithdrawnByYou {
        #[serde(rename = "at")]
        at_ms: i64,
    },
    /// No longer on a complete sent list: accepted, ignored or withdrawn — we cannot tell which.
    #[serde(rename = "gone")]
    NoLongerPending {
        #[serde(rename = "at")]
        at_ms: i64,
    },
}

/// One piece of news for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Unique within the ledger, never reused.
    #[serde(rename = "id")]
    pub id: u64,
    #[serde(rename = "at")]
    pub at_ms: i64,
    #[serde(rename = "k")]
    pub kind: EventKind,
    /// Drives the badge: unseen events are counted by [`super::unseen_count`].
    #[serde(rename = "seen", default)]
    pub seen_by_user: bool,
}

/// What the news is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t")]
pub enum EventKind {
    /// A received invitation vanished (see its [`State::Vanished`] evidence).
    #[serde(rename = "v")]
    Vanished {
        #[serde(rename = "k")]
        key: String,
    },
    /// A vanished invitation is back on the list.
    #[serde(rename = "rs")]
    ReSent {
        #[serde(rename = "k")]
        key: String,
    },
    /// Most of the list went at once: a question for the user (another account? acted
    /// elsewhere?), never a list of withdrawals. The entries are [`State::MissingInBulk`].
    ///
    /// When the same read brought back invitations missing from an earlier mass disappearance
    /// (the user switched back to the other account), whatever went missing with it is parked
    /// the same way under an event that is born `seen_by_user`: the switch explains it, so it
    /// needs neither badge nor notification.
    #[serde(rename = "mass")]
    MassDisappearance {
        #[serde(rename = "n")]
        count: u32,
        #[serde(rename = "ks")]
        keys: Vec<String>,
    },
}
