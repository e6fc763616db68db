//! The stored form of version 4: the version-3 data (see [`super::codec`]) with the entries out
//! of JSON, one line each, read by hand rather than through serde.
//!
//! Why: the background reads the whole ledger on its first message, and with 10,000 invitations
//! most of that time was `storage.local` handing over 1.6 MB of JSON (every `"` escaped once
//! more by the browser's own JSON storage) and serde decoding 10,000 maps with their field
//! names. A line per entry with fields in a fixed order is about a quarter smaller, has no
//! quotes to escape, and is split at its `|` bytes (see `find_byte`).
//!
//! The text is:
//!
//! ```text
//! {"version":4,"t0":…,"a":{"in:me":{"b":"focused","e":[…]}},"lr":…,"ne":…}
//! A|<account key>
//! r|<key>|<n>|<h>|<u>|<ki>|<m>|<mu>|<f>|<l>|<ag>|<se>|<sl>|<b>|<fo>|<s>
//! s|<key>|<n>|<h>|<u>|<f>|<l>|<ag>|<se>|<sl>|<s>
//! ```
//!
//! - The first line is the version-3 JSON object without any entries (`r`, `s`): accounts, their
//!   usual bucket (`b`) and events (`e`), the last read, the next event id.
//! - `A|` starts the entries of an account; `r|` is a received entry, `s|` a sent one, with the
//!   version-3 fields (same meanings, same units) in the order above.
//! - Text fields are escaped: `\\` for `\`, `\p` for `|`, `\n` and `\r` for line breaks. An
//!   optional text (`h`, `u`, `m`) is empty when absent and `\e` when present but empty.
//! - Numbers are decimal; `f` and `l` are empty for 0, `se` and `sl` when absent; `ag` is
//!   `latest` or `latest,earliest` (empty: none).
//! - `ki` is empty for a person, otherwise the kind as JSON (`"Page"`); `mu` is the version-3
//!   mutuals as JSON (`3`, `["Ann",4]`, `["Ann"]`, `"any other line"`), empty when absent.
//! - `b` is empty for the account's usual bucket, `!` for none, `=<bucket>` for another.
//! - `fo` is `1` or empty; `s` is `p` for pending, otherwise the version-3 state as JSON.
//!
//! Anything else (a missing or extra field, an unknown line, a bad number or escape) is
//! [`CodecError::Corrupt`], with the line number.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::page::InvitationKind;

use super::codec::{
    from_v3, received_from_v3, sent_from_v3, CodecError, EntryV3, Epoch, LedgerV3, MutualsV3,
    SentEntryV3, SentStateV3, StateV3,
};
use super::model::{Entry, Ledger, SentEntry};

/// Writes `stored` (made by the codec at the current version) in this form.
pub(super) fn write(mut stored: LedgerV3) -> String {
    let entries: Vec<_> = stored
        .accounts
        .iter_mut()
        .map(|(key, account)| {
            let received = std::mem::take(&mut account.received);
            let sent = std::mem::take(&mut account.sent);
            (key.clone(), received, sent)
        })
        .collect();
    let mut out = json(&stored);
    for (account, received, sent) in entries {
        if received.is_empty() && sent.is_empty() {
            continue;
        }
        out.push_str("\nA|");
        escape(&mut out, &account);
        for (key, entry) in received {
            write_received(&mut out, &key, entry);
        }
        for (key, entry) in sent {
            write_sent(&mut out, &key, entry);
        }
    }
    out
}

/// Which entries [`read`] keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    Every,
    /// All but pending ones (received or sent): their lines, which end in `|p`, are skipped
    /// unread.
    AllButPending,
}

/// Reads text in this form whose first line, `head`, is already parsed.
pub(super) fn read(head: Value, text: &str, keep: Keep) -> Result<Ledger, CodecError> {
    let stored: LedgerV3 = serde_json::from_value(head).map_err(|error| CodecError::Corrupt {
        detail: format!("version 4 first line: {error}"),
    })?;
    let epoch = Epoch(stored.epoch_s);
    let usual: BTreeMap<String, Option<String>> = stored
        .accounts
        .iter()
        .map(|(key, account)| (key.clone(), account.usual_bucket.clone()))
        .collect();
    let mut ledger = from_v3(stored);
    let mut batch = Batch::default();
    let mut lines = Lines(Some(text));
    lines.next();
    for (index, line) in lines.enumerate() {
        let at = Line(index + 2);
        let bytes = line.as_bytes();
        if bytes.len() < 2 || bytes[1] != b'|' {
            return Err(at.corrupt("not an entry line"));
        }
        let rest = &line[2..];
        match bytes[0] {
            b'A' => {
                batch.flush(&mut ledger);
                let key = unescape(rest).map_err(|what| at.corrupt(what))?;
                batch.usual = usual.get(&key).cloned().flatten();
                batch.account = Some(key);
            }
            tag @ (b'r' | b's') => {
                if batch.account.is_none() {
                    return Err(at.corrupt("an entry before any account line"));
                }
                // A field holds no raw `|`, so a line ending in `|p` is a pending entry.
                if keep == Keep::AllButPending && line.ends_with("|p") {
                    continue;
                }
                read_entry(&mut batch, epoch, tag == b'r', rest, at)?;
            }
            _ => return Err(at.corrupt("not an entry line")),
        }
    }
    batch.flush(&mut ledger);
    Ok(ledger)
}

