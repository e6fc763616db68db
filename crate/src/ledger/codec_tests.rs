//! Tests of the stored form (version 2, and version 1 read and migrated: `ledger` and `ledgerPending`) and the export.

use super::testkit::*;

fn rich_ledger() -> Ledger {
    let mut ledger = visited_abc();
    apply_observation(
        &mut ledger,
        &settled(complete(vec![aged("a", 1), card("c", 60, Some(90))])),
        T0 + DAY_MS,
    );
    apply_observation(
        &mut ledger,
        &settled(read_of(
            View {
                tab: Tab::Sent,
                bucket: None,
                filter: None,
            },
            Completeness::Complete,
            vec![aged("s1", 3), aged("s2", 4)],
        )),
        T0 + DAY_MS,
    );
    record_action(
        &mut ledger,
        Some(ME),
        "s1",
        UserAction::Withdraw,
        T0 + DAY_MS,
    );
    record_action(&mut ledger, None, "t", UserAction::Ignore, T0 + DAY_MS);
    ledger
}

/// [`news_and_pending`], checked to hold a vanish.
fn split_sample() -> Ledger {
    let ledger = news_and_pending();
    assert!(is_vanished(&ledger, "b"));
    ledger
}

fn decoded(text: &str) -> Ledger {
    decode(text).unwrap_or_else(|error| panic!("{error}: {text}"))
}

fn split_back(split: &Split) -> Result<Ledger, SplitError> {
    decode_split(Some(&split.news), Some(&split.pending))
}

#[test]
fn every_form_round_trips_exactly() {
    for ledger in [Ledger::new(), visited_abc(), split_sample(), rich_ledger()] {
        assert_eq!(decode(&encode(&ledger)), Ok(ledger.clone()));
        let split = encode_split(&ledger);
        assert_eq!(split_back(&split), Ok(ledger.clone()));
        assert_eq!(encode_news(&ledger), split.news);
        let mut without_pending = ledger.clone();
        for account in without_pending.accounts.values_mut() {
            account.received.retain(|_, e| e.state != State::Pending);
            account.sent.retain(|_, e| e.state != SentState::Pending);
        }
        assert_eq!(decode_news(&split.news), Ok(without_pending));
    }
}

#[test]
fn an_entry_is_an_array_and_the_usual_one_says_nothing_more() {
    let mut ledger = Ledger::new();
    let mut card = aged("in:jane-doe-1a2b3c", 3);
    card.headline = None;
    card.profile_url = Some("https://www.linkedin.com/in/jane-doe-1a2b3c/".into());
    apply_observation(&mut ledger, &settled(complete(vec![card])), T0);
    let split = encode_split(&ledger);
    assert!(split.pending.starts_with("{\"v\":2,"), "{}", split.pending);
    let row = r#""in:jane-doe-1a2b3c":["Person in:jane-doe-1a2b3c",null,"/in/jane-doe-1a2b3c/",null,0,0,4,3,0]},"bk":["focused"]"#;
    assert!(split.pending.contains(row), "{}", split.pending);
    assert!(!split.news.contains("jane"), "{}", split.news);
}

/// Every character JSON must escape, empty texts, URLs of every shape and extreme times.
fn awkward_ledger() -> Ledger {
    let mut ledger = rich_ledger();
    let mut odd = aged("in:odd|key\\x\"", 5);
    odd.name = "Pipe | Back\\slash \"quote\"\nNew\rline\u{0}\u{202e}😀".into();
    odd.headline = Some(String::new());
    odd.profile_url = Some("/relative".into());
    odd.note = Some("a\\e".into());
    odd.mutuals = Some(String::new());
    odd.kind = InvitationKind::Page;
    let mut named = aged("in:named", 2);
    named.profile_url = Some("=starts-with-equals".into());
    let mut other = aged("in:other", 2);
    other.profile_url = Some("https://www.linkedin.comX/not-the-site".into());
    let mut elsewhere = aged("in:elsewhere", 2);
    elsewhere.profile_url = Some("https://example.org/in/x/".into());
    apply_observation(
        &mut ledger,
        &settled(for_account(
            complete(vec![odd, named, other, elsewhere]),
            Some("in:me|\\x\""),
        )),
        T0 + 2 * DAY_MS,
    );
    let account = ledger.accounts.get_mut("in:me|\\x\"").expect("the account");
    if let Some(entry) = account.received.get_mut("in:named") {
        entry.first_seen_ms = i64::MAX;
        entry.last_seen_ms = i64::MIN;
        entry.sent_earliest_ms = Some(i64::MIN);
        entry.sent_latest_ms = Some(i64::MAX);
        entry.only_seen_filtered = true;
    }
    ledger
}

