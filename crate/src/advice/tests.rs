//! Whole-module checks: every text exists and differs per tone, and `explain` uses them all.

use std::collections::HashSet;

use super::texts::{catalogue, Catalogue, Entry, COUNT, FIRST_NAME, NAME};
use super::*;

/// Longest a Brief title or text may be: a bullet-length line.
const BRIEF_MAX_CHARS: usize = 140;

fn catalogues() -> Vec<(Lang, Tone, &'static Catalogue)> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| Tone::ALL.map(|tone| (lang, tone, catalogue(lang, tone))))
        .collect()
}

/// Every reason, action and tip entry of a catalogue, named for messages.
fn entries(texts: &Catalogue) -> Vec<(String, Entry)> {
    let reasons = Reason::ALL.map(|r| (format!("{r:?}"), *texts.reasons.get(r)));
    let actions = Action::ALL.map(|a| (format!("{a:?}"), *texts.actions.get(a)));
    let tips = Tip::ALL.map(|t| (format!("{t:?}"), *texts.tips.get(t)));
    reasons.into_iter().chain(actions).chain(tips).collect()
}

/// Every string of a catalogue, for checks that apply to all of them.
fn all_strings(texts: &Catalogue) -> Vec<&'static str> {
    let mut out = vec![
        texts.tone_label,
        texts.tone_description,
        texts.title,
        texts.summary,
        texts.summary_unnamed,
        texts.pending_for,
        texts.headings.reasons,
        texts.headings.actions,
        texts.headings.tips,
        texts.headings.draft,
        texts.reassurance,
        texts.mass.title,
        texts.mass.summary,
        texts.mass.text,
        texts.resent.title,
        texts.resent.summary,
        texts.resent.summary_unnamed,
        texts.resent.text,
        texts.draft.named,
        texts.draft.unnamed,
    ];
    for (_, entry) in entries(texts) {
        out.push(entry.title);
        out.push(entry.text);
    }
    out.extend(Likelihood::ALL.map(|l| texts.likelihood.get(l)));
    out.extend(WhyClause::ALL.map(|w| texts.why.get(w)));
    out
}

#[test]
fn every_reason_action_and_tip_exists_and_is_distinct_in_every_tone() {
    for (lang, tone, texts) in catalogues() {
        let entries = entries(texts);
        assert_eq!(
            entries.len(),
            Reason::ALL.len() + Action::ALL.len() + Tip::ALL.len()
        );
        let mut titles = HashSet::new();
        let mut bodies = HashSet::new();
        for (name, entry) in &entries {
            assert!(
                !entry.title.trim().is_empty(),
                "{lang:?}/{tone}: {name} title"
            );
            assert!(
                !entry.text.trim().is_empty(),
                "{lang:?}/{tone}: {name} text"
            );
            assert!(
                titles.insert(entry.title),
                "{lang:?}/{tone}: {name} title repeats"
            );
            assert!(
                bodies.insert(entry.text),
                "{lang:?}/{tone}: {name} text repeats"
            );
        }
    }
}

#[test]
fn every_why_clause_and_likelihood_label_exists_in_every_tone() {
    for (lang, tone, texts) in catalogues() {
        let whys: HashSet<_> = WhyClause::ALL.map(|w| texts.why.get(w)).into();
        assert_eq!(whys.len(), WhyClause::ALL.len(), "{lang:?}/{tone}");
        let labels: HashSet<_> = Likelihood::ALL.map(|l| texts.likelihood.get(l)).into();
        assert_eq!(labels.len(), Likelihood::ALL.len(), "{lang:?}/{tone}");
        for text in whys.iter().chain(&labels) {
            assert!(!text.trim().is_empty(), "{lang:?}/{tone}");
        }
    }
}

