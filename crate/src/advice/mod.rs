//! What we tell the user: the guide's reasons, actions and tips, ranked by evidence, per tone.
//!
//! Pure Rust, independent of the ledger: the browser edge maps what the ledger knows into
//! [`Facts`] and a [`Person`], and renders the [`Explanation`] (or [`Notice`]) it gets back.
//!
//! - [`words`]: the advice's vocabulary looked up in [`crate::i18n`]'s catalogues (the words, per
//!   language and tone, and their shape live there);
//! - [`mod@rank`]: evidence → ordered reasons with likelihoods and "why" clauses;
//! - [`draft`]: the note for a new invitation, within a free account's 200 characters;
//! - [`humanise`]: "pending for about 2 weeks";
//! - [`sent`]: the prevention tips that fit the user's own sent invitations;
//! - [`mod@steps`]: the next steps in order, worded from what the page showed ([`mutuals`]: who
//!   could introduce the user; [`dates`]: until when the sender may be kept from re-inviting).

pub mod dates;
pub mod draft;
pub mod humanise;
pub mod items;
pub mod mutuals;
pub mod rank;
pub mod sent;
pub mod steps;
pub mod tone;
pub mod words;

use serde::{Deserialize, Serialize};

pub use dates::{CivilDate, ReinviteWait};
pub use humanise::PendingRange;
pub use items::{Action, Likelihood, Reason, Tip, WhyClause};
pub use mutuals::{named_mutual, NamedMutual};
pub use rank::{rank, Facts, InvitationKind, RankedReason};
pub use tone::{Tone, UnknownToneError};

use crate::i18n::{fill, Catalogue, Entry, Lang, COUNT, DURATION, NAME};
use words::catalogue;

/// The person behind an invitation, as the page showed them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Person {
    /// The display name ("Dr. Jane Doe"); may be empty when the page did not show one.
    pub name: String,
    /// Their headline, if shown.
    pub headline: Option<String>,
    /// The row's mutual-connections line, as shown ("Maria Lopez and 11 other mutual
    /// connections"), if any.
    #[serde(default)]
    pub mutuals: Option<String>,
}

/// One reason, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonView {
    pub reason: Reason,
    pub title: String,
    pub text: String,
    pub likelihood: Likelihood,
    pub likelihood_label: String,
    /// The evidence behind the likelihood, as a sentence, if any evidence applied.
    pub why: Option<String>,
}

/// One action or tip, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemView<Id> {
    pub id: Id,
    pub title: String,
    pub text: String,
}

/// Section headings, in the chosen tone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Headings {
    pub reasons: String,
    pub actions: String,
    pub tips: String,
    pub draft: String,
}

/// Everything a surface shows about one vanished invitation: a plain, serialisable view model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub tone: Tone,
    pub title: String,
    /// The first line: what most likely happened (the reason ranked first), and that it is
    /// usually nothing personal.
    pub lead: String,
    /// "Did you answer it somewhere else (app, e-mail)?", asked next to the resolve button.
    pub ask_elsewhere: String,
    /// "Jane Doe's invitation is no longer in your list."
    pub summary: String,
    /// The inviter's headline, as given.
    pub headline: Option<String>,
    /// "Pending for about 2 weeks.", when known.
    pub pending_for: Option<String>,
    pub headings: Headings,
    /// Every reason, most likely first.
    pub reasons: Vec<ReasonView>,
    pub actions: Vec<ItemView<Action>>,
    pub tips: Vec<ItemView<Tip>>,
    pub reassurance: String,
    /// The note for "Send your own invitation", at most 200 characters.
    pub draft: String,
    /// Where the draft goes: the note of a new invitation from their profile.
    pub draft_where: String,
}

/// A short notice: many invitations left at once, or one came back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub tone: Tone,
    pub title: String,
    pub summary: String,
    pub text: String,
}

/// The display name with whitespace tidied, or `None` if there is nothing to show.
fn display_name(name: &str) -> Option<String> {
    let tidy = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!tidy.is_empty()).then_some(tidy)
}

fn summary_for(name: &str, named: &str, unnamed: &str) -> String {
    match display_name(name) {
        Some(name) => fill(named, &[(NAME, &name)]),
        None => unnamed.to_owned(),
    }
}

fn item_views<Id: Copy>(ids: &[Id], entry: impl Fn(Id) -> Entry) -> Vec<ItemView<Id>> {
    ids.iter()
        .map(|&id| {
            let Entry { title, text } = entry(id);
            ItemView {
                id,
                title: title.to_owned(),
                text: text.to_owned(),
            }
        })
        .collect()
}

