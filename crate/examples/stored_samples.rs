//! Writes the checked-in samples of the stored form (`crate/tests/samples/format-<N>/`, N the
//! version this code writes): ledgers built through the real diff rules (page reads, the user's
//! clicks and answers, as the background applies them), encoded by the real encoder into the
//! texts the background stores, with the settings as the options page stores them and the
//! decoded ledger's export JSON. Every later version must decode these texts to the same ledger
//! (`crate/tests/stored_samples.rs`).
//!
//! A sample directory, once written and checked in, is never written again: this refuses to
//! overwrite one. Run: `cargo run -p invite-watch --example stored_samples`

#![allow(
    clippy::exit,
    reason = "a generator run by hand: it stops at the first error"
)]

use std::path::{Path, PathBuf};

use invite_watch::advice::Tone;
use invite_watch::diff::{self, Observation};
use invite_watch::i18n::Lang;
use invite_watch::ledger::store::{problem_after, AfterFailure};
use invite_watch::ledger::{self, Ledger, CURRENT_VERSION, DAY_MS};
use invite_watch::page::{
    AgeRange, BucketCount, CardSource, Completeness, Era, InvitationKind, PageInvitation, PageRead,
    PartialReason, ReadStatus, Tab, UnrecognisedReason, UserAction, View,
};
use invite_watch::settings::Settings;

/// 2025-11-05 09:00 UTC: the samples' first visit.
const T0: i64 = 1_762_333_200_000;
const HOUR_MS: i64 = 60 * 60 * 1000;

const MARIA: &str = "in:maria-lopez-7a1b2c";
const SAM: &str = "in:sam-taylor-0f9e8d";

struct Person {
    key: String,
    name: &'static str,
    slug: &'static str,
    headline: Option<&'static str>,
    days: (u32, Option<u32>),
    label: &'static str,
    kind: InvitationKind,
    note: Option<&'static str>,
    mutuals: Option<&'static str>,
}

fn person(id: u64, name: &'static str, slug: &'static str, days: (u32, Option<u32>)) -> Person {
    let label = match days {
        (0, _) => "Today",
        (1, _) => "Yesterday",
        (d, _) if d < 7 => "3 days ago",
        (d, _) if d < 30 => "2 weeks ago",
        (d, _) if d < 365 => "2 months ago",
        _ => "1 year ago",
    };
    Person {
        key: format!("urn:li:invitation:{id}"),
        name,
        slug,
        headline: Some("Product Manager at Contoso"),
        days,
        label,
        kind: InvitationKind::Person,
        note: None,
        mutuals: None,
    }
}

fn card(p: &Person) -> PageInvitation {
    let profile_url = match p.kind {
        InvitationKind::Newsletter => format!("https://www.linkedin.com/newsletters/{}/", p.slug),
        InvitationKind::Group => format!("https://www.linkedin.com/groups/{}/", p.slug),
        _ => format!("https://www.linkedin.com/in/{}/", p.slug),
    };
    PageInvitation {
        key: p.key.clone(),
        kind: p.kind,
        name: p.name.to_owned(),
        headline: p.headline.map(str::to_owned),
        profile_url: Some(profile_url),
        time_label: Some(p.label.to_owned()),
        age: Some(AgeRange {
            min_days: p.days.0,
            max_days: p.days.1,
        }),
        mutuals: p.mutuals.map(str::to_owned),
        note: p.note.map(str::to_owned),
        source: CardSource::WholeCard,
    }
}

fn view(tab: Tab, bucket: Option<&str>, filter: Option<&str>) -> View {
    View {
        tab,
        bucket: bucket.map(str::to_owned),
        filter: filter.map(str::to_owned),
    }
}

fn read(
    account: &str,
    view: View,
    era: Era,
    completeness: Completeness,
    cards: &[&Person],
    buckets: &[(&str, u32)],
) -> PageRead {
    let invitations: Vec<PageInvitation> = cards.iter().map(|p| card(p)).collect();
    PageRead {
        view,
        status: ReadStatus::Recognised,
        completeness,
        era: Some(era),
        account: Some(account.to_owned()),
        count: Some(u32::try_from(invitations.len()).unwrap_or(u32::MAX)),
        bucket_counts: (buckets.iter())
            .map(|(bucket, count)| BucketCount {
                bucket: (*bucket).to_owned(),
                count: *count,
            })
            .collect(),
        invitations,
        acknowledged: Vec::new(),
    }
}