#[test]
fn tones_word_every_item_differently() {
    for lang in Lang::ALL {
        let per_tone: Vec<Vec<(String, Entry)>> =
            Tone::ALL.map(|tone| entries(catalogue(lang, tone))).into();
        for a in 0..Tone::ALL.len() {
            for b in a + 1..Tone::ALL.len() {
                let pair = (Tone::ALL[a], Tone::ALL[b]);
                for ((name, first), (_, second)) in per_tone[a].iter().zip(&per_tone[b]) {
                    assert_ne!(first.text, second.text, "{lang:?} {name} {pair:?}");
                    assert_ne!(first.title, second.title, "{lang:?} {name} {pair:?}");
                    // Not merely one with a prefix added to the other.
                    assert!(
                        !first.text.ends_with(second.text) && !second.text.ends_with(first.text),
                        "{lang:?} {name} {pair:?}"
                    );
                }
            }
        }
        for tone_a in Tone::ALL {
            for tone_b in Tone::ALL.into_iter().filter(|t| *t != tone_a) {
                let (a, b) = (catalogue(lang, tone_a), catalogue(lang, tone_b));
                assert_ne!(a.reassurance, b.reassurance);
                assert_ne!(a.mass.text, b.mass.text);
                assert_ne!(a.resent.text, b.resent.text);
                assert_ne!(a.draft.named, b.draft.named);
                assert_ne!(a.tone_description, b.tone_description);
                for why in WhyClause::ALL {
                    assert_ne!(a.why.get(why), b.why.get(why), "{why:?}");
                }
            }
        }
    }
}

#[test]
fn brief_texts_are_bullet_length() {
    for lang in Lang::ALL {
        let texts = catalogue(lang, Tone::Brief);
        for text in all_strings(texts) {
            assert!(
                text.chars().count() <= BRIEF_MAX_CHARS,
                "{lang:?}: {} chars: {text}",
                text.chars().count()
            );
        }
    }
}

#[test]
fn brief_is_shorter_than_warm_overall() {
    for lang in Lang::ALL {
        let total = |tone| -> usize {
            all_strings(catalogue(lang, tone))
                .iter()
                .map(|t| t.chars().count())
                .sum()
        };
        assert!(total(Tone::Brief) * 2 < total(Tone::Warm));
        assert!(total(Tone::Brief) < total(Tone::Professional));
    }
}

#[test]
fn no_text_claims_that_invitations_expire() {
    for (lang, tone, texts) in catalogues() {
        for text in all_strings(texts) {
            let lower = text.to_lowercase();
            for claim in ["expir", "time out", "times out", "timed out", "lapse"] {
                assert!(!lower.contains(claim), "{lang:?}/{tone}: {text}");
            }
        }
    }
}

#[test]
fn handled_elsewhere_is_asked_not_asserted() {
    for (lang, tone, texts) in catalogues() {
        let entry = texts.reasons.get(Reason::HandledElsewhere);
        assert!(entry.title.ends_with('?'), "{lang:?}/{tone}");
        assert!(entry.text.contains('?'), "{lang:?}/{tone}");
    }
}

#[test]
fn watching_for_a_new_invitation_mentions_the_three_week_wait() {
    for (lang, tone, texts) in catalogues() {
        let text = texts.actions.get(Action::WatchForNewInvitation).text;
        assert!(
            text.contains("three weeks") || text.contains("3 weeks"),
            "{lang:?}/{tone}"
        );
    }
}

#[test]
fn placeholders_are_where_they_belong() {
    for (lang, tone, texts) in catalogues() {
        let with = |template: &str, placeholder: &str| {
            assert!(
                template.contains(placeholder),
                "{lang:?}/{tone}: {template}"
            );
        };
        with(texts.summary, NAME);
        with(texts.resent.summary, NAME);
        with(texts.mass.summary, COUNT);
        with(texts.pending_for, texts::DURATION);
        with(texts.draft.named, FIRST_NAME);
        let templates = [
            texts.summary,
            texts.resent.summary,
            texts.mass.summary,
            texts.pending_for,
            texts.draft.named,
        ];
        for text in all_strings(texts) {
            if !templates.contains(&text) {
                assert!(
                    !text.contains('{'),
                    "{lang:?}/{tone}: stray placeholder in {text}"
                );
            }
        }
    }
}

