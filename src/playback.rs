//! The rules of the playback session that every device shares: what a change does to the
//! queue, the current track and its position, shuffle, and which play it records.
//!
//! Pure data and functions, no I/O: `handlers::playback` loads the session and the tracks'
//! durations, applies a change here inside one transaction, and stores the result.

use std::collections::HashMap;

use rand::seq::SliceRandom;
use rand::Rng;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlayState {
    Playing,
    Paused,
    Stopped,
}

impl PlayState {
    pub fn as_str(self) -> &'static str {
        match self {
            PlayState::Playing => "playing",
            PlayState::Paused => "paused",
            PlayState::Stopped => "stopped",
        }
    }

    /// The stored name back; anything else (the column is CHECKed) reads as stopped.
    pub fn parse(name: &str) -> PlayState {
        match name {
            "playing" => PlayState::Playing,
            "paused" => PlayState::Paused,
            _ => PlayState::Stopped,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    Off,
    All,
    One,
}

impl Repeat {
    pub fn as_str(self) -> &'static str {
        match self {
            Repeat::Off => "off",
            Repeat::All => "all",
            Repeat::One => "one",
        }
    }

    pub fn parse(name: &str) -> Repeat {
        match name {
            "all" => Repeat::All,
            "one" => Repeat::One,
            _ => Repeat::Off,
        }
    }
}

/// One place in the queue. `natural_index` is the place in the order the queue was given
/// in, so that turning shuffle off restores that order exactly, even with a track queued
/// twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueEntry {
    pub track_id: String,
    pub natural_index: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub revision: i64,
    pub state: PlayState,
    /// In play order (shuffle applied).
    pub queue: Vec<QueueEntry>,
    /// The index in `queue` of the current entry; `None` exactly when the queue is empty.
    pub current: Option<usize>,
    /// The position in the current track at `updated_at`.
    pub position_ms: i64,
    /// How long the current entry had played (time spent playing, not the position: a seek
    /// is not listening) at `updated_at`.
    pub played_ms: i64,
    pub shuffle: bool,
    pub repeat: Repeat,
    pub volume: f64,
    pub updated_at: i64,
    /// The device that made the last change; `None` for local callers and the API token.
    pub device_id: Option<String>,
}

/// A change asked for; `None` keeps what the session has.
#[derive(Debug, Clone, Default)]
pub struct Change {
    pub base_revision: Option<i64>,
    /// A new queue in its natural order.
    pub queue: Option<Vec<String>>,
    /// Counts in `queue` when that is given, otherwise in the session's play order.
    pub current_index: Option<usize>,
    pub position_ms: Option<i64>,
    pub state: Option<PlayState>,
    pub shuffle: Option<bool>,
    pub repeat: Option<Repeat>,
    pub volume: Option<f64>,
}

/// A track that stopped being current after it played long enough to count: a line of
/// playback history and one more in its play count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Play {
    pub track_id: String,
    pub played_ms: i64,
    /// When it started, as far as the session knows: the change's time less what played.
    pub started_at: i64,
    /// The device that was playing it (the active one before the change).
    pub device_id: Option<String>,
}

/// Whether `played_ms` of a track of `duration_ms` counts as a play: half of it, or four
/// minutes of a long one (the scrobbling rule), or 30 seconds when its length is unknown.
pub fn counts_as_play(played_ms: i64, duration_ms: i64) -> bool {
    let needed = if duration_ms > 0 {
        (duration_ms / 2).clamp(1, 240_000)
    } else {
        30_000
    };
    played_ms >= needed
}

/// A duration the scanner could not read is stored as 0: no limit to clamp to.
fn known_duration(durations: &HashMap<String, i64>, track_id: &str) -> Option<i64> {
    durations.get(track_id).copied().filter(|&d| d > 0)
}

