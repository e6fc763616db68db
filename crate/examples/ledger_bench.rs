//! Native figures for `./scripts/bench` (a benchmark, not a test): the size of a stored ledger per
//! 1,000 invitations (both stored texts), the time to decode and re-encode a 10,000-entry ledger, and the time the
//! ledger diff (`apply_observation`) takes for a settled read of N era-E invitations.
//!
//! Prints one JSON object on stdout. With a path argument, also writes the 10,000-entry ledger's
//! stored texts there (a JSON object of the two storage keys) (the browser part of the bench loads it into the background).
//! With a second path argument, also writes there the page-read message (serde's form, as the
//! content engine sends it) of a settled read showing those 10,000 invitations.
//!
//! Run: `cargo run --release --example ledger_bench [-- target/bench/ledger-10000.json [target/bench/page-read-10000.json]]`

use invite_watch::diff::{self, Observation};
use invite_watch::ledger::{self, Ledger};
use invite_watch::messages::Request;
use invite_watch::page::{
    AgeRange, CardSource, Completeness, Era, InvitationKind, PageInvitation, PageRead, ReadStatus,
    Tab, View,
};
use std::time::Instant;

const NOW: i64 = 1_764_000_000_000;

/// A complete, settled read of the Focused bucket with `n` person invitations, as the reader
/// makes of the bench pages (one in twelve with a note).
fn read_of(n: usize) -> PageRead {
    let invitations = (0..n)
        .map(|i| PageInvitation {
            key: format!("urn:li:invitation:74{}", 100_000_000 + i),
            kind: InvitationKind::Person,
            name: format!("Person {i} Example"),
            headline: Some(format!("Engineer #{i} at Example Corp")),
            profile_url: Some(format!("https://www.linkedin.com/in/person-{i}-example/")),
            time_label: Some("2 weeks ago".into()),
            age: Some(AgeRange {
                min_days: 14,
                max_days: Some(21),
            }),
            mutuals: Some("3 mutual connections".into()),
            note: (i % 12 == 0).then(|| "Hello! We met at the conference last week.".into()),
            source: CardSource::WholeCard,
        })
        .collect();
    PageRead {
        view: View {
            tab: Tab::Received,
            bucket: Some("focused".into()),
            filter: None,
        },
        status: ReadStatus::Recognised,
        completeness: Completeness::Complete,
        era: Some(Era::E),
        account: Some("in:me".into()),
        count: Some(u32::try_from(n).unwrap_or(u32::MAX)),
        bucket_counts: Vec::new(),
        invitations,
        acknowledged: Vec::new(),
    }
}

fn ledger_of(n: usize) -> Ledger {
    let mut ledger = Ledger::new();
    let observation = Observation {
        read: read_of(n),
        settled: true,
    };
    diff::apply_observation(&mut ledger, &observation, NOW);
    ledger
}

/// Median of `runs` timings of `f`, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let big = ledger_of(10_000);
    // What the background stores: `ledger` and `ledgerPending` (see `ledger::codec`).
    let split = ledger::encode_split(&big);
    if let Some(path) = std::env::args().nth(1) {
        let stored = serde_json::json!({ "ledger": split.news, "ledgerPending": split.pending });
        if let Err(error) = std::fs::write(&path, stored.to_string()) {
            eprintln!("ledger_bench: cannot write {path}: {error}");
            std::process::exit(1);
        }
    }
    if let Some(path) = std::env::args().nth(2) {
        let request = Request::PageRead {
            read: read_of(10_000),
            settled: true,
            engine: "wasm".into(),
            report: None,
        };
        let written = serde_json::to_string(&request)
            .map_err(|error| error.to_string())
            .and_then(|json| std::fs::write(&path, json).map_err(|error| error.to_string()));
        if let Err(error) = written {
            eprintln!("ledger_bench: cannot write {path}: {error}");
            std::process::exit(1);
        }
    }
    let bytes = split.news.len() + split.pending.len();
    let decode_ms = median_ms(15, || {
        let decoded = ledger::decode_split(Some(&split.news), Some(&split.pending));
        std::hint::black_box(&decoded);
    });
    let round_trip_ms = median_ms(15, || {
        if let Ok(decoded) = ledger::decode_split(Some(&split.news), Some(&split.pending)) {
            std::hint::black_box(ledger::encode_split(&decoded));
        }
    });
    let mut diff = Vec::new();
    for n in [10usize, 100, 1000, 5000] {
        // The common case: the same list read again (steady state).
        let base = ledger_of(n);
        let observation = Observation {
            read: read_of(n),
            settled: true,
        };
        let runs = if n >= 1000 { 9 } else { 31 };
        let ms = median_ms(runs, || {
            let mut ledger = base.clone();
            std::hint::black_box(diff::apply_observation(
                &mut ledger,
                &observation,
                NOW + 60_000,
            ));
        });
        let clone_ms = median_ms(runs, || {
            std::hint::black_box(base.clone());
        });
        diff.push(format!(
            "{{\"n\":{n},\"ms\":{:.4}}}",
            (ms - clone_ms).max(0.0)
        ));
    }
    println!(
        "{{\"entries\":10000,\"bytes\":{},\"bytes_per_1000\":{},\"decode_ms\":{decode_ms:.3},\"decode_encode_ms\":{round_trip_ms:.3},\"diff\":[{}]}}",
        bytes,
        bytes / 10,
        diff.join(",")
    );
}
