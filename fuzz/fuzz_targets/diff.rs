//! Fuzz target: the diff over arbitrary histories. The input is read with `arbitrary` as a
//! sequence of steps (page reads built directly as `PageRead` values, the user's clicks, answers,
//! pruning) over small pools of keys, names and accounts, so that reads keep meeting the same
//! invitations. After every observation `check_step` holds (an invitation on the page is never
//! reported vanished; unsettled, unrecognised, unattributed, filtered, loading or unknown reads
//! declare nothing gone; nothing is lost; the same observation twice changes nothing), and the
//! final ledger survives encode → decode.

#![no_main]

#[path = "../../crate/tests/support/invariants.rs"]
mod invariants;

use arbitrary::{Result, Unstructured};
use invariants::{Step, ACCOUNTS, AGES, HOUR_MS, KEYS, NAMES, PROFILES};
use invite_watch::diff::Observation;
use invite_watch::page::{
    AgeRange, CardSource, Completeness, Era, InvitationKind, PageInvitation, PageRead,
    PartialReason, ReadStatus, Tab, UnrecognisedReason, UserAction, View,
};
use libfuzzer_sys::fuzz_target;

const DAY_MS: i64 = 24 * HOUR_MS;

fn invitation(u: &mut Unstructured) -> Result<PageInvitation> {
    let key = *u.choose(KEYS)?;
    let name = *u.choose(NAMES)?;
    let age = match u.int_in_range(0..=7u8)? {
        0 => None,
        1 => Some(AgeRange {
            min_days: u.int_in_range(0..=400)?,
            max_days: u.arbitrary()?,
        }),
        _ => {
            let min_days = *u.choose(AGES)?;
            let span = *u.choose(&[Some(1u32), Some(1), Some(7), None])?;
            Some(AgeRange {
                min_days,
                max_days: span.map(|s| min_days + s),
            })
        }
    };
    Ok(PageInvitation {
        key: key.to_string(),
        kind: *u.choose(&[
            InvitationKind::Person,
            InvitationKind::PersonFollowing,
            InvitationKind::Newsletter,
            InvitationKind::Page,
        ])?,
        name: name.to_string(),
        headline: Some(format!("Headline of {name}")),
        profile_url: if u.arbitrary()? {
            Some(u.choose(PROFILES)?.to_string())
        } else {
            None
        },
        time_label: age.map(|a| format!("{} days ago", a.min_days)),
        age,
        mutuals: None,
        note: if u.ratio(1, 4)? {
            Some("Loved your talk".to_string())
        } else {
            None
        },
        source: CardSource::WholeCard,
    })
}

fn completeness(u: &mut Unstructured) -> Result<Completeness> {
    let reason = match u.int_in_range(0..=8u8)? {
        0..=3 => return Ok(Completeness::Complete),
        4 => PartialReason::Loading,
        5 | 6 => PartialReason::MoreToLoad,
        7 => PartialReason::Unknown,
        _ => PartialReason::CountExceedsCards {
            expected: u.int_in_range(0..=20)?,
            rendered: u.int_in_range(0..=20)?,
        },
    };
    Ok(Completeness::Partial { reason })
}

fn observation(u: &mut Unstructured) -> Result<Observation> {
    let status = match u.int_in_range(0..=9u8)? {
        0 => ReadStatus::Unrecognised {
            reason: UnrecognisedReason::UnknownLayout,
        },
        1 => ReadStatus::Unrecognised {
            reason: UnrecognisedReason::Restricted,
        },
        _ => ReadStatus::Recognised,
    };
    let recognised = status == ReadStatus::Recognised;
    let tab = *u.choose(&[
        Tab::Received,
        Tab::Received,
        Tab::Received,
        Tab::Sent,
        Tab::Other,
    ])?;
    let bucket = *u.choose(&[None, None, None, None, Some("focused"), Some("other")])?;
    let filter = *u.choose(&[None, None, None, None, None, Some("verified")])?;
    let account = match u.int_in_range(0..=9u8)? {
        0 | 1 => None,
        2..=6 => Some("in:me"),
        _ => Some(*u.choose(ACCOUNTS)?),
    };
    let mut invitations = Vec::new();
    for _ in 0..u.int_in_range(0..=6u8)? {
        invitations.push(invitation(u)?);
    }
    if u.ratio(7, 10)? {
        // Newest first, as LinkedIn lists them: partial reads can prove absences by position.
        invitations.sort_by_key(|i| i.age.map(|a| a.min_days));
    }
    let mut acknowledged = Vec::new();
    if u.ratio(1, 6)? {
        acknowledged.push(if u.arbitrary()? {
            u.choose(KEYS)?.to_string()
        } else {
            u.choose(NAMES)?.to_string()
        });
    }
    let read = PageRead {
        view: View {
            tab,
            bucket: bucket.map(str::to_string),
            filter: filter.map(str::to_string),
        },
        status,
        completeness: completeness(u)?,
        era: *u.choose(&[None, Some(Era::C), Some(Era::D), Some(Era::E)])?,
        account: account.map(str::to_string),
        count: u32::try_from(invitations.len()).ok(),
        invitations: if recognised { invitations } else { Vec::new() },
        acknowledged: if recognised { acknowledged } else { Vec::new() },
    };
    Ok(Observation {
        read,
        settled: u.ratio(4, 5)?,
    })
}

fn step(u: &mut Unstructured) -> Result<(i64, Step)> {
    let dt = match u.int_in_range(0..=10u8)? {
        0 | 1 => 0,
        2..=5 => u.int_in_range(0..=2 * HOUR_MS)?,
        6..=8 => u.int_in_range(0..=20 * DAY_MS)?,
        9 => u.int_in_range(0..=400 * DAY_MS)?,
        _ => -u.int_in_range(0..=2 * HOUR_MS)?,
    };
    let account = |u: &mut Unstructured| -> Result<Option<&'static str>> {
        Ok(if u.arbitrary()? {
            Some(*u.choose(ACCOUNTS)?)
        } else {
            None
        })
    };
    let step = match u.int_in_range(0..=17u8)? {
        0..=11 => Step::Observe(observation(u)?),
        12 | 13 => Step::Click(
            account(u)?,
            u.choose(KEYS)?,
            *u.choose(&[UserAction::Accept, UserAction::Ignore, UserAction::Withdraw])?,
        ),
        14 => Step::Resolve(account(u)?, u.choose(KEYS)?),
        15 => Step::ResolveEvent(u.int_in_range(1..=12)?),
        16 => {
            let mut ids = Vec::new();
            for _ in 0..u.int_in_range(0..=2u8)? {
                ids.push(u.int_in_range(1..=12)?);
            }
            Step::MarkSeen(ids)
        }
        _ => Step::Prune(u.int_in_range(0..=60)?),
    };
    Ok((dt, step))
}

/// The steps the input describes, up to 32 (fewer when it runs out).
fn steps(data: &[u8]) -> Vec<(i64, Step)> {
    let mut u = Unstructured::new(data);
    let mut steps = Vec::new();
    while steps.len() < 32 && !u.is_empty() {
        match step(&mut u) {
            Ok(step) => steps.push(step),
            Err(_) => break,
        }
    }
    steps
}

fuzz_target!(|data: &[u8]| {
    let steps = steps(data);
    let (ledger, _) = match invariants::run_steps(&steps, invariants::check_step) {
        Ok(done) => done,
        Err(violation) => panic!("diff: {violation}\nsteps: {steps:#?}"),
    };
    if let Err(violation) = invariants::check_round_trip(&ledger) {
        panic!("codec: {violation}\nsteps: {steps:#?}");
    }
});
