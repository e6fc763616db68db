//! Tests of the popup's `#sent` section and its 12-week chart, over ledgers built by the real
//! ledger rules from hand-made page reads.

use super::history::{history_view, totals, weekly, Totals, WEEKS_SHOWN};
use super::sent::{sent_facts, sent_view, SENT_URL};
use super::*;
use crate::advice::sent::{SentFacts, SentTip};
use crate::diff::{apply_observation, record_action, Observation};
use crate::page::{
    AgeRange, CardSource, Completeness, Era, InvitationKind, PageInvitation, PageRead, ReadStatus,
    Tab, UserAction, View,
};
use crate::time::{DAY_MS, HOUR_MS};

const ME: &str = "in:me";
/// 2025-10-09 08:53:20 UTC.
const T0: i64 = 1_760_000_000_000;
const WEEK_MS: i64 = 7 * DAY_MS;

fn invitation(key: &str, days: u32, note: bool) -> PageInvitation {
    PageInvitation {
        key: key.to_owned(),
        kind: InvitationKind::Person,
        name: format!("Person {key}"),
        headline: None,
        profile_url: Some(format!("https://www.linkedin.com/in/{key}/")),
        time_label: Some(format!("Sent {days} days ago")),
        age: Some(AgeRange {
            min_days: days,
            max_days: Some(days + 1),
        }),
        mutuals: None,
        note: note.then(|| "Hello, we met at the meetup".to_owned()),
        source: CardSource::WholeCard,
    }
}

fn observe(ledger: &mut Ledger, tab: Tab, invitations: Vec<PageInvitation>, at: i64) -> usize {
    let read = PageRead {
        view: View {
            tab,
            bucket: (tab == Tab::Received).then(|| "focused".to_owned()),
            filter: None,
        },
        status: ReadStatus::Recognised,
        completeness: Completeness::Complete,
        era: Some(Era::E),
        account: Some(ME.to_owned()),
        count: Some(u32::try_from(invitations.len()).unwrap_or(u32::MAX)),
        bucket_counts: Vec::new(),
        invitations,
        acknowledged: Vec::new(),
    };
    let observation = Observation {
        read,
        settled: true,
    };
    apply_observation(ledger, &observation, at).len()
}

/// Six sent invitations: 2, 10, 30, 40, 100 and 200 days old, the two youngest with a note.
fn six_sent() -> Vec<PageInvitation> {
    [
        (2, true),
        (10, true),
        (30, false),
        (40, false),
        (100, false),
        (200, false),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (days, note))| invitation(&format!("s{i}"), days, note))
    .collect()
}

#[test]
fn before_the_sent_tab_was_read_one_line_and_a_link() {
    let mut ledger = Ledger::new();
    observe(
        &mut ledger,
        Tab::Received,
        vec![invitation("r", 2, false)],
        T0,
    );
    for lang in Lang::ALL {
        let view = sent_view(&ledger, Tone::Warm, lang, Clock::utc(T0));
        assert_eq!(
            view.never_read.as_deref(),
            Some(common(lang).sent.never_read)
        );
        assert_eq!(view.link_url, SENT_URL);
        assert_eq!(view.link_text, common(lang).sent.open_sent);
        assert!(view.counts.is_empty() && view.oldest.is_empty() && view.tips.is_empty());
    }
}

