//! Tests of the ledger: unit tests and scenarios (sequences of page reads over time).
