//! The words of the surfaces themselves (buttons, headings), per tone and language, taken from
//! the catalogue ([`crate::i18n`]). The explanations' words live there too.

use crate::advice::words::catalogue;
use crate::advice::Tone;
use crate::i18n::Lang;
use crate::i18n::{common, fill, AGO};
use serde::{Deserialize, Serialize};

/// Every fixed label a surface shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labels {
    pub card_heading_one: String,
    pub card_heading_several: String,
    pub card_heading_notice: String,
    pub resolve: String,
    pub resolve_all: String,
    pub open_profile: String,
    pub dismiss: String,
    pub copy: String,
    pub copied: String,
    pub details: String,
    /// The `<summary>` of the reasons beyond the first few.
    pub more_reasons: String,
    pub popup_title: String,
    pub popup_empty: String,
    pub status_never: String,
    pub options_link: String,
    pub new_badge: String,
}

/// The labels in a tone and language.
pub fn labels(tone: Tone, lang: Lang) -> Labels {
    let surfaces = &catalogue(lang, tone).surfaces;
    let ui = &common(lang).ui;
    Labels {
        card_heading_one: surfaces.card_heading_one.to_owned(),
        card_heading_several: surfaces.card_heading_several.to_owned(),
        card_heading_notice: surfaces.card_heading_notice.to_owned(),
        resolve: ui.resolve.to_owned(),
        resolve_all: ui.resolve_all.to_owned(),
        open_profile: ui.open_profile.to_owned(),
        dismiss: ui.dismiss.to_owned(),
        copy: ui.copy.to_owned(),
        copied: ui.copied.to_owned(),
        details: ui.details.to_owned(),
        more_reasons: ui.more_reasons.to_owned(),
        popup_title: "Invite Watch".to_owned(),
        popup_empty: surfaces.popup_empty.to_owned(),
        status_never: common(lang).status.never.to_owned(),
        options_link: ui.options_link.to_owned(),
        new_badge: ui.new_badge.to_owned(),
    }
}

/// A relative time in `lang`: "vor 5 Minuten", "il y a 5 minutes", "hace 5 minutos".
pub fn ago_in(lang: Lang, elapsed_ms: i64) -> String {
    let words = &common(lang).ui.ago;
    let minutes = u64::try_from(elapsed_ms.max(0) / 60_000).unwrap_or(0);
    match minutes {
        0 => words.just_now.to_owned(),
        1..=59 => words.minutes.get(minutes),
        60..=1439 => words.hours.get(minutes / 60),
        _ => words.days.get(minutes / 1440),
    }
}

/// "Noticed 5 minutes ago", "Bemerkt vor 5 Minuten".
pub fn noticed(lang: Lang, elapsed_ms: i64) -> String {
    fill(common(lang).ui.noticed, &[(AGO, &ago_in(lang, elapsed_ms))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_time_reads_naturally() {
        assert_eq!(ago_in(Lang::English, 10_000), "just now");
        assert_eq!(ago_in(Lang::English, 60_000), "1 minute ago");
        assert_eq!(ago_in(Lang::English, 5 * 60_000), "5 minutes ago");
        assert_eq!(ago_in(Lang::English, 3 * 3_600_000), "3 hours ago");
        assert_eq!(ago_in(Lang::English, 2 * 86_400_000), "2 days ago");
        assert_eq!(ago_in(Lang::English, -5), "just now");
    }

    #[test]
    fn elapsed_time_is_localised_with_its_plurals() {
        let five = 5 * 60_000;
        assert_eq!(ago_in(Lang::German, five), "vor 5 Minuten");
        assert_eq!(ago_in(Lang::French, five), "il y a 5 minutes");
        assert_eq!(ago_in(Lang::Spanish, five), "hace 5 minutos");
        assert_eq!(ago_in(Lang::German, 60_000), "vor 1 Minute");
        assert_eq!(ago_in(Lang::German, 2 * 86_400_000), "vor 2 Tagen");
        assert_eq!(ago_in(Lang::French, 3_600_000), "il y a 1 heure");
        assert_eq!(ago_in(Lang::Spanish, 86_400_000), "hace 1 día");
        assert_eq!(ago_in(Lang::Spanish, 0), "ahora mismo");
        assert_eq!(noticed(Lang::German, five), "Bemerkt vor 5 Minuten");
        assert_eq!(noticed(Lang::English, five), "Noticed 5 minutes ago");
    }

    #[test]
    fn tones_differ_in_their_headings() {
        let warm = labels(Tone::Warm, Lang::English);
        let brief = labels(Tone::Brief, Lang::English);
        assert_ne!(warm.card_heading_one, brief.card_heading_one);
        assert_ne!(
            warm.popup_empty,
            labels(Tone::Professional, Lang::English).popup_empty
        );
    }

    #[test]
    fn languages_differ_in_their_buttons() {
        let buttons = |lang| {
            let l = labels(Tone::Warm, lang);
            (l.resolve, l.dismiss, l.copy, l.more_reasons)
        };
        for (i, a) in Lang::ALL.into_iter().enumerate() {
            for b in Lang::ALL.into_iter().skip(i + 1) {
                assert_ne!(buttons(a), buttons(b), "{a:?} {b:?}");
            }
        }
    }
}