#[test]
fn every_catalogue_draft_fits_the_note_limit_with_a_long_first_name() {
    let longest_name = "W".repeat(draft::MAX_FIRST_NAME_CHARS);
    for (lang, tone, texts) in catalogues() {
        let named = texts::fill(texts.draft.named, &[(FIRST_NAME, &longest_name)]);
        assert!(
            named.chars().count() <= draft::NOTE_LIMIT_CHARS,
            "{lang:?}/{tone}"
        );
        assert!(texts.draft.unnamed.chars().count() <= draft::NOTE_LIMIT_CHARS);
    }
}

fn jane() -> Person {
    Person {
        name: "Jane Doe".to_owned(),
        headline: Some("Engineer".to_owned()),
    }
}

#[test]
fn explain_lists_every_reason_action_and_tip_in_every_tone() {
    for tone in Tone::ALL {
        let explanation = explain(&Facts::default(), &jane(), tone);
        let reasons: HashSet<_> = explanation.reasons.iter().map(|r| r.reason).collect();
        assert_eq!(reasons, HashSet::from(Reason::ALL), "{tone}");
        assert_eq!(explanation.reasons.len(), Reason::ALL.len());
        let actions: Vec<_> = explanation.actions.iter().map(|a| a.id).collect();
        assert_eq!(actions, Action::ALL);
        let tips: Vec<_> = explanation.tips.iter().map(|t| t.id).collect();
        assert_eq!(tips, Tip::ALL);
        assert_eq!(explanation.tone, tone);
        assert!(!explanation.reassurance.is_empty());
        assert!(explanation.draft.contains("Jane"));
        assert!(explanation.draft.chars().count() <= draft::NOTE_LIMIT_CHARS);
    }
}

#[test]
fn explain_follows_the_ranking_and_labels_it() {
    let facts = Facts {
        pending_for: Some(PendingRange::new(0, 2 * 60 * 60 * 1000)),
        ..Facts::default()
    };
    let explanation = explain(&facts, &jane(), Tone::Professional);
    let ranked = rank(&facts);
    for (view, ranked) in explanation.reasons.iter().zip(&ranked) {
        assert_eq!(view.reason, ranked.reason);
        assert_eq!(view.likelihood, ranked.likelihood);
        assert_eq!(view.why.is_some(), ranked.why.is_some());
    }
    let first = &explanation.reasons[0];
    assert_eq!(first.reason, Reason::SentByMistake);
    assert_eq!(first.likelihood_label, "Likelier");
    assert_eq!(
        first.why.as_deref(),
        Some("Pending for roughly a day at most.")
    );
}

#[test]
fn explain_summarises_the_person_and_the_pending_time() {
    let facts = Facts {
        pending_for: Some(PendingRange::new(
            14 * humanise::DAY_MS,
            20 * humanise::DAY_MS,
        )),
        ..Facts::default()
    };
    let explanation = explain(&facts, &jane(), Tone::Professional);
    assert_eq!(
        explanation.summary,
        "Jane Doe's invitation is no longer in your list."
    );
    assert_eq!(
        explanation.pending_for.as_deref(),
        Some("Pending for about 2 weeks.")
    );
    assert_eq!(explanation.headline.as_deref(), Some("Engineer"));
    assert_eq!(
        explain(&Facts::default(), &jane(), Tone::Warm).pending_for,
        None
    );
}

#[test]
fn explain_copes_without_a_name() {
    for tone in Tone::ALL {
        let nobody = Person {
            name: "  ".to_owned(),
            headline: None,
        };
        let explanation = explain(&Facts::default(), &nobody, tone);
        assert!(!explanation.summary.contains('{'));
        assert!(!explanation.summary.starts_with("'s") && !explanation.summary.starts_with(' '));
        assert!(!explanation.draft.is_empty());
    }
}

