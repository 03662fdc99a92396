//! The playback service: the session every device shares. It owns the session's rules
//! (`rules`, pure), its stored form (`stored`), the write transaction a change runs in, and
//! the events a change publishes. It answers with domain values (`SessionSnapshot`) and its
//! own error; the handlers turn those into the API's view after the commit.

pub mod rules;
pub mod stored;

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

use diesel::SqliteConnection;
use tokio::sync::broadcast::error::RecvError;
use tracing::warn;

use crate::clock::SharedClock;
use crate::db::catalog::{self, Keyset, PageSpec, TrackExtras, TrackRow};
/// The order of the history list.
pub use crate::db::playback::HistoryOrder;
use crate::db::playback::{self as store, HistoryRow, NewPlay};
use crate::db::{Database, DbError};
use crate::events::{self, EventBus, PlaybackHistoryChange, PlaybackSessionChange};
use rules::{BackTarget, Change, Refusal, Session};
use stored::DamagedQueue;

/// Why the playback service did not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum PlaybackError {
    /// A queued track id that is not in the library.
    #[error("No track has the id `{track_id}`; nothing was changed.")]
    UnknownTrack { track_id: String },
    /// The rules refused the change (see `Refusal`).
    #[error("the playback session refused the change: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    DamagedQueue(#[from] DamagedQueue),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl PlaybackError {
    pub fn unknown_track(track_id: &str) -> Self {
        PlaybackError::UnknownTrack {
            track_id: track_id.to_owned(),
        }
    }
}

impl super::ServiceError for PlaybackError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            PlaybackError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for PlaybackError {
    fn from(err: diesel::result::Error) -> Self {
        PlaybackError::Db(DbError::Query(err))
    }
}

/// The session as callers see it, with what its view shows: the queue's tracks (with their
/// artists and genres) and the active device's name, all read in the session's transaction.
pub struct SessionSnapshot {
    pub session: Session,
    pub tracks: HashMap<String, TrackRow>,
    pub extras: TrackExtras,
    pub active_device_name: Option<String>,
}

/// One page of playback history, with the tracks played (all in the library).
pub struct HistoryPage {
    pub rows: Vec<HistoryRow>,
    pub tracks: HashMap<String, TrackRow>,
    pub extras: TrackExtras,
    pub next: Option<Keyset>,
    pub total: i64,
}

/// Cheap to clone: the task that follows removed tracks holds its own.
#[derive(Clone)]
pub struct PlaybackService {
    db: Arc<Database>,
    events: Arc<EventBus>,
    clock: SharedClock,
}

/// The queue's tracks and their artists and genres, by track id.
struct QueueTracks {
    rows: HashMap<String, TrackRow>,
    extras: TrackExtras,
}

impl QueueTracks {
    fn load(conn: &mut SqliteConnection, ids: &[String]) -> Result<QueueTracks, DbError> {
        let (rows, extras) = catalog::track_map_with_extras(conn, ids)?;
        Ok(QueueTracks { rows, extras })
    }

    fn durations(&self) -> HashMap<String, i64> {
        self.rows
            .iter()
            .map(|(id, row)| (id.clone(), row.duration_ms))
            .collect()
    }

    fn snapshot(
        self,
        conn: &mut SqliteConnection,
        session: Session,
    ) -> Result<SessionSnapshot, PlaybackError> {
        let active_device_name = match &session.device_id {
            Some(id) => store::device_name(conn, id)?,
            None => None,
        };
        Ok(SessionSnapshot {
            session,
            tracks: self.rows,
            extras: self.extras,
            active_device_name,
        })
    }
}

/// The stored session; the empty one (at `now`) if the hub never stored one.
fn session_load(conn: &mut SqliteConnection, now: i64) -> Result<Session, PlaybackError> {
    match store::session_get(conn)? {
        Some(row) => stored::session_from_row(row).map_err(|damaged| {
            // The caller gets a 500 that says little; the log says what is wrong.
            tracing::error!(error = %damaged, "the playback session cannot be read");
            damaged.into()
        }),
        None => Ok(Session::empty(now)),
    }
}

fn session_save(conn: &mut SqliteConnection, session: &Session) -> Result<(), PlaybackError> {
    let row = stored::session_to_row(session)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    Ok(store::session_put(conn, &row)?)
}

