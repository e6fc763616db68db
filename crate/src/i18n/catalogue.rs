//! The shape of every word the extension shows: one [`Common`] per language and one
//! [`Catalogue`] per language and tone, and the `{placeholder}` format their templates use
//! ([`fill`]). The words themselves are in the language files beside this one.
//!
//! Nothing here decides anything, and nothing here knows the advice's vocabulary: the advice
//! looks its reasons, actions and tips up in these structs (`crate::advice::words`), picks a
//! catalogue by tone, and fills the templates. Adding a key means adding a field to a struct
//! here: every language file then fails to compile until it has the words. Adding a language
//! means one file beside this one, a [`Lang`](super::Lang), and a match arm in
//! [`common`](super::common) and in the advice's catalogue choice: no logic changes.
//!
//! What the texts may claim is bounded by the product guide and by the "Facts about invitations"
//! notes. In particular they never state that invitations expire on their own (unconfirmed), and
//! "did you answer it elsewhere?" is always asked, never asserted.

/// Placeholder for a person's display name.
pub const NAME: &str = "{name}";
/// Placeholder for a first name in the message draft.
pub const FIRST_NAME: &str = "{first_name}";
/// Placeholder for a number of invitations.
pub const COUNT: &str = "{count}";
/// Placeholder for a humanised duration.
pub const DURATION: &str = "{duration}";
/// Placeholder for the lower bound of a duration range.
pub const LOW: &str = "{low}";
/// Placeholder for the upper bound of a duration range.
pub const HIGH: &str = "{high}";
/// Placeholder for a bare plural unit ("weeks").
pub const UNIT: &str = "{unit}";
/// Placeholder for a relative time ("5 minutes ago").
pub const AGO: &str = "{ago}";
/// A total, in the status line ("10 of {total}").
pub const TOTAL: &str = "{total}";
/// "12 pending invitations watched", in the status line.
pub const WATCHED: &str = "{watched}";
/// What the last read could check, in the status line.
pub const WHAT: &str = "{what}";
/// Why a page could not be read, in the status line.
pub const WHY: &str = "{why}";
/// A day of the month, in a date.
pub const DAY: &str = "{day}";
/// A month's name, in a date.
pub const MONTH: &str = "{month}";
/// A year, in a date.
pub const YEAR: &str = "{year}";
/// A date in words ("23 December").
pub const DATE: &str = "{date}";
/// A list of numbers, in the chart's text alternative.
pub const VALUES: &str = "{values}";
/// A list of weeks ("14 October and 2 December"), in the chart's text alternative.
pub const WEEKS: &str = "{weeks}";
/// A number of days (the storage problem's note).
pub const DAYS: &str = "{days}";

/// Replaces each `(placeholder, value)` in `template`. Values are inserted verbatim and are not
/// searched again, so a name that contains `{count}` stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    'scan: while let Some(start) = rest.find('{') {
        for (placeholder, value) in values {
            if rest[start..].starts_with(placeholder) {
                out.push_str(&rest[..start]);
                out.push_str(value);
                rest = &rest[start + placeholder.len()..];
                continue 'scan;
            }
        }
        out.push_str(&rest[..=start]);
        rest = &rest[start + 1..];
    }
    out.push_str(rest);
    out
}

/// A titled piece of text: one reason, action or tip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// A short heading.
    pub title: &'static str,
    /// The explanation itself.
    pub text: &'static str,
}

/// The reasons, one field each, so a missing text is a compile error.
#[derive(Debug)]
pub struct ReasonTexts {
    pub change_of_heart: Entry,
    pub sent_by_mistake: Entry,
    pub handled_elsewhere: Entry,
    pub old_invitations_cleaned_up: Entry,
    pub account_closed: Entry,
    pub follow_bundled: Entry,
    pub technical_issue: Entry,
}

/// The actions, one field each.
#[derive(Debug)]
pub struct ActionTexts {
    pub move_on: Entry,
    pub ask_to_reconnect: Entry,
    pub send_own_invitation: Entry,
    pub ask_shared_connection: Entry,
    pub watch_for_new_invitation: Entry,
}

/// Next steps drawn from what the page showed: the "shared connection" step naming the person
/// the invitation's row named, and the "watch for a new invitation" step with the date by which
/// LinkedIn's wait of up to three weeks is over at the latest.
#[derive(Debug)]
pub struct StepTexts {
    /// The shared-connection step when the row named a mutual connection: holds [`NAME`];
    /// `other` also [`COUNT`] (the connections shared, the named one included).
    pub shared_named: NamedCount,
    /// The watch step while the wait may still last; holds [`DATE`] ("until {date} at the
    /// latest").
    pub watch_until: &'static str,
    /// The watch step once the wait is over at the latest; holds [`DATE`].
    pub watch_over: &'static str,
}

