//! What an update of the in-page card changes on screen, decided from view models alone.
//!
//! The card on screen shows one [`CardModel`]; when the next one arrives, [`card_patch`] compares
//! the two and says what the browser edge must do: build the card anew (nothing on screen), set
//! the card's own words and attributes (heading, language, tone, the Dismiss label), remove the
//! items that went or changed, build the items that are new or changed and where each goes
//! (before which kept item, or at the end), leave every other item exactly as it is (so focus,
//! scroll, an open "Details" and "Copied" stay), and move focus back onto the card when the
//! focused item goes. It also carries the event ids the card then shows, which Dismiss and Escape
//! mark seen: the edge keeps them in its own state, never in the page's DOM.
//!
//! Items are addressed by their place in [`card_items`]'s order (vanished invitations first, then
//! notices), in the previous model for what is on screen and in the next one for what will be.

use super::{CardModel, NoticeItem, VanishItem};
use crate::advice::Tone;
use crate::i18n::Lang;

/// One item of the card, in the order the card shows them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CardItem<'a> {
    /// A vanished invitation, explained.
    Vanish(&'a VanishItem),
    /// Several left at once, or one came back.
    Notice(&'a NoticeItem),
}

impl CardItem<'_> {
    /// What makes the item the same item across models (its words may differ).
    fn id(&self) -> ItemId<'_> {
        match self {
            CardItem::Vanish(item) => ItemId::Vanish {
                account: &item.account,
                key: &item.key,
            },
            CardItem::Notice(item) => ItemId::Notice(item.event_id),
        }
    }
}

/// The identity of an item: an invitation of an account, or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemId<'a> {
    Vanish { account: &'a str, key: &'a str },
    Notice(u64),
}

/// The card's items in the order it shows them: vanished invitations, then notices.
pub fn card_items(model: &CardModel) -> Vec<CardItem<'_>> {
    model
        .vanished
        .iter()
        .map(CardItem::Vanish)
        .chain(model.notices.iter().map(CardItem::Notice))
        .collect()
}

/// The card's own words and attributes: its `lang`, `data-tone`, heading (also its
/// `aria-label`) and the Dismiss label (also the close button's `aria-label`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardFrame {
    pub lang: Lang,
    pub tone: Tone,
    pub heading: String,
    pub dismiss: String,
}

impl CardFrame {
    /// The frame of a model.
    pub fn of(model: &CardModel) -> CardFrame {
        CardFrame {
            lang: model.lang,
            tone: model.tone,
            heading: model.heading.clone(),
            dismiss: model.labels.dismiss.clone(),
        }
    }
}

/// Where a new item goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Right before a kept item, named by its place in the previous model.
    Before(usize),
    /// After every item (before the card's footer).
    End,
}

/// One item of the next model: the element on screen kept as it is, or one to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Left untouched: the item at this place in the previous model.
    Keep { from: usize },
    /// Built from the next model's item and inserted at `before`.
    Build { before: Place },
}

/// What to do to the card on screen to make it show the next model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardPatch {
    /// Nothing is on screen to patch: build the whole card (frame and every item) anew.
    pub build_anew: bool,
    /// The card's own words and attributes to set; `None` when they stay as they are.
    pub frame: Option<CardFrame>,
    /// Places in the previous model of the items to remove, ascending. Removed first.
    pub remove: Vec<usize>,
    /// One slot per item of the next model, in its order. Applied after the removals, in this
    /// order: each built item goes before the kept item named (or at the end), so the card ends
    /// up in the next model's order.
    pub items: Vec<Slot>,
    /// The focused item goes: focus moves back onto the card (never into it otherwise).
    pub refocus_card: bool,
    /// The events the card shows afterwards: what Dismiss and Escape mark seen, and what a
    /// change of settings asks to keep on the card.
    pub event_ids: Vec<u64>,
}

impl CardPatch {
    /// Whether the patch leaves the screen as it is (the event ids may still change).
    pub fn is_empty(&self) -> bool {
        !self.build_anew
            && self.frame.is_none()
            && self.remove.is_empty()
            && !self.refocus_card
            && self
                .items
                .iter()
                .all(|slot| matches!(slot, Slot::Keep { .. }))
    }

