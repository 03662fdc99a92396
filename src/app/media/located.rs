//! A short memory of where tracks' files are, so that a player fetching range after range
//! of one track (seeking, buffering) does not pay a catalogue query each time: that query
//! was the largest cost of a small range (`bench -- stream --probe`).
//!
//! Safe to keep briefly because a track's id is derived from its root and relative path
//! (`library::ids`), so an id never comes to mean another file; the file itself is still
//! resolved, checked against the library folders and opened at every request. What a stale
//! entry can do is serve, for at most `TTL`, a track the catalogue dropped moments ago whose
//! file is still inside a library folder.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::db::media::TrackFileRow;

/// How long a location is remembered.
const TTL: Duration = Duration::from_secs(2);
/// How many are remembered at most; a full memory first forgets what expired, then all.
const MAX_ENTRIES: usize = 1024;

pub struct Locations {
    ttl: Duration,
    entries: Mutex<HashMap<String, (Instant, Arc<TrackFileRow>)>>,
}

impl Default for Locations {
    fn default() -> Self {
        Locations::with_ttl(TTL)
    }
}

impl Locations {
    fn with_ttl(ttl: Duration) -> Locations {
        Locations {
            ttl,
            entries: Mutex::new(HashMap::new()),
        }
    }

    pub fn get(&self, track_id: &str) -> Option<Arc<TrackFileRow>> {
        let entries = self.entries.lock();
        let (at, row) = entries.get(track_id)?;
        (at.elapsed() < self.ttl).then(|| row.clone())
    }

    pub fn put(&self, track_id: &str, row: Arc<TrackFileRow>) {
        let mut entries = self.entries.lock();
        if entries.len() >= MAX_ENTRIES {
            let ttl = self.ttl;
            entries.retain(|_, (at, _)| at.elapsed() < ttl);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(track_id.to_owned(), (Instant::now(), row));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> Arc<TrackFileRow> {
        Arc::new(TrackFileRow {
            album_id: "alb".into(),
            root_path: "/music".into(),
            rel_path: "a.flac".into(),
            extension: "flac".into(),
            mime_type: None,
            format: "flac".into(),
            title: "A".into(),
            bitrate_kbps: None,
            duration_ms: 1_000,
            replaygain_track_gain_db: None,
            replaygain_track_peak: None,
            replaygain_album_gain_db: None,
            replaygain_album_peak: None,
        })
    }

    #[test]
    fn locations_are_forgotten_after_their_time() {
        let memory = Locations::with_ttl(Duration::from_millis(30));
        assert!(memory.get("t").is_none());
        memory.put("t", row());
        assert_eq!(
            memory.get("t").map(|r| r.rel_path.clone()).as_deref(),
            Some("a.flac")
        );
        std::thread::sleep(Duration::from_millis(40));
        assert!(memory.get("t").is_none());
    }

    #[test]
    fn a_full_memory_stays_bounded() {
        let memory = Locations::default();
        for n in 0..(MAX_ENTRIES * 2 + 3) {
            memory.put(&format!("t{n}"), row());
        }
        assert!(memory.entries.lock().len() <= MAX_ENTRIES);
    }
}
