//! Lengths of time every layer shares, defined once. Imports nothing.

/// One hour in milliseconds.
pub const HOUR_MS: i64 = 60 * 60 * 1000;

/// One day in milliseconds. Times in the ledger and the diff are `i64` milliseconds; the
/// advice's durations are `u64` ([`DAY_MS_U64`], the same day).
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// [`DAY_MS`] as the advice's unsigned durations count it.
pub const DAY_MS_U64: u64 = DAY_MS.unsigned_abs();
