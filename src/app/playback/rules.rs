//! The rules of the playback session that every device shares: what a change does to the
//! queue, the current track and its position, shuffle, and which play it records.
//!
//! Pure data and functions, no I/O: the playback service (`app::playback`) loads the session
//! and the tracks' durations, applies a change here inside one transaction, and stores the
//! result.

use std::collections::HashMap;

use rand::seq::SliceRandom;
use rand::Rng;
use serde::{Deserialize, Serialize};

/// Stored by name (`playing`); the column is CHECKed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
pub enum PlayState {
    Playing,
    Paused,
    Stopped,
}

impl PlayState {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The stored name back; anything else (the column is CHECKed) reads as stopped.
    pub fn parse(name: &str) -> PlayState {
        name.parse().unwrap_or(PlayState::Stopped)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
pub enum Repeat {
    Off,
    All,
    One,
}

impl Repeat {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The stored name back; anything else reads as off.
    pub fn parse(name: &str) -> Repeat {
        name.parse().unwrap_or(Repeat::Off)
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
    /// The history line a back step made current, for as long as it stays current: the
    /// next step goes to the play before it (not to the play the step itself recorded,
    /// which would bounce between two tracks).
    pub back_from: Option<String>,
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
    /// A back step with no (further) play in the history to go back to.
    HistoryEmpty,
}

/// A play in the history that a back step goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackTarget {
    pub history_id: String,
    pub track_id: String,
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
            back_from: None,
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
            self.back_from = None;
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
        if current_changed {
            // The current track is no longer the one a back step chose.
            next.back_from = None;
        }

        let play = self.play_ending(previous, current_changed, played, now, durations);
        Ok((next, play))
    }

    /// The play to record when the current entry, `previous`, stops being current after
    /// playing `played` ms.
    fn play_ending(
        &self,
        previous: Option<QueueEntry>,
        current_changed: bool,
        played: i64,
        now: i64,
        durations: &HashMap<String, i64>,
    ) -> Option<Play> {
        match previous {
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
        }
    }

    /// The "previous" button: `target`'s track becomes current again, from its start, at
    /// `now`, by `device_id`. It takes the nearest place of that track at or before the
    /// current one (else the nearest after it); when the queue does not hold it, it is
    /// inserted just before the current entry, in play order and in natural order alike,
    /// so turning shuffle off keeps it there. The state is kept. The entry that was
    /// current is always left (going back to the same track restarts it), so it is
    /// recorded as a play when it played long enough, as any change of track is.
    pub fn back(
        &self,
        target: &BackTarget,
        now: i64,
        device_id: Option<String>,
        durations: &HashMap<String, i64>,
    ) -> (Session, Option<Play>) {
        let previous = self.current_entry().cloned();
        let played = self.played_ms.saturating_add(self.playing_for(now));
        let mut next = self.clone();
        let is_target = |e: &QueueEntry| e.track_id == target.track_id;
        let at = match self.current {
            None => {
                next.queue = vec![QueueEntry {
                    track_id: target.track_id.clone(),
                    natural_index: 0,
                }];
                0
            }
            Some(current) => {
                let before = (0..=current).rev().find(|&i| is_target(&self.queue[i]));
                let after = || (current + 1..self.queue.len()).find(|&i| is_target(&self.queue[i]));
                match before.or_else(after) {
                    Some(index) => index,
                    None => {
                        let natural = self.queue[current].natural_index;
                        for entry in &mut next.queue {
                            if entry.natural_index >= natural {
                                entry.natural_index += 1;
                            }
                        }
                        next.queue.insert(
                            current,
                            QueueEntry {
                                track_id: target.track_id.clone(),
                                natural_index: natural,
                            },
                        );
                        current
                    }
                }
            }
        };
        next.current = Some(at);
        next.position_ms = 0;
        next.played_ms = 0;
        next.revision = self.revision.saturating_add(1);
        next.updated_at = now;
        next.device_id = device_id;
        next.back_from = Some(target.history_id.clone());
        let play = self.play_ending(previous, true, played, now, durations);
        (next, play)
    }
}

#[cfg(test)]
mod tests;
