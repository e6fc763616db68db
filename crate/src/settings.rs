//! The user's settings (options page), kept in `storage.sync` so they follow the user's browsers.
//! Decoding is forgiving: an unknown or damaged field falls back to its default, the rest is kept.

use crate::advice::{Lang, Tone};
use serde::{Deserialize, Serialize};

/// The language the user chose on the options page: the browser's, or one of the catalogue's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Language {
    /// Follow the browser's UI language (`i18n.getUILanguage()`, `navigator.language`).
    #[default]
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "en")]
    English,
    #[serde(rename = "de")]
    German,
    #[serde(rename = "fr")]
    French,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    /// Every choice, in the order the options page lists them.
    pub const ALL: [Language; 5] = [
        Language::Auto,
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
    ];

    /// The stored name ("auto", "de").
    pub fn as_str(self) -> &'static str {
        match self.fixed() {
            None => "auto",
            Some(lang) => lang.code(),
        }
    }

    /// The language chosen, if not the browser's.
    pub fn fixed(self) -> Option<Lang> {
        match self {
            Language::Auto => None,
            Language::English => Some(Lang::English),
            Language::German => Some(Lang::German),
            Language::French => Some(Lang::French),
            Language::Spanish => Some(Lang::Spanish),
        }
    }

    /// The language to show: the chosen one, or the one for the browser's language tag.
    pub fn resolve(self, browser_tag: &str) -> Lang {
        self.fixed().unwrap_or_else(|| Lang::from_tag(browser_tag))
    }

    /// The choice for its stored name; `None` for any other text.
    pub fn from_name(name: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// Retention choices offered on the options page, in days.
pub const RETENTION_CHOICES: [u32; 4] = [30, 90, 365, 3650];

/// Everything the user can set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// How explanations are worded.
    pub tone: Tone,
    /// The language of every surface: the browser's unless the user chose one.
    pub language: Language,
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
            language: Language::Auto,
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
            language: field("language")
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or(defaults.language),
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
            language: Language::French,
            in_page_card: false,
            notifications: true,
            retention_days: 90,
        };
        let stored = serde_json::to_value(&settings).expect("settings serialise");
        assert_eq!(Settings::from_json(&stored), settings);
    }

    #[test]
    fn a_damaged_field_falls_back_alone() {
        let stored =
            json!({"tone": "shouty", "language": "xx", "inPageCard": false, "retentionDays": 7});
        let settings = Settings::from_json(&stored);
        assert_eq!(settings.tone, Tone::Warm);
        assert_eq!(settings.language, Language::Auto);
        assert!(!settings.in_page_card);
        assert_eq!(settings.retention_days, 365);
    }

    #[test]
    fn the_language_follows_the_browser_unless_chosen() {
        assert_eq!(Language::Auto.resolve("de-AT"), Lang::German);
        assert_eq!(Language::Auto.resolve("fr"), Lang::French);
        assert_eq!(Language::Auto.resolve("es_419"), Lang::Spanish);
        assert_eq!(Language::Auto.resolve("ES-es"), Lang::Spanish);
        assert_eq!(Language::Auto.resolve("en-GB"), Lang::English);
        assert_eq!(Language::Auto.resolve("pt-BR"), Lang::English);
        assert_eq!(Language::Auto.resolve(""), Lang::English);
        assert_eq!(Language::German.resolve("fr-FR"), Lang::German);
        for language in Language::ALL {
            assert_eq!(Language::from_name(language.as_str()), Some(language));
            let json = serde_json::to_value(language).expect("serialises");
            assert_eq!(json, json!(language.as_str()));
        }
    }
}
