//! The process's allocator: glibc's `malloc`, with the number of its arenas capped.
//!
//! glibc gives each thread that allocates while another holds the main arena an arena of
//! its own, up to eight per core, and an arena keeps what was freed in it for later. The
//! hub's requests run their database work on blocking-pool threads, so a burst of queries
//! from several clients left several arenas each holding what its thread once needed:
//! 20k tracks, 8 clients, resident memory 128 to 130 MB after the query run against 74 to
//! 78 MB before it (issue 17's bound: 120 MB). Capped at four arenas, the same run ends at
//! 97 to 104 MB (at two 88 to 94 MB, at one 72 MB). One client's requests cost the same
//! CPU and time either way; under 32 clients on two cores the busiest route (an album)
//! loses about a fifth of its throughput at four arenas, a third at two, half at one:
//! BENCHMARKS.md, "glibc's arenas capped".

use std::ffi::OsStr;

/// The arenas glibc may make: two per core of the two-core machine it was measured on,
/// enough that eight clients' threads rarely wait on each other's.
pub const MAX_ARENAS: i32 = 4;

/// The environment variable glibc reads at start for the same setting.
pub const ENV: &str = "MALLOC_ARENA_MAX";

/// The cap to set, given the environment's `MALLOC_ARENA_MAX` and `GLIBC_TUNABLES`: none
/// when either already says (glibc has applied it, and an operator's choice wins).
pub fn arena_cap(arena_max: Option<&OsStr>, tunables: Option<&OsStr>) -> Option<i32> {
    let tuned = tunables.is_some_and(|tunables| {
        tunables
            .to_string_lossy()
            .split(':')
            .any(|setting| setting.trim_start().starts_with("glibc.malloc.arena_max="))
    });
    (arena_max.is_none() && !tuned).then_some(MAX_ARENAS)
}

/// Caps glibc's arenas (`MAX_ARENAS`) unless the environment set its own (either way). Call it first
/// thing in `main`, before any thread is started: arenas already made stay.
pub fn cap_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if let Some(cap) = arena_cap(
        std::env::var_os(ENV).as_deref(),
        std::env::var_os("GLIBC_TUNABLES").as_deref(),
    ) {
        // SAFETY: `mallopt` sets one of glibc's allocator parameters and touches no Rust
        // memory; called before any other thread exists, nothing races with it.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, cap);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_wins_over_the_cap() {
        assert_eq!(arena_cap(None, None), Some(MAX_ARENAS));
        let other_tunable = OsStr::new("glibc.malloc.tcache_count=0");
        assert_eq!(arena_cap(None, Some(other_tunable)), Some(MAX_ARENAS));
        assert_eq!(arena_cap(Some(OsStr::new("2")), None), None);
        // Set but empty is still the operator's, not ours to replace.
        assert_eq!(arena_cap(Some(OsStr::new("")), None), None);
        let tuned = OsStr::new("glibc.malloc.tcache_count=0:glibc.malloc.arena_max=8");
        assert_eq!(arena_cap(None, Some(tuned)), None);
    }
}
