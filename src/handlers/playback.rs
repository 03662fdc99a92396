//! `playback`: the session every device shares. The rules of a change are in
//! `crate::playback`; this module loads, applies and stores inside one transaction, so that
//! `baseRevision` is checked against exactly the session it replaces. Playback history's
//! own routes still list `501` in the document and answer it until an issue builds them.

use std::collections::{BTreeMap, HashMap};

use diesel::SqliteConnection;
use poem_openapi::payload::Json;
use serde_json::{Map, Value};

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    GetPlaybackSessionRequest, GetPlaybackSessionResponse, PlaybackApi, PlaybackSession,
    PlaybackState, RepeatMode, UpdatePlaybackSessionRequest, UpdatePlaybackSessionResponse,
};
use crate::auth::Identity;
use crate::clock::from_ms;
use crate::db::catalog::{self, TrackExtras, TrackRow};
use crate::db::{playback as store, DbError};
use crate::events::{EventBus, EventKind};
use crate::handlers::library::tracks;
use crate::handlers::playlists::unknown_track;
use crate::hub::Hub;
use crate::playback::{Change, PlayState, Refusal, Repeat, Session};

/// The queue's tracks and their artists and genres, by track id.
struct QueueTracks {
    rows: HashMap<String, TrackRow>,
    extras: TrackExtras,
}

impl QueueTracks {
    fn load(conn: &mut SqliteConnection, ids: &[String]) -> Result<QueueTracks, DbError> {
        let (rows, extras) = catalog::tracks_with_extras(conn, ids)?;
        Ok(QueueTracks { rows, extras })
    }

    fn durations(&self) -> HashMap<String, i64> {
        self.rows
            .iter()
            .map(|(id, row)| (id.clone(), row.duration_ms))
            .collect()
    }
}

/// The stored session as callers see it: queued tracks that left the library left out.
/// (A scan that removes queued tracks also takes them out of the stored session, with a new
/// revision: `Hub::follow_removed_tracks`. This covers the moment in between.)
fn current_session(
    conn: &mut SqliteConnection,
    now: i64,
) -> Result<(Session, QueueTracks), DbError> {
    let stored = store::session_load(conn, now)?;
    let ids: Vec<String> = stored.queue.iter().map(|e| e.track_id.clone()).collect();
    let queue_tracks = QueueTracks::load(conn, &ids)?;
    let session = stored.without_missing(&queue_tracks.durations(), now);
    Ok((session, queue_tracks))
}

fn view(
    conn: &mut SqliteConnection,
    session: &Session,
    queue_tracks: &QueueTracks,
) -> Result<PlaybackSession, DbError> {
    let active_device_name = match &session.device_id {
        Some(id) => store::device_name(conn, id)?,
        None => None,
    };
    Ok(PlaybackSession {
        revision: session.revision,
        state: match session.state {
            PlayState::Playing => PlaybackState::Playing,
            PlayState::Paused => PlaybackState::Paused,
            PlayState::Stopped => PlaybackState::Stopped,
        },
        queue: session
            .queue
            .iter()
            .filter_map(|entry| queue_tracks.rows.get(&entry.track_id))
            .map(|row| tracks::track(row.clone(), &queue_tracks.extras))
            .collect(),
        current_index: session.current.and_then(|i| i32::try_from(i).ok()),
        position_ms: session.position_ms,
        shuffle: session.shuffle,
        repeat: match session.repeat {
            Repeat::Off => RepeatMode::Off,
            Repeat::All => RepeatMode::All,
            Repeat::One => RepeatMode::One,
        },
        volume: session.volume,
        active_device_id: session.device_id.clone(),
        active_device_name,
        updated_at: from_ms(session.updated_at),
    })
}

fn refusal(refusal: Refusal) -> HandlerError {
    match refusal {
        Refusal::Conflict { revision } => HandlerError::Conflict {
            code: "session_conflict",
            message: format!(
                "The playback session changed since baseRevision (it is at revision \
                 {revision}); fetch it and try again."
            ),
            details: Some(BTreeMap::from([(
                "revision".to_owned(),
                Value::from(revision),
            )])),
        },
        Refusal::IndexOutOfRange { len } => HandlerError::Conflict {
            code: "index_out_of_range",
            message: format!(
                "currentIndex is past the end of the queue, which has {len} tracks now; \
                 fetch the session and try again."
            ),
            details: Some(BTreeMap::from([(
                "queueLength".to_owned(),
                Value::from(len),
            )])),
        },
        Refusal::QueueEmpty => HandlerError::conflict(
            "queue_empty",
            "The queue is empty, so there is nothing to play or pause; send queueTrackIds.",
        ),
        Refusal::IndexPastNewQueue { len } => HandlerError::invalid_body(
            "currentIndex",
            format!("currentIndex is past the end of queueTrackIds, which has {len} tracks."),
        ),
        Refusal::NothingToPlay => HandlerError::invalid_body(
            "state",
            "queueTrackIds is empty, so there is nothing to play or pause.",
        ),
    }
}

