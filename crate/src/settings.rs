//! The user's settings (options page), kept in `storage.sync` so they follow the user's browsers.
//! Decoding is forgiving: an unknown or damaged field falls back to its default, the rest is kept.

use crate::advice::Tone;
use serde::{Deserialize, Serialize};

/// Retention choices offered on the options page, in days.
pub const RETENTION_CHOICES: [u32; 4] = [30, 90, 365, 3650];

/// Everything the user can set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// How explanations are worded.
    pub tone: Tone,
    /// Show the in-page card on the invitation manager when a vanish is detected.
    pub in_page_card: bool,
    /// Also show a system notification (needs the optional `notifications` permission).
    pub notifications: bool,
    /// How long resolved history is kept, in days.
    pub retention_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            tone: Tone::Warm,
            in_page_card: true,
            notifications: false,
            retention_days: 365,
        }
    }
}

impl Settings {
    /// Settings from stored JSON; every missing or unreadable field takes its default.
    pub fn from_json(value: &serde_json::Value) -> Settings {
        let defaults = Settings::default();
        let field = |name: &str| value.get(name).cloned();
        Settings {
            tone: field("tone")
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or(defaults.tone),
            in_page_card: field("inPageCard")
                .and_then(|v| v.as_bool())
                .unwrap_or(defaults.in_page_card),
            notifications: field("notifications")
                .and_then(|v| v.as_bool())
                .unwrap_or(defaults.notifications),
            retention_days: field("retentionDays")
                .and_then(|v| v.as_u64())
                .and_then(|days| u32::try_from(days).ok())
                .filter(|days| RETENTION_CHOICES.contains(days))
                .unwrap_or(defaults.retention_days),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_settings_are_the_defaults() {
        assert_eq!(Settings::from_json(&json!(null)), Settings::default());
        assert_eq!(Settings::from_json(&json!({})), Settings::default());
    }

    #[test]
    fn stored_settings_round_trip() {
        let settings = Settings {
            tone: Tone::Brief,
            in_page_card: false,
            notifications: true,
            retention_days: 90,
        };
        let stored = serde_json::to_value(&settings).expect("settings serialise");
        assert_eq!(Settings::from_json(&stored), settings);
    }

    #[test]
    fn a_damaged_field_falls_back_alone() {
        let stored = json!({"tone": "shouty", "inPageCard": false, "retentionDays": 7});
        let settings = Settings::from_json(&stored);
        assert_eq!(settings.tone, Tone::Warm);
        assert!(!settings.in_page_card);
        assert_eq!(settings.retention_days, 365);
    }
}
