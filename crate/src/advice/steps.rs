//! The next steps of an explanation, in order and in words, from what the page showed.
//!
//! The order is the guide's ([`Action::ALL`]: move on, ask to reconnect, send your own
//! invitation, a shared connection, watch for a new invitation), changed only by evidence, as
//! the reasons are: a row that named a mutual connection moves the shared-connection step up to
//! the first of the steps that reach out, since the page showed someone who could introduce the
//! user. Nothing else moves a step, and no step is ever left out.
//!
//! The words: the shared-connection step names the person the row named and how many
//! connections are shared ([`super::mutuals`]); without such a line it stays general. The
//! watch step says until when LinkedIn may keep the sender from re-inviting, at the latest
//! ([`super::dates`]), or that this is over; without a date it stays general. The profile link
//! and the draft note are the surfaces' and [`super::draft`]'s, unchanged.

use crate::i18n::{fill, Catalogue, Entry, COUNT, DATE, NAME};

use super::dates::date_in_words;
use super::items::Action;
use super::mutuals::{named_mutual, NamedMutual};
use super::rank::Facts;
use super::{ItemView, Person};

/// The steps in order, for what the page showed.
pub fn order(mutual: Option<&NamedMutual>) -> Vec<Action> {
    let mut order = Action::ALL.to_vec();
    if mutual.is_some() {
        order.retain(|&action| action != Action::AskSharedConnection);
        let first_reaching_out = order
            .iter()
            .position(|&action| action == Action::AskToReconnect)
            .unwrap_or(0);
        order.insert(first_reaching_out, Action::AskSharedConnection);
    }
    order
}

/// The next steps for `person`'s vanished invitation, in order and in `texts`' words.
pub fn steps(facts: &Facts, person: &Person, texts: &Catalogue) -> Vec<ItemView<Action>> {
    let mutual = person.mutuals.as_deref().and_then(named_mutual);
    order(mutual.as_ref())
        .into_iter()
        .map(|action| {
            let Entry { title, text } = *texts.actions.get(action);
            let text = match action {
                Action::AskSharedConnection => mutual
                    .as_ref()
                    .map(|mutual| shared_named(mutual, texts))
                    .unwrap_or_else(|| text.to_owned()),
                Action::WatchForNewInvitation => facts
                    .reinvite_wait
                    .map(|wait| {
                        let date = date_in_words(wait.ends, wait.today.year, &texts.common.dates);
                        let template = if wait.is_over() {
                            texts.steps.watch_over
                        } else {
                            texts.steps.watch_until
                        };
                        fill(template, &[(DATE, &date)])
                    })
                    .unwrap_or_else(|| text.to_owned()),
                _ => text.to_owned(),
            };
            ItemView {
                id: action,
                title: title.to_owned(),
                text,
            }
        })
        .collect()
}

