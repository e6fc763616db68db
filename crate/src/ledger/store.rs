//! The background's storage decisions, pure so that native tests run them; `browser/background.rs`
//! only moves values between these and `storage.local`.
//!
//! - **What to load** ([`Need`], [`Held`]): the card and every change to no pending entry need the
//!   news text alone; a page read and a click on an invitation need both texts.
//! - **The cache** ([`Cache`]): the ledger this worker decoded or saved last, with the stored
//!   values it came from (`T`: the JS strings in the browser, compared there, never copied), good
//!   for as long as nobody else writes them.
//! - **Damage** ([`load_whole`]): texts that do not decode are kept aside under backup keys, never
//!   wiped, and a fresh ledger starts.
//! - **What to write** ([`plan_save`]): both texts, or the news alone when no pending entry changed.
//! - **Storage full** ([`prune_for_space`], [`StorageProblem`]): old history is pruned and the
//!   save tried once more; either way the problem is kept, typed, and the popup words it in the
//!   user's language.

use std::rc::Rc;

pub use super::problem::{SaveCause, StorageProblem};

use super::codec::{self, SplitError};
use super::model::Ledger;
use super::retention::prune;

/// Storage keys (`storage.local`).
/// Everything but the pending entries ([`codec::Split::news`]).
pub const LEDGER_KEY: &str = "ledger";
/// The pending entries ([`codec::Split::pending`]).
pub const PENDING_KEY: &str = "ledgerPending";
/// Where a damaged ledger is kept aside (see [`backup_keys`]).
pub const LEDGER_BACKUP_KEY: &str = "ledgerBackup";
/// The last storage problem (e.g. the quota), typed ([`StorageProblem`]), worded by the popup.
pub const STORAGE_PROBLEM_KEY: &str = "storageProblem";

/// When saving fails (most likely the storage quota), history older than this many days is
/// pruned and the save tried once more.
pub const EMERGENCY_RETENTION_DAYS: u32 = 30;

/// What a message needs of the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Only reads the news (the card).
    Card,
    /// Changes no pending entry (mark seen, resolve): the news suffices, and only it is saved.
    News,
    /// Every entry (a page read, a click on an invitation, the popup and options).
    Whole,
}

/// How much of the stored ledger a loaded or cached ledger holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// Both texts: good for any message.
    Whole,
    /// The news text alone: good for the card and for changes to no pending entry.
    News,
}

impl Held {
    pub fn serves(self, need: Need) -> bool {
        matches!(
            (self, need),
            (Held::Whole, _) | (Held::News, Need::Card | Need::News)
        )
    }
}

/// The ledger a worker decoded or saved last, and the stored values it came from.
#[derive(Debug)]
pub struct Cache<T> {
    held: Option<Cached<T>>,
}

#[derive(Debug)]
struct Cached<T> {
    news: T,
    /// `Some` (the stored `ledgerPending` value, whatever it is, absent included): [`Held::Whole`].
    pending: Option<T>,
    ledger: Rc<Ledger>,
}

impl<T: PartialEq> Default for Cache<T> {
    fn default() -> Self {
        Cache::new()
    }
}

impl<T: PartialEq> Cache<T> {
    pub const fn new() -> Self {
        Cache { held: None }
    }

    /// The cached ledger, shared, if it serves `need`.
    pub fn get(&self, need: Need) -> Option<(Rc<Ledger>, Held)> {
        let cached = self.held.as_ref()?;
        let held = cached.held();
        held.serves(need).then(|| (Rc::clone(&cached.ledger), held))
    }

    /// Keeps a ledger with the values it was read from or saved as (`pending`: `Some` when it
    /// holds both texts).
    pub fn keep(&mut self, news: T, pending: Option<T>, ledger: Rc<Ledger>) {
        self.held = Some(Cached {
            news,
            pending,
            ledger,
        });
    }

    /// The stored `ledgerPending` value the cached ledger holds, when it holds both texts.
    pub fn pending(&self) -> Option<&T> {
        self.held.as_ref()?.pending.as_ref()
    }

    pub fn forget(&mut self) {
        self.held = None;
    }

    /// Storage changed (`Some`: the new value of a key that changed). A value this cache did not
    /// come from means another writer: the cache is dropped. A pending value it never read says
    /// nothing about it.
    pub fn changed(&mut self, news: Option<&T>, pending: Option<&T>) {
        let Some(cached) = &self.held else {
            return;
        };
        let news_ours = news.is_none_or(|value| *value == cached.news);
        let pending_ours = match (pending, &cached.pending) {
            (Some(value), Some(ours)) => value == ours,
            (None, _) | (Some(_), None) => true,
        };
        if !(news_ours && pending_ours) {
            self.held = None;
        }
    }
}

impl<T> Cached<T> {
    fn held(&self) -> Held {
        match self.pending {
            Some(_) => Held::Whole,
            None => Held::News,
        }
    }
}

