//! The library's change feed: every change is published once to a broadcast channel that all
//! `GET /api/library/events` subscribers share, and kept in a bounded buffer so a client that
//! reconnects with `Last-Event-ID` gets what it missed.
//!
//! Ids are assigned and events sent under one lock, and a subscriber takes its replay and its
//! live receiver under the same lock, so nothing is missed or delivered twice between them.
//! Ids start from the clock at start-up (in microseconds), so they keep increasing across
//! restarts and an id from an earlier run is recognised as a gap.

use std::collections::VecDeque;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use parking_lot::Mutex;
use serde::Serialize;
use tokio::sync::broadcast;

use crate::clock::SharedClock;
use crate::db::saved::SavedKind;
use crate::db::HealthStatus;

/// What changed, with what a client needs to react to it. Serialized as the contract's
/// `LibraryEvent` without its `id` and `at`: `{"type": "trackAdded", "payload": {...}}`, one
/// payload schema per type (see `LibraryEvent` in `openapi/music-hub.yaml`). The handler
/// turns it into the generated type through that JSON, and a test checks every variant
/// against the contract, so the two cannot drift apart.
#[derive(Debug, Clone, PartialEq, Serialize, strum::EnumIter, strum::IntoStaticStr)]
#[serde(tag = "type", content = "payload", rename_all = "camelCase")]
#[strum(serialize_all = "camelCase")]
pub enum Change {
    TrackAdded(ChangedIds),
    TrackUpdated(ChangedIds),
    TrackRemoved(ChangedIds),
    AlbumAdded(ChangedIds),
    AlbumUpdated(ChangedIds),
    AlbumRemoved(ChangedIds),
    ArtistAdded(ChangedIds),
    ArtistUpdated(ChangedIds),
    ArtistRemoved(ChangedIds),
    PlaylistCreated(PlaylistChange),
    PlaylistUpdated(PlaylistChange),
    PlaylistDeleted(PlaylistChange),
    SavedAdded(SavedChange),
    SavedRemoved(SavedChange),
    PlaybackSessionUpdated(PlaybackSessionChange),
    PlaybackHistoryAdded(PlaybackHistoryChange),
    MetadataUpdated(MetadataChange),
    ShareCreated(ShareChange),
    ShareDeleted(ShareChange),
    DatabaseHealthChanged(DatabaseHealthChange),
    ScanStarted(ScanStartedChange),
    ScanCompleted(ScanCompletedChange),
    /// The loudness analysis (`app::loudness`) started, moved on, paused or ended.
    LoudnessAnalysis(LoudnessAnalysisChange),
    /// Events were missed: the client should refetch what it shows.
    Resync(NoDetails),
    /// Not a change, and never published: the last event of one subscriber's feed, which
    /// the hub ends (see `FeedEndReason`).
    FeedEnded(FeedEnded),
}