/// The stored session as callers see it: queued tracks that left the library left out.
/// (A scan that removes queued tracks also takes them out of the stored session, with a new
/// revision: `follow_removed_tracks`. This covers the moment in between.)
fn current_session(
    conn: &mut SqliteConnection,
    now: i64,
) -> Result<(Session, QueueTracks), PlaybackError> {
    let stored = session_load(conn, now)?;
    let ids: Vec<String> = stored.queue.iter().map(|e| e.track_id.clone()).collect();
    let queue_tracks = QueueTracks::load(conn, &ids)?;
    let session = stored.without_missing(&queue_tracks.durations(), now);
    Ok((session, queue_tracks))
}

/// What one successful update changed, for the events sent after it commits.
struct Updated {
    snapshot: SessionSnapshot,
    /// The history line and track of the play it recorded, if any.
    play: Option<(String, String)>,
}

impl PlaybackService {
    pub fn new(db: Arc<Database>, events: Arc<EventBus>, clock: SharedClock) -> Self {
        PlaybackService { db, events, clock }
    }

    pub async fn session(&self) -> Result<SessionSnapshot, PlaybackError> {
        let now = self.clock.now().timestamp_millis();
        super::read(&self.db, move |conn| {
            let (session, tracks) = current_session(conn, now)?;
            tracks.snapshot(conn, session)
        })
        .await
    }

    /// One page of playback history, newest first unless `spec` says otherwise.
    pub async fn history(
        &self,
        spec: PageSpec<HistoryOrder>,
    ) -> Result<HistoryPage, PlaybackError> {
        super::read(&self.db, move |conn| {
            let page = store::history_page(conn, &spec)?;
            let ids: Vec<String> = page.rows.iter().map(|r| r.track_id.clone()).collect();
            let (tracks, extras) = catalog::track_map_with_extras(conn, &ids)?;
            Ok(HistoryPage {
                rows: page.rows,
                tracks,
                extras,
                next: page.next,
                total: page.total,
            })
        })
        .await
    }

    /// The "previous" button, from `device_id`: the last play in the history (or the one
    /// before the play a previous step went back to) becomes current again, in one write
    /// transaction; then what changed is published, as `update` does.
    #[tracing::instrument(skip_all)]
    pub async fn back(&self, device_id: Option<String>) -> Result<SessionSnapshot, PlaybackError> {
        let clock = self.clock.clone();
        let updated = super::write(&self.db, move |conn| {
            let now = clock.now().timestamp_millis();
            step_back(conn, device_id, now)
        })
        .await?;
        self.publish(&updated);
        Ok(updated.snapshot)
    }

    fn publish(&self, updated: &Updated) {
        if let Some((history_id, track_id)) = &updated.play {
            self.events.publish(events::Change::PlaybackHistoryAdded(
                PlaybackHistoryChange {
                    history_id: history_id.clone(),
                    track_id: track_id.clone(),
                },
            ));
        }
        publish_session_updated(&self.events, updated.snapshot.session.revision);
    }

    /// Applies `change` from `device_id` (`None` for local callers and the API token) in one
    /// write transaction, so that `baseRevision` is checked against exactly the session it
    /// replaces; then publishes what changed.
    #[tracing::instrument(skip_all)]
    pub async fn update(
        &self,
        change: Change,
        device_id: Option<String>,
    ) -> Result<SessionSnapshot, PlaybackError> {
        let clock = self.clock.clone();
        let updated = super::write(&self.db, move |conn| {
            // Read once the write lock is held: a change that waited for another must not be
            // stamped earlier than the one it follows.
            let now = clock.now().timestamp_millis();
            apply(conn, change, device_id, now)
        })
        .await?;
        self.publish(&updated);
        Ok(updated.snapshot)
    }

    /// Takes the queued tracks that left the library out of the stored session, as a change
    /// of its own: a new revision, so that a `baseRevision` read before they left is refused
    /// rather than applied to a queue whose indices moved. Returns the new revision, or
    /// `None` when every queued track is still there.
    async fn forget_missing(&self) -> Result<Option<i64>, PlaybackError> {
        let now = self.clock.now().timestamp_millis();
        super::write(&self.db, move |conn| forget_missing(conn, now)).await
    }

    /// Keeps the playback queue to tracks in the library: when a scan removes tracks, the
    /// queued ones leave the session as a change of its own (a new revision and
    /// `playbackSessionUpdated`), so that a change based on the old queue is refused
    /// rather than applied to moved indices. Runs until `closed` resolves.
    pub fn follow_removed_tracks(
        &self,
        closed: impl Future<Output = ()> + Send + 'static,
    ) -> tokio::task::JoinHandle<()> {
        let service = self.clone();
        let mut live = self.events.subscribe(None).live;
        tokio::spawn(async move {
            tokio::pin!(closed);
            loop {
                let removed = tokio::select! {
                    () = &mut closed => return,
                    received = live.recv() => match received {
                        Ok(event) => matches!(event.change, events::Change::TrackRemoved(_)),
                        // Missed events may have removed tracks: look anyway.
                        Err(RecvError::Lagged(_)) => true,
                        Err(RecvError::Closed) => return,
                    },
                };
                if !removed {
                    continue;
                }
                match service.forget_missing().await {
                    Ok(Some(revision)) => publish_session_updated(&service.events, revision),
                    Ok(None) => {}
                    Err(err) => warn!(%err, "removed tracks stay in the playback queue for now"),
                }
            }
        })
    }
}