    /// The next model's places of the items to build, with where each goes.
    pub fn built(&self) -> Vec<(usize, Place)> {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(to, slot)| match slot {
                Slot::Build { before } => Some((to, *before)),
                Slot::Keep { .. } => None,
            })
            .collect()
    }

    /// The kept items: (place in the previous model, place in the next).
    pub fn kept(&self) -> Vec<(usize, usize)> {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(to, slot)| match slot {
                Slot::Keep { from } => Some((*from, to)),
                Slot::Build { .. } => None,
            })
            .collect()
    }
}

/// The patch that turns the card showing `previous` (`None`: no card on screen, or one whose last
/// update did not finish) into one showing `next`. `focused` is the place, in `previous`, of the
/// item holding focus, if one does.
///
/// An item is kept when the same item (same invitation or event) with the same words is in both
/// models and the labels did not change (its buttons carry them: a language or tone switch
/// rebuilds every item). Kept items never move: when the order changed, the most items that
/// still stand in order are kept and the others rebuilt in their new place.
pub fn card_patch(
    previous: Option<&CardModel>,
    next: &CardModel,
    focused: Option<usize>,
) -> CardPatch {
    let next_items = card_items(next);
    let event_ids = next.event_ids.clone();
    let Some(previous) = previous else {
        return CardPatch {
            build_anew: true,
            frame: Some(CardFrame::of(next)),
            remove: Vec::new(),
            items: vec![Slot::Build { before: Place::End }; next_items.len()],
            refocus_card: false,
            event_ids,
        };
    };
    let previous_items = card_items(previous);
    let same_labels = previous.labels == next.labels;

    // For each next item, the unchanged previous item it can keep.
    let mut taken = vec![false; previous_items.len()];
    let candidates: Vec<Option<usize>> = next_items
        .iter()
        .map(|item| {
            if !same_labels {
                return None;
            }
            let found = (0..previous_items.len()).find(|&i| {
                !taken[i] && previous_items[i].id() == item.id() && previous_items[i] == *item
            })?;
            taken[found] = true;
            Some(found)
        })
        .collect();
    let keep = longest_in_order(&candidates);

    let items: Vec<Slot> = candidates
        .iter()
        .zip(&keep)
        .map(|(from, kept)| match from {
            Some(from) if *kept => Slot::Keep { from: *from },
            _ => Slot::Build { before: Place::End },
        })
        .collect();
    // Each built item goes before the first kept item after it.
    let mut following = Place::End;
    let items: Vec<Slot> = {
        let mut placed: Vec<Slot> = items
            .into_iter()
            .rev()
            .map(|slot| match slot {
                Slot::Keep { from } => {
                    following = Place::Before(from);
                    slot
                }
                Slot::Build { .. } => Slot::Build { before: following },
            })
            .collect();
        placed.reverse();
        placed
    };

    let mut kept_from = vec![false; previous_items.len()];
    for slot in &items {
        if let Slot::Keep { from } = slot {
            kept_from[*from] = true;
        }
    }
    let remove: Vec<usize> = (0..previous_items.len())
        .filter(|i| !kept_from[*i])
        .collect();
    let frame = CardFrame::of(next);
    CardPatch {
        build_anew: false,
        frame: (frame != CardFrame::of(previous)).then_some(frame),
        refocus_card: focused.is_some_and(|i| remove.contains(&i)),
        remove,
        items,
        event_ids,
    }
}

/// Which of `candidates` (previous places, in the next order) to keep so that the kept ones are
/// in increasing order and as many as possible: a longest increasing subsequence (the card has
/// few items; quadratic is plenty). Ties go to the earliest, so the result is deterministic.
fn longest_in_order(candidates: &[Option<usize>]) -> Vec<bool> {
    let n = candidates.len();
    // length[j]: the longest increasing run of candidates ending at j; back[j]: the one before.
    let mut length = vec![0usize; n];
    let mut back: Vec<Option<usize>> = vec![None; n];
    for j in 0..n {
        let Some(value) = candidates[j] else {
            continue;
        };
        length[j] = 1;
        for i in 0..j {
            if let Some(earlier) = candidates[i] {
                if earlier < value && length[i] + 1 > length[j] {
                    length[j] = length[i] + 1;
                    back[j] = Some(i);
                }
            }
        }
    }
    let mut keep = vec![false; n];
    let mut best: Option<usize> = None;
    for j in 0..n {
        if length[j] > 0 && best.is_none_or(|b| length[j] > length[b]) {
            best = Some(j);
        }
    }
    while let Some(j) = best {
        keep[j] = true;
        best = back[j];
    }
    keep
}

#[cfg(test)]
#[path = "card_patch_tests.rs"]
mod tests;