/// Reads one entry line (`rest`: after its `r|` or `s|`) into the batch.
///
/// Never inlined, on purpose: a browser runs the first calls of wasm code in its baseline
/// compiler and swaps in optimised code only for later *calls* of a function. Called once per
/// entry, this function is optimised after its first few hundred lines; inlined into the loop of
/// [`read`] (called once per decode), every line of a worker's first decode would run
/// unoptimised (measured in Chromium: 64 ms for 10,000 entries, against 18 ms once optimised).
#[inline(never)]
fn read_entry(
    batch: &mut Batch,
    epoch: Epoch,
    received: bool,
    rest: &str,
    at: Line,
) -> Result<(), CodecError> {
    let mut fields = Fields::new(rest, at);
    let key = fields.text()?;
    if received {
        let entry = read_received(&mut fields)?;
        fields.end()?;
        let entry = received_from_v3(epoch, &batch.usual, key, entry);
        batch.received.push(entry);
    } else {
        let entry = read_sent(&mut fields)?;
        fields.end()?;
        batch.sent.push(sent_from_v3(epoch, key, entry));
    }
    Ok(())
}

/// The index of the first `needle` in `hay`, looked for eight bytes at a time (a zero byte in
/// the word XOR the needle repeated; the lowest such byte is the first match). A byte loop was
/// most of a decode's time in a browser's baseline compiler: every byte of the text is looked
/// at twice, once for the line and once for the field. Not inlined, so that it is optimised
/// early (see [`read_entry`]).
#[inline(never)]
pub(super) fn find_byte(hay: &[u8], needle: u8) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let pattern = LOW * u64::from(needle);
    let mut chunks = hay.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ pattern;
        let zero = x.wrapping_sub(LOW) & !x & HIGH;
        if zero != 0 {
            return Some(start + (zero.trailing_zeros() / 8) as usize);
        }
        start += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|i| start + i)
}

/// The lines of a text, split at every `\n` (as `split('\n')`, by bytes).
struct Lines<'a>(Option<&'a str>);

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.0?;
        match find_byte(text.as_bytes(), b'\n') {
            Some(end) => {
                self.0 = Some(&text[end + 1..]);
                Some(&text[..end])
            }
            None => {
                self.0 = None;
                Some(text)
            }
        }
    }
}

/// Entries read for one account, put into its maps at once (they are written in key order, so
/// the maps are built without a search per entry).
#[derive(Default)]
struct Batch {
    account: Option<String>,
    /// The account's usual bucket, from the first line.
    usual: Option<String>,
    received: Vec<(String, Entry)>,
    sent: Vec<(String, SentEntry)>,
}

impl Batch {
    fn flush(&mut self, ledger: &mut Ledger) {
        let Some(key) = self.account.take() else {
            return;
        };
        let account = ledger.accounts.entry(key).or_default();
        let received = std::mem::take(&mut self.received);
        if account.received.is_empty() {
            account.received = received.into_iter().collect();
        } else {
            account.received.extend(received);
        }
        let sent = std::mem::take(&mut self.sent);
        if account.sent.is_empty() {
            account.sent = sent.into_iter().collect();
        } else {
            account.sent.extend(sent);
        }
    }
}

/// A line number, for errors.
#[derive(Clone, Copy)]
struct Line(usize);

impl Line {
    fn corrupt(self, what: impl std::fmt::Display) -> CodecError {
        CodecError::Corrupt {
            detail: format!("version 4 line {}: {what}", self.0),
        }
    }
}

/// The fields of one entry line.
struct Fields<'a> {
    /// What is left of the line (`None` once the last field was taken).
    rest: Option<&'a str>,
    line: Line,
}

/// Whether a field is exactly one given ASCII character.
fn is(field: &str, c: u8) -> bool {
    field.len() == 1 && field.as_bytes()[0] == c
}

