//! Fuzz target: the ledger decoder over arbitrary bytes (as UTF-8, invalid bytes replaced, the
//! way storage hands text back). `check_decode`: no panic; undecodable text is kept aside and a
//! fresh ledger starts; decodable text gives a current-version ledger that re-encodes to itself.

#![no_main]

#[path = "../../crate/tests/support/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(violation) = invariants::check_decode(&text) {
        panic!("decode: {violation}");
    }
});