#[test]
fn the_sent_summary_counts_ages_notes_and_names_the_oldest() {
    let mut ledger = Ledger::new();
    let raised = observe(&mut ledger, Tab::Sent, six_sent(), T0);
    assert_eq!(raised, 0, "a Sent read raises nothing");
    let account = &ledger.accounts[ME];
    assert_eq!(
        sent_facts(account, T0 + HOUR_MS),
        SentFacts {
            pending: 6,
            over_three_weeks: 4,
            over_three_months: 2,
            shown: 6,
            without_note: 4,
        }
    );
    let view = sent_view(
        &ledger,
        Tone::Warm,
        Lang::English,
        Clock::utc(T0 + 5 * 60_000),
    );
    assert_eq!(view.never_read, None);
    assert_eq!(
        view.as_of.as_deref(),
        Some("Sent tab last read 5 minutes ago.")
    );
    assert_eq!(
        view.counts,
        [
            "6 invitations pending",
            "4 of them for more than three weeks",
            "2 for more than three months",
            "4 sent without a note",
        ]
    );
    assert_eq!(view.partial, None);
    let oldest: Vec<(&str, &str)> = view
        .oldest
        .iter()
        .map(|o| (o.name.as_str(), o.age.as_str()))
        .collect();
    assert_eq!(
        oldest,
        [
            ("Person s5", "pending for about 6 months"),
            ("Person s4", "pending for about 3 months"),
            ("Person s3", "pending for about 5 weeks"),
        ]
    );
    let tips: Vec<SentTip> = view.tips.iter().map(|t| t.id).collect();
    assert_eq!(
        tips,
        [SentTip::WithdrawOldest, SentTip::PersonaliseYourNote]
    );
    assert_eq!(view.nothing_to_tidy, None);
    // The popup holds it, and no Sent read ever gives a vanished item.
    let popup = popup_model(&ledger, Tone::Warm, Lang::English, Clock::utc(T0 + HOUR_MS));
    assert_eq!(
        popup.sent,
        sent_view(&ledger, Tone::Warm, Lang::English, Clock::utc(T0 + HOUR_MS))
    );
    assert!(popup.vanished.is_empty() && popup.notices.is_empty());
}

#[test]
fn sent_invitations_that_leave_are_no_vanish_and_leave_the_count() {
    let mut ledger = Ledger::new();
    observe(&mut ledger, Tab::Sent, six_sent(), T0);
    let fewer: Vec<_> = six_sent().into_iter().take(2).collect();
    let raised = observe(&mut ledger, Tab::Sent, fewer, T0 + DAY_MS);
    assert_eq!(raised, 0);
    let view = sent_view(&ledger, Tone::Brief, Lang::German, Clock::utc(T0 + DAY_MS));
    assert_eq!(view.counts, ["2 Einladungen offen"]);
    assert!(view.tips.is_empty());
    assert_eq!(view.nothing_to_tidy.as_deref(), Some("Nichts aufzuräumen."));
    let popup = popup_model(&ledger, Tone::Warm, Lang::German, Clock::utc(T0 + DAY_MS));
    assert!(popup.vanished.is_empty() && popup.notices.is_empty());
    assert_eq!(crate::diff::unseen_count(&ledger), 0);
}

#[test]
fn the_sent_summary_speaks_every_language_and_tone() {
    let mut ledger = Ledger::new();
    observe(&mut ledger, Tab::Sent, six_sent(), T0);
    for lang in Lang::ALL {
        for tone in Tone::ALL {
            let view = sent_view(&ledger, tone, lang, Clock::utc(T0 + HOUR_MS));
            assert_eq!(view.counts.len(), 4);
            let texts = [
                &view.heading,
                &view.link_text,
                &view.oldest_heading,
                &view.tips_heading,
            ]
            .into_iter()
            .chain(&view.counts)
            .chain(view.as_of.iter())
            .chain(view.oldest.iter().map(|o| &o.age))
            .chain(view.tips.iter().flat_map(|t| [&t.title, &t.text]));
            for text in texts {
                assert!(
                    !text.is_empty() && !text.contains('{'),
                    "{lang:?}/{tone}: {text}"
                );
            }
        }
    }
}