impl<'a> Fields<'a> {
    fn new(rest: &'a str, line: Line) -> Self {
        Fields {
            rest: Some(rest),
            line,
        }
    }

    fn next(&mut self) -> Result<&'a str, CodecError> {
        let rest = self
            .rest
            .ok_or_else(|| self.line.corrupt("too few fields"))?;
        match find_byte(rest.as_bytes(), b'|') {
            Some(end) => {
                self.rest = Some(&rest[end + 1..]);
                Ok(&rest[..end])
            }
            None => {
                self.rest = None;
                Ok(rest)
            }
        }
    }

    fn end(self) -> Result<(), CodecError> {
        match self.rest {
            None => Ok(()),
            Some(_) => Err(self.line.corrupt("too many fields")),
        }
    }

    fn text(&mut self) -> Result<String, CodecError> {
        let field = self.next()?;
        unescape(field).map_err(|what| self.line.corrupt(what))
    }

    fn optional_text(&mut self) -> Result<Option<String>, CodecError> {
        let field = self.next()?;
        if field.is_empty() {
            return Ok(None);
        }
        if field.len() == 2 && field.as_bytes() == [b'\\', b'e'] {
            return Ok(Some(String::new()));
        }
        unescape(field)
            .map(Some)
            .map_err(|what| self.line.corrupt(what))
    }

    fn optional_number(&mut self) -> Result<Option<i64>, CodecError> {
        let field = self.next()?;
        if field.is_empty() {
            return Ok(None);
        }
        field
            .parse()
            .map(Some)
            .map_err(|_| self.line.corrupt(format!("{field:?} is not a number")))
    }

    fn number(&mut self) -> Result<i64, CodecError> {
        self.optional_number().map(Option::unwrap_or_default)
    }

    fn age_days(&mut self) -> Result<Option<Vec<i64>>, CodecError> {
        let field = self.next()?;
        if field.is_empty() {
            return Ok(None);
        }
        let mut days = Vec::with_capacity(2);
        for part in field.split(',') {
            match part.parse() {
                Ok(day) => days.push(day),
                Err(_) => {
                    return Err(self
                        .line
                        .corrupt(format!("{field:?} is not a list of days")))
                }
            }
        }
        Ok(Some(days))
    }

    /// A field holding JSON (escaped), such as a state other than pending.
    fn json<T: for<'de> Deserialize<'de>>(&mut self, field: &str) -> Result<T, CodecError> {
        let text = unescape(field).map_err(|what| self.line.corrupt(what))?;
        serde_json::from_str(&text).map_err(|error| self.line.corrupt(error))
    }
}

fn read_received(fields: &mut Fields) -> Result<EntryV3, CodecError> {
    let name = fields.text()?;
    let headline = fields.optional_text()?;
    let profile_url = fields.optional_text()?;
    let kind = match fields.next()? {
        "" => InvitationKind::Person,
        field => fields.json(field)?,
    };
    let note = fields.optional_text()?;
    let mutuals = match fields.next()? {
        "" => None,
        field if field.bytes().all(|b| b.is_ascii_digit()) => {
            Some(MutualsV3::Count(field.parse().map_err(|_| {
                fields.line.corrupt("mutuals count too large")
            })?))
        }
        field => Some(fields.json(field)?),
    };
    let first_seen = fields.number()?;
    let last_seen = fields.number()?;
    let age_days = fields.age_days()?;
    let sent_earliest = fields.optional_number()?;
    let sent_latest = fields.optional_number()?;
    let bucket = match fields.next()? {
        "" => None,
        field if is(field, b'!') => Some(None),
        field => match field.strip_prefix('=') {
            Some(bucket) => Some(Some(
                unescape(bucket).map_err(|what| fields.line.corrupt(what))?,
            )),
            None => return Err(fields.line.corrupt(format!("bucket {field:?}"))),
        },
    };
    let only_seen_filtered = match fields.next()? {
        "" => false,
        field if is(field, b'1') => true,
        field => return Err(fields.line.corrupt(format!("filtered flag {field:?}"))),
    };
    let state = match fields.next()? {
        field if is(field, b'p') => StateV3::Pending,
        field => fields.json(field)?,
    };
    Ok(EntryV3 {
        name,
        headline,
        profile_url,
        kind,
        note,
        mutuals,
        first_seen,
        last_seen,
        age_days,
        sent_earliest,
        sent_latest,
        bucket,
        only_seen_filtered,
        state,
    })
}

