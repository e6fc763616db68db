//! View models for what the user sees — the in-page card, the toolbar popup and the badge — built
//! from the ledger, the settings and the advice. Pure and serialisable: the browser edge only
//! turns these into text nodes, so everything the user reads is unit-tested here.

pub mod card_patch;
pub mod history;
mod labels;
mod problems;
pub mod sent;
mod url;

pub use card_patch::{card_items, card_patch, CardFrame, CardItem, CardPatch, Place, Slot};
pub use history::HistoryView;
pub use labels::{ago_in, labels, noticed, Labels};
pub use problems::{problem_text, storage_problem_text};
pub use sent::SentView;
pub use url::safe_profile_url;

use crate::advice::{self, Explanation, Facts, Notice, PendingRange, Person, ReinviteWait, Tone};
use crate::diff::{missing_in_bulk_entries, unseen_count, vanished_entries};
use crate::i18n::Lang;
use crate::i18n::{common, fill, AGO, COUNT, TOTAL, WATCHED, WHAT, WHY};
use crate::ledger::kinds::{Era, InvitationKind, PartialReason, Tab, UnrecognisedReason};
use crate::ledger::{Entry, Event, EventKind, Evidence, LastRead, Ledger, State, UNKNOWN_ACCOUNT};
use serde::{Deserialize, Serialize};

/// One vanished (or re-sent) invitation, explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VanishItem {
    pub account: String,
    pub key: String,
    pub name: String,
    /// A `https://www.linkedin.com/...` link, validated; `None` when the page gave none we trust.
    pub profile_url: Option<String>,
    pub detected_at_ms: i64,
    /// Whether the user has not seen the news about it yet.
    pub unseen: bool,
    /// "Noticed 5 minutes ago", in the popup (the card leaves it out: it would change by the
    /// minute and redraw the card).
    pub noticed: Option<String>,
    pub explanation: Explanation,
}

/// A notice that is not about one invitation: several left at once, or one came back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoticeItem {
    pub event_id: u64,
    pub unseen: bool,
    /// Names of the invitations concerned, for the user's orientation.
    pub names: Vec<String>,
    pub notice: Notice,
}

/// The in-page card: everything unseen, in one card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardModel {
    pub tone: Tone,
    /// The language of every word on the card (its `lang` attribute).
    pub lang: Lang,
    pub labels: Labels,
    pub heading: String,
    pub vanished: Vec<VanishItem>,
    pub notices: Vec<NoticeItem>,
    /// The ids of the events the card shows (marked seen when the user dismisses it).
    pub event_ids: Vec<u64>,
}

/// The toolbar popup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PopupModel {
    pub tone: Tone,
    pub lang: Lang,
    pub labels: Labels,
    /// When the page was last read, how many invitations are watched, whether it could be read.
    pub status: String,
    /// The last read failed (the page could not be read).
    pub problem: bool,
    /// Vanished invitations, newest first.
    pub vanished: Vec<VanishItem>,
    /// Mass disappearances awaiting an answer, and invitations that came back.
    pub notices: Vec<NoticeItem>,
    /// Shown when there is nothing in `vanished` and `notices`.
    pub empty: String,
    /// Events to mark as seen once the popup has shown them.
    pub unseen_event_ids: Vec<u64>,
    /// The words of "Copy a page-structure report" (offered while `problem` and a report is
    /// kept).
    pub report: ReportOffer,
    /// The last 12 weeks at a glance.
    pub history: HistoryView,
    /// The user's own sent invitations (`#sent`).
    pub sent: SentView,
}

/// The page-structure report's offer in the popup, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportOffer {
    pub hint: String,
    pub button: String,
    pub copied: String,
}

impl ReportOffer {
    fn in_lang(lang: Lang) -> Self {
        let words = &common(lang).status;
        ReportOffer {
            hint: words.report_hint.to_owned(),
            button: words.report_button.to_owned(),
            copied: words.report_copied.to_owned(),
        }
    }
}

/// The badge text: the number of unseen events, or nothing.
pub fn badge_text(ledger: &Ledger) -> String {
    match unseen_count(ledger) {
        0 => String::new(),
        n if n > 99 => "99+".to_owned(),
        n => n.to_string(),
    }
}

