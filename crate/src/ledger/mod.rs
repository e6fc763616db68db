//! What we know over time: every invitation seen, and the rules that may declare one vanished.