#[test]
fn every_character_url_and_time_comes_back_exactly() {
    let ledger = awkward_ledger();
    assert_eq!(decode(&encode(&ledger)), Ok(ledger.clone()));
    assert_eq!(split_back(&encode_split(&ledger)), Ok(ledger.clone()));
    let urls: Vec<Option<String>> = ledger.accounts["in:me|\\x\""]
        .received
        .values()
        .map(|e| e.profile_url.clone())
        .collect();
    assert!(urls.contains(&Some("/relative".into())));
    assert!(urls.contains(&Some("=starts-with-equals".into())));
}

#[test]
fn text_that_is_not_the_stored_form_is_corrupt_without_panicking() {
    let corrupt = [
        "",
        "not json",
        "{\"v\":1,\"a\":",
        "[]",
        "42",
        "{}",
        "{\"a\":{}}",
        "{\"version\":4,\"t0\":1760000000}",
        "{\"v\":1,\"a\":{\"in:me\":{\"r\":{\"x\":[\"too short\"]}}}}",
        "{\"v\":1,\"a\":{\"in:me\":{\"r\":{\"x\":[\"n\",null,null,null,0,0,null,null,null,{\"s\":{\"t\":\"boom\"}}]}}}}",
        "{\"v\":1,\"a\":[1,2]}",
        "{\"v\":\"1\"}",
        "{\"v\":-1}",
    ];
    for text in corrupt {
        match decode(text) {
            Err(CodecError::Corrupt { detail }) => assert!(!detail.is_empty()),
            other => panic!("{text:?} should be corrupt, got {other:?}"),
        }
    }
    assert_eq!(
        decode("{\"v\":0}"),
        Err(CodecError::UnknownVersion { found: 0 })
    );
}

#[test]
fn a_newer_version_is_named_even_when_its_shape_is_unknown() {
    assert_eq!(
        decode("{\"v\":3,\"a\":\"whatever\"}"),
        Err(CodecError::FutureVersion { found: 3 })
    );
    assert_eq!(
        decode("{\"v\":7}"),
        Err(CodecError::FutureVersion { found: 7 })
    );
    let message = CodecError::FutureVersion { found: 7 }.to_string();
    assert!(message.contains('7'), "{message}");
}

#[test]
fn the_pending_entries_and_only_they_are_under_their_own_key() {
    let ledger = split_sample();
    let split = encode_split(&ledger);
    let pending: serde_json::Value =
        serde_json::from_str(&split.pending).expect("the pending text is JSON");
    let keys: Vec<&String> = pending["a"][ME]["r"]
        .as_object()
        .map(|r| r.keys().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["c"]);
    assert!(pending.get("lr").is_none() && pending["a"][ME].get("e").is_none());
    let news: serde_json::Value = serde_json::from_str(&split.news).expect("the news is JSON");
    let keys: Vec<&String> = news["a"][ME]["r"]
        .as_object()
        .map(|r| r.keys().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["a", "b"]);
}

#[test]
fn an_entry_in_the_wrong_text_is_damage_naming_the_text() {
    let ledger = split_sample();
    let split = encode_split(&ledger);
    assert_eq!(decode_split(None, None), Ok(Ledger::new()));
    assert_eq!(decode_split(Some(""), Some(" ")), Ok(Ledger::new()));
    assert_eq!(
        decode_split(None, Some(&split.pending)),
        Err(SplitError::PendingWithoutNews)
    );
    // The whole text under `ledger`: its pending entry is misplaced.
    assert_eq!(
        decode_split(Some(&encode(&ledger)), None),
        Err(SplitError::News(CodecError::Misplaced {
            account: ME.into(),
            key: "c".into()
        }))
    );
    // The keys swapped.
    assert!(matches!(
        decode_split(Some(&split.pending), Some(&split.news)),
        Err(SplitError::News(CodecError::Misplaced { .. }))
    ));
    assert_eq!(
        decode_split(Some(&split.news), Some(&split.news)),
        Err(SplitError::Pending(CodecError::MoreThanPending {
            account: None
        }))
    );
    // Events in the pending text.
    let news_only = split_sample();
    let mut pending_with_events = news_only.clone();
    pending_with_events.last_read = None;
    for account in pending_with_events.accounts.values_mut() {
        account.received.retain(|_, e| e.state == State::Pending);
    }
    let text = encode(&pending_with_events);
    assert_eq!(
        decode_split(Some(&split.news), Some(&text)),
        Err(SplitError::Pending(CodecError::MoreThanPending {
            account: Some(ME.into())
        }))
    );
    // Cut short.
    let cut = &split.pending[..split.pending.len() - 3];
    assert!(matches!(
        decode_split(Some(&split.news), Some(cut)),
        Err(SplitError::Pending(CodecError::Corrupt { .. }))
    ));
    assert!(matches!(
        decode_split(Some("{not json"), Some(&split.pending)),
        Err(SplitError::News(CodecError::Corrupt { .. }))
    ));
}

