//! The bench's hooks into the content engine: counters and times of reads, settle timers,
//! mutation batches and DOM calls, read by `./scripts/bench` through `content_stats()`.
//!
//! They exist only in a build with the cargo feature `bench` (scripts/build makes one into
//! `target/bench-extension/`, which the bench loads). The shipped build (dist/) is built
//! without it: every hook below is then an empty inline stand-in, so the content engine carries
//! no counters, no timing of its tasks and none of the three bench exports
//! (`content_stats`, `content_reset_longest`, `content_read_now`); scripts/scan-dist.mjs checks
//! that dist's engines export none of them.

/// What the content engine counts, one at a time.
#[derive(Clone, Copy)]
pub(super) enum Stat {
    /// Reads finished (each a whole read of the page, sliced or not).
    Reads,
    /// Settle timers that fired.
    TimersFired,
    /// Mutation-observer callbacks (each a batch of mutations).
    MutationBatches,
    /// Reads dropped half-way because the page changed.
    ReadsDropped,
}

#[cfg(feature = "bench")]
pub(super) use counters::*;
#[cfg(not(feature = "bench"))]
pub(super) use stand_ins::*;

/// The counters themselves (feature `bench`).
#[cfg(feature = "bench")]
mod counters {
    use super::Stat;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    // Indexes into `content_stats()` (scripts/bench.mjs reads them by these numbers):
    /// Reads finished.
    const READS: usize = 0;
    /// Settle timers that fired.
    const TIMERS_FIRED: usize = 1;
    /// Mutation-observer callbacks.
    const MUTATION_BATCHES: usize = 2;
    /// `performance.now()` when the loader script started (given by it).
    const INJECTED_AT: usize = 3;
    /// `performance.now()` when the engine started watching.
    const STARTED_AT: usize = 4;
    /// `performance.now()` when the first read was done (0 until then).
    const FIRST_READ_AT: usize = 5;
    /// How long the first read took, in milliseconds.
    const FIRST_READ_MS: usize = 6;
    /// Calls the page reader made into the page's DOM across the wasm boundary, in total.
    const DOM_CALLS: usize = 7;
    /// Milliseconds the engine's reading tasks took (each a settle timer's callback or a slice
    /// of a read: reading, the comparison and, for a new confirmed read, handing the report
    /// on), in total: the main-thread time reads cost.
    const TASK_MS_TOTAL: usize = 8;
    /// The longest of those tasks, in milliseconds (Firefox has no `longtask` entries).
    const TASK_MS_LONGEST: usize = 9;
    /// The last finished read: its main-thread time (its slices together) in milliseconds.
    const LAST_READ_MS: usize = 10;
    /// The last finished read: how many slices it took.
    const LAST_READ_SLICES: usize = 11;
    /// Reads dropped half-way because the page changed.
    const READS_DROPPED: usize = 12;
    /// The longest time a read took to locate the page and its rows (`PageReader::begin`: the
    /// page-level checks), in milliseconds: part of a read's first slice.
    const LOCATE_MS_LONGEST: usize = 13;
    const STAT_COUNT: usize = 14;

    thread_local! {
        static STATS: RefCell<[f64; STAT_COUNT]> = const { RefCell::new([0.0; STAT_COUNT]) };
    }

    #[wasm_bindgen]
    extern "C" {
        /// `performance.now()`: milliseconds since the page's navigation started.
        #[wasm_bindgen(js_namespace = performance, js_name = now)]
        fn performance_now() -> f64;
    }

    fn with(change: impl FnOnce(&mut [f64; STAT_COUNT])) {
        STATS.with(|s| change(&mut s.borrow_mut()));
    }

    /// Counts one more `stat`.
    pub(in crate::browser) fn count(stat: Stat) {
        let index = match stat {
            Stat::Reads => READS,
            Stat::TimersFired => TIMERS_FIRED,
            Stat::MutationBatches => MUTATION_BATCHES,
            Stat::ReadsDropped => READS_DROPPED,
        };
        with(|s| s[index] += 1.0);
    }

    /// Counts `calls` DOM calls of the page reader.
    pub(in crate::browser) fn count_dom_calls(calls: u32) {
        with(|s| s[DOM_CALLS] += f64::from(calls));
    }

    /// The engine started watching; `injected_at` is the loader script's `performance.now()`.
    pub(in crate::browser) fn started(injected_at: f64) {
        let now = performance_now();
        with(|s| {
            s[INJECTED_AT] = injected_at;
            s[STARTED_AT] = now;
        });
    }

    /// A read located the page and its rows, having begun at `began` (`performance.now()`).
    pub(in crate::browser) fn located(began: f64) {
        let took = performance_now() - began;
        with(|s| s[LOCATE_MS_LONGEST] = s[LOCATE_MS_LONGEST].max(took));
    }

    /// A read finished: its main-thread time and slices (and the first read's time).
    pub(in crate::browser) fn read_done(busy_ms: f64, slices: f64) {
        let now = performance_now();
        with(|s| {
            s[LAST_READ_MS] = busy_ms;
            s[LAST_READ_SLICES] = slices;
            if s[FIRST_READ_AT] == 0.0 {
                s[FIRST_READ_AT] = now;
                s[FIRST_READ_MS] = busy_ms;
            }
        });
    }

    /// Runs one of the engine's reading tasks, timing it for the total and the longest.
    pub(in crate::browser) fn timed<T: ?Sized>(task: fn(&T), arg: &T) {
        let began = performance_now();
        task(arg);
        let took = performance_now() - began;
        with(|s| {
            s[TASK_MS_TOTAL] += took;
            s[TASK_MS_LONGEST] = s[TASK_MS_LONGEST].max(took);
        });
    }

    /// Forgets the longest task and locating, so that `content_stats()` then shows those of
    /// what follows.
    pub(in crate::browser) fn reset_longest() {
        with(|s| {
            s[TASK_MS_LONGEST] = 0.0;
            s[LOCATE_MS_LONGEST] = 0.0;
        });
    }

    /// The counters, in the order of the indexes above.
    pub(in crate::browser) fn stats() -> Vec<f64> {
        STATS.with(|s| s.borrow().to_vec())
    }
}

/// The shipped build's stand-ins: nothing is counted or timed.
#[cfg(not(feature = "bench"))]
mod stand_ins {
    use super::Stat;

    #[inline(always)]
    pub(in crate::browser) fn count(_: Stat) {}

    #[inline(always)]
    pub(in crate::browser) fn count_dom_calls(_: u32) {}

    #[inline(always)]
    pub(in crate::browser) fn started(_: f64) {}

    #[inline(always)]
    pub(in crate::browser) fn located(_: f64) {}

    #[inline(always)]
    pub(in crate::browser) fn read_done(_: f64, _: f64) {}

    #[inline(always)]
    pub(in crate::browser) fn timed<T: ?Sized>(task: fn(&T), arg: &T) {
        task(arg);
    }
}