/// One change, inside the transaction `update` holds.
fn apply(
    conn: &mut SqliteConnection,
    change: Change,
    device_id: Option<String>,
    now: i64,
) -> Result<Updated, PlaybackError> {
    let (session, mut queue_tracks) = current_session(conn, now)?;
    if let Some(ids) = &change.queue {
        // Only the tracks the session does not hold already are read.
        let new: Vec<String> = ids
            .iter()
            .filter(|id| !queue_tracks.rows.contains_key(*id))
            .cloned()
            .collect();
        let added = QueueTracks::load(conn, &new)?;
        queue_tracks.rows.extend(added.rows);
        queue_tracks.extras.merge(added.extras);
        if let Some(missing) = ids.iter().find(|id| !queue_tracks.rows.contains_key(*id)) {
            return Err(PlaybackError::unknown_track(missing));
        }
    }
    let (next, play) = session
        .apply(
            change,
            now,
            device_id,
            &queue_tracks.durations(),
            &mut rand::rng(),
        )
        .map_err(PlaybackError::Refused)?;
    save_with_play(conn, next, play, queue_tracks, now)
}

/// One back step, inside the transaction `back` holds.
fn step_back(
    conn: &mut SqliteConnection,
    device_id: Option<String>,
    now: i64,
) -> Result<Updated, PlaybackError> {
    let (session, mut queue_tracks) = current_session(conn, now)?;
    let Some((history_id, track_id)) =
        store::history_back_target(conn, session.back_from.as_deref())?
    else {
        return Err(PlaybackError::Refused(Refusal::HistoryEmpty));
    };
    if !queue_tracks.rows.contains_key(&track_id) {
        let added = QueueTracks::load(conn, std::slice::from_ref(&track_id))?;
        queue_tracks.rows.extend(added.rows);
        queue_tracks.extras.merge(added.extras);
    }
    let target = BackTarget {
        history_id,
        track_id,
    };
    let (next, play) = session.back(&target, now, device_id, &queue_tracks.durations());
    save_with_play(conn, next, play, queue_tracks, now)
}

/// Stores the new session and records the play that ended, if any; the snapshot shows the
/// play count that play raised.
fn save_with_play(
    conn: &mut SqliteConnection,
    next: Session,
    play: Option<rules::Play>,
    mut queue_tracks: QueueTracks,
    now: i64,
) -> Result<Updated, PlaybackError> {
    session_save(conn, &next)?;
    let play = match play {
        Some(play) => {
            let id = store::play_record(
                conn,
                &NewPlay {
                    track_id: &play.track_id,
                    played_at: play.started_at,
                    played_ms: play.played_ms,
                    device_id: play.device_id.as_deref(),
                },
                now,
            )?;
            // The answer shows the play count this play raised.
            if let Some(row) =
                catalog::track_list_by_ids(conn, std::slice::from_ref(&play.track_id))?.pop()
            {
                queue_tracks.rows.insert(row.id.clone(), row);
            }
            Some((id, play.track_id))
        }
        None => None,
    };
    Ok(Updated {
        snapshot: queue_tracks.snapshot(conn, next)?,
        play,
    })
}

fn forget_missing(conn: &mut SqliteConnection, now: i64) -> Result<Option<i64>, PlaybackError> {
    let stored = session_load(conn, now)?;
    let ids: Vec<String> = stored.queue.iter().map(|e| e.track_id.clone()).collect();
    let durations = catalog::track_durations(conn, &ids)?;
    if ids.iter().all(|id| durations.contains_key(id)) {
        return Ok(None);
    }
    let mut next = stored.without_missing(&durations, now);
    next.revision = next.revision.saturating_add(1);
    session_save(conn, &next)?;
    Ok(Some(next.revision))
}

/// `playbackSessionUpdated`, with the revision the session is now at.
fn publish_session_updated(events: &EventBus, revision: i64) {
    events.publish(events::Change::PlaybackSessionUpdated(
        PlaybackSessionChange { revision },
    ));
}