#[test]
fn the_news_texts_entry_wins_over_a_stale_pending_one() {
    let ledger = split_sample();
    // A stale pending text that still has A, B and C pending beside the news (A accepted, B
    // vanished): the news text's own entries win.
    let stale = encode_split(&visited_abc()).pending;
    let merged = decode_split(Some(&encode_news(&ledger)), Some(&stale)).expect("decodes");
    for key in ["a", "b"] {
        assert_eq!(entry(&merged, key), entry(&ledger, key));
    }
    assert_eq!(entry(&merged, "c"), entry(&visited_abc(), "c"));
}

#[test]
fn decode_repairs_the_event_id_counter_instead_of_reusing_ids() {
    let mut ledger = rich_ledger();
    ledger.next_event_id = 1;
    let back = decoded(&encode(&ledger));
    let highest = back.accounts[ME].events.iter().map(|e| e.id).max();
    assert!(highest.is_some_and(|highest| back.next_event_id > highest));
}

#[test]
fn decode_renumbers_event_ids_beyond_what_javascript_numbers_hold() {
    let mut ledger = rich_ledger();
    for account in ledger.accounts.values_mut() {
        for event in &mut account.events {
            event.id = u64::MAX - event.id;
        }
    }
    ledger.next_event_id = u64::MAX;
    let back = decoded(&encode(&ledger));
    let ids: Vec<u64> = (back.accounts.values())
        .flat_map(|a| a.events.iter().map(|e| e.id))
        .collect();
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|id| *id < 1 << 53));
    let unique: std::collections::BTreeSet<u64> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "ids stay unique");
    assert!(back.next_event_id > *unique.last().unwrap_or(&0));
    for account in back.accounts.values() {
        for entry in account.received.values() {
            if let State::MissingInBulk { event_id, .. } = entry.state {
                assert!(account.events.iter().any(|e| e.id == event_id));
            }
        }
    }
}

#[test]
fn the_bucket_total_and_the_last_read_survive_the_stored_form() {
    let mut ledger = rich_ledger();
    let totals = &mut ledger
        .accounts
        .entry(ME.into())
        .or_default()
        .received_totals;
    totals.insert("focused".into(), 7);
    totals.insert("other".into(), 6);
    if let Some(last_read) = &mut ledger.last_read {
        last_read.partial = Some(kinds::PartialReason::MoreToLoad);
        last_read.checked = 12;
        last_read.count = Some(30);
    }
    let back = split_back(&encode_split(&ledger));
    assert_eq!(back, Ok(ledger));
}