/// A stored value under one of the ledger's keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Absent,
    Text(String),
    /// Not text (only damage or another program writes that): its JSON, to keep aside.
    NotText(String),
}

impl Stored {
    fn text(&self) -> Option<&str> {
        match self {
            Stored::Text(text) => Some(text),
            Stored::Absent | Stored::NotText(_) => None,
        }
    }

    fn kept(&self) -> Option<&str> {
        match self {
            Stored::Absent => None,
            Stored::Text(text) | Stored::NotText(text) => Some(text),
        }
    }
}

/// Why a stored ledger was kept aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// A key held something other than text.
    NotText,
    /// The texts did not decode.
    Undecodable(SplitError),
}

/// Damaged texts to keep aside, by storage key, in one `set`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeepAside {
    pub items: Vec<(String, String)>,
    pub damage: Damage,
}

/// The whole ledger from the two stored values: decoded, or a fresh ledger and the texts to keep
/// aside (`backup_taken`: a copy is kept under [`LEDGER_BACKUP_KEY`] already, so this one gets
/// keys of its own; `now_ms` names them).
pub fn load_whole(
    news: &Stored,
    pending: &Stored,
    backup_taken: bool,
    now_ms: i64,
) -> Result<Ledger, KeepAside> {
    let damage = match (news, pending) {
        (Stored::NotText(_), _) | (_, Stored::NotText(_)) => Damage::NotText,
        _ => match codec::decode_split(news.text(), pending.text()) {
            Ok(ledger) => return Ok(ledger),
            Err(error) => Damage::Undecodable(error),
        },
    };
    let (news_key, pending_key) = backup_keys(backup_taken, now_ms);
    let items = [(news_key, news), (pending_key, pending)]
        .into_iter()
        .filter_map(|(key, value)| Some((key, value.kept()?.to_owned())))
        .collect();
    Err(KeepAside { items, damage })
}

/// Where damaged texts go: `ledgerBackup` and `ledgerBackup-pending`, or — when a copy is kept
/// there already, so that no earlier copy is lost — `ledgerBackup-<now>` and
/// `ledgerBackup-<now>-pending`.
pub fn backup_keys(backup_taken: bool, now_ms: i64) -> (String, String) {
    let base = if backup_taken {
        format!("{LEDGER_BACKUP_KEY}-{now_ms}")
    } else {
        LEDGER_BACKUP_KEY.to_owned()
    };
    let pending = format!("{base}-pending");
    (base, pending)
}

/// Whether a storage key holds a damaged copy kept aside.
pub fn is_backup_key(key: &str) -> bool {
    key.starts_with(LEDGER_BACKUP_KEY)
}

/// What one save writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    /// For [`LEDGER_KEY`].
    pub news: String,
    /// For [`PENDING_KEY`], when the pending entries are written too.
    pub pending: Option<String>,
}

/// Why a ledger cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// A ledger loaded without its pending entries cannot save them: they would be lost.
    PendingNotLoaded,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::PendingNotLoaded => {
                f.write_str("a ledger read without its pending entries cannot save them")
            }
        }
    }
}

impl std::error::Error for SaveError {}

/// What to write after a change: both texts when pending entries may have changed (which needs
/// the whole ledger) and their text is not the one stored (`stored_pending`, as it was read);
/// the news alone otherwise.
pub fn plan_save(
    ledger: &Ledger,
    held: Held,
    pending_changed: bool,
    stored_pending: Option<&str>,
) -> Result<Write, SaveError> {
    match (held, pending_changed) {
        (_, false) => Ok(Write {
            news: codec::encode_news(ledger),
            pending: None,
        }),
        (Held::Whole, true) => {
            let split = codec::encode_split(ledger);
            let unchanged = stored_pending == Some(split.pending.as_str());
            Ok(Write {
                news: split.news,
                pending: (!unchanged).then_some(split.pending),
            })
        }
        (Held::News, true) => Err(SaveError::PendingNotLoaded),
    }
}

/// After a save failed: prunes history older than [`EMERGENCY_RETENTION_DAYS`] (never a watched
/// entry nor unseen news); returns how many were removed. Retry the save only when some were.
pub fn prune_for_space(ledger: &mut Ledger, now_ms: i64) -> usize {
    prune(ledger, now_ms, EMERGENCY_RETENTION_DAYS)
}

/// What a failed save (the browser's `first_error`) ended as.
pub fn problem_after(first_error: &str, outcome: AfterFailure) -> StorageProblem {
    let cause = SaveCause::of(first_error);
    match outcome {
        AfterFailure::SavedAfterPruning { pruned } => StorageProblem::SavedAfterPruning {
            pruned,
            days: EMERGENCY_RETENTION_DAYS,
            cause,
        },
        AfterFailure::NotSaved => StorageProblem::NotSaved { cause },
    }
}

/// How a failed save ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    /// Saved once `pruned` old entries were removed.
    SavedAfterPruning { pruned: usize },
    /// Not saved.
    NotSaved,
}