fn observe(ledger: &mut Ledger, read: PageRead, at: i64) -> usize {
    let observation = Observation {
        read,
        settled: true,
    };
    let events = diff::apply_observation(ledger, &observation, at);
    ledger::prune(ledger, at, 3650);
    events.len()
}

/// Two accounts, and every state an entry can be in.
///
/// Maria (`in:maria-lopez-7a1b2c`, era E, Focused and Other buckets):
/// - day 0: Focused shows eight (Jane with a note, Omar with mutuals, a newsletter, Li, Priya,
///   Mateo, Chloé, Kwame), Other shows Yuki; the picker lists both buckets' counts (total 9);
///   Sent shows three (Lars, Amara, Diego).
/// - day 1: she accepts Jane and ignores Omar on the page; withdraws Lars on the Sent tab.
/// - day 2: Focused without Jane, Omar (answered: silent) and Li: Li has vanished.
/// - day 3: Focused without Kwame too: Kwame has vanished; an hour later she says she answered
///   him elsewhere (resolved by her).
/// - day 4: the Sent tab shows Amara alone: Diego is no longer pending. An hour later Focused
///   shows the newsletter, Priya and Mateo: Chloé has vanished (and stays so).
/// - day 5: Li is back on Focused: re-sent. She has seen the news about Li's vanish.
///
/// Sam (`in:sam-taylor-0f9e8d`, era D, no buckets): five pending on day 0 (one a
/// "follows you" invitation); on day 2 four of them are gone at once while a new one shows:
/// a mass disappearance (a question, the four missing in bulk).
///
/// A click on an invitation whose account the page did not name (an Ignore) leaves a tombstone
/// under `unknown`. The last read is Maria's Focused list with fewer rows than its count.
fn two_accounts() -> (Ledger, Settings, String) {
    let mut jane = person(7_400_000_000_001, "Jane Doe", "jane-doe-1a2b", (2, Some(3)));
    jane.note = Some("Hi Maria, we met at the Lisbon product meetup. Would love to stay in touch!");
    let mut omar = person(
        7_400_000_000_002,
        "Omar Haddad",
        "omar-haddad",
        (14, Some(21)),
    );
    omar.mutuals = Some("Priya Raman and 11 other mutual connections");
    let mut news = person(
        7_400_000_000_003,
        "Rust Weekly",
        "rust-weekly-7123",
        (0, Some(1)),
    );
    news.kind = InvitationKind::Newsletter;
    news.headline = None;
    let li = person(7_400_000_000_004, "Li Wei", "li-wei-88", (21, Some(28)));
    let priya = person(
        7_400_000_000_005,
        "Priya Raman",
        "priya-raman",
        (30, Some(60)),
    );
    let mateo = person(
        7_400_000_000_006,
        "Mateo Silva",
        "mateo-silva",
        (60, Some(90)),
    );
    let mut chloe = person(
        7_400_000_000_007,
        "Chloé Martin",
        "chlo%C3%A9-martin",
        (90, Some(120)),
    );
    chloe.headline = Some("Ingénieure logiciel · Lyon");
    let kwame = person(
        7_400_000_000_008,
        "Kwame Mensah",
        "kwame-mensah",
        (365, None),
    );
    let yuki = person(
        7_400_000_000_009,
        "Yuki Tanaka",
        "yuki-tanaka",
        (1, Some(2)),
    );
    let sent = |id: u64, name: &'static str, slug: &'static str, days| {
        let mut p = person(id, name, slug, days);
        p.key = format!("in:{slug}");
        p.label = "Sent 1 week ago";
        p
    };
    let lars = sent(1, "Lars Berg", "lars-berg", (7, Some(14)));
    let amara = sent(2, "Amara Eze", "amara-eze", (14, Some(21)));
    let diego = sent(3, "Diego Lopez", "diego-lopez", (30, Some(60)));

    let focused = || view(Tab::Received, Some("focused"), None);
    let complete = || Completeness::Complete;
    let mut ledger = Ledger::new();
    let day = |n: i64| T0 + n * DAY_MS;

    let all_focused = [&jane, &omar, &news, &li, &priya, &mateo, &chloe, &kwame];
    let counts = |focused: u32| [("focused", focused), ("other", 1)];
    observe(
        &mut ledger,
        read(
            MARIA,
            focused(),
            Era::E,
            complete(),
            &all_focused,
            &counts(8),
        ),
        day(0),
    );
    observe(
        &mut ledger,
        read(
            MARIA,
            view(Tab::Received, Some("other"), None),
            Era::E,
            complete(),
            &[&yuki],
            &counts(8),
        ),
        day(0) + 60_000,
    );
    observe(
        &mut ledger,
        read(
            MARIA,
            view(Tab::Sent, None, None),
            Era::E,
            complete(),
            &[&lars, &amara, &diego],
            &[],
        ),
        day(0) + 120_000,
    );

    let mut bob = person(7_500_000_000_001, "Bob Stone", "bob-stone", (3, Some(4)));
    bob.mutuals = Some("4 mutual connections");
    let mut ana = person(7_500_000_000_002, "Ana Costa", "ana-costa", (7, Some(14)));
    ana.kind = InvitationKind::PersonFollowing;
    let eli = person(7_500_000_000_003, "Eli Cohen", "eli-cohen", (14, Some(21)));
    let mei = person(7_500_000_000_004, "Mei Lin", "mei-lin", (30, Some(60)));
    let tom = person(
        7_500_000_000_005,
        "Tom Becker",
        "tom-becker",
        (60, Some(90)),
    );
    let newcomer = person(7_500_000_000_006, "Noor Ali", "noor-ali", (0, Some(1)));
    let received = || view(Tab::Received, None, None);
    observe(
        &mut ledger,
        read(
            SAM,
            received(),
            Era::D,
            complete(),
            &[&bob, &ana, &eli, &mei, &tom],
            &[],
        ),
        day(0) + HOUR_MS,
    );

    diff::record_action(
        &mut ledger,
        Some(MARIA),
        &jane.key,
        UserAction::Accept,
        day(1),
    );
    diff::record_action(
        &mut ledger,
        Some(MARIA),
        &omar.key,
        UserAction::Ignore,
        day(1) + 60_000,
    );
    diff::record_action(
        &mut ledger,
        Some(MARIA),
        &lars.key,
        UserAction::Withdraw,
        day(1) + 120_000,
    );
    diff::record_action(
        &mut ledger,
        None,
        "urn:li:invitation:7600000000001",
        UserAction::Ignore,
        day(1) + 180_000,
    );

    let raised = observe(
        &mut ledger,
        read(
            MARIA,
            focused(),
            Era::E,
            complete(),
            &[&news, &priya, &mateo, &chloe, &kwame],
            &counts(5),
        ),
        day(2),
    );
    assert_eq!(raised, 1, "Li vanishes");
    let raised = observe(
        &mut ledger,
        read(SAM, received(), Era::D, complete(), &[&newcomer, &tom], &[]),
        day(2) + HOUR_MS,
    );
    assert_eq!(raised, 1, "Sam's mass disappearance");

    let raised = observe(
        &mut ledger,
        read(
            MARIA,
            focused(),
            Era::E,
            complete(),
            &[&news, &priya, &mateo, &chloe],
            &counts(4),
        ),
        day(3),
    );
    assert_eq!(raised, 1, "Kwame vanishes");
    assert!(diff::resolve_by_user(
        &mut ledger,
        Some(MARIA),
        &kwame.key,
        day(3) + HOUR_MS
    ));

    observe(
        &mut ledger,
        read(
            MARIA,
            view(Tab::Sent, None, None),
            Era::E,
            complete(),
            &[&amara],
            &[],
        ),
        day(4),
    );
    let raised = observe(
        &mut ledger,
        read(
            MARIA,
            focused(),
            Era::E,
            complete(),
            &[&news, &priya, &mateo],
            &counts(3),
        ),
        day(4) + HOUR_MS,
    );
    assert_eq!(raised, 1, "Chloé vanishes");

    // Li's vanish was seen in the popup before Li came back.
    let li_event = (ledger.accounts[MARIA].events.iter())
        .find(|event| matches!(&event.kind, ledger::EventKind::Vanished { key } if *key == li.key))
        .map(|event| event.id);
    diff::mark_events_seen(&mut ledger, &li_event.into_iter().collect::<Vec<_>>());
    let raised = observe(
        &mut ledger,
        read(
            MARIA,
            focused(),
            Era::E,
            complete(),
            &[&li, &news, &priya, &mateo],
            &counts(4),
        ),
        day(5),
    );
    assert_eq!(raised, 1, "Li re-sent");

    // The last read: Maria's Focused list with fewer rows than its count (partial).
    let mut last = read(
        MARIA,
        focused(),
        Era::E,
        Completeness::Partial {
            reason: PartialReason::CountExceedsCards {
                expected: 4,
                rendered: 3,
            },
        },
        &[&li, &news, &priya],
        &counts(4),
    );
    last.count = Some(4);
    observe(&mut ledger, last, day(5) + 2 * HOUR_MS);

    let settings = Settings {
        tone: Tone::Professional,
        language: Some(Lang::German),
        in_page_card: true,
        notifications: false,
        retention_days: 3650,
    };
    let problem = problem_after(
        "QUOTA_BYTES quota exceeded",
        AfterFailure::SavedAfterPruning { pruned: 12 },
    )
    .to_stored();
    (ledger, settings, problem)
}