/// Tips for the user's own sent invitations that the guide's list does not hold: withdrawing the
/// oldest (LinkedIn may restrict members with many unanswered invitations), and what the popup
/// says when no tip fits.
#[derive(Debug)]
pub struct SentTipTexts {
    pub withdraw_oldest: Entry,
    pub nothing_to_tidy: &'static str,
}

/// A text about one named person and a count: `one` when the count is 1, else `other`. Both
/// hold [`NAME`]; `other` holds [`COUNT`].
#[derive(Debug)]
pub struct NamedCount {
    pub one: &'static str,
    pub other: &'static str,
}

/// The prevention tips, one field each.
#[derive(Debug)]
pub struct TipTexts {
    pub invite_relevant_people: Entry,
    pub personalise_your_note: Entry,
    pub complete_your_profile: Entry,
    pub be_selective: Entry,
    pub follow_up_after_connecting: Entry,
    pub tend_your_reputation: Entry,
}

/// Labels for the likelihood of a reason.
#[derive(Debug)]
pub struct LikelihoodLabels {
    pub likelier: &'static str,
    pub possible: &'static str,
    pub less_likely: &'static str,
}

/// The evidence behind a ranking, as short sentences about the invitation (not the reason), so
/// one clause reads right whether it moved a reason up or down.
#[derive(Debug)]
pub struct WhyTexts {
    pub pending_under_a_day: &'static str,
    pub pending_for_weeks: &'static str,
    pub came_with_note: &'static str,
    pub several_at_once: &'static str,
    pub mass_disappearance: &'static str,
    pub follows_you: &'static str,
    pub no_follow_mentioned: &'static str,
}

/// Section headings of an explanation.
#[derive(Debug)]
pub struct HeadingTexts {
    pub reasons: &'static str,
    pub actions: &'static str,
    pub tips: &'static str,
    pub draft: &'static str,
}

/// The notice for many invitations leaving at once. `summary` holds [`COUNT`].
#[derive(Debug)]
pub struct MassTexts {
    pub title: &'static str,
    pub summary: &'static str,
    pub text: &'static str,
}

/// The notice for an invitation that came back. `summary` holds [`NAME`].
#[derive(Debug)]
pub struct ResentTexts {
    pub title: &'static str,
    pub summary: &'static str,
    pub summary_unnamed: &'static str,
    pub text: &'static str,
}

/// The note for "Send your own invitation". `named` holds [`FIRST_NAME`]; `unnamed` is used when
/// no usable first name exists. Both fit a free account's 200-character note with any first
/// name the draft accepts.
#[derive(Debug)]
pub struct DraftTexts {
    pub named: &'static str,
    pub unnamed: &'static str,
}

/// Words for one unit of time. `many` holds [`COUNT`]; `bare_plural` is the unit alone, for
/// "between 2 and 3 weeks".
#[derive(Debug)]
pub struct UnitWords {
    pub one: &'static str,
    pub many: &'static str,
    pub bare_plural: &'static str,
}

/// How durations are put into words in one language.
#[derive(Debug)]
pub struct DurationWords {
    pub under_a_minute: &'static str,
    pub minutes: UnitWords,
    pub hours: UnitWords,
    pub days: UnitWords,
    pub weeks: UnitWords,
    pub months: UnitWords,
    pub years: UnitWords,
    /// Holds [`DURATION`].
    pub about: &'static str,
    /// Holds [`DURATION`].
    pub less_than: &'static str,
    /// Holds [`DURATION`]: a lower bound only.
    pub at_least: &'static str,
    /// Holds [`LOW`] and [`HIGH`], each a whole duration.
    pub between: &'static str,
    /// Holds [`LOW`], [`HIGH`] (bare numbers) and [`UNIT`].
    pub between_same_unit: &'static str,
}

/// A count in words: the singular and the plural form. `other` holds [`COUNT`]; `one` may
/// (German "vor 1 Minute") or may not ("a minute ago").
#[derive(Debug)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for `count`, filled in.
    pub fn get(&self, count: u64) -> String {
        let template = if count == 1 { self.one } else { self.other };
        fill(template, &[(COUNT, &count.to_string())])
    }
}

/// Relative times for the surfaces: "just now", "5 minutes ago" (each form holds [`COUNT`]).
#[derive(Debug)]
pub struct AgoWords {
    pub just_now: &'static str,
    pub minutes: Plural,
    pub hours: Plural,
    pub days: Plural,
}