/// A ledger of the last weeks: a, b, c, d seen 11 weeks ago; b accepted here 8 weeks ago; c
/// vanished 5 weeks ago; e seen 3 weeks ago; d vanished 2 weeks ago; f seen this week.
fn twelve_weeks() -> (Ledger, i64) {
    let now = T0 + 12 * WEEK_MS;
    let at = |weeks_ago: i64| now - weeks_ago * WEEK_MS + HOUR_MS;
    let r = |key: &str| invitation(key, 2, false);
    let mut ledger = Ledger::new();
    observe(
        &mut ledger,
        Tab::Received,
        vec![r("a"), r("b"), r("c"), r("d")],
        at(11),
    );
    record_action(&mut ledger, Some(ME), "b", UserAction::Accept, at(8));
    observe(
        &mut ledger,
        Tab::Received,
        vec![r("a"), r("c"), r("d")],
        at(8),
    );
    observe(&mut ledger, Tab::Received, vec![r("a"), r("d")], at(5));
    observe(
        &mut ledger,
        Tab::Received,
        vec![r("a"), r("d"), r("e")],
        at(3),
    );
    observe(&mut ledger, Tab::Received, vec![r("a"), r("e")], at(2));
    observe(
        &mut ledger,
        Tab::Received,
        vec![r("a"), r("e"), r("f")],
        at(0) - 2 * HOUR_MS,
    );
    (ledger, now)
}

#[test]
fn the_weekly_series_counts_pending_at_each_weeks_end_and_marks_vanishes() {
    let (ledger, now) = twelve_weeks();
    let weeks = weekly(&ledger, now);
    assert_eq!(weeks.len(), WEEKS_SHOWN);
    let pending: Vec<u32> = weeks.iter().map(|w| w.pending).collect();
    // Oldest week first (an hour into a week, each read counts in the week it falls in):
    // nothing yet, 4, 3 after b's accept, 2 after c's vanish, 3 with e, 2 after d's, 3 with f.
    assert_eq!(pending, [0, 4, 4, 4, 3, 3, 3, 2, 2, 3, 2, 3]);
    let vanished: Vec<u32> = weeks.iter().map(|w| w.vanished).collect();
    assert_eq!(vanished, [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0]);
    assert_eq!(weeks[WEEKS_SHOWN - 1].end_ms, now);
    assert_eq!(
        totals(&ledger, now),
        Totals {
            received: 6,
            answered: 1,
            vanished: 2,
        }
    );
}

#[test]
fn the_chart_and_its_text_alternative_say_the_same() {
    let (ledger, now) = twelve_weeks();
    let view = history_view(&ledger, Lang::English, Clock::utc(now));
    assert_eq!(view.bars.len(), WEEKS_SHOWN);
    let marked: Vec<usize> = (0..WEEKS_SHOWN)
        .filter(|&i| view.bars[i].vanished)
        .collect();
    assert_eq!(marked, [7, 10]);
    // Taller bars for more pending, none for an empty week, all inside the chart.
    assert_eq!(view.bars[0].height, 0);
    assert!(view.bars[1].height > view.bars[4].height && view.bars[4].height > view.bars[7].height);
    for bar in &view.bars {
        assert!(bar.x + bar.width <= view.width && bar.y + bar.height == view.height);
        assert!(bar.mark_y < bar.y || bar.height == 0);
    }
    // now = 2026-01-01 08:53 UTC: c vanished in the week from 27 November, d in the one from
    // 18 December.
    assert_eq!(
        view.text,
        "Received invitations pending each week, from 12 weeks ago to this week: \
         0, 4, 4, 4, 3, 3, 3, 2, 2, 3, 2, 3. Invitations vanished in the weeks of 27 November 2025 \
         and 18 December 2025."
    );
    let figures: Vec<(&str, u32)> = view
        .figures
        .iter()
        .map(|f| (f.label.as_str(), f.value))
        .collect();
    assert_eq!(figures, [("Received", 6), ("Answered", 1), ("Vanished", 2)]);
    let german = history_view(&ledger, Lang::German, Clock::utc(now));
    assert!(
        german
            .text
            .ends_with("in den Wochen vom 27. November 2025 und 18. Dezember 2025 verschwunden."),
        "{}",
        german.text
    );
    for lang in Lang::ALL {
        let view = history_view(&ledger, lang, Clock::utc(now));
        assert!(
            !view.text.contains('{') && view.text.contains("0, 4, 4, 4, 3"),
            "{lang:?}"
        );
        let empty = history_view(&Ledger::new(), lang, Clock::utc(now));
        assert!(
            empty.text.ends_with(common(lang).history.none_vanished),
            "{lang:?}"
        );
    }
}
