//! The stored ledger in two texts, so that a message that changes no pending entry reads and
//! writes a few kilobytes instead of the whole history (issue 5): the **news** (storage key
//! `ledger`: the version-4 text of everything but the pending entries: accounts, events, the
//! last read, resolved and vanished entries) and the **pending** entries (key `ledgerPending`:
//! a version-4 text of their own, with their accounts and nothing else).
//!
//! Each text is complete in itself (its own first line, epoch and usual buckets), so the news can
//! be re-encoded from a ledger decoded without the pending entries. A news text that still holds
//! pending lines (version 4 before the split, or versions 1 to 3 migrated) decodes as before and
//! is split at the next save. The two are merged by account; should a key be in both (only a
//! damaged or hand-made store does that), the news text's entry is kept.

use super::codec::{self, to_v3, CodecError, Part};
use super::model::{Ledger, SentState, State};

/// A ledger encoded for the two storage keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// For `ledger`: everything but the pending entries.
    pub news: String,
    /// For `ledgerPending`: the pending entries (received or sent).
    pub pending: String,
}

/// Encodes the ledger as its two stored texts.
pub fn encode_split(ledger: &Ledger) -> Split {
    Split {
        news: encode_news(ledger),
        pending: super::lines::write(to_v3(ledger, Part::Pending)),
    }
}

/// Encodes everything but the pending entries: [`Split::news`] alone, for a save that changed no
/// pending entry.
pub fn encode_news(ledger: &Ledger) -> String {
    super::lines::write(to_v3(ledger, Part::News))
}

/// A ledger decoded from the news text alone.
#[derive(Debug, Clone, PartialEq)]
pub struct News {
    pub ledger: Ledger,
    /// Whether the text held pending entries, skipped unread (a store not split yet): such a
    /// ledger answers the card but must not be saved as the news (the skipped entries would be
    /// lost); load it whole.
    pub skipped_pending: bool,
}

/// Decodes the news text alone (the pending entries' lines, if it still holds any, skipped).
pub fn decode_news(news: &str) -> Result<News, CodecError> {
    let ledger = codec::decode_without_pending(news)?;
    // Versions 1 to 3 decode whole, pending entries included. In version 4 a field holds no raw
    // `|` or line break, so a skipped line is one that ends in `|p` (the first line, JSON, never
    // does).
    let skipped_pending =
        has_pending(&ledger) || news.split('\n').skip(1).any(|line| line.ends_with("|p"));
    Ok(News {
        ledger,
        skipped_pending,
    })
}

fn has_pending(ledger: &Ledger) -> bool {
    ledger.accounts.values().any(|account| {
        account
            .received
            .values()
            .any(|e| matches!(e.state, State::Pending))
            || account
                .sent
                .values()
                .any(|e| matches!(e.state, SentState::Pending))
    })
}

/// Whether a news text is in the split form: version 4 (as this code writes it) without a
/// pending line. Only then may a change to no pending entry save the news text alone: a text that
/// still holds pending entries (not split yet, or written by an older version beside a pending
/// text) must be saved whole once, or the entries it alone holds would be lost. `false` when in
/// doubt (a whole save is always safe).
pub fn is_split_news(news: &str) -> bool {
    news.starts_with("{\"version\":4") && !news.split('\n').skip(1).any(|line| line.ends_with("|p"))
}

/// Which stored text could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The news text (`ledger`).
    News(CodecError),
    /// The pending text (`ledgerPending`), or pending entries stored without any news text.
    Pending(CodecError),
}

impl std::fmt::Display for SplitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SplitError::News(error) => write!(f, "{error}"),
            SplitError::Pending(error) => write!(f, "pending entries: {error}"),
        }
    }
}

impl std::error::Error for SplitError {}

/// Decodes the two stored texts (`None`: the key is absent) into one ledger. Blank or absent
/// texts are a fresh ledger; pending entries without a news text are an error (the news text is
/// never absent once anything was saved).
pub fn decode_split(news: Option<&str>, pending: Option<&str>) -> Result<Ledger, SplitError> {
    let news = news.filter(|text| !text.trim().is_empty());
    let pending = pending.filter(|text| !text.trim().is_empty());
    let mut ledger = match news {
        Some(text) => codec::decode(text).map_err(SplitError::News)?,
        None if pending.is_some() => {
            return Err(SplitError::Pending(CodecError::Corrupt {
                detail: "pending entries stored without the rest of the ledger".to_string(),
            }))
        }
        None => Ledger::new(),
    };
    let Some(pending) = pending else {
        return Ok(ledger);
    };
    let stored = codec::decode(pending).map_err(SplitError::Pending)?;
    for (account_key, account) in stored.accounts {
        if !account.events.is_empty()
            || account
                .received
                .values()
                .any(|e| !matches!(e.state, State::Pending))
            || account
                .sent
                .values()
                .any(|e| !matches!(e.state, SentState::Pending))
        {
            return Err(SplitError::Pending(CodecError::Corrupt {
                detail: format!("account {account_key}: more than pending entries"),
            }));
        }
        let target = ledger.accounts.entry(account_key).or_default();
        for (key, entry) in account.received {
            target.received.entry(key).or_insert(entry);
        }
        for (key, entry) in account.sent {
            target.sent.entry(key).or_insert(entry);
        }
    }
    Ok(ledger)
}

/// What [`decode_split_or_recover`] did with texts it could not decode: both raw texts, to be kept
/// aside (never silently wiped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitRecovery {
    pub news: Option<String>,
    pub pending: Option<String>,
    pub error: SplitError,
}

/// [`decode_split`], or a fresh ledger and the raw texts to keep aside when it fails.
pub fn decode_split_or_recover(
    news: Option<&str>,
    pending: Option<&str>,
) -> (Ledger, Option<SplitRecovery>) {
    match decode_split(news, pending) {
        Ok(ledger) => (ledger, None),
        Err(error) => (
            Ledger::new(),
            Some(SplitRecovery {
                news: news.map(str::to_owned),
                pending: pending.map(str::to_owned),
                error,
            }),
        ),
    }
}