/// The fixed words of the surfaces (buttons, links, marks) that do not change with the tone.
#[derive(Debug)]
pub struct UiTexts {
    /// The language's own name ("Deutsch"), for the options page's language list.
    pub language_name: &'static str,
    pub resolve: &'static str,
    pub resolve_all: &'static str,
    pub open_profile: &'static str,
    pub dismiss: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub details: &'static str,
    /// The `<summary>` of the reasons beyond the first few.
    pub more_reasons: &'static str,
    pub options_link: &'static str,
    pub new_badge: &'static str,
    /// When the popup noticed a vanish; holds [`AGO`].
    pub noticed: &'static str,
    pub ago: AgoWords,
    /// The system notification's text for one vanished invitation.
    pub notify_one: &'static str,
    /// The system notification's text for several changes.
    pub notify_many: &'static str,
    /// The popup's note after a damaged history was kept aside and a fresh one started.
    pub history_damaged: &'static str,
    /// The popup, when the background could not hand it the history.
    pub history_unavailable: &'static str,
    /// The popup's note after a full storage: old entries removed; holds [`COUNT`] and [`DAYS`].
    pub storage_pruned: &'static str,
    /// The popup's note after a save failed because the storage is full.
    pub storage_not_saved_full: &'static str,
    /// The popup's note after a save failed for another reason.
    pub storage_not_saved: &'static str,
    /// Why a request failed (after the options page's own "could not …"): not understood.
    pub failed_not_understood: &'static str,
    /// Why a request failed: storage did not answer.
    pub failed_storage: &'static str,
    /// Why a request failed: storage is full.
    pub failed_storage_full: &'static str,
}

/// The popup's status line: when the page was last read, how much of the list could be checked,
/// and — when a read proved nothing — why and what the user can do; the page-structure report.
#[derive(Debug)]
pub struct StatusTexts {
    /// Before any read.
    pub never: &'static str,
    /// A read of the invitation manager; holds [`AGO`], [`WATCHED`] and [`WHAT`].
    pub read: &'static str,
    /// A page that could not be read; holds [`AGO`], [`WHY`] and [`WATCHED`].
    pub unreadable: &'static str,
    /// "12 pending invitations watched".
    pub watched: Plural,
    pub why_logged_out: &'static str,
    pub why_restricted: &'static str,
    pub why_error_page: &'static str,
    pub why_not_manager: &'static str,
    pub why_unknown_layout: &'static str,
    /// The Sent tab was read.
    pub sent: &'static str,
    /// A filter or category was on.
    pub filtered: &'static str,
    /// The whole list was checked ([`COUNT`]).
    pub all_checked: Plural,
    /// Still loading ([`COUNT`] checked so far).
    pub loading: &'static str,
    /// [`COUNT`] of [`TOTAL`] checked; scroll to the end.
    pub some_of: &'static str,
    /// [`COUNT`] checked so far, more to load, no total known.
    pub some_so_far: &'static str,
    /// Two of the page's counts disagreed.
    pub cues_disagree: &'static str,
    /// [`COUNT`] checked, no count on the page to tell whether that was all.
    pub no_count: &'static str,
    /// Above the report's button: what it is and what it holds.
    pub report_hint: &'static str,
    pub report_button: &'static str,
    pub report_copied: &'static str,
}

