//! The user's settings (options page), kept in `storage.sync` so they follow the user's browsers.
//! Decoding is forgiving: an unknown or damaged field falls back to its default, the rest is kept.

use crate::advice::Tone;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The options page's language choices, in the order it lists them: the browser's (`None`),
/// then each catalogue's language.
pub const LANGUAGE_CHOICES: [Option<Lang>; 5] = [
    None,
    Some(Lang::English),
    Some(Lang::German),
    Some(Lang::French),
    Some(Lang::Spanish),
];

/// The stored name of a language choice: "auto" for the browser's, else the language's code.
pub fn language_name(choice: Option<Lang>) -> &'static str {
    choice.map_or("auto", Lang::code)
}

/// The language choice for its stored name; `None` for any other text.
pub fn language_from_name(name: &str) -> Option<Option<Lang>> {
    LANGUAGE_CHOICES
        .into_iter()
        .find(|&choice| language_name(choice) == name)
}

/// The stored form of [`Settings::language`]: "auto" or a language's code, as before `Lang`
/// replaced the settings' own language enum.
mod language_serde {
    use super::{language_from_name, language_name, Lang};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(choice: &Option<Lang>, out: S) -> Result<S::Ok, S::Error> {
        out.serialize_str(language_name(*choice))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<Option<Lang>, D::Error> {
        let name = String::deserialize(input)?;
        language_from_name(&name)
            .ok_or_else(|| D::Error::custom(format!("unknown language choice {name:?}")))
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
    /// The language of every surface: the browser's (`None`, stored as "auto") unless the user
    /// chose one.
    #[serde(with = "language_serde")]
    pub language: Option<Lang>,
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
            language: None,
            in_page_card: true,
            notifications: false,
            retention_days: 365,
        }
    }
}

impl Settings {
    /// The language to show: the chosen one, or the first of the browser's language tags
    /// (most preferred first) that has a catalogue ([`Lang::from_tags`]).
    pub fn lang<'a>(&self, browser_tags: impl IntoIterator<Item = &'a str>) -> Lang {
        self.language
            .unwrap_or_else(|| Lang::from_tags(browser_tags))
    }

    /// Settings from stored JSON; every missing or unreadable field takes its default.
    pub fn from_json(value: &serde_json::Value) -> Settings {
        let defaults = Settings::default();
        let field = |name: &str| value.get(name).cloned();
        Settings {
            tone: field("tone")
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or(defaults.tone),
            language: field("language")
                .and_then(|v| v.as_str().and_then(language_from_name))
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
            language: Some(Lang::French),
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
        assert_eq!(settings.language, None);
        assert!(!settings.in_page_card);
        assert_eq!(settings.retention_days, 365);
    }

    #[test]
    fn the_language_follows_the_browser_unless_chosen() {
        let follows = Settings::default();
        assert_eq!(follows.lang(["de-AT"]), Lang::German);
        assert_eq!(follows.lang(["fr"]), Lang::French);
        assert_eq!(follows.lang(["es_419"]), Lang::Spanish);
        assert_eq!(follows.lang(["ES-es"]), Lang::Spanish);
        assert_eq!(follows.lang(["en-GB"]), Lang::English);
        assert_eq!(follows.lang(["pt-BR"]), Lang::English);
        assert_eq!(follows.lang([""]), Lang::English);
        let chosen = Settings {
            language: Some(Lang::German),
            ..Settings::default()
        };
        assert_eq!(chosen.lang(["fr-FR"]), Lang::German);
        assert_eq!(follows.lang(["pt-BR", "fr-FR"]), Lang::French);
    }

    #[test]
    fn the_stored_language_names_are_unchanged() {
        let names: Vec<_> = LANGUAGE_CHOICES.into_iter().map(language_name).collect();
        assert_eq!(names, ["auto", "en", "de", "fr", "es"]);
        for choice in LANGUAGE_CHOICES {
            assert_eq!(language_from_name(language_name(choice)), Some(choice));
            let settings = Settings {
                language: choice,
                ..Settings::default()
            };
            let stored = serde_json::to_value(&settings).expect("serialises");
            assert_eq!(stored["language"], json!(language_name(choice)));
            let back: Settings = serde_json::from_value(stored).expect("deserialises");
            assert_eq!(back.language, choice);
        }
        assert_eq!(language_from_name("xx"), None);
        assert!(serde_json::from_value::<Settings>(json!({"language": "xx"})).is_err());
    }
}