#[test]
fn explanations_differ_by_tone() {
    let [warm, professional, brief] = Tone::ALL.map(sample_explanation);
    assert_ne!(warm.summary, professional.summary);
    assert_ne!(professional.summary, brief.summary);
    assert_ne!(warm.title, brief.title);
    assert_ne!(warm.reasons[0].text, brief.reasons[0].text);
}

#[test]
fn mass_notice_counts_and_asks_about_account_and_app() {
    for tone in Tone::ALL {
        let notice = explain_mass(7, tone);
        assert!(notice.summary.contains('7'), "{tone}");
        let lower = notice.text.to_lowercase();
        assert!(lower.contains("account") && lower.contains("app"), "{tone}");
        assert!(notice.text.contains('?'), "{tone}: should ask, not assert");
        assert_eq!(notice.tone, tone);
    }
}

#[test]
fn resent_notice_names_the_person() {
    for tone in Tone::ALL {
        let notice = explain_resent(&jane(), tone);
        assert!(notice.summary.contains("Jane Doe"), "{tone}");
        assert!(!notice.title.is_empty() && !notice.text.is_empty());
        let unnamed = explain_resent(&Person::default(), tone);
        assert!(!unnamed.summary.contains('{') && !unnamed.summary.contains("'s"));
    }
}

#[test]
fn sample_explanation_is_a_complete_preview() {
    for tone in Tone::ALL {
        let sample = sample_explanation(tone);
        assert_eq!(sample.reasons.len(), Reason::ALL.len());
        assert!(sample.pending_for.is_some());
        assert_eq!(sample.reasons[0].reason, Reason::OldInvitationsCleanedUp);
        assert!(sample.reasons[0].why.is_some());
    }
}

#[test]
fn tone_labels_and_descriptions_are_distinct() {
    let labels: HashSet<_> = Tone::ALL.map(tone_label).into();
    let descriptions: HashSet<_> = Tone::ALL.map(tone_description).into();
    assert_eq!(labels.len(), 3);
    assert_eq!(descriptions.len(), 3);
    assert_eq!(tone_label(Tone::Warm), "Warm");
}

#[test]
fn explanation_serialises_to_json_and_back() {
    let explanation = sample_explanation(Tone::Brief);
    let json = serde_json::to_string(&explanation).unwrap();
    assert!(json.contains("\"tone\":\"brief\""));
    assert!(json.contains("\"likelihood\":\"likelier\""));
    let back: Explanation = serde_json::from_str(&json).unwrap();
    assert_eq!(back, explanation);
}
#[test]
fn fill_does_not_rescan_inserted_values() {
    let filled = texts::fill("{name} has {count}", &[(NAME, "{count}"), (COUNT, "5")]);
    assert_eq!(filled, "{count} has 5");
    assert_eq!(texts::fill("{unknown} {", &[(NAME, "x")]), "{unknown} {");
    assert_eq!(texts::fill("Hi {name}!", &[(NAME, "Zoë")]), "Hi Zoë!");
}

#[test]
fn odd_names_are_safe_in_every_text() {
    let tricky = Person {
        name: "{count} {first_name}".to_owned(),
        headline: None,
    };
    for tone in Tone::ALL {
        let explanation = explain(&Facts::default(), &tricky, tone);
        assert!(explanation.summary.starts_with("{count} {first_name}"));
        assert!(explanation.draft.chars().count() <= draft::NOTE_LIMIT_CHARS);
    }
}

#[test]
fn an_open_pending_range_is_worded_or_left_out() {
    let open = |min_ms| Facts {
        pending_for: Some(PendingRange::at_least(min_ms)),
        ..Facts::default()
    };
    let weeks = explain(&open(3 * 7 * humanise::DAY_MS), &jane(), Tone::Warm);
    assert_eq!(
        weeks.pending_for.as_deref(),
        Some("It had been waiting for at least 3 weeks.")
    );
    assert_eq!(explain(&open(0), &jane(), Tone::Warm).pending_for, None);
    let decoded: PendingRange = serde_json::from_str(r#"{"min_ms": 5}"#).unwrap();
    assert_eq!(decoded, PendingRange::at_least(5));
}