/// The options page's words.
#[derive(Debug)]
pub struct OptionsTexts {
    pub page_title: &'static str,
    pub tone_heading: &'static str,
    pub tone_label: &'static str,
    /// Holds [`DURATION`]-free text: "Preview: " precedes the sample's title.
    pub preview: &'static str,
    pub language_heading: &'static str,
    pub language_label: &'static str,
    /// The choice that follows the browser's language.
    pub language_auto: &'static str,
    pub alerts_heading: &'static str,
    pub in_page_card: &'static str,
    pub notifications: &'static str,
    pub permission_failed: &'static str,
    pub permission_refused: &'static str,
    pub history_heading: &'static str,
    pub keep_for: &'static str,
    /// 1 month, 3 months, 1 year, 10 years, in the order of `RETENTION_CHOICES`.
    pub retention: [&'static str; 4],
    pub export: &'static str,
    pub clear: &'static str,
    pub clear_question: &'static str,
    pub clear_yes: &'static str,
    pub clear_no: &'static str,
    pub exported: &'static str,
    pub export_failed: &'static str,
    pub cleared: &'static str,
    pub clear_failed: &'static str,
    pub saved: &'static str,
    pub save_failed: &'static str,
    pub download_again: &'static str,
    pub privacy_heading: &'static str,
    /// What is kept, where, for how long, and what an export holds: one paragraph each.
    pub privacy: [&'static str; 4],
    /// The link to the privacy policy (PRIVACY.md, shipped as `privacy.html`).
    pub privacy_policy: &'static str,
}

/// How a date is written in one language: "23 December", "23. Dezember", "1er janvier",
/// "23 de diciembre".
#[derive(Debug)]
pub struct DateWords {
    /// January to December, as written inside a date.
    pub months: [&'static str; 12],
    /// Holds [`DAY`] and [`MONTH`].
    pub day_month: &'static str,
    /// Holds [`DAY`], [`MONTH`] and [`YEAR`]: a date in another year than the current one.
    pub day_month_year: &'static str,
    /// The first day of a month, as written in a date ("1", French "1er").
    pub first_day: &'static str,
}

/// The popup's `#sent` section: what the Sent tab showed, in numbers.
#[derive(Debug)]
pub struct SentWords {
    pub heading: &'static str,
    /// Before the Sent tab was read: one line, next to [`Self::open_sent`].
    pub never_read: &'static str,
    /// The link to the Sent tab.
    pub open_sent: &'static str,
    /// When the Sent tab was last read; holds [`AGO`].
    pub as_of: &'static str,
    /// The last read had only part of the list.
    pub partial: &'static str,
    /// Invitations pending ([`COUNT`]).
    pub pending: Plural,
    /// Of them, pending for more than three weeks ([`COUNT`]).
    pub over_three_weeks: Plural,
    /// Of them, pending for more than three months ([`COUNT`]).
    pub over_three_months: Plural,
    /// Of those the Sent tab showed, sent without a note ([`COUNT`]).
    pub without_note: Plural,
    /// The heading of the oldest ones.
    pub oldest: &'static str,
    /// How long one has been pending; holds [`DURATION`].
    pub oldest_age: &'static str,
}

/// The popup's chart of the last 12 weeks and its text alternative.
#[derive(Debug)]
pub struct HistoryWords {
    pub heading: &'static str,
    /// The three numbers' labels: invitations received, answered by the user, vanished, in the
    /// 12 weeks.
    pub received: &'static str,
    pub answered: &'static str,
    pub vanished: &'static str,
    /// The chart's text alternative: the weekly pending counts, oldest week first ([`VALUES`]).
    pub pending_each_week: &'static str,
    /// The weeks in which one vanished: one week, several ([`WEEKS`]), none.
    pub vanished_in_week: &'static str,
    pub vanished_in_weeks: &'static str,
    pub none_vanished: &'static str,
    /// Joins the last two items of a list ("14 October and 2 December").
    pub and: &'static str,
    /// The legend of the chart's marks.
    pub legend_pending: &'static str,
    pub legend_vanished: &'static str,
}

/// What one language shares across tones.
#[derive(Debug)]
pub struct Common {
    pub durations: DurationWords,
    pub dates: DateWords,
    /// The popup's summary of the user's sent invitations (`#sent`).
    pub sent: SentWords,
    /// The popup's chart of the last 12 weeks.
    pub history: HistoryWords,
    pub ui: UiTexts,
    pub options: OptionsTexts,
    pub status: StatusTexts,
    /// The made-up person of the options page preview.
    pub sample_name: &'static str,
    pub sample_headline: &'static str,
}

/// The first line of an explanation: what most likely happened (the reason ranked first) and
/// that it is usually nothing personal; one per reason.
#[derive(Debug)]
pub struct LeadTexts {
    pub change_of_heart: &'static str,
    pub sent_by_mistake: &'static str,
    pub handled_elsewhere: &'static str,
    pub old_invitations_cleaned_up: &'static str,
    pub account_closed: &'static str,
    pub follow_bundled: &'static str,
    pub technical_issue: &'static str,
}

/// The surfaces' headings and empty state, in a tone.
#[derive(Debug)]
pub struct SurfaceTexts {
    pub card_heading_one: &'static str,
    pub card_heading_several: &'static str,
    pub card_heading_notice: &'static str,
    pub popup_empty: &'static str,
}

/// Every text for one language and one tone.
#[derive(Debug)]
pub struct Catalogue {
    pub common: &'static Common,
    pub tone_label: &'static str,
    pub tone_description: &'static str,
    pub title: &'static str,
    /// Holds [`NAME`].
    pub summary: &'static str,
    pub summary_unnamed: &'static str,
    /// Holds [`DURATION`].
    pub pending_for: &'static str,
    /// The first line, per reason ranked first.
    pub lead: LeadTexts,
    /// "Did you answer it somewhere else (app, e-mail)?", next to the resolve button.
    pub ask_elsewhere: &'static str,
    /// Said of a change of heart only when it is ranked first: "This is the most common reason."
    pub most_common: &'static str,
    pub headings: HeadingTexts,
    pub reasons: ReasonTexts,
    pub likelihood: LikelihoodLabels,
    pub why: WhyTexts,
    pub actions: ActionTexts,
    /// The next steps' words that depend on what the page showed.
    pub steps: StepTexts,
    /// The popup's tips about the user's own sent invitations beyond the guide's.
    pub sent_tips: SentTipTexts,
    pub tips: TipTexts,
    pub reassurance: &'static str,
    pub mass: MassTexts,
    pub resent: ResentTexts,
    pub draft: DraftTexts,
    /// Where the draft goes: the note of a new invitation from their profile.
    pub draft_where: &'static str,
    pub surfaces: SurfaceTexts,
}
