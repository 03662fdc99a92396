//! The scanner: from music folders to the catalogue.
//!
//! # Layout
//! - `roots`: the `--library` folders and their ids.
//! - `walk`: the counting walk (every audio file first, for an honest total; folder art).
//! - `tags`: one file read with lofty: tags and audio properties, never a panic.
//! - `tag_write`: the reverse for the overridable fields: values written into one file's
//!   tags (`music-hub tags write` runs it on a temporary copy, see `app::metadata`).
//! - `artwork`: which embedded picture stands for a file, image checks, artwork ids.
//! - `names` and `ids`: the pure functions behind grouping, sorting and derived ids.
//! - `entry`: one file's catalogue rows, grouped the way users expect.
//! - `fields`: the fields a person can override, and how an override lands on a file's
//!   tags before `entry` derives its rows (the scanner applies them on every write).
//! - `job`: one scan, start to end, committed in batches; one module per stage (record,
//!   read, commit, prune, finalize, album facts) and `job::ScanSetup`, the one way the
//!   hub, the CLI and the benchmark build a scan.
//! - `lock`: the data dir's scan lock, so that only one process scans a catalogue (and
//!   only it may call a run left marked running interrupted; `music-hub tags write` holds
//!   it too, so that no scan reads a file while it is rewritten).
//! - `progress`: a running scan's live counters.
//! - `scanner`: the hub's single scan at a time, its progress feed and cancelling.
//! - `watcher`: file-system changes, debounced into small scans; set up on a thread of
//!   its own.
//! - `command`: `music-hub scan`, with a progress bar.
//! - `generate`: copies of the test fixtures, retagged, for large test libraries and the
//!   benchmark.

pub mod artwork;
pub mod command;
pub mod entry;
pub mod fields;
pub mod generate;
pub mod ids;
pub mod job;
pub mod lock;
pub mod m3u;
pub mod names;
pub mod playlist_match;
pub mod progress;
pub mod roots;
pub mod scanner;
pub mod tag_write;
pub mod tags;
pub mod walk;
pub mod watcher;
