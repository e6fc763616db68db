//! The languages the catalogues are written in, and which one a browser's language tag means.

use serde::{Deserialize, Serialize};

/// A language the texts are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    #[serde(rename = "en")]
    English,
    /// German.
    #[serde(rename = "de")]
    German,
    /// French.
    #[serde(rename = "fr")]
    French,
    /// Spanish.
    #[serde(rename = "es")]
    Spanish,
}

impl Lang {
    /// Every language with a complete set of texts.
    pub const ALL: [Lang; 4] = [Lang::English, Lang::German, Lang::French, Lang::Spanish];

    /// The BCP 47 code, as in `lang="…"` and the serde name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::German => "de",
            Lang::French => "fr",
            Lang::Spanish => "es",
        }
    }

    /// The language for a browser language tag (`navigator.language`, `i18n.getUILanguage()`:
    /// "de-AT", "fr", "es_419"); English for any other language.
    pub fn from_tag(tag: &str) -> Lang {
        Lang::of_tag(tag).unwrap_or_default()
    }

    /// The first of the browser's language tags, most preferred first, that has a catalogue;
    /// English when none has. `["pt-BR", "es"]` speaks Spanish, `["en-US", "de"]` English.
    pub fn from_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::of_tag).unwrap_or_default()
    }

    /// The language of a tag's primary subtag, if it has a catalogue.
    fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The language for its code ("de"); `None` for any other text.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn a_tag_names_its_language_or_english() {
        assert_eq!(Lang::from_tag("de-AT"), Lang::German);
        assert_eq!(Lang::from_tag(" FR-ca "), Lang::French);
        assert_eq!(Lang::from_tag("es_419"), Lang::Spanish);
        assert_eq!(Lang::from_tag("pt-BR"), Lang::English);
        assert_eq!(Lang::from_tag(""), Lang::English);
    }

    #[test]
    fn the_first_preferred_tag_with_a_catalogue_wins() {
        assert_eq!(Lang::from_tags(["de-DE", "de", "en-US"]), Lang::German);
        assert_eq!(Lang::from_tags(["pt-BR", "pt", "es"]), Lang::Spanish);
        assert_eq!(Lang::from_tags(["en-US", "fr"]), Lang::English);
        assert_eq!(Lang::from_tags(["nl", "", "ja"]), Lang::English);
        assert_eq!(Lang::from_tags([]), Lang::English);
    }
}