fn explain_with(facts: &Facts, person: &Person, tone: Tone, texts: &Catalogue) -> Explanation {
    let ranked = rank(facts);
    let first = ranked.first().map_or(Reason::ChangeOfHeart, |r| r.reason);
    let reasons = ranked
        .into_iter()
        .enumerate()
        .map(|(index, ranked)| {
            let entry = texts.reasons.get(ranked.reason);
            // "Most common" is said of a change of heart only where it is also ranked first.
            let text = if index == 0 && ranked.reason == Reason::ChangeOfHeart {
                format!("{} {}", texts.most_common, entry.text)
            } else {
                entry.text.to_owned()
            };
            ReasonView {
                reason: ranked.reason,
                title: entry.title.to_owned(),
                text,
                likelihood: ranked.likelihood,
                likelihood_label: texts.likelihood.get(ranked.likelihood).to_owned(),
                why: ranked.why.map(|why| texts.why.get(why).to_owned()),
            }
        })
        .collect();
    let pending_for = facts
        .pending_for
        .and_then(|range| humanise::humanise_range(range, &texts.common.durations))
        .map(|duration| fill(texts.pending_for, &[(DURATION, &duration)]));
    Explanation {
        tone,
        title: texts.title.to_owned(),
        lead: texts.lead.get(first).to_owned(),
        ask_elsewhere: texts.ask_elsewhere.to_owned(),
        summary: summary_for(&person.name, texts.summary, texts.summary_unnamed),
        headline: person.headline.clone(),
        pending_for,
        headings: Headings {
            reasons: texts.headings.reasons.to_owned(),
            actions: texts.headings.actions.to_owned(),
            tips: texts.headings.tips.to_owned(),
            draft: texts.headings.draft.to_owned(),
        },
        reasons,
        actions: steps::steps(facts, person, texts),
        tips: item_views(&Tip::ALL, |tip| *texts.tips.get(tip)),
        reassurance: texts.reassurance.to_owned(),
        draft: draft::draft_message(&person.name, texts),
        draft_where: texts.draft_where.to_owned(),
    }
}

/// Why `person`'s invitation may have vanished, and what the user could do, in `tone` and `lang`.
pub fn explain(facts: &Facts, person: &Person, tone: Tone, lang: Lang) -> Explanation {
    explain_with(facts, person, tone, catalogue(lang, tone))
}

/// The notice for `count` invitations leaving at once (meant for `count` ≥ 2): asks whether the
/// user switched account or acted on them elsewhere, and mentions a glitch.
pub fn explain_mass(count: u32, tone: Tone, lang: Lang) -> Notice {
    let texts = &catalogue(lang, tone).mass;
    Notice {
        tone,
        title: texts.title.to_owned(),
        summary: fill(texts.summary, &[(COUNT, &count.to_string())]),
        text: texts.text.to_owned(),
    }
}

/// The notice for `person`'s invitation coming back after it had vanished.
pub fn explain_resent(person: &Person, tone: Tone, lang: Lang) -> Notice {
    let texts = &catalogue(lang, tone).resent;
    Notice {
        tone,
        title: texts.title.to_owned(),
        summary: summary_for(&person.name, texts.summary, texts.summary_unnamed),
        text: texts.text.to_owned(),
    }
}

/// The facts behind [`sample_explanation`]: an invitation pending about two weeks, no note.
pub fn sample_facts() -> Facts {
    Facts {
        pending_for: Some(PendingRange::new(
            15 * humanise::DAY_MS,
            16 * humanise::DAY_MS,
        )),
        had_note: false,
        kind: InvitationKind::Person,
        vanished_together: 1,
        mass: false,
        reinvite_wait: None,
    }
}

/// A made-up explanation for the options page's live preview of a tone.
pub fn sample_explanation(tone: Tone, lang: Lang) -> Explanation {
    let common = crate::i18n::common(lang);
    let person = Person {
        name: common.sample_name.to_owned(),
        headline: Some(common.sample_headline.to_owned()),
        mutuals: None,
    };
    explain(&sample_facts(), &person, tone, lang)
}

/// The tone's name as the options page shows it ("Warm").
pub fn tone_label(tone: Tone, lang: Lang) -> &'static str {
    catalogue(lang, tone).tone_label
}

/// One line describing the tone, for the options page.
pub fn tone_description(tone: Tone, lang: Lang) -> &'static str {
    catalogue(lang, tone).tone_description
}

#[cfg(test)]
mod tests;
