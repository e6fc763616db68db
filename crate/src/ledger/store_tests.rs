//! Tests of the background's storage decisions ([`super::store`]): what to load and write, the
//! cache, damaged data kept aside, pruning when storage is full.

use std::rc::Rc;

use super::store::*;
use super::testkit::*;

#[test]
fn the_news_alone_serves_the_card_and_news_changes_never_a_pending_change() {
    for need in [Need::Card, Need::News, Need::Whole] {
        assert!(Held::Whole.serves(need));
    }
    assert!(Held::News.serves(Need::Card));
    assert!(Held::News.serves(Need::News));
    assert!(!Held::News.serves(Need::Whole));
}

#[test]
fn the_cache_answers_what_it_holds_enough_for() {
    let mut cache: Cache<String> = Cache::new();
    assert!(cache.get(Need::Card).is_none());
    let ledger = Rc::new(news_and_pending());
    cache.keep("news".into(), None, Rc::clone(&ledger));
    let (found, held) = cache
        .get(Need::News)
        .expect("the news serves a news change");
    assert!(Rc::ptr_eq(&found, &ledger), "shared, not copied");
    assert_eq!(held, Held::News);
    assert!(
        cache.get(Need::Whole).is_none(),
        "the pending entries were never read"
    );
    assert_eq!(cache.pending(), None);
    cache.keep("news".into(), Some("pending".into()), Rc::clone(&ledger));
    assert_eq!(
        cache.get(Need::Whole).map(|(_, held)| held),
        Some(Held::Whole)
    );
    assert_eq!(cache.pending().map(String::as_str), Some("pending"));
    cache.forget();
    assert!(cache.get(Need::Card).is_none());
}

#[test]
fn the_cache_survives_its_own_writes_and_drops_on_anyone_elses() {
    let ledger = Rc::new(news_and_pending());
    let whole = |cache: &mut Cache<String>| {
        cache.keep("news".into(), Some("pending".into()), Rc::clone(&ledger));
    };
    let mut cache = Cache::new();
    whole(&mut cache);
    // The change events of its own write.
    cache.changed(Some(&"news".into()), Some(&"pending".into()));
    cache.changed(Some(&"news".into()), None);
    assert!(cache.get(Need::Whole).is_some());
    // Another writer's news, another writer's pending entries.
    cache.changed(Some(&"other".into()), None);
    assert!(cache.get(Need::Card).is_none());
    whole(&mut cache);
    cache.changed(None, Some(&"other".into()));
    assert!(cache.get(Need::Card).is_none());
    // Holding the news alone, a pending change says nothing about it.
    cache.keep("news".into(), None, Rc::clone(&ledger));
    cache.changed(None, Some(&"other".into()));
    assert!(cache.get(Need::Card).is_some());
    // Nothing cached: nothing to drop.
    cache.forget();
    cache.changed(Some(&"other".into()), None);
    assert!(cache.get(Need::Card).is_none());
}

#[test]
fn nothing_stored_is_a_fresh_ledger_and_stored_texts_decode() {
    assert_eq!(
        load_whole(&Stored::Absent, &Stored::Absent, false, T0),
        Ok(Ledger::new())
    );
    let ledger = news_and_pending();
    let split = encode_split(&ledger);
    let loaded = load_whole(
        &Stored::Text(split.news),
        &Stored::Text(split.pending),
        false,
        T0,
    );
    assert_eq!(loaded, Ok(ledger));
}

#[test]
fn a_damaged_text_is_kept_aside_byte_for_byte_with_the_other() {
    let split = encode_split(&news_and_pending());
    let news = Stored::Text("{not json at all".into());
    let pending = Stored::Text(split.pending.clone());
    let Err(kept) = load_whole(&news, &pending, false, T0) else {
        panic!("damage must be kept aside");
    };
    assert!(matches!(
        kept.damage,
        Damage::Undecodable(SplitError::News(CodecError::Corrupt { .. }))
    ));
    assert_eq!(
        kept.items,
        [
            ("ledgerBackup".to_string(), "{not json at all".to_string()),
            ("ledgerBackup-pending".to_string(), split.pending),
        ]
    );
}

#[test]
fn a_second_damage_gets_keys_of_its_own_so_no_copy_is_lost() {
    let Err(kept) = load_whole(
        &Stored::NotText("{\"broken\":[1,2]}".into()),
        &Stored::Absent,
        true,
        T0,
    ) else {
        panic!("a value that is not text is damage");
    };
    assert_eq!(kept.damage, Damage::NotText);
    assert_eq!(
        kept.items,
        [(
            format!("ledgerBackup-{T0}"),
            "{\"broken\":[1,2]}".to_string()
        )]
    );
    assert_eq!(
        backup_keys(true, 5),
        (
            "ledgerBackup-5".to_string(),
            "ledgerBackup-5-pending".to_string()
        )
    );
    assert!(is_backup_key("ledgerBackup-5-pending") && !is_backup_key("ledger"));
}

#[test]
fn pending_entries_without_the_rest_are_kept_aside_too() {
    let split = encode_split(&news_and_pending());
    let Err(kept) = load_whole(
        &Stored::Absent,
        &Stored::Text(split.pending.clone()),
        false,
        T0,
    ) else {
        panic!("orphan pending entries are damage");
    };
    assert_eq!(
        kept.damage,
        Damage::Undecodable(SplitError::PendingWithoutNews)
    );
    assert_eq!(
        kept.items,
        [("ledgerBackup-pending".to_string(), split.pending)]
    );
    // A pending value that is not text, beside good news: both kept.
    let Err(kept) = load_whole(
        &Stored::Text(split.news.clone()),
        &Stored::NotText("42".into()),
        false,
        T0,
    ) else {
        panic!("a value that is not text is damage");
    };
    assert_eq!(kept.items.len(), 2);
}

