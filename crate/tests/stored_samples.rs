//! The checked-in samples of every released stored form (`tests/samples/format-<N>/<sample>/`,
//! see its README) decode, with this version's code, to the very ledger they were written from:
//! the decoded ledger's export equals the sample's `export.json` (carried through the migrations
//! since its format, as each says), and its settings are read as they were written. A change to the stored form that breaks this is a change that would lose
//! a user's history.

#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::fs;
use std::path::{Path, PathBuf};

use invite_watch::ledger::{self, Ledger};
use invite_watch::settings::Settings;

fn samples_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("samples")
}

/// Every sample directory of every format, in order.
fn samples() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut formats: Vec<PathBuf> = fs::read_dir(samples_root())
        .expect("tests/samples exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_dir())
        .collect();
    formats.sort();
    for format in formats {
        let mut dirs: Vec<PathBuf> = fs::read_dir(&format)
            .expect("a format directory")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_dir())
            .collect();
        dirs.sort();
        found.extend(dirs);
    }
    found
}

fn read(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name))
        .unwrap_or_else(|error| panic!("{}/{name}: {error}", dir.display()))
}

#[test]
fn the_samples_of_every_format_are_there() {
    for format in 1..=ledger::CURRENT_VERSION {
        let names: Vec<String> = samples()
            .iter()
            .filter(|dir| format_of(dir) == format)
            .filter_map(|dir| dir.file_name()?.to_str().map(str::to_owned))
            .collect();
        assert_eq!(
            names,
            ["two-accounts", "unreadable-last-read"],
            "format {format}"
        );
    }
}

/// The format a sample directory was written in (`format-<N>/<sample>`).
fn format_of(dir: &Path) -> u32 {
    (dir.parent()
        .and_then(Path::file_name)
        .and_then(|name| name.to_str()))
    .and_then(|name| name.strip_prefix("format-"))
    .and_then(|n| n.parse().ok())
    .unwrap_or_else(|| panic!("{}: not under format-<N>", dir.display()))
}

/// A sample's export as this version must decode it: the export it was written with, carried
/// through each migration since, as each format's changes say (`ledger::codec`'s table).
fn migrated(format: u32, mut export: serde_json::Value) -> serde_json::Value {
    if format < 2 {
        // Format 2: an account's one total of all buckets (`bt`) becomes each bucket's (`bb`):
        // Focused's, Other's and any other bucket its entries were in.
        for account in export["a"]
            .as_object_mut()
            .into_iter()
            .flat_map(|a| a.values_mut())
        {
            let Some(account) = account.as_object_mut() else {
                continue;
            };
            let Some(total) = account.remove("bt") else {
                continue;
            };
            let mut totals = serde_json::Map::new();
            totals.insert("focused".into(), total.clone());
            totals.insert("other".into(), total.clone());
            let buckets = (account.get("r").and_then(|r| r.as_object()).into_iter())
                .flat_map(|r| r.values())
                .filter_map(|entry| entry.get("b")?.as_str().map(str::to_owned))
                .collect::<Vec<_>>();
            for bucket in buckets {
                totals.insert(bucket, total.clone());
            }
            account.insert("bb".into(), serde_json::Value::Object(totals));
        }
    }
    export["version"] = ledger::CURRENT_VERSION.into();
    export
}

#[test]
fn every_sample_decodes_to_the_ledger_it_was_written_from() {
    for dir in samples() {
        let news = read(&dir, "ledger.txt");
        let pending = read(&dir, "ledgerPending.txt");
        let decoded = ledger::decode_split(Some(&news), Some(&pending))
            .unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
        let export: serde_json::Value =
            serde_json::from_str(&read(&dir, "export.json")).expect("export.json is JSON");
        let export = migrated(format_of(&dir), export);
        let now: serde_json::Value =
            serde_json::from_str(&ledger::encode_json(&decoded)).expect("the export is JSON");
        assert_eq!(
            now,
            export,
            "{}: the decoded ledger's export",
            dir.display()
        );
        // The export is the model's serde form: read back, it is the same ledger.
        let written: Ledger = serde_json::from_value(export).expect("the export reads back");
        assert_eq!(decoded, written, "{}", dir.display());
    }
}

#[test]
fn every_sample_s_settings_read_as_written() {
    for dir in samples() {
        let stored: serde_json::Value =
            serde_json::from_str(&read(&dir, "settings.json")).expect("settings.json is JSON");
        let settings = Settings::from_json(&stored);
        assert_ne!(
            settings,
            Settings::default(),
            "{}: not the defaults",
            dir.display()
        );
        let again = serde_json::to_value(&settings).expect("settings serialise");
        assert_eq!(again, stored, "{}: every field read", dir.display());
    }
}

#[test]
fn the_two_accounts_sample_holds_every_state() {
    let dir = samples_root().join("format-1").join("two-accounts");
    let news = read(&dir, "ledger.txt");
    let pending = read(&dir, "ledgerPending.txt");
    let ledger = ledger::decode_split(Some(&news), Some(&pending)).expect("decodes");
    let export = ledger::encode_json(&ledger);
    for state in [
        r#""t":"p""#,
        r#""t":"a""#,
        r#""t":"i""#,
        r#""t":"v""#,
        r#""t":"rs""#,
        r#""t":"g""#,
        r#""t":"x""#,
        r#""t":"mass""#,
        r#""t":"w""#,
        r#""t":"gone""#,
    ] {
        assert!(export.contains(state), "a state {state} in the sample");
    }
    assert_eq!(ledger.known_account_keys().count(), 2);
    assert!(ledger.accounts.contains_key(ledger::UNKNOWN_ACCOUNT));
}

#[test]
fn a_sample_written_again_reads_back_the_same_even_beside_its_old_pending_text() {
    for dir in samples() {
        let news = read(&dir, "ledger.txt");
        let pending = read(&dir, "ledgerPending.txt");
        let decoded = ledger::decode_split(Some(&news), Some(&pending)).expect("decodes");
        let split = ledger::encode_split(&decoded);
        let version = format!("{{\"v\":{},", ledger::CURRENT_VERSION);
        assert!(split.news.starts_with(&version), "{}", split.news);
        let again = ledger::decode_split(Some(&split.news), Some(&split.pending));
        assert_eq!(again.as_ref(), Ok(&decoded), "{}", dir.display());
        // A change to no pending entry writes the news alone: the old pending text stays.
        let mixed = ledger::decode_split(Some(&split.news), Some(&pending));
        assert_eq!(mixed.as_ref(), Ok(&decoded), "{}", dir.display());
    }
}

#[test]
fn every_sample_s_storage_problem_reads_as_what_it_said() {
    use invite_watch::ledger::store::{SaveCause, StorageProblem};
    let dir = samples_root().join("format-1").join("two-accounts");
    assert_eq!(
        StorageProblem::from_stored(&read(&dir, "storageProblem.txt")),
        Some(StorageProblem::SavedAfterPruning {
            pruned: 12,
            days: 30,
            cause: SaveCause::Full
        })
    );
    for dir in samples() {
        if let Ok(text) = fs::read_to_string(dir.join("storageProblem.txt")) {
            assert!(
                StorageProblem::from_stored(&text).is_some(),
                "{}",
                dir.display()
            );
        }
    }
}
