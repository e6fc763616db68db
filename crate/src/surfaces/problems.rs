//! Problems in the user's words: the last storage problem (the popup's note) and why a request
//! to the background failed (the options page's messages), from the catalogues, never the
//! browser's English or a debug form.

use crate::i18n::{common, fill, Lang, COUNT, DAYS};
use crate::ledger::problem::{Problem, SaveCause, StorageProblem};

/// The popup's note about the last storage problem.
pub fn storage_problem_text(problem: StorageProblem, lang: Lang) -> String {
    let ui = &common(lang).ui;
    match problem {
        StorageProblem::SavedAfterPruning { pruned, days, .. } => fill(
            ui.storage_pruned,
            &[(COUNT, &pruned.to_string()), (DAYS, &days.to_string())],
        ),
        StorageProblem::NotSaved {
            cause: SaveCause::Full,
        } => ui.storage_not_saved_full.to_owned(),
        StorageProblem::NotSaved {
            cause: SaveCause::Other,
        } => ui.storage_not_saved.to_owned(),
    }
}

/// Why a request failed, to follow a surface's own "could not …".
pub fn problem_text(problem: Problem, lang: Lang) -> &'static str {
    let ui = &common(lang).ui;
    match problem {
        Problem::NotUnderstood => ui.failed_not_understood,
        Problem::Storage => ui.failed_storage,
        Problem::StorageFull => ui.failed_storage_full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_problem() -> Vec<StorageProblem> {
        vec![
            StorageProblem::SavedAfterPruning {
                pruned: 12,
                days: 30,
                cause: SaveCause::Full,
            },
            StorageProblem::NotSaved {
                cause: SaveCause::Full,
            },
            StorageProblem::NotSaved {
                cause: SaveCause::Other,
            },
        ]
    }

    #[test]
    fn every_problem_is_worded_in_every_language() {
        for lang in Lang::ALL {
            let mut texts: Vec<String> = every_problem()
                .into_iter()
                .map(|problem| storage_problem_text(problem, lang))
                .collect();
            texts.extend(
                [
                    Problem::NotUnderstood,
                    Problem::Storage,
                    Problem::StorageFull,
                ]
                .into_iter()
                .map(|problem| problem_text(problem, lang).to_owned()),
            );
            texts.push(common(lang).ui.history_unavailable.to_owned());
            for text in &texts {
                assert!(!text.trim().is_empty(), "{lang:?}");
                assert!(!text.contains('{'), "{lang:?}: a placeholder left: {text}");
                assert!(!text.contains("Quota") && !text.contains("QUOTA"), "{text}");
            }
            let pruned = &texts[0];
            assert!(
                pruned.contains("12") && pruned.contains("30"),
                "{lang:?}: {pruned}"
            );
            // Every text its own; another language's never.
            for (i, text) in texts.iter().enumerate() {
                assert!(!texts[..i].contains(text), "{lang:?}: twice: {text}");
            }
            if lang != Lang::English {
                for problem in every_problem() {
                    assert_ne!(
                        storage_problem_text(problem, lang),
                        storage_problem_text(problem, Lang::English),
                        "{lang:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_format_1_note_is_worded_in_the_user_s_language() {
        let note = "Storage was full (QUOTA_BYTES quota exceeded), so Invite Watch removed 12 entries older than 30 days.";
        let problem = StorageProblem::from_stored(note).expect("read as what it said");
        let german = storage_problem_text(problem, Lang::German);
        assert!(german.contains("12 alte Einträge"), "{german}");
        assert!(!german.contains("Storage"), "{german}");
    }
}