/// The evidence of an entry as the advice's facts.
pub fn facts_for(entry: &Entry, evidence: &Evidence) -> Facts {
    let min = u64::try_from(evidence.pending_at_least_ms.max(0)).unwrap_or(0);
    let pending_for = Some(match evidence.pending_at_most_ms {
        Some(max) => PendingRange::new(min, u64::try_from(max.max(0)).unwrap_or(0)),
        None => PendingRange::at_least(min),
    });
    Facts {
        pending_for,
        had_note: evidence.had_note || entry.note.is_some(),
        kind: advice_kind(entry.kind, evidence.era),
        vanished_together: evidence.gone_in_same_read,
        mass: false,
        reinvite_wait: None,
    }
}

/// The page's kind as the advice's kind. Only era E says "follows you"; an older era's plain
/// person card cannot tell, so it is `Unknown` there.
fn advice_kind(kind: InvitationKind, era: Option<Era>) -> advice::InvitationKind {
    match kind {
        InvitationKind::PersonFollowing => advice::InvitationKind::PersonFollowing,
        InvitationKind::Person if era == Some(Era::E) => advice::InvitationKind::Person,
        InvitationKind::Person => advice::InvitationKind::Unknown,
        _ => advice::InvitationKind::Other,
    }
}

fn person(entry: &Entry) -> Person {
    Person {
        name: entry.name.clone(),
        headline: entry.headline.clone(),
        mutuals: entry.mutuals.clone(),
    }
}

/// The user's time: now, and how far their clock is ahead of UTC (dates such as "until
/// 23 December at the latest" are the user's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub now_ms: i64,
    /// Minutes ahead of UTC: JavaScript's `-new Date().getTimezoneOffset()`.
    pub utc_offset_minutes: i32,
}

impl Clock {
    /// `now_ms` on a clock that keeps UTC.
    pub fn utc(now_ms: i64) -> Clock {
        Clock {
            now_ms,
            utc_offset_minutes: 0,
        }
    }
}

/// The tone and language of a surface, the user's clock, and whether to say "noticed … ago"
/// (the popup does; the card leaves it out).
#[derive(Clone, Copy)]
struct Voice {
    tone: Tone,
    lang: Lang,
    clock: Clock,
    say_noticed: bool,
}

fn vanish_item(account: &str, entry: &Entry, unseen: bool, voice: Voice) -> Option<VanishItem> {
    let State::Vanished {
        detected_at_ms,
        evidence,
    } = &entry.state
    else {
        return None;
    };
    Some(VanishItem {
        account: account.to_owned(),
        key: entry.key.clone(),
        name: entry.name.clone(),
        profile_url: entry.profile_url.as_deref().and_then(safe_profile_url),
        detected_at_ms: *detected_at_ms,
        unseen,
        noticed: voice.say_noticed.then(|| {
            noticed(
                voice.lang,
                voice.clock.now_ms.saturating_sub(*detected_at_ms),
            )
        }),
        explanation: advice::explain(
            &Facts {
                reinvite_wait: Some(ReinviteWait::after(
                    *detected_at_ms,
                    voice.clock.now_ms,
                    voice.clock.utc_offset_minutes,
                )),
                ..facts_for(entry, evidence)
            },
            &person(entry),
            voice.tone,
            voice.lang,
        ),
    })
}

/// Keys with a `Vanished` event that `wanted` selects.
fn vanish_keys(ledger: &Ledger, wanted: &dyn Fn(&Event) -> bool) -> Vec<(String, String)> {
    ledger
        .accounts
        .iter()
        .flat_map(|(account, ledger)| {
            ledger
                .events
                .iter()
                .filter_map(move |event| match &event.kind {
                    EventKind::Vanished { key } if wanted(event) => {
                        Some((account.clone(), key.clone()))
                    }
                    _ => None,
                })
        })
        .collect()
}

fn unseen(event: &Event) -> bool {
    !event.seen_by_user
}

