//! The voice the user chose for every explanation: warm, professional or brief.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// How explanations are worded. The substance is the same in every tone; only the voice changes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    /// Reassuring and personal, like a kind friend explaining.
    #[default]
    Warm,
    /// Neutral and concise, in a business register.
    Professional,
    /// A few bullet-length lines.
    Brief,
}

impl Tone {
    /// Every tone, in the order the options page lists them.
    pub const ALL: [Tone; 3] = [Tone::Warm, Tone::Professional, Tone::Brief];

    /// The stable identifier used in storage and messages (the same as the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Warm => "warm",
            Tone::Professional => "professional",
            Tone::Brief => "brief",
        }
    }
}

impl fmt::Display for Tone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text given to [`Tone::from_str`] names no tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownToneError {
    /// What was given, as given.
    pub input: String,
}

impl fmt::Display for UnknownToneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown tone {:?}: expected \"warm\", \"professional\" or \"brief\"",
            self.input
        )
    }
}

impl std::error::Error for UnknownToneError {}

impl FromStr for Tone {
    type Err = UnknownToneError;

    /// Accepts the serde names, ignoring case and surrounding whitespace.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let wanted = input.trim();
        Tone::ALL
            .into_iter()
            .find(|tone| tone.as_str().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| UnknownToneError {
                input: input.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_warm() {
        assert_eq!(Tone::default(), Tone::Warm);
    }

    #[test]
    fn parses_every_name_and_round_trips() {
        for tone in Tone::ALL {
            assert_eq!(tone.as_str().parse::<Tone>(), Ok(tone));
            assert_eq!(tone.to_string().parse::<Tone>(), Ok(tone));
        }
        assert_eq!(" Brief ".parse::<Tone>(), Ok(Tone::Brief));
        assert_eq!("PROFESSIONAL".parse::<Tone>(), Ok(Tone::Professional));
    }

    #[test]
    fn rejects_unknown_names_with_a_typed_error() {
        let error = "chatty".parse::<Tone>().unwrap_err();
        assert_eq!(error.input, "chatty");
        assert!(error.to_string().contains("chatty"));
        assert!("".parse::<Tone>().is_err());
    }

    #[test]
    fn serde_uses_lower_case_names() {
        for tone in Tone::ALL {
            let json = serde_json::to_string(&tone).unwrap();
            assert_eq!(json, format!("\"{}\"", tone.as_str()));
            assert_eq!(serde_json::from_str::<Tone>(&json).unwrap(), tone);
        }
        assert!(serde_json::from_str::<Tone>("\"Warm\"").is_err());
    }
}
