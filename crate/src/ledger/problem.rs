//! The last storage problem, typed (what the popup tells the user about a save that failed),
//! and read back from what any version stored.

use serde::{Deserialize, Serialize};

/// Why a save failed, as far as the browser's error says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SaveCause {
    /// The extension's storage is full (the browser named its quota).
    #[serde(rename = "full")]
    Full,
    /// Anything else the browser refused.
    #[serde(rename = "other")]
    Other,
}

impl SaveCause {
    /// The cause a browser's error message names: Chromium's `QUOTA_BYTES quota exceeded`,
    /// Firefox's `QuotaExceededError`, or any other mention of a quota; else [`SaveCause::Other`].
    pub fn of(message: &str) -> SaveCause {
        if message.to_ascii_lowercase().contains("quota") {
            SaveCause::Full
        } else {
            SaveCause::Other
        }
    }
}

/// The last storage problem, stored under [`super::store::STORAGE_PROBLEM_KEY`] as JSON: typed, so that each
/// surface words it in the user's language (never the browser's English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t")]
pub enum StorageProblem {
    /// A save failed; old history (`pruned` entries older than `days` days) was removed and the
    /// save then succeeded.
    #[serde(rename = "pruned")]
    SavedAfterPruning {
        #[serde(rename = "n")]
        pruned: usize,
        #[serde(rename = "days")]
        days: u32,
        #[serde(rename = "why")]
        cause: SaveCause,
    },
    /// A save failed and the latest changes were not kept.
    #[serde(rename = "unsaved")]
    NotSaved {
        #[serde(rename = "why")]
        cause: SaveCause,
    },
}

impl StorageProblem {
    /// The text to store.
    pub fn to_stored(self) -> String {
        // Cannot fail: no map, no custom serialiser.
        serde_json::to_string(&self).unwrap_or_default()
    }

    /// The stored text read back; `None` for anything else. Format 1 stored an English
    /// sentence ([`format_1_note`]); it is read as what it said.
    pub fn from_stored(text: &str) -> Option<StorageProblem> {
        serde_json::from_str(text)
            .ok()
            .or_else(|| format_1_note(text))
    }
}

/// The English note format 1 stored: "Storage was full (…), so Invite Watch removed N entries
/// older than D days." or "Invite Watch could not save its history: ….".
fn format_1_note(text: &str) -> Option<StorageProblem> {
    if let Some(rest) = text.strip_prefix("Storage was full (") {
        let digits_after = |marker: &str| -> Option<String> {
            let after = rest.rsplit_once(marker)?.1;
            Some(after.chars().take_while(char::is_ascii_digit).collect())
        };
        return Some(StorageProblem::SavedAfterPruning {
            pruned: digits_after(" removed ")?.parse().ok()?,
            days: digits_after(" older than ")?.parse().ok()?,
            cause: SaveCause::Full,
        });
    }
    let cause = text.strip_prefix("Invite Watch could not save its history: ")?;
    Some(StorageProblem::NotSaved {
        cause: SaveCause::of(cause),
    })
}

/// Why the background could not do what was asked (a reply's failure, [`crate::messages::Reply`]):
/// typed here, below the surfaces that word it, so that they need not import the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// The message was not one the background knows (an extension page of another version).
    #[serde(rename = "not-understood")]
    NotUnderstood,
    /// Storage could not be read or written.
    #[serde(rename = "storage")]
    Storage,
    /// The history could not be saved because the extension's storage is full.
    #[serde(rename = "storage-full")]
    StorageFull,
}

impl Problem {
    /// Its name on the wire (`not-understood`, `storage`, `storage-full`).
    pub fn name(self) -> &'static str {
        match self {
            Problem::NotUnderstood => "not-understood",
            Problem::Storage => "storage",
            Problem::StorageFull => "storage-full",
        }
    }

    /// The name on the wire (`not-understood`, …); unknown names read as [`Problem::Storage`].
    pub fn from_name(name: &str) -> Problem {
        match name {
            "not-understood" => Problem::NotUnderstood,
            "storage-full" => Problem::StorageFull,
            _ => Problem::Storage,
        }
    }
}
