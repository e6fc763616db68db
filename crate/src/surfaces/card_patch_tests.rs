//! Tests of [`card_patch`]: card models built by the real ledger rules from hand-made page reads,
//! and every patch checked by carrying it out on a list that stands for the card's items, the way
//! the browser edge carries it out on the DOM.

use super::*;
use crate::advice::Tone;
use crate::diff::{apply_observation, mark_events_seen, resolve_by_user};
use crate::ledger::testkit::{aged, complete, settled, HOUR_MS, ME, T0};
use crate::ledger::Ledger;
use crate::surfaces::{card_model, card_model_including, Clock};
use crate::time::DAY_MS;

const CLOCK: Clock = Clock {
    now_ms: T0 + DAY_MS,
    utc_offset_minutes: 0,
};

/// A complete, settled read of the Focused bucket holding `keys` (each "10 days ago").
fn observe(ledger: &mut Ledger, keys: &[&str], at: i64) {
    let invitations = keys.iter().map(|k| aged(k, 10)).collect();
    apply_observation(ledger, &settled(complete(invitations)), at);
}

/// Eight invitations, then `gone` vanishing one read at a time (each a single vanish).
fn ledger_with_vanished(gone: &[&str]) -> Ledger {
    let all = ["a", "b", "c", "d", "e", "f", "g", "h"];
    let mut ledger = Ledger::new();
    observe(&mut ledger, &all, T0);
    let mut left: Vec<&str> = all.to_vec();
    for (i, key) in gone.iter().enumerate() {
        left.retain(|k| k != key);
        observe(&mut ledger, &left, T0 + (i as i64 + 1) * HOUR_MS);
    }
    ledger
}

fn card(ledger: &Ledger, tone: Tone, lang: Lang) -> CardModel {
    card_model(ledger, tone, lang, CLOCK).unwrap_or_else(|| panic!("a card"))
}

/// Who each item is: the key of a vanished invitation, `#id` of a notice.
fn names(model: &CardModel) -> Vec<String> {
    card_items(model)
        .iter()
        .map(|item| match item {
            CardItem::Vanish(v) => v.key.clone(),
            CardItem::Notice(n) => format!("#{}", n.event_id),
        })
        .collect()
}

/// Carries `patch` out on the previous card's items the way the edge does on the DOM: removals,
/// then each built item inserted before the kept one named (or at the end). Returns the items on
/// screen afterwards, each as (who, whether it is the element that was there before).
fn apply(previous: &CardModel, next: &CardModel, patch: &CardPatch) -> Vec<(String, bool)> {
    let before = names(previous);
    let after = names(next);
    if patch.build_anew {
        return after.into_iter().map(|n| (n, false)).collect();
    }
    // The screen: (place in the previous model if it was there, who).
    let mut screen: Vec<(Option<usize>, String)> = before
        .iter()
        .enumerate()
        .filter(|(i, _)| !patch.remove.contains(i))
        .map(|(i, n)| (Some(i), n.clone()))
        .collect();
    assert_eq!(patch.items.len(), after.len(), "one slot per next item");
    for (to, slot) in patch.items.iter().enumerate() {
        match slot {
            Slot::Keep { from } => {
                assert_eq!(before[*from], after[to], "a kept item is the same item");
                assert!(!patch.remove.contains(from), "a kept item is not removed");
            }
            Slot::Build { before: place } => {
                let at = match place {
                    Place::End => screen.len(),
                    Place::Before(from) => screen
                        .iter()
                        .position(|(was, _)| *was == Some(*from))
                        .unwrap_or_else(|| panic!("built before an item that is not kept")),
                };
                screen.insert(at, (None, after[to].clone()));
            }
        }
    }
    screen
        .into_iter()
        .map(|(was, n)| (n, was.is_some()))
        .collect()
}

/// Checks the patch gives the next order, and returns which items were kept (by name).
fn kept_after(previous: &CardModel, next: &CardModel, patch: &CardPatch) -> Vec<String> {
    let screen = apply(previous, next, patch);
    let order: Vec<String> = screen.iter().map(|(n, _)| n.clone()).collect();
    assert_eq!(
        order,
        names(next),
        "the card ends up in the next model's order"
    );
    screen
        .into_iter()
        .filter(|(_, kept)| *kept)
        .map(|(n, _)| n)
        .collect()
}