fn notices(ledger: &Ledger, voice: Voice, wanted: &dyn Fn(&Event) -> bool) -> Vec<NoticeItem> {
    let missing = missing_in_bulk_entries(ledger);
    let mut items = Vec::new();
    for (account_key, account) in &ledger.accounts {
        for event in account.events.iter().rev() {
            if !wanted(event) {
                continue;
            }
            let item = match &event.kind {
                EventKind::MassDisappearance { count, keys } => {
                    let still_open: Vec<String> = missing
                        .iter()
                        .filter(|(account, entry)| {
                            *account == account_key.as_str() && keys.contains(&entry.key)
                        })
                        .map(|(_, entry)| entry.name.clone())
                        .collect();
                    if still_open.is_empty() {
                        continue;
                    }
                    NoticeItem {
                        event_id: event.id,
                        unseen: !event.seen_by_user,
                        names: still_open,
                        notice: advice::explain_mass(*count, voice.tone, voice.lang),
                    }
                }
                EventKind::ReSent { key } => {
                    let Some(entry) = account.received.get(key) else {
                        continue;
                    };
                    if !matches!(entry.state, State::ReSent { .. }) {
                        continue;
                    }
                    NoticeItem {
                        event_id: event.id,
                        unseen: !event.seen_by_user,
                        names: vec![entry.name.clone()],
                        notice: advice::explain_resent(&person(entry), voice.tone, voice.lang),
                    }
                }
                EventKind::Vanished { .. } => continue,
            };
            items.push(item);
        }
    }
    items
}

fn event_ids(ledger: &Ledger, wanted: &dyn Fn(&Event) -> bool) -> Vec<u64> {
    ledger
        .accounts
        .values()
        .flat_map(|account| account.events.iter())
        .filter(|event| wanted(event))
        .map(|event| event.id)
        .collect()
}

/// The in-page card for everything the user has not seen yet; `None` when there is nothing.
pub fn card_model(ledger: &Ledger, tone: Tone, lang: Lang, clock: Clock) -> Option<CardModel> {
    card_model_including(ledger, tone, lang, &[], clock)
}

/// The in-page card for everything unseen plus the events in `shown` (those a card on screen
/// already shows, so that re-wording it in another tone keeps them even if the popup has marked
/// them seen meanwhile); `None` when there is nothing.
pub fn card_model_including(
    ledger: &Ledger,
    tone: Tone,
    lang: Lang,
    shown: &[u64],
    clock: Clock,
) -> Option<CardModel> {
    let voice = Voice {
        tone,
        lang,
        clock,
        say_noticed: false,
    };
    let wanted = |event: &Event| unseen(event) || shown.contains(&event.id);
    let keys = vanish_keys(ledger, &wanted);
    let vanished: Vec<VanishItem> = vanished_entries(ledger)
        .into_iter()
        .filter(|(account, entry)| {
            keys.iter()
                .any(|(a, k)| a.as_str() == *account && *k == entry.key)
        })
        .filter_map(|(account, entry)| vanish_item(account, entry, true, voice))
        .collect();
    let notices = notices(ledger, voice, &wanted);
    if vanished.is_empty() && notices.is_empty() {
        return None;
    }
    let labels = labels(tone, lang);
    let heading = match (vanished.len(), notices.len()) {
        (1, 0) => labels.card_heading_one.clone(),
        (0, _) => labels.card_heading_notice.clone(),
        _ => labels.card_heading_several.clone(),
    };
    Some(CardModel {
        tone,
        lang,
        labels,
        heading,
        vanished,
        notices,
        event_ids: event_ids(ledger, &wanted),
    })
}

/// The toolbar popup's content at `clock`'s time ("5 minutes ago").
pub fn popup_model(ledger: &Ledger, tone: Tone, lang: Lang, clock: Clock) -> PopupModel {
    let now_ms = clock.now_ms;
    let labels = labels(tone, lang);
    let voice = Voice {
        tone,
        lang,
        clock,
        say_noticed: true,
    };
    let unseen_keys = vanish_keys(ledger, &unseen);
    let vanished: Vec<VanishItem> = vanished_entries(ledger)
        .into_iter()
        .filter_map(|(account, entry)| {
            let is_unseen = unseen_keys
                .iter()
                .any(|(a, k)| a.as_str() == account && *k == entry.key);
            vanish_item(account, entry, is_unseen, voice)
        })
        .collect();
    let (status, problem) = status_line(ledger, lang, now_ms);
    PopupModel {
        tone,
        lang,
        status,
        problem,
        vanished,
        notices: notices(ledger, voice, &|_| true),
        empty: labels.popup_empty.clone(),
        unseen_event_ids: event_ids(ledger, &unseen),
        report: ReportOffer::in_lang(lang),
        history: history::history_view(ledger, lang, clock),
        sent: sent::sent_view(ledger, tone, lang, clock),
        labels,
    }
}

