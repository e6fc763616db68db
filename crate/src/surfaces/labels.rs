//! The words of the surfaces themselves (buttons, headings, status), per tone, in one place.
//! The explanations' words live in [`crate::advice`].

use crate::advice::Tone;
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
    pub popup_title: String,
    pub popup_empty: String,
    pub status_never: String,
    pub options_link: String,
    pub new_badge: String,
}

/// The labels in a tone.
pub fn labels(tone: Tone) -> Labels {
    let (one, several, notice, empty) = match tone {
        Tone::Warm => (
            "An invitation quietly left your list",
            "A few things changed in your invitations",
            "Something changed in your invitations",
            "Nothing has gone missing. Invite Watch is keeping an eye on your invitations for you.",
        ),
        Tone::Professional => (
            "An invitation is no longer pending",
            "Changes to your pending invitations",
            "A change to your pending invitations",
            "No invitations have disappeared. Your pending invitations are being monitored.",
        ),
        Tone::Brief => (
            "Invitation gone",
            "Invitations changed",
            "Invitations changed",
            "Nothing vanished.",
        ),
    };
    Labels {
        card_heading_one: one.to_owned(),
        card_heading_several: several.to_owned(),
        card_heading_notice: notice.to_owned(),
        resolve: "I accepted or ignored it myself".to_owned(),
        resolve_all: "Yes, that was me".to_owned(),
        open_profile: "Open profile".to_owned(),
        dismiss: "Dismiss".to_owned(),
        copy: "Copy".to_owned(),
        copied: "Copied".to_owned(),
        details: "Why, and what now".to_owned(),
        popup_title: "Invite Watch".to_owned(),
        popup_empty: empty.to_owned(),
        status_never: "No invitation page read yet: open your LinkedIn invitation manager and Invite Watch starts watching.".to_owned(),
        options_link: "Options".to_owned(),
        new_badge: "new".to_owned(),
    }
}

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
pub fn ago(elapsed_ms: i64) -> String {
    let minutes = elapsed_ms.max(0) / 60_000;
    let (n, unit) = match minutes {
        0 => return "just now".to_owned(),
        1..=59 => (minutes, "minute"),
        60..=1439 => (minutes / 60, "hour"),
        _ => (minutes / 1440, "day"),
    };
    format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" })
}

/// "1 pending invitation watched", "12 pending invitations watched".
pub fn watched(count: usize) -> String {
    format!(
        "{count} pending invitation{} watched",
        if count == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_time_reads_naturally() {
        assert_eq!(ago(10_000), "just now");
        assert_eq!(ago(60_000), "1 minute ago");
        assert_eq!(ago(5 * 60_000), "5 minutes ago");
        assert_eq!(ago(3 * 3_600_000), "3 hours ago");
        assert_eq!(ago(2 * 86_400_000), "2 days ago");
        assert_eq!(ago(-5), "just now");
    }

    #[test]
    fn tones_differ_in_their_headings() {
        let warm = labels(Tone::Warm);
        let brief = labels(Tone::Brief);
        assert_ne!(warm.card_heading_one, brief.card_heading_one);
        assert_ne!(warm.popup_empty, labels(Tone::Professional).popup_empty);
    }
}