#[test]
fn an_unchanged_model_gives_an_empty_patch() {
    let ledger = ledger_with_vanished(&["b", "d", "f"]);
    let model = card(&ledger, Tone::Warm, Lang::English);
    assert_eq!(
        names(&model),
        ["f", "d", "b"],
        "most recently noticed first"
    );
    // Built again from the same ledger: equal, so nothing on screen changes.
    let again = card(&ledger, Tone::Warm, Lang::English);
    let patch = card_patch(Some(&model), &again, Some(1));
    assert!(patch.is_empty(), "{patch:?}");
    assert_eq!(patch.frame, None);
    assert!(patch.remove.is_empty());
    assert!(!patch.refocus_card);
    assert_eq!(patch.kept(), [(0, 0), (1, 1), (2, 2)]);
    assert_eq!(patch.event_ids, model.event_ids);
}

#[test]
fn with_nothing_on_screen_the_card_is_built_anew() {
    let ledger = ledger_with_vanished(&["b", "d"]);
    let model = card(&ledger, Tone::Warm, Lang::English);
    let patch = card_patch(None, &model, None);
    assert!(patch.build_anew);
    assert!(!patch.is_empty());
    assert_eq!(patch.frame, Some(CardFrame::of(&model)));
    assert_eq!(patch.built(), [(0, Place::End), (1, Place::End)]);
    assert!(patch.kept().is_empty() && patch.remove.is_empty() && !patch.refocus_card);
    assert_eq!(patch.event_ids, model.event_ids);
}

#[test]
fn a_newly_noticed_invitation_is_built_before_the_ones_kept() {
    let before = card(
        &ledger_with_vanished(&["b", "d"]),
        Tone::Warm,
        Lang::English,
    );
    let after = card(
        &ledger_with_vanished(&["b", "d", "f"]),
        Tone::Warm,
        Lang::English,
    );
    assert_eq!(names(&after), ["f", "d", "b"]);
    let patch = card_patch(Some(&before), &after, Some(0));
    assert!(patch.remove.is_empty());
    assert_eq!(patch.built(), [(0, Place::Before(0))]);
    assert_eq!(kept_after(&before, &after, &patch), ["d", "b"]);
    assert!(!patch.refocus_card, "nothing focused went");
    assert_eq!(patch.frame, None, "several before, several after");
}

#[test]
fn one_item_added_in_the_middle_goes_before_the_next_kept_one() {
    let after = card(
        &ledger_with_vanished(&["b", "d", "f"]),
        Tone::Warm,
        Lang::English,
    );
    let mut before = after.clone();
    before.vanished.remove(1);
    let patch = card_patch(Some(&before), &after, None);
    assert!(patch.remove.is_empty());
    assert_eq!(
        patch.items,
        [
            Slot::Keep { from: 0 },
            Slot::Build {
                before: Place::Before(1)
            },
            Slot::Keep { from: 1 },
        ]
    );
    assert_eq!(kept_after(&before, &after, &patch), ["f", "b"]);
}

#[test]
fn one_item_added_at_the_end_goes_at_the_end() {
    let after = card(
        &ledger_with_vanished(&["b", "d", "f"]),
        Tone::Warm,
        Lang::English,
    );
    let mut before = after.clone();
    before.vanished.pop();
    let patch = card_patch(Some(&before), &after, None);
    assert_eq!(patch.built(), [(2, Place::End)]);
    assert_eq!(kept_after(&before, &after, &patch), ["f", "d"]);
}

#[test]
fn one_answered_is_removed_and_focus_moves_back_only_if_it_was_there() {
    let mut ledger = ledger_with_vanished(&["b", "d", "f"]);
    let before = card(&ledger, Tone::Warm, Lang::English);
    // "Answered elsewhere?" on d, the middle one.
    assert!(resolve_by_user(&mut ledger, Some(ME), "d", T0 + DAY_MS));
    let after = card(&ledger, Tone::Warm, Lang::English);
    assert_eq!(names(&after), ["f", "b"]);

    let patch = card_patch(Some(&before), &after, None);
    assert_eq!(patch.remove, [1]);
    assert!(patch.built().is_empty());
    assert_eq!(patch.kept(), [(0, 0), (2, 1)]);
    assert_eq!(kept_after(&before, &after, &patch), ["f", "b"]);
    assert!(!patch.refocus_card);

    assert!(card_patch(Some(&before), &after, Some(1)).refocus_card);
    assert!(!card_patch(Some(&before), &after, Some(0)).refocus_card);
    assert!(!card_patch(Some(&before), &after, Some(2)).refocus_card);
}

#[test]
fn down_to_one_the_heading_changes_and_the_rest_is_kept() {
    let mut ledger = ledger_with_vanished(&["b", "d"]);
    let before = card(&ledger, Tone::Warm, Lang::English);
    assert!(resolve_by_user(&mut ledger, Some(ME), "d", T0 + DAY_MS));
    let after = card(&ledger, Tone::Warm, Lang::English);
    assert_ne!(before.heading, after.heading);
    let patch = card_patch(Some(&before), &after, None);
    assert_eq!(patch.frame, Some(CardFrame::of(&after)));
    assert_eq!(
        patch.frame.as_ref().map(|f| f.heading.as_str()),
        Some(after.labels.card_heading_one.as_str())
    );
    assert_eq!(patch.remove, [0]);
    assert_eq!(kept_after(&before, &after, &patch), ["b"]);
}