#[test]
fn a_pending_change_writes_both_texts_any_other_the_news_alone() {
    let ledger = news_and_pending();
    let split = encode_split(&ledger);
    assert_eq!(
        plan_save(&ledger, Held::Whole, true, None),
        Ok(Write {
            news: split.news.clone(),
            pending: Some(split.pending.clone()),
        })
    );
    let news_only = Write {
        news: split.news,
        pending: None,
    };
    assert_eq!(
        plan_save(&ledger, Held::Whole, false, Some(&split.pending)),
        Ok(news_only.clone())
    );
    // Pending entries that may have changed but encode as stored: not written again.
    assert_eq!(
        plan_save(&ledger, Held::Whole, true, Some(&split.pending)),
        Ok(news_only.clone())
    );
    assert_eq!(plan_save(&ledger, Held::News, false, None), Ok(news_only));
    // Never asked for: it would lose the pending entries.
    assert_eq!(
        plan_save(&ledger, Held::News, true, None),
        Err(SaveError::PendingNotLoaded)
    );
}

#[test]
fn a_read_of_an_unchanged_list_rewrites_no_pending_entry_until_an_hour_passed() {
    let mut ledger = news_and_pending();
    let stored = encode_split(&ledger);
    let read = |ledger: &mut Ledger, at: i64| {
        let shown: Vec<_> = ledger.accounts[ME]
            .received
            .values()
            .filter(|entry| entry.state.is_watched())
            .map(|entry| aged(&entry.key, 2))
            .collect();
        apply_observation(ledger, &settled(complete(shown)), at);
        plan_save(ledger, Held::Whole, true, Some(&stored.pending)).expect("saves")
    };
    // The last read of that ledger was at T0 + 2 h.
    let soon = read(&mut ledger, T0 + 2 * HOUR_MS + 10 * 60 * 1000);
    assert_eq!(soon.pending, None, "ten minutes later: nothing to rewrite");
    let later = read(&mut ledger, T0 + 2 * HOUR_MS + LAST_SEEN_STEP_MS);
    assert!(
        later.pending.is_some(),
        "an hour later the last sightings move"
    );
}

#[test]
fn a_news_only_save_loses_no_pending_entry() {
    let ledger = news_and_pending();
    let stored = encode_split(&ledger);
    // Mark every event seen on the ledger read from the news alone, then save the news.
    let mut news = decode_news(&stored.news).expect("the news decodes");
    let ids: Vec<u64> = news.accounts[ME].events.iter().map(|e| e.id).collect();
    mark_events_seen(&mut news, &ids);
    let write = plan_save(&news, Held::News, false, None).expect("a news change saves");
    let merged = decode_split(Some(&write.news), Some(&stored.pending)).expect("decodes");
    let mut expected = ledger;
    mark_events_seen(&mut expected, &ids);
    assert_eq!(merged, expected);
}

#[test]
fn a_full_storage_prunes_old_history_but_never_what_is_watched() {
    let mut ledger = news_and_pending();
    let later = T0 + 40 * DAY_MS;
    let pruned = prune_for_space(&mut ledger, later);
    assert!(pruned > 0);
    let account = &ledger.accounts[ME];
    assert!(account.received.contains_key("c"), "a watched entry stays");
    assert!(
        !account.received.contains_key("a"),
        "the old accepted one goes"
    );
    // Within the emergency retention: nothing to gain, no retry.
    let mut recent = news_and_pending();
    assert_eq!(prune_for_space(&mut recent, T0 + DAY_MS), 0);
}

#[test]
fn a_storage_problem_is_typed_and_reads_back() {
    let saved = problem_after(
        "QUOTA_BYTES quota exceeded",
        AfterFailure::SavedAfterPruning { pruned: 12 },
    );
    assert_eq!(
        saved,
        StorageProblem::SavedAfterPruning {
            pruned: 12,
            days: EMERGENCY_RETENTION_DAYS,
            cause: SaveCause::Full
        }
    );
    assert_eq!(
        saved.to_stored(),
        r#"{"t":"pruned","n":12,"days":30,"why":"full"}"#
    );
    assert_eq!(StorageProblem::from_stored(&saved.to_stored()), Some(saved));
    let lost = problem_after("QuotaExceededError: storage full", AfterFailure::NotSaved);
    assert_eq!(
        lost,
        StorageProblem::NotSaved {
            cause: SaveCause::Full
        }
    );
    assert_eq!(StorageProblem::from_stored(&lost.to_stored()), Some(lost));
    let other = problem_after("IO error", AfterFailure::NotSaved);
    assert_eq!(
        other,
        StorageProblem::NotSaved {
            cause: SaveCause::Other
        }
    );
    assert_eq!(StorageProblem::from_stored("nonsense"), None);
}

#[test]
fn a_format_1_storage_note_reads_as_what_it_said() {
    let note = "Storage was full (QUOTA_BYTES quota exceeded), so Invite Watch removed 12 entries older than 30 days.";
    assert_eq!(
        StorageProblem::from_stored(note),
        Some(StorageProblem::SavedAfterPruning {
            pruned: 12,
            days: 30,
            cause: SaveCause::Full
        })
    );
    let note = "Invite Watch could not save its history: QUOTA_BYTES quota exceeded.";
    assert_eq!(
        StorageProblem::from_stored(note),
        Some(StorageProblem::NotSaved {
            cause: SaveCause::Full
        })
    );
    let note = "Invite Watch could not save its history: the disk is gone.";
    assert_eq!(
        StorageProblem::from_stored(note),
        Some(StorageProblem::NotSaved {
            cause: SaveCause::Other
        })
    );
}