/// Whether the last read left the user something to know or do: the page was not read, or not
/// understood (the popup's status then says why).
pub fn last_read_had_problem(ledger: &Ledger) -> bool {
    ledger
        .last_read
        .as_ref()
        .is_some_and(|last| !last.recognised || not_understood(last))
}

/// A read of the received list that proved nothing because the page itself was not understood
/// (its counts disagree, or it showed none): the popup then offers a page-structure report.
fn not_understood(last: &LastRead) -> bool {
    last.view.tab == Tab::Received
        && last.view.filter.is_none()
        && matches!(
            last.partial,
            Some(PartialReason::CuesDisagree { .. } | PartialReason::Unknown)
        )
}

/// What the last recognised read could check, and what the user can do when it was not the
/// whole list.
fn list_state(last: &LastRead, lang: Lang) -> String {
    let words = &common(lang).status;
    if last.view.tab == Tab::Sent {
        return words.sent.to_owned();
    }
    if last.view.tab == Tab::Received && last.view.filter.is_some() {
        return words.filtered.to_owned();
    }
    let checked = last.checked.to_string();
    let with = |template: &str, total: Option<u32>| {
        let total = total.map(|t| t.to_string()).unwrap_or_default();
        fill(template, &[(COUNT, &checked), (TOTAL, &total)])
    };
    match &last.partial {
        None => words.all_checked.get(last.checked as u64),
        Some(PartialReason::Loading) => with(words.loading, None),
        Some(PartialReason::CountExceedsCards { expected, .. }) => {
            with(words.some_of, Some(*expected))
        }
        Some(PartialReason::MoreToLoad) => match last.count {
            Some(count) => with(words.some_of, Some(count)),
            None => with(words.some_so_far, None),
        },
        // The detail (which cues, what each said) is in the page-structure report.
        Some(PartialReason::CuesDisagree { .. }) => words.cues_disagree.to_owned(),
        Some(PartialReason::Unknown) => with(words.no_count, None),
    }
}

/// "Last read 5 minutes ago · 12 pending invitations watched · all 12 on the list were checked."
fn status_line(ledger: &Ledger, lang: Lang, now_ms: i64) -> (String, bool) {
    let words = &common(lang).status;
    let Some(last) = &ledger.last_read else {
        return (words.never.to_owned(), false);
    };
    let when = labels::ago_in(lang, now_ms.saturating_sub(last.at_ms));
    let watched: usize = ledger
        .accounts
        .iter()
        .filter(|(key, _)| key.as_str() == last.account || last.account == UNKNOWN_ACCOUNT)
        .map(|(_, account)| account.pending_count())
        .sum();
    let watched = words.watched.get(watched as u64);
    if last.recognised {
        let what = list_state(last, lang);
        let line = fill(
            words.read,
            &[(AGO, &when), (WATCHED, &watched), (WHAT, &what)],
        );
        (line, not_understood(last))
    } else {
        let why = match last.unrecognised_reason {
            Some(UnrecognisedReason::LoggedOut) => words.why_logged_out,
            Some(UnrecognisedReason::Restricted) => words.why_restricted,
            Some(UnrecognisedReason::ErrorPage) => words.why_error_page,
            Some(UnrecognisedReason::NotInvitationManager) => words.why_not_manager,
            Some(UnrecognisedReason::UnknownLayout) | None => words.why_unknown_layout,
        };
        let line = fill(
            words.unreadable,
            &[(AGO, &when), (WHY, why), (WATCHED, &watched)],
        );
        (line, true)
    }
}

#[cfg(test)]
mod history_sent_tests;
#[cfg(test)]
mod tests;