#[test]
fn one_changed_item_is_rebuilt_in_its_place() {
    let before = card(
        &ledger_with_vanished(&["b", "d", "f"]),
        Tone::Warm,
        Lang::English,
    );
    let mut after = before.clone();
    after.vanished[1].name = "Someone renamed".to_owned();
    let patch = card_patch(Some(&before), &after, Some(1));
    assert_eq!(patch.remove, [1]);
    assert_eq!(patch.built(), [(1, Place::Before(2))]);
    assert_eq!(kept_after(&before, &after, &patch), ["f", "b"]);
    assert!(patch.refocus_card, "the focused item was replaced");
    assert_eq!(patch.frame, None);
}

#[test]
fn a_language_or_tone_switch_rebuilds_every_item() {
    let ledger = ledger_with_vanished(&["b", "d", "f"]);
    let english = card(&ledger, Tone::Warm, Lang::English);
    for (tone, lang) in [
        (Tone::Warm, Lang::German),
        (Tone::Warm, Lang::French),
        (Tone::Brief, Lang::English),
        (Tone::Professional, Lang::Spanish),
    ] {
        let next = card(&ledger, tone, lang);
        let patch = card_patch(Some(&english), &next, Some(2));
        assert_eq!(patch.remove, [0, 1, 2], "{tone:?} {lang:?}");
        assert_eq!(
            patch.built(),
            [(0, Place::End), (1, Place::End), (2, Place::End)]
        );
        assert!(kept_after(&english, &next, &patch).is_empty());
        let frame = patch.frame.clone().unwrap_or_else(|| panic!("a new frame"));
        assert_eq!((frame.tone, frame.lang), (tone, lang));
        assert_eq!(frame.dismiss, next.labels.dismiss);
        assert!(patch.refocus_card);
        assert_eq!(patch.event_ids, english.event_ids, "the same events shown");
    }
    // Labels alone changing (same items' words) still rebuilds them: their buttons carry labels.
    let mut relabelled = english.clone();
    relabelled.labels.resolve = "Answered?".to_owned();
    let patch = card_patch(Some(&english), &relabelled, None);
    assert_eq!(patch.remove, [0, 1, 2]);
    assert_eq!(
        patch.frame, None,
        "heading, language, tone and Dismiss unchanged"
    );
}

#[test]
fn a_reorder_keeps_the_most_items_that_stay_in_order() {
    let ledger = ledger_with_vanished(&["a", "b", "c", "d"]);
    let before = card(&ledger, Tone::Warm, Lang::English);
    assert_eq!(names(&before), ["d", "c", "b", "a"]);

    // Two swapped: three stay in order, one is rebuilt in its new place.
    let mut swapped = before.clone();
    swapped.vanished.swap(1, 2);
    let patch = card_patch(Some(&before), &swapped, None);
    assert_eq!(patch.remove.len(), 1);
    assert_eq!(patch.built().len(), 1);
    assert_eq!(kept_after(&before, &swapped, &patch).len(), 3);

    // Reversed: only one can stay.
    let mut reversed = before.clone();
    reversed.vanished.reverse();
    let patch = card_patch(Some(&before), &reversed, None);
    assert_eq!(patch.remove.len(), 3);
    assert_eq!(kept_after(&before, &reversed, &patch).len(), 1);

    // The first moved to the end: the other three are kept.
    let mut rotated = before.clone();
    rotated.vanished.rotate_left(1);
    let patch = card_patch(Some(&before), &rotated, None);
    assert_eq!(patch.remove, [0]);
    assert_eq!(patch.built(), [(3, Place::End)]);
    assert_eq!(kept_after(&before, &rotated, &patch), ["c", "b", "a"]);
}