fn shared_named(mutual: &NamedMutual, texts: &Catalogue) -> String {
    let words = &texts.steps.shared_named;
    let template = if mutual.shared == 1 {
        words.one
    } else {
        words.other
    };
    fill(
        template,
        &[(NAME, &mutual.name), (COUNT, &mutual.shared.to_string())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::dates::CivilDate;
    use crate::advice::words::catalogue;
    use crate::advice::{explain, ReinviteWait, Tone};
    use crate::i18n::Lang;

    fn person(mutuals: Option<&str>) -> Person {
        Person {
            name: "Jane Doe".to_owned(),
            headline: None,
            mutuals: mutuals.map(str::to_owned),
        }
    }

    fn step(facts: &Facts, person: &Person, tone: Tone, lang: Lang, action: Action) -> String {
        steps(facts, person, catalogue(lang, tone))
            .into_iter()
            .find(|item| item.id == action)
            .map(|item| item.text)
            .unwrap_or_default()
    }

    #[test]
    fn a_named_mutual_connection_is_named_and_moves_the_step_up() {
        let lines = [
            (Lang::English, "Maria Lopez and 11 other mutual connections"),
            (
                Lang::German,
                "Maria Lopez und 11 weitere gemeinsame Kontakte",
            ),
            (Lang::French, "Maria Lopez et 11 autres relations en commun"),
            (Lang::Spanish, "Maria Lopez y 11 contactos en común más"),
        ];
        for (lang, line) in lines {
            for tone in Tone::ALL {
                let explanation = explain(&Facts::default(), &person(Some(line)), tone, lang);
                let order: Vec<Action> = explanation.actions.iter().map(|a| a.id).collect();
                assert_eq!(
                    order,
                    [
                        Action::MoveOn,
                        Action::AskSharedConnection,
                        Action::AskToReconnect,
                        Action::SendOwnInvitation,
                        Action::WatchForNewInvitation,
                    ],
                    "{lang:?}/{tone}"
                );
                let text = &explanation.actions[1].text;
                assert!(
                    text.contains("Maria Lopez") && text.contains("12"),
                    "{lang:?}/{tone}: {text}"
                );
            }
        }
    }

    #[test]
    fn one_shared_connection_reads_as_one() {
        for tone in Tone::ALL {
            let text = step(
                &Facts::default(),
                &person(Some("Aisha Bello is a mutual connection")),
                tone,
                Lang::English,
                Action::AskSharedConnection,
            );
            assert!(text.starts_with("Aisha Bello "), "{tone}: {text}");
            assert!(!text.contains('1'), "{tone}: {text}");
        }
    }

    #[test]
    fn without_a_named_mutual_the_step_stays_general_and_in_place() {
        for line in [
            None,
            Some("12 mutual connections"),
            Some("Luca Bianchi e altri 5 collegamenti in comune"),
        ] {
            for (lang, tone, general) in Lang::ALL.into_iter().flat_map(|lang| {
                Tone::ALL.map(|tone| {
                    let texts = catalogue(lang, tone);
                    (
                        lang,
                        tone,
                        texts.actions.get(Action::AskSharedConnection).text,
                    )
                })
            }) {
                let explanation = explain(&Facts::default(), &person(line), tone, lang);
                let order: Vec<Action> = explanation.actions.iter().map(|a| a.id).collect();
                assert_eq!(order, Action::ALL, "{lang:?}/{tone}");
                assert_eq!(explanation.actions[3].text, general, "{lang:?}/{tone}");
            }
        }
    }

    #[test]
    fn the_watch_step_gives_the_waits_last_day_in_the_users_words() {
        let date = |year, month, day| CivilDate { year, month, day };
        let waiting = Facts {
            reinvite_wait: Some(ReinviteWait {
                ends: date(2026, 12, 23),
                today: date(2026, 12, 2),
            }),
            ..Facts::default()
        };
        let over = Facts {
            reinvite_wait: Some(ReinviteWait {
                ends: date(2026, 12, 23),
                today: date(2027, 1, 5),
            }),
            ..Facts::default()
        };
        let expected = [
            (
                Lang::English,
                "until 23 December at the latest",
                "23 December 2026",
            ),
            (Lang::German, "bis zum 23. Dezember", "23. Dezember 2026"),
            (
                Lang::French,
                "jusqu'au 23 décembre au plus tard",
                "23 décembre 2026",
            ),
            (
                Lang::Spanish,
                "hasta el 23 de diciembre como muy tarde",
                "23 de diciembre de 2026",
            ),
        ];
        for (lang, until, past) in expected {
            let warm = step(
                &waiting,
                &person(None),
                Tone::Warm,
                lang,
                Action::WatchForNewInvitation,
            );
            assert!(warm.contains(until), "{lang:?}: {warm}");
            for tone in Tone::ALL {
                let texts = catalogue(lang, tone);
                let now = step(
                    &waiting,
                    &person(None),
                    tone,
                    lang,
                    Action::WatchForNewInvitation,
                );
                let then = step(
                    &over,
                    &person(None),
                    tone,
                    lang,
                    Action::WatchForNewInvitation,
                );
                assert_eq!(
                    now,
                    fill(texts.steps.watch_until, &[(DATE, &date_words(lang))])
                );
                assert!(then.contains(past), "{lang:?}/{tone}: {then}");
                assert_ne!(now, then);
                let general = step(
                    &Facts::default(),
                    &person(None),
                    tone,
                    lang,
                    Action::WatchForNewInvitation,
                );
                assert_eq!(
                    general,
                    texts.actions.get(Action::WatchForNewInvitation).text
                );
            }
        }
    }

    fn date_words(lang: Lang) -> String {
        match lang {
            Lang::English => "23 December",
            Lang::German => "23. Dezember",
            Lang::French => "23 décembre",
            Lang::Spanish => "23 de diciembre",
        }
        .to_owned()
    }
}
