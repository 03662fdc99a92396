//! `playback`: the session every device shares, and its history with the "previous"
//! button. The playback service (`app::playback`) holds the rules and transactions; these
//! handlers translate the request, call it, and build the view from what it committed.

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    GetPlaybackSessionRequest, GetPlaybackSessionResponse, ListPlaybackHistoryRequest,
    ListPlaybackHistoryResponse, PlaybackApi, PlaybackHistoryBackRequest,
    PlaybackHistoryBackResponse, PlaybackHistoryEntry, PlaybackHistoryPage, PlaybackSession,
    PlaybackState, RepeatMode, UpdatePlaybackSessionRequest, UpdatePlaybackSessionResponse,
};
use crate::api::payload::Json;
use crate::app::playback::rules::{Change, PlayState, Repeat};
use crate::app::playback::HistoryOrder;
use crate::app::playback::{HistoryPage, SessionSnapshot};
use crate::auth::Identity;
use crate::clock::from_ms;
use crate::handlers::{cursor, views};
use crate::hub::Hub;

fn view(snapshot: SessionSnapshot) -> PlaybackSession {
    let SessionSnapshot {
        session,
        tracks,
        extras,
        active_device_name,
    } = snapshot;
    PlaybackSession {
        revision: session.revision,
        state: match session.state {
            PlayState::Playing => PlaybackState::Playing,
            PlayState::Paused => PlaybackState::Paused,
            PlayState::Stopped => PlaybackState::Stopped,
        },
        queue: session
            .queue
            .iter()
            .filter_map(|entry| tracks.get(&entry.track_id))
            .map(|row| views::track(row.clone(), &extras))
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
        active_device_id: session.device_id,
        active_device_name,
        updated_at: from_ms(session.updated_at),
    }
}

fn change(body: crate::api::generated::PlaybackSessionUpdate) -> Change {
    Change {
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
    }
}

/// The device a change is made by: `None` for local callers and the API token.
fn device_of(caller: Caller) -> Option<String> {
    match caller.identity {
        Identity::Device { device_id, .. } => Some(device_id),
        Identity::Local | Identity::ApiToken | Identity::Anonymous => None,
    }
}

impl PlaybackApi for Hub {
    async fn get_playback_session(
        &self,
        _caller: Caller,
        _request: GetPlaybackSessionRequest,
    ) -> Result<GetPlaybackSessionResponse, HandlerError> {
        let snapshot = self.playback.session().await?;
        Ok(GetPlaybackSessionResponse::Ok(Json(view(snapshot))))
    }

    #[tracing::instrument(skip_all)]
    async fn update_playback_session(
        &self,
        caller: Caller,
        request: UpdatePlaybackSessionRequest,
    ) -> Result<UpdatePlaybackSessionResponse, HandlerError> {
        let snapshot = self
            .playback
            .update(change(request.body), device_of(caller))
            .await?;
        Ok(UpdatePlaybackSessionResponse::Ok(Json(view(snapshot))))
    }

    async fn list_playback_history(
        &self,
        _caller: Caller,
        request: ListPlaybackHistoryRequest,
    ) -> Result<ListPlaybackHistoryResponse, HandlerError> {
        let spec = cursor::page_spec(
            HistoryOrder,
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let page = self.playback.history(spec.clone()).await?;
        let HistoryPage {
            rows,
            tracks,
            extras,
            next,
            total,
        } = page;
        let items = rows
            .into_iter()
            .filter_map(|row| {
                // Only plays of tracks in the library are listed; the page read them all.
                let track = tracks.get(&row.track_id)?;
                Some(PlaybackHistoryEntry {
                    id: row.id,
                    track: views::track(track.clone(), &extras),
                    played_at: from_ms(row.played_at),
                    played_ms: row.played_ms,
                    device_id: row.device_id,
                    device_name: row.device_name,
                })
            })
            .collect();
        Ok(ListPlaybackHistoryResponse::Ok(Json(PlaybackHistoryPage {
            items,
            next_cursor: cursor::next(&spec, next),
            total,
        })))
    }

    #[tracing::instrument(skip_all)]
    async fn playback_history_back(
        &self,
        caller: Caller,
        _request: PlaybackHistoryBackRequest,
    ) -> Result<PlaybackHistoryBackResponse, HandlerError> {
        let snapshot = self.playback.back(device_of(caller)).await?;
        Ok(PlaybackHistoryBackResponse::Ok(Json(view(snapshot))))
    }
}