fn read_sent(fields: &mut Fields) -> Result<SentEntryV3, CodecError> {
    let name = fields.text()?;
    let headline = fields.optional_text()?;
    let profile_url = fields.optional_text()?;
    let first_seen = fields.number()?;
    let last_seen = fields.number()?;
    let age_days = fields.age_days()?;
    let sent_earliest = fields.optional_number()?;
    let sent_latest = fields.optional_number()?;
    let state = match fields.next()? {
        field if is(field, b'p') => SentStateV3::Pending,
        field => fields.json(field)?,
    };
    Ok(SentEntryV3 {
        name,
        headline,
        profile_url,
        first_seen,
        last_seen,
        age_days,
        sent_earliest,
        sent_latest,
        state,
    })
}

/// `\n<tag>|key|name|headline|url`: how a received (`r`) and a sent (`s`) line start.
fn write_person(
    out: &mut String,
    tag: &str,
    key: &str,
    name: &str,
    headline: Option<&str>,
    profile_url: Option<&str>,
) {
    out.push('\n');
    out.push_str(tag);
    out.push('|');
    escape(out, key);
    out.push('|');
    escape(out, name);
    out.push('|');
    write_optional_text(out, headline);
    out.push('|');
    write_optional_text(out, profile_url);
}

fn write_received(out: &mut String, key: &str, entry: EntryV3) {
    write_person(
        out,
        "r",
        key,
        &entry.name,
        entry.headline.as_deref(),
        entry.profile_url.as_deref(),
    );
    out.push('|');
    if entry.kind != InvitationKind::Person {
        escape(out, &json(&entry.kind));
    }
    out.push('|');
    write_optional_text(out, entry.note.as_deref());
    out.push('|');
    match &entry.mutuals {
        None => {}
        Some(MutualsV3::Count(n)) => push_number(out, *n),
        Some(other) => escape(out, &json(other)),
    }
    write_times(
        out,
        entry.first_seen,
        entry.last_seen,
        entry.age_days.as_deref(),
        entry.sent_earliest,
        entry.sent_latest,
    );
    out.push('|');
    match &entry.bucket {
        None => {}
        Some(None) => out.push('!'),
        Some(Some(bucket)) => {
            out.push('=');
            escape(out, bucket);
        }
    }
    out.push('|');
    if entry.only_seen_filtered {
        out.push('1');
    }
    out.push('|');
    match &entry.state {
        StateV3::Pending => out.push('p'),
        other => escape(out, &json(other)),
    }
}

fn write_sent(out: &mut String, key: &str, entry: SentEntryV3) {
    write_person(
        out,
        "s",
        key,
        &entry.name,
        entry.headline.as_deref(),
        entry.profile_url.as_deref(),
    );
    write_times(
        out,
        entry.first_seen,
        entry.last_seen,
        entry.age_days.as_deref(),
        entry.sent_earliest,
        entry.sent_latest,
    );
    out.push('|');
    match &entry.state {
        SentStateV3::Pending => out.push('p'),
        other => escape(out, &json(other)),
    }
}

/// `|f|l|ag|se|sl`.
fn write_times(
    out: &mut String,
    first_seen: i64,
    last_seen: i64,
    age_days: Option<&[i64]>,
    sent_earliest: Option<i64>,
    sent_latest: Option<i64>,
) {
    for value in [first_seen, last_seen] {
        out.push('|');
        if value != 0 {
            push_number(out, value);
        }
    }
    out.push('|');
    for (i, days) in age_days.unwrap_or_default().iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_number(out, *days);
    }
    for value in [sent_earliest, sent_latest] {
        out.push('|');
        if let Some(value) = value {
            push_number(out, value);
        }
    }
}

fn write_optional_text(out: &mut String, text: Option<&str>) {
    match text {
        None => {}
        Some("") => out.push_str("\\e"),
        Some(text) => escape(out, text),
    }
}

fn push_number(out: &mut String, n: impl std::fmt::Display) {
    // Writing into a String cannot fail.
    let _ = write!(out, "{n}");
}

fn json(value: &impl Serialize) -> String {
    // Serialising cannot fail: no map here is keyed by anything but strings.
    serde_json::to_string(value)
        .unwrap_or_else(|error| unreachable!("the ledger's parts serialise to JSON, but: {error}"))
}

const SPECIAL: [char; 4] = ['\\', '|', '\n', '\r'];

fn escape(out: &mut String, text: &str) {
    if !text.contains(SPECIAL) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\p"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(field: &str) -> Result<String, String> {
    if find_byte(field.as_bytes(), b'\\').is_none() {
        return Ok(field.to_owned());
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('p') => out.push('|'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            other => return Err(format!("unknown escape {other:?} in {field:?}")),
        }
    }
    Ok(out)
}