/// Why a change is refused. The first three are conflicts with the session as it is now
/// (another device may have changed it since the caller read it); the last two are changes
/// that contradict themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// `base_revision` is not the session's revision.
    Conflict { revision: i64 },
    /// `current_index` is past the end of the session's queue.
    IndexOutOfRange { len: usize },
    /// Asked to play or pause while the session's queue is empty.
    QueueEmpty,
    /// `current_index` is past the end of the queue given with it.
    IndexPastNewQueue { len: usize },
    /// Asked to play or pause an empty queue given with the change.
    NothingToPlay,
}

impl Session {
    /// The session of a hub that never played anything.
    pub fn empty(updated_at: i64) -> Session {
        Session {
            revision: 0,
            state: PlayState::Stopped,
            queue: Vec::new(),
            current: None,
            position_ms: 0,
            played_ms: 0,
            shuffle: false,
            repeat: Repeat::Off,
            volume: 1.0,
            updated_at,
            device_id: None,
        }
    }

    pub fn current_entry(&self) -> Option<&QueueEntry> {
        self.current.and_then(|i| self.queue.get(i))
    }

    /// How long it has been playing since `updated_at`.
    fn playing_for(&self, now: i64) -> i64 {
        match self.state {
            PlayState::Playing => now.saturating_sub(self.updated_at).max(0),
            PlayState::Paused | PlayState::Stopped => 0,
        }
    }

    /// Where the current track is at `now`: it moves on while playing, up to its end.
    pub fn position_at(&self, now: i64, durations: &HashMap<String, i64>) -> i64 {
        let Some(entry) = self.current_entry() else {
            return 0;
        };
        let reached = self.position_ms.saturating_add(self.playing_for(now));
        match known_duration(durations, &entry.track_id) {
            Some(duration) => reached.min(duration),
            None => reached,
        }
    }

    /// The session without the entries whose track is not in `durations` (it left the
    /// library): natural places are renumbered, and when the current entry is gone the next
    /// one that remains becomes current, from its start at `now`.
    pub fn without_missing(mut self, durations: &HashMap<String, i64>, now: i64) -> Session {
        if self
            .queue
            .iter()
            .all(|e| durations.contains_key(&e.track_id))
        {
            return self;
        }
        let old_current = self.current;
        let current_kept = self
            .current_entry()
            .is_some_and(|e| durations.contains_key(&e.track_id));
        let mut kept = Vec::with_capacity(self.queue.len());
        let mut new_current = None;
        for (index, entry) in std::mem::take(&mut self.queue).into_iter().enumerate() {
            if !durations.contains_key(&entry.track_id) {
                continue;
            }
            if new_current.is_none() && old_current.is_some_and(|c| index >= c) {
                new_current = Some(kept.len());
            }
            kept.push(entry);
        }
        // Natural places 0..n again, in the same relative order.
        let mut by_natural: Vec<usize> = (0..kept.len()).collect();
        by_natural.sort_by_key(|&i| kept[i].natural_index);
        for (natural, i) in by_natural.into_iter().enumerate() {
            kept[i].natural_index = natural;
        }
        if kept.is_empty() {
            new_current = None;
        } else if new_current.is_none() && old_current.is_some() {
            // The current entry and everything after it are gone: back to the last one.
            new_current = Some(kept.len() - 1);
        }
        if !current_kept {
            self.position_ms = 0;
            self.played_ms = 0;
            self.updated_at = now;
        }
        self.queue = kept;
        self.current = new_current;
        if self.queue.is_empty() {
            self.state = PlayState::Stopped;
            self.position_ms = 0;
        }
        self
    }