/// Tracks, albums or artists, batched per scan commit.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ChangedIds {
    pub ids: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlaylistChange {
    pub playlist_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SavedChange {
    pub kind: SavedKind,
    pub id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlaybackSessionChange {
    /// The session's revision after the change.
    pub revision: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlaybackHistoryChange {
    pub history_id: String,
    pub track_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MetadataChange {
    /// Every track of one change: a batch is one event.
    pub track_ids: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShareChange {
    pub share_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DatabaseHealthChange {
    pub status: HealthStatus,
    pub detail: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScanStartedChange {
    pub scan_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScanCompletedChange {
    pub scan_id: String,
    pub status: ScanOutcome,
    pub added: u64,
    pub updated: u64,
    pub removed: u64,
}

/// Where the loudness analysis stands, in tracks of this run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoudnessAnalysisChange {
    pub state: AnalysisState,
    /// Tracks measured so far in this run, those that could not be decoded among them.
    pub analyzed: u64,
    pub failed: u64,
    /// Tracks this run measures (whole albums whose files or tracks changed).
    pub total: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum AnalysisState {
    #[default]
    Running,
    /// Waiting for a scan to end.
    Paused,
    Completed,
    /// The hub is stopping; the rest is measured next time.
    Cancelled,
}

/// How a scan ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ScanOutcome {
    #[default]
    Completed,
    Cancelled,
    Failed,
}

/// Why the hub ends one subscriber's feed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FeedEndReason {
    /// The access token the feed was opened with expired.
    #[default]
    TokenExpired,
    /// The device was revoked, or the tokens the feed was opened with were replaced.
    DeviceRevoked,
    /// The hub is shutting down.
    HubStopping,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FeedEnded {
    pub reason: FeedEndReason,
}

/// A payload with nothing in it (`{}`), for events whose type says it all.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NoDetails {}

impl Change {
    /// The event's type as the contract names it (`trackAdded`).
    pub fn name(&self) -> &'static str {
        self.into()
    }
}

/// One published change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: i64,
    #[serde(flatten)]
    pub change: Change,
    pub at: DateTime<Utc>,
}

/// How many past events a reconnecting client can catch up on.
pub const DEFAULT_REPLAY: usize = 1024;

struct Inner {
    next_id: i64,
    replay: VecDeque<Arc<Event>>,
}

pub struct EventBus {
    inner: Mutex<Inner>,
    sender: broadcast::Sender<Arc<Event>>,
    replay_capacity: usize,
    clock: SharedClock,
}

/// What a new subscriber starts with: the events to replay (possibly a leading `resync`),
/// then the live feed.
pub struct Subscription {
    pub replay: Vec<Arc<Event>>,
    pub live: broadcast::Receiver<Arc<Event>>,
    /// The newest id when the subscription began: where a subscriber that has received
    /// nothing yet stands.
    pub newest: i64,
}

impl EventBus {
    pub fn new(clock: SharedClock, replay_capacity: usize) -> EventBus {
        let replay_capacity = replay_capacity.max(1);
        // The broadcast buffer only has to absorb bursts between a subscriber's reads; one
        // that falls further behind gets a resync instead of unbounded memory.
        let (sender, _) = broadcast::channel(replay_capacity);
        let first_id = clock.now().timestamp_micros().max(1);
        EventBus {
            inner: Mutex::new(Inner {
                next_id: first_id,
                replay: VecDeque::with_capacity(replay_capacity),
            }),
            sender,
            replay_capacity,
            clock,
        }
    }

    /// Publishes a change to every subscriber and to the replay buffer; returns its id.
    pub fn publish(&self, change: Change) -> i64 {
        let mut inner = self.inner.lock();
        let event = Arc::new(Event {
            id: inner.next_id,
            change,
            at: self.clock.now(),
        });
        inner.next_id += 1;
        if inner.replay.len() == self.replay_capacity {
            inner.replay.pop_front();
        }
        inner.replay.push_back(event.clone());
        // No subscribers is not an error: the event is still in the replay buffer.
        let _ = self.sender.send(event.clone());
        event.id
    }

    /// Subscribes, replaying what came after `last_event_id`. When that id is older than the
    /// buffer (or unknown, e.g. from before a restart), the replay is a single `resync`.
    pub fn subscribe(&self, last_event_id: Option<i64>) -> Subscription {
        let inner = self.inner.lock();
        let live = self.sender.subscribe();
        let replay = match last_event_id {
            None => Vec::new(),
            Some(last) => {
                let newest = inner.next_id - 1;
                let oldest = inner.replay.front().map_or(inner.next_id, |e| e.id);
                if last >= newest {
                    // Up to date (or from the future: a stale id we cannot place).
                    if last > newest {
                        vec![self.resync(newest)]
                    } else {
                        Vec::new()
                    }
                } else if last + 1 < oldest {
                    vec![self.resync(newest)]
                } else {
                    inner
                        .replay
                        .iter()
                        .filter(|e| e.id > last)
                        .cloned()
                        .collect()
                }
            }
        };
        Subscription {
            replay,
            live,
            newest: inner.next_id - 1,
        }
    }

    /// The last event of a feed the hub ends. It carries the id of the last event that feed
    /// sent (`last_sent`), not the newest: events published meanwhile that the feed had no
    /// time to send must come on the reconnect that resumes from it.
    pub fn feed_ended(&self, last_sent: i64, reason: FeedEndReason) -> Event {
        Event {
            id: last_sent.max(0),
            change: Change::FeedEnded(FeedEnded { reason }),
            at: self.clock.now(),
        }
    }

    /// A `resync` carrying the newest id, so the client's `Last-Event-ID` moves past the gap.
    pub fn resync(&self, newest: i64) -> Arc<Event> {
        Arc::new(Event {
            id: newest.max(0),
            change: Change::Resync(NoDetails {}),
            at: self.clock.now(),
        })
    }

    /// The newest id published so far.
    pub fn newest_id(&self) -> i64 {
        self.inner.lock().next_id - 1
    }

    /// How many feeds are subscribed now: a feed counts until its connection is gone.
    pub fn subscribers(&self) -> usize {
        self.sender.receiver_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn ids() -> Change {
        Change::TrackAdded(ChangedIds::default())
    }

    fn bus(capacity: usize) -> EventBus {
        EventBus::new(ManualClock::starting_now(), capacity)
    }

    #[test]
    fn ids_increase_and_replay_resumes_after_the_last_id() {
        let bus = bus(8);
        let a = bus.publish(ids());
        let b = bus.publish(ids());
        let c = bus.publish(ids());
        assert!(a < b && b < c);
        let sub = bus.subscribe(Some(a));
        assert_eq!(
            sub.replay.iter().map(|e| e.id).collect::<Vec<_>>(),
            vec![b, c]
        );
        assert!(bus.subscribe(Some(c)).replay.is_empty());
        assert!(bus.subscribe(None).replay.is_empty());
    }

    #[test]
    fn a_gap_older_than_the_buffer_is_a_resync() {
        let bus = bus(2);
        let first = bus.publish(ids());
        for _ in 0..5 {
            bus.publish(ids());
        }
        let replay = bus.subscribe(Some(first)).replay;
        assert_eq!(replay.len(), 1);
        assert_eq!(replay[0].change.name(), "resync");
        assert_eq!(replay[0].id, bus.newest_id());
        // An id from before a restart (or garbage from the future) is a resync too.
        assert_eq!(
            bus.subscribe(Some(bus.newest_id() + 100)).replay[0]
                .change
                .name(),
            "resync"
        );
    }

    #[tokio::test]
    async fn live_events_follow_the_replay_without_gaps() {
        let bus = bus(8);
        let a = bus.publish(ids());
        let mut sub = bus.subscribe(Some(a - 1));
        let b = bus.publish(ids());
        assert_eq!(sub.replay.iter().map(|e| e.id).collect::<Vec<_>>(), vec![a]);
        assert_eq!(sub.live.recv().await.expect("live").id, b);
    }
}