#[test]
fn every_subset_and_order_of_items_is_patched_into_the_next_order() {
    let ledger = ledger_with_vanished(&["a", "b", "c", "d"]);
    let full = card(&ledger, Tone::Warm, Lang::English);
    // Every previous subset (as a bit mask) against every next arrangement of up to 4 items.
    let arrangements = arrangements(4);
    for mask in 0u32..16 {
        let mut previous = full.clone();
        previous.vanished = (0..4)
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| full.vanished[i].clone())
            .collect();
        for order in &arrangements {
            let mut next = full.clone();
            next.vanished = order.iter().map(|&i| full.vanished[i].clone()).collect();
            let patch = card_patch(Some(&previous), &next, None);
            let kept = kept_after(&previous, &next, &patch);
            // The most that can be kept: a longest run of shared items in the same order.
            let shared: Vec<usize> = order
                .iter()
                .filter(|&&i| mask & (1 << i) != 0)
                .copied()
                .collect();
            assert_eq!(kept.len(), longest_increasing(&shared), "{mask} {order:?}");
            assert_eq!(
                patch.remove.len() + kept.len(),
                previous.vanished.len(),
                "every previous item is kept or removed"
            );
        }
    }
}

/// Every ordered selection of distinct items out of `0..n` (including none).
fn arrangements(n: usize) -> Vec<Vec<usize>> {
    let mut all = vec![Vec::new()];
    let mut frontier = vec![Vec::new()];
    for _ in 0..n {
        let mut grown = Vec::new();
        for prefix in &frontier {
            for i in 0..n {
                if !prefix.contains(&i) {
                    let mut longer: Vec<usize> = prefix.clone();
                    longer.push(i);
                    grown.push(longer);
                }
            }
        }
        all.extend(grown.iter().cloned());
        frontier = grown;
    }
    all
}

/// The length of a longest increasing subsequence, by brute force over subsets.
fn longest_increasing(values: &[usize]) -> usize {
    let n = values.len();
    (0u32..(1 << n))
        .filter_map(|mask| {
            let picked: Vec<usize> = (0..n)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| values[i])
                .collect();
            picked
                .windows(2)
                .all(|w| w[0] < w[1])
                .then_some(picked.len())
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn notices_are_items_after_the_vanished_ones_and_their_events_are_marked_seen() {
    // Two single vanishes, then four at once: a mass disappearance, a notice.
    let mut ledger = ledger_with_vanished(&["a", "b"]);
    observe(&mut ledger, &["c", "d"], T0 + 10 * HOUR_MS);
    let model = card(&ledger, Tone::Warm, Lang::English);
    assert_eq!(model.vanished.len(), 2);
    assert_eq!(model.notices.len(), 1);
    let notice = format!("#{}", model.notices[0].event_id);
    assert_eq!(names(&model), ["b".to_owned(), "a".to_owned(), notice]);

    // What Dismiss marks seen: every event the card shows, the notice's among them.
    let patch = card_patch(None, &model, None);
    let mut unseen: Vec<u64> = ledger.accounts[ME]
        .events
        .iter()
        .filter(|e| !e.seen_by_user)
        .map(|e| e.id)
        .collect();
    let mut marked = patch.event_ids.clone();
    unseen.sort_unstable();
    marked.sort_unstable();
    assert_eq!(marked, unseen);
    assert!(marked.contains(&model.notices[0].event_id));
    assert_eq!(marked.len(), 3);

    // Marking them seen (Dismiss) leaves no card; the popup marking them seen while the card is
    // on screen keeps them on it (its settings re-render asks for those it shows).
    let mut dismissed = ledger.clone();
    mark_events_seen(&mut dismissed, &patch.event_ids);
    assert_eq!(
        card_model(&dismissed, Tone::Warm, Lang::English, CLOCK),
        None
    );
    let kept = card_model_including(
        &dismissed,
        Tone::Brief,
        Lang::English,
        &patch.event_ids,
        CLOCK,
    )
    .unwrap_or_else(|| panic!("the card on screen stays"));
    let rewritten = card_patch(Some(&model), &kept, None);
    assert_eq!(rewritten.event_ids, patch.event_ids);
    assert_eq!(
        rewritten.remove,
        [0, 1, 2],
        "a tone switch rebuilds every item"
    );

    // A later model with one event fewer: Dismiss then marks only what is still shown.
    let mut one_less = model.clone();
    let gone = one_less.event_ids.remove(0);
    let patch = card_patch(Some(&model), &one_less, None);
    assert!(!patch.event_ids.contains(&gone));
    assert_eq!(patch.event_ids, one_less.event_ids);
}

#[test]
fn a_notice_and_a_vanish_with_the_same_words_are_different_items() {
    let mut ledger = ledger_with_vanished(&["a"]);
    observe(&mut ledger, &["e", "f"], T0 + 10 * HOUR_MS);
    let before = card(&ledger, Tone::Warm, Lang::English);
    // The notice answered ("that was me"): it goes, the vanish stays.
    let mut after = before.clone();
    after.notices.clear();
    let patch = card_patch(Some(&before), &after, Some(1));
    assert_eq!(patch.remove, [1]);
    assert_eq!(patch.kept(), [(0, 0)]);
    assert!(patch.refocus_card);
}