    /// Applies `change` made at `now` by `device`. `durations` must hold every track of the
    /// session's queue and of the change's queue (tracks not in it are treated as unknown by
    /// the caller before this is reached). Returns the new session and the play to record,
    /// if the current track changed after it played.
    pub fn apply<R: Rng + ?Sized>(
        &self,
        change: Change,
        now: i64,
        device_id: Option<String>,
        durations: &HashMap<String, i64>,
        rng: &mut R,
    ) -> Result<(Session, Option<Play>), Refusal> {
        if change
            .base_revision
            .is_some_and(|base| base != self.revision)
        {
            return Err(Refusal::Conflict {
                revision: self.revision,
            });
        }
        let previous = self.current_entry().cloned();
        let reached = self.position_at(now, durations);
        let played = self.played_ms.saturating_add(self.playing_for(now));
        let shuffle = change.shuffle.unwrap_or(self.shuffle);
        let mut next = self.clone();

        let queue_given = change.queue.is_some();
        let current_changed = if let Some(ids) = change.queue {
            let current = match change.current_index {
                Some(index) if index >= ids.len() => {
                    return Err(Refusal::IndexPastNewQueue { len: ids.len() })
                }
                Some(index) => Some(index),
                None => previous
                    .as_ref()
                    .and_then(|p| ids.iter().position(|id| *id == p.track_id))
                    .or((!ids.is_empty()).then_some(0)),
            };
            next.queue = ids
                .into_iter()
                .enumerate()
                .map(|(natural_index, track_id)| QueueEntry {
                    track_id,
                    natural_index,
                })
                .collect();
            next.current = current;
            if shuffle {
                if let Some(current) = next.current {
                    // The current track leads; the others follow in a random order.
                    let entry = next.queue.remove(current);
                    next.queue.shuffle(rng);
                    next.queue.insert(0, entry);
                    next.current = Some(0);
                }
            }
            // Sending the queue again with the same current place is not a new track (clients
            // may send their whole state); choosing another place, or another track, is.
            let same_track =
                next.current_entry().map(|e| &e.track_id) == previous.as_ref().map(|p| &p.track_id);
            let same_place = change.current_index.is_none()
                || next.current_entry().map(|e| e.natural_index)
                    == previous.as_ref().map(|p| p.natural_index);
            !(same_track && same_place)
        } else {
            if let Some(index) = change.current_index {
                if index >= next.queue.len() {
                    return Err(Refusal::IndexOutOfRange {
                        len: next.queue.len(),
                    });
                }
                next.current = Some(index);
            }
            match (self.shuffle, shuffle) {
                (false, true) => {
                    // What has played stays; what is still to come is shuffled.
                    let from = next.current.map_or(0, |c| c + 1);
                    next.queue[from..].shuffle(rng);
                }
                (true, false) => {
                    let current_natural = next.current_entry().map(|e| e.natural_index);
                    next.queue.sort_by_key(|e| e.natural_index);
                    next.current = current_natural
                        .and_then(|n| next.queue.iter().position(|e| e.natural_index == n));
                }
                _ => {}
            }
            next.current_entry().map(|e| e.natural_index)
                != previous.as_ref().map(|p| p.natural_index)
        };
        next.shuffle = shuffle;

        next.state = change.state.unwrap_or(self.state);
        if next.queue.is_empty() {
            if matches!(change.state, Some(PlayState::Playing | PlayState::Paused)) {
                return Err(if queue_given {
                    Refusal::NothingToPlay
                } else {
                    Refusal::QueueEmpty
                });
            }
            next.state = PlayState::Stopped;
            next.current = None;
        }
        let position = change
            .position_ms
            .unwrap_or(if current_changed { 0 } else { reached });
        next.position_ms = match next.current_entry() {
            None => 0,
            Some(entry) => match known_duration(durations, &entry.track_id) {
                Some(duration) => position.clamp(0, duration),
                None => position.max(0),
            },
        };
        next.played_ms = if current_changed { 0 } else { played };
        if let Some(repeat) = change.repeat {
            next.repeat = repeat;
        }
        if let Some(volume) = change.volume {
            next.volume = volume.clamp(0.0, 1.0);
        }
        next.revision = self.revision.saturating_add(1);
        next.updated_at = now;
        next.device_id = device_id;

        let play = match previous {
            Some(previous)
                if current_changed
                    && counts_as_play(
                        played,
                        durations.get(&previous.track_id).copied().unwrap_or(0),
                    ) =>
            {
                Some(Play {
                    track_id: previous.track_id,
                    played_ms: played,
                    started_at: now.saturating_sub(played),
                    device_id: self.device_id.clone(),
                })
            }
            _ => None,
        };
        Ok((next, play))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn durations(ids: &[&str]) -> HashMap<String, i64> {
        ids.iter().map(|id| ((*id).to_owned(), 200_000)).collect()
    }

    fn queue(ids: &[&str]) -> Option<Vec<String>> {
        Some(ids.iter().map(|id| (*id).to_owned()).collect())
    }

    fn track_ids(session: &Session) -> Vec<&str> {
        session.queue.iter().map(|e| e.track_id.as_str()).collect()
    }

    fn apply(session: &Session, change: Change, now: i64) -> (Session, Option<Play>) {
        let all = durations(&["a", "b", "c", "d", "e", "f", "g", "h"]);
        let mut rng = StdRng::seed_from_u64(7);
        session
            .apply(change, now, None, &all, &mut rng)
            .expect("the change applies")
    }

    fn playing_b() -> Session {
        let (session, _) = apply(
            &Session::empty(0),
            Change {
                queue: queue(&["a", "b", "c"]),
                current_index: Some(1),
                state: Some(PlayState::Playing),
                ..Change::default()
            },
            1_000,
        );
        session
    }

    #[test]
    fn a_new_queue_starts_at_the_index_given_and_plays() {
        let session = playing_b();
        assert_eq!(track_ids(&session), ["a", "b", "c"]);
        assert_eq!(session.current, Some(1));
        assert_eq!(session.state, PlayState::Playing);
        assert_eq!(session.position_ms, 0);
        assert_eq!(session.revision, 1);
    }

    #[test]
    fn the_position_moves_on_while_playing_and_stops_at_the_end() {
        let session = playing_b();
        let all = durations(&["a", "b", "c"]);
        assert_eq!(session.position_at(31_000, &all), 30_000);
        assert_eq!(session.position_at(10_000_000, &all), 200_000);
        // Pausing without a position keeps the one reached.
        let (paused, play) = apply(
            &session,
            Change {
                state: Some(PlayState::Paused),
                ..Change::default()
            },
            31_000,
        );
        assert_eq!(paused.position_ms, 30_000);
        assert_eq!(paused.position_at(90_000, &all), 30_000);
        assert_eq!(play, None, "the same track is still current");
    }

    #[test]
    fn moving_on_after_half_a_track_records_it_as_played() {
        let session = playing_b();
        let (next, play) = apply(
            &session,
            Change {
                current_index: Some(2),
                ..Change::default()
            },
            101_000,
        );
        assert_eq!(next.current, Some(2));
        assert_eq!((next.position_ms, next.played_ms), (0, 0));
        assert_eq!(
            play,
            Some(Play {
                track_id: "b".into(),
                played_ms: 100_000,
                started_at: 1_000,
                device_id: None,
            })
        );
    }

    #[test]
    fn seeking_is_not_listening_and_short_plays_do_not_count() {
        let session = playing_b();
        // 99 s of a 200 s track: not half of it.
        let (early, play) = apply(
            &session,
            Change {
                current_index: Some(0),
                ..Change::default()
            },
            100_000,
        );
        assert_eq!(play, None);
        // Paused, seek far in, then skip: nothing was listened to.
        let (paused, _) = apply(
            &early,
            Change {
                state: Some(PlayState::Paused),
                position_ms: Some(190_000),
                ..Change::default()
            },
            100_000,
        );
        assert_eq!((paused.position_ms, paused.played_ms), (190_000, 0));
        let (_, play) = apply(
            &paused,
            Change {
                current_index: Some(1),
                ..Change::default()
            },
            900_000,
        );
        assert_eq!(play, None);
        // Time played adds up across pauses and seeks back.
        let (resumed, _) = apply(
            &playing_b(),
            Change {
                state: Some(PlayState::Paused),
                ..Change::default()
            },
            61_000,
        );
        let (playing_again, _) = apply(
            &resumed,
            Change {
                state: Some(PlayState::Playing),
                position_ms: Some(0),
                ..Change::default()
            },
            500_000,
        );
        let (_, play) = apply(
            &playing_again,
            Change {
                current_index: Some(2),
                ..Change::default()
            },
            540_000,
        );
        // 60 s before the pause, 40 s after it.
        assert_eq!(play.map(|p| p.played_ms), Some(100_000));
        assert!(
            counts_as_play(240_000, 3_600_000),
            "four minutes of an hour-long mix"
        );
        assert!(!counts_as_play(29_999, 0), "unknown length: 30 s");
    }

    #[test]
    fn an_unknown_duration_does_not_pin_the_position_to_zero() {
        let mut all = durations(&["a"]);
        all.insert("a".into(), 0);
        let mut rng = StdRng::seed_from_u64(1);
        let (session, _) = Session::empty(0)
            .apply(
                Change {
                    queue: queue(&["a"]),
                    position_ms: Some(5_000),
                    state: Some(PlayState::Playing),
                    ..Change::default()
                },
                0,
                None,
                &all,
                &mut rng,
            )
            .expect("applies");
        assert_eq!(session.position_ms, 5_000);
        assert_eq!(session.position_at(10_000, &all), 15_000);
    }

    #[test]
    fn sending_the_same_queue_again_keeps_the_track_and_another_place_changes_it() {
        let (session, _) = apply(
            &Session::empty(0),
            Change {
                queue: queue(&["b", "x", "b"]),
                current_index: Some(0),
                state: Some(PlayState::Playing),
                ..Change::default()
            },
            0,
        );
        let mut all = durations(&["b"]);
        all.insert("x".into(), 200_000);
        let mut rng = StdRng::seed_from_u64(1);
        let again = Change {
            queue: queue(&["b", "x", "b"]),
            current_index: Some(0),
            ..Change::default()
        };
        let (same, play) = session
            .apply(again, 150_000, None, &all, &mut rng)
            .expect("applies");
        assert_eq!((same.position_ms, play), (150_000, None));
        let other_b = Change {
            queue: queue(&["b", "x", "b"]),
            current_index: Some(2),
            ..Change::default()
        };
        let (moved, play) = same
            .apply(other_b, 160_000, None, &all, &mut rng)
            .expect("applies");
        assert_eq!((moved.current, moved.position_ms), (Some(2), 0));
        assert_eq!(play.map(|p| p.played_ms), Some(160_000));
    }

    #[test]
    fn skipping_a_track_that_never_played_records_nothing() {
        let (paused, _) = apply(
            &Session::empty(0),
            Change {
                queue: queue(&["a", "b"]),
                ..Change::default()
            },
            0,
        );
        assert_eq!(paused.state, PlayState::Stopped);
        let (_, play) = apply(
            &paused,
            Change {
                current_index: Some(1),
                ..Change::default()
            },
            50_000,
        );
        assert_eq!(play, None);
    }

    #[test]
    fn a_new_queue_keeps_the_current_track_and_its_position() {
        let session = playing_b();
        let (next, play) = apply(
            &session,
            Change {
                queue: queue(&["d", "e", "b", "f"]),
                ..Change::default()
            },
            11_000,
        );
        assert_eq!(next.current, Some(2));
        assert_eq!(next.position_ms, 10_000);
        assert_eq!(play, None);
    }

    #[test]
    fn a_stale_base_revision_is_refused() {
        let session = playing_b();
        let mut rng = StdRng::seed_from_u64(1);
        let refused = session.apply(
            Change {
                base_revision: Some(0),
                volume: Some(0.5),
                ..Change::default()
            },
            2_000,
            None,
            &durations(&["a", "b", "c"]),
            &mut rng,
        );
        assert_eq!(refused, Err(Refusal::Conflict { revision: 1 }));
    }

    #[test]
    fn an_index_past_the_end_and_playing_nothing_are_refused() {
        let session = playing_b();
        let all = durations(&["a", "b", "c"]);
        let mut rng = StdRng::seed_from_u64(1);
        let past_end = Change {
            current_index: Some(3),
            ..Change::default()
        };
        assert_eq!(
            session.apply(past_end, 0, None, &all, &mut rng),
            Err(Refusal::IndexOutOfRange { len: 3 })
        );
        let past_new_end = Change {
            queue: Some(vec!["a".into()]),
            current_index: Some(1),
            ..Change::default()
        };
        assert_eq!(
            session.apply(past_new_end, 0, None, &all, &mut rng),
            Err(Refusal::IndexPastNewQueue { len: 1 })
        );
        let play_nothing = Change {
            queue: Some(Vec::new()),
            state: Some(PlayState::Playing),
            ..Change::default()
        };
        assert_eq!(
            session.apply(play_nothing, 0, None, &all, &mut rng),
            Err(Refusal::NothingToPlay)
        );
        let play_empty = Change {
            state: Some(PlayState::Paused),
            ..Change::default()
        };
        assert_eq!(
            Session::empty(0).apply(play_empty, 0, None, &all, &mut rng),
            Err(Refusal::QueueEmpty)
        );
        let (emptied, _) = apply(
            &session,
            Change {
                queue: Some(Vec::new()),
                ..Change::default()
            },
            5_000,
        );
        assert_eq!(
            (emptied.state, emptied.current, emptied.position_ms),
            (PlayState::Stopped, None, 0)
        );
    }

    #[test]
    fn shuffle_keeps_what_played_and_unshuffling_restores_the_order() {
        let (session, _) = apply(
            &Session::empty(0),
            Change {
                queue: queue(&["a", "b", "c", "d", "e", "f", "g", "b"]),
                current_index: Some(1),
                ..Change::default()
            },
            0,
        );
        let (shuffled, _) = apply(
            &session,
            Change {
                shuffle: Some(true),
                ..Change::default()
            },
            0,
        );
        assert_eq!(shuffled.current, Some(1));
        assert_eq!(&track_ids(&shuffled)[..2], ["a", "b"]);
        let mut rest: Vec<&str> = track_ids(&shuffled)[2..].to_vec();
        assert_ne!(
            rest,
            ["c", "d", "e", "f", "g", "b"],
            "seed 7 moves something"
        );
        rest.sort_unstable();
        assert_eq!(rest, ["b", "c", "d", "e", "f", "g"]);

        // Move to the second "b" (natural index 7), then unshuffle: it stays current.
        let second_b = shuffled
            .queue
            .iter()
            .position(|e| e.natural_index == 7)
            .expect("queued");
        let (on_second_b, _) = apply(
            &shuffled,
            Change {
                current_index: Some(second_b),
                ..Change::default()
            },
            0,
        );
        let (unshuffled, _) = apply(
            &on_second_b,
            Change {
                shuffle: Some(false),
                ..Change::default()
            },
            0,
        );
        assert_eq!(
            track_ids(&unshuffled),
            ["a", "b", "c", "d", "e", "f", "g", "b"]
        );
        assert_eq!(unshuffled.current, Some(7));
    }

    #[test]
    fn a_new_queue_with_shuffle_on_leads_with_the_current_track() {
        let (session, _) = apply(
            &Session::empty(0),
            Change {
                queue: queue(&["a", "b", "c", "d", "e"]),
                current_index: Some(3),
                shuffle: Some(true),
                ..Change::default()
            },
            0,
        );
        assert_eq!(session.current, Some(0));
        assert_eq!(track_ids(&session)[0], "d");
        assert_eq!(session.queue[0].natural_index, 3);
    }

    #[test]
    fn tracks_that_left_the_library_drop_out_of_the_queue() {
        let session = playing_b();
        let without_b = durations(&["a", "c"]);
        let session = session.without_missing(&without_b, 50_000);
        assert_eq!(track_ids(&session), ["a", "c"]);
        assert_eq!(session.current, Some(1), "the next track becomes current");
        assert_eq!(session.position_ms, 0);
        assert_eq!(
            session.position_at(50_000, &without_b),
            0,
            "from its start, now"
        );
        assert_eq!(
            session
                .queue
                .iter()
                .map(|e| e.natural_index)
                .collect::<Vec<_>>(),
            [0, 1]
        );
        let gone = session.without_missing(&HashMap::new(), 60_000);
        assert_eq!((gone.current, gone.state), (None, PlayState::Stopped));
    }
}