/// One account in era C; an invitation seen only in a filtered view; the last read a page
/// whose layout was not recognised (its reason stored).
fn unreadable_last_read() -> (Ledger, Settings) {
    let mut ledger = Ledger::new();
    let mut ravi = person(7_700_000_000_001, "Ravi Patel", "ravi-patel", (7, Some(14)));
    ravi.kind = InvitationKind::PersonFollowing;
    let mut group = person(
        7_700_000_000_002,
        "Rustaceans Berlin",
        "rustaceans-berlin",
        (1, Some(2)),
    );
    group.kind = InvitationKind::Group;
    group.headline = None;
    let ines = person(
        7_700_000_000_003,
        "Inès Dubois",
        "ines-dubois",
        (30, Some(60)),
    );
    let account = "in:alex-kim";
    observe(
        &mut ledger,
        read(
            account,
            view(Tab::Received, None, None),
            Era::C,
            Completeness::Complete,
            &[&ravi, &group],
            &[],
        ),
        T0,
    );
    observe(
        &mut ledger,
        read(
            account,
            view(Tab::Received, None, Some("PEOPLE_WITH_MUTUAL_CONNECTION")),
            Era::C,
            Completeness::Complete,
            &[&ines],
            &[],
        ),
        T0 + HOUR_MS,
    );
    let unreadable = PageRead::unrecognised(UnrecognisedReason::UnknownLayout);
    observe(&mut ledger, unreadable, T0 + 2 * HOUR_MS);
    let settings = Settings {
        tone: Tone::Brief,
        language: None,
        in_page_card: false,
        notifications: true,
        retention_days: 3650,
    };
    (ledger, settings)
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Err(error) = std::fs::write(&path, text) {
        eprintln!("stored_samples: cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}

fn write_sample(
    root: &Path,
    name: &str,
    ledger: &Ledger,
    settings: &Settings,
    problem: Option<&str>,
) {
    let dir = root.join(name);
    if dir.exists() {
        eprintln!(
            "stored_samples: {} exists: a checked-in sample is never written again",
            dir.display()
        );
        std::process::exit(1);
    }
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("stored_samples: cannot create {}: {error}", dir.display());
        std::process::exit(1);
    }
    let split = ledger::encode_split(ledger);
    // What the background stores, exactly: the two texts, each the value of its key.
    write(&dir, "ledger.txt", &split.news);
    write(&dir, "ledgerPending.txt", &split.pending);
    let settings = serde_json::to_string_pretty(settings).unwrap_or_default();
    write(&dir, "settings.json", &format!("{settings}\n"));
    if let Some(problem) = problem {
        write(&dir, "storageProblem.txt", problem);
    }
    // The decoded ledger, as the options page exports it (`history`).
    let decoded = match ledger::decode_split(Some(&split.news), Some(&split.pending)) {
        Ok(decoded) => decoded,
        Err(error) => {
            eprintln!("stored_samples: {name} does not decode: {error}");
            std::process::exit(1);
        }
    };
    assert_eq!(&decoded, ledger, "{name}: the texts decode to the ledger");
    let export: serde_json::Value =
        serde_json::from_str(&ledger::encode_json(&decoded)).unwrap_or_default();
    let export = serde_json::to_string_pretty(&export).unwrap_or_default();
    write(&dir, "export.json", &format!("{export}\n"));
    println!("{}", dir.display());
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("samples")
        .join(format!("format-{CURRENT_VERSION}"));
    let (ledger, settings, problem) = two_accounts();
    write_sample(&root, "two-accounts", &ledger, &settings, Some(&problem));
    let (ledger, settings) = unreadable_last_read();
    write_sample(&root, "unreadable-last-read", &ledger, &settings, None);
}