/// What one successful update changed, for the events sent after it commits.
struct Updated {
    session: PlaybackSession,
    /// The history line and track of the play it recorded, if any.
    play: Option<(String, String)>,
}

impl PlaybackApi for Hub {
    async fn get_playback_session(
        &self,
        _caller: Caller,
        _request: GetPlaybackSessionRequest,
    ) -> Result<GetPlaybackSessionResponse, HandlerError> {
        let now = self.clock.now().timestamp_millis();
        let session = self
            .db
            .run(move |conn| {
                let (session, queue_tracks) = current_session(conn, now)?;
                view(conn, &session, &queue_tracks)
            })
            .await?;
        Ok(GetPlaybackSessionResponse::Ok(Json(session)))
    }

    #[tracing::instrument(skip_all)]
    async fn update_playback_session(
        &self,
        caller: Caller,
        request: UpdatePlaybackSessionRequest,
    ) -> Result<UpdatePlaybackSessionResponse, HandlerError> {
        let body = request.body;
        let device_id = match caller.identity {
            Identity::Device { device_id } => Some(device_id),
            Identity::Local | Identity::ApiToken | Identity::Anonymous => None,
        };
        let change = Change {
            base_revision: body.base_revision,
            queue: body.queue_track_ids,
            // The schema keeps it at 0 or more.
            current_index: body.current_index.and_then(|i| usize::try_from(i).ok()),
            position_ms: body.position_ms,
            state: body.state.map(|state| match state {
                PlaybackState::Playing => PlayState::Playing,
                PlaybackState::Paused => PlayState::Paused,
                PlaybackState::Stopped => PlayState::Stopped,
            }),
            shuffle: body.shuffle,
            repeat: body.repeat.map(|repeat| match repeat {
                RepeatMode::Off => Repeat::Off,
                RepeatMode::All => Repeat::All,
                RepeatMode::One => Repeat::One,
            }),
            volume: body.volume,
        };
        let clock = self.clock.clone();
        let updated = self
            .db
            .run(move |conn| {
                conn.immediate_transaction(|conn| {
                    // Read once the write lock is held: a change that waited for another
                    // must not be stamped earlier than the one it follows.
                    let now = clock.now().timestamp_millis();
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
                        if let Some(missing) =
                            ids.iter().find(|id| !queue_tracks.rows.contains_key(*id))
                        {
                            return Ok(Err(unknown_track(missing)));
                        }
                    }
                    let applied = session.apply(
                        change,
                        now,
                        device_id.clone(),
                        &queue_tracks.durations(),
                        &mut rand::rng(),
                    );
                    let (next, play) = match applied {
                        Ok(done) => done,
                        Err(refused) => return Ok(Err(refusal(refused))),
                    };
                    store::session_save(conn, &next)?;
                    let play = match play {
                        Some(play) => {
                            let id = store::play_record(conn, &play, now)?;
                            // The answer shows the play count this play raised.
                            if let Some(row) =
                                catalog::tracks_by_ids(conn, std::slice::from_ref(&play.track_id))?
                                    .pop()
                            {
                                queue_tracks.rows.insert(row.id.clone(), row);
                            }
                            Some((id, play.track_id))
                        }
                        None => None,
                    };
                    Ok(Ok(Updated {
                        session: view(conn, &next, &queue_tracks)?,
                        play,
                    }))
                })
            })
            .await??;
        if let Some((history_id, track_id)) = &updated.play {
            self.events.publish(
                EventKind::PlaybackHistoryAdded,
                Map::from_iter([
                    ("historyId".to_owned(), Value::from(history_id.as_str())),
                    ("trackId".to_owned(), Value::from(track_id.as_str())),
                ]),
            );
        }
        publish_session_updated(&self.events, updated.session.revision);
        Ok(UpdatePlaybackSessionResponse::Ok(Json(updated.session)))
    }
}

/// `playbackSessionUpdated`, with the revision the session is now at.
pub(crate) fn publish_session_updated(events: &EventBus, revision: i64) {
    events.publish(
        EventKind::PlaybackSessionUpdated,
        Map::from_iter([("revision".to_owned(), Value::from(revision))]),
    );
}