#[test]
fn a_format_1_total_becomes_every_bucket_s() {
    let v1 = r#"{"v":1,"t0":0,"a":{"in:me":{"r":{"x":["X",null,null,null,0,0,null,null,0]},"bt":9,"bk":["jobs"]}},"ne":1}"#;
    let ledger = decoded(v1);
    assert_eq!(ledger.version, CURRENT_VERSION);
    let totals = &ledger.accounts[ME].received_totals;
    let expected: Vec<(&str, u32)> = vec![("focused", 9), ("jobs", 9), ("other", 9)];
    assert_eq!(
        totals
            .iter()
            .map(|(b, t)| (b.as_str(), *t))
            .collect::<Vec<_>>(),
        expected
    );
    // Written again, it is format 2: `bb`, never `bt`.
    let again = encode(&ledger);
    assert!(again.starts_with(r#"{"v":2,"#), "{again}");
    assert!(
        again.contains(r#""bb":{"focused":9,"jobs":9,"other":9}"#),
        "{again}"
    );
    assert!(!again.contains(r#""bt""#), "{again}");
    assert_eq!(decoded(&again), ledger);
    // Without a total, none.
    let v1 = r#"{"v":1,"t0":0,"a":{"in:me":{"r":{"x":["X",null,null,null,0,0,null,null,0]},"bk":["focused"]}},"ne":1}"#;
    assert!(decoded(v1).accounts[ME].received_totals.is_empty());
}

#[test]
fn the_export_is_the_models_serde_form() {
    let ledger = split_sample();
    let export: serde_json::Value =
        serde_json::from_str(&encode_json(&ledger)).expect("the export is JSON");
    assert_eq!(export["version"], CURRENT_VERSION);
    assert_eq!(export["a"][ME]["r"]["b"]["s"]["t"], "v");
    assert_eq!(export["a"][ME]["r"]["c"]["s"]["t"], "p");
    assert_eq!(export["a"][ME]["e"][0]["k"]["t"], "v");
    assert_eq!(export["lr"]["n"], 1);
}

fn realistic_ledger(n: usize, in_keys: bool) -> Ledger {
    const FIRST: [&str; 8] = [
        "Alexandra",
        "Benjamin",
        "Chiara",
        "Dmitri",
        "Elif",
        "Fernando",
        "Grace",
        "Hiroshi",
    ];
    let first_seen_ms = T0 + 437;
    let mut account = AccountLedger::default();
    for i in 0..n {
        let first = FIRST[i % FIRST.len()];
        let slug = format!("{}-{i:05}-a1b2c3", first.to_lowercase());
        let key = if in_keys {
            format!("in:{slug}")
        } else {
            format!("urn:li:invitation:73011223344{i:08}")
        };
        let days = i64::try_from(i % 90).unwrap_or(0) + 1;
        let entry = Entry {
            key: key.clone(),
            name: format!("{first} N{i:05}"),
            headline: Some(format!("Senior Software Engineer at Company {i:05}")),
            profile_url: Some(format!("https://www.linkedin.com/in/{slug}/")),
            kind: kinds::InvitationKind::Person,
            note: (i % 12 == 0).then(|| "Hello! We met at the conference last week.".to_string()),
            mutuals: match i % 4 {
                0 => Some(format!("{} mutual connections", i % 40 + 2)),
                1 => Some(format!(
                    "Grace Hopper and {} other mutual connections",
                    i % 30 + 1
                )),
                2 => Some("Ada Lovelace is a mutual connection".to_string()),
                _ => None,
            },
            first_seen_ms,
            last_seen_ms: T0 + DAY_MS + 321,
            sent_earliest_ms: Some(first_seen_ms - (days + 1) * DAY_MS),
            sent_latest_ms: Some(first_seen_ms - days * DAY_MS),
            bucket: Some("focused".to_string()),
            only_seen_filtered: false,
            state: State::Pending,
        };
        account.received.insert(key, entry);
    }
    let mut ledger = Ledger::new();
    ledger.accounts.insert(ME.to_string(), account);
    ledger
}

#[test]
fn ten_thousand_realistic_invitations_are_stored_in_under_two_megabytes() {
    for in_keys in [false, true] {
        let ledger = realistic_ledger(10_000, in_keys);
        let split = encode_split(&ledger);
        // As `storage.local` counts it: the JSON of the stored strings.
        let stored = serde_json::to_string(&[&split.news, &split.pending]).map_or(0, |s| s.len());
        assert!(stored <= 2_000_000, "{stored} bytes");
        assert_eq!(split_back(&split), Ok(ledger));
    }
}

#[test]
fn the_sent_tab_numbers_are_optional_both_ways() {
    let ledger = rich_ledger();
    let with = ledger.accounts[ME].sent_read;
    assert!(with.is_some(), "the rich ledger read a Sent tab");
    let split = encode_split(&ledger);
    assert!(split.news.contains("\"sr\":"), "{}", split.news);
    assert!(
        !split.pending.contains("\"sr\":"),
        "news only: {}",
        split.pending
    );
    // A text written without the field (as before it existed) reads it as absent.
    let mut value: serde_json::Value = serde_json::from_str(&split.news).unwrap();
    let account = value["a"][ME].as_object_mut().unwrap();
    assert!(account.remove("sr").is_some());
    let older = serde_json::to_string(&value).unwrap();
    let decoded = decode_split(Some(&older), Some(&split.pending)).unwrap();
    let mut expected = ledger.clone();
    expected.accounts.get_mut(ME).unwrap().sent_read = None;
    assert_eq!(decoded, expected);
    // A field this code does not know is ignored the same way (what a reader without "sr" does).
    account_field(&mut value, "zz", serde_json::json!({"t": 1}));
    let newer = serde_json::to_string(&value).unwrap();
    assert_eq!(
        decode_split(Some(&newer), Some(&split.pending)).unwrap(),
        expected
    );
}

fn account_field(value: &mut serde_json::Value, name: &str, field: serde_json::Value) {
    if let Some(account) = value["a"][ME].as_object_mut() {
        account.insert(name.to_owned(), field);
    }
}
