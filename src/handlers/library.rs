//! `library`: the catalogue read API and its change feed. The catalogue routes still answer
//! `501` (the contract says so) until the scanner and its queries land.

use std::sync::Arc;

use futures_util::stream::{self, BoxStream, StreamExt};
use poem::web::sse::Event as SseEvent;
use poem_openapi::payload::EventStream;
use poem_openapi::types::ToJSON;
use tokio::sync::broadcast::error::RecvError;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    LibraryApi, LibraryEvent, LibraryEventType, StreamLibraryEventsRequest,
    StreamLibraryEventsResponse,
};
use crate::events::{Event, EventBus, EventKind};
use crate::hub::Hub;

fn event_type(kind: EventKind) -> LibraryEventType {
    match kind {
        EventKind::TrackAdded => LibraryEventType::TrackAdded,
        EventKind::TrackUpdated => LibraryEventType::TrackUpdated,
        EventKind::TrackRemoved => LibraryEventType::TrackRemoved,
        EventKind::AlbumAdded => LibraryEventType::AlbumAdded,
        EventKind::AlbumUpdated => LibraryEventType::AlbumUpdated,
        EventKind::AlbumRemoved => LibraryEventType::AlbumRemoved,
        EventKind::ArtistAdded => LibraryEventType::ArtistAdded,
        EventKind::ArtistUpdated => LibraryEventType::ArtistUpdated,
        EventKind::ArtistRemoved => LibraryEventType::ArtistRemoved,
        EventKind::PlaylistCreated => LibraryEventType::PlaylistCreated,
        EventKind::PlaylistUpdated => LibraryEventType::PlaylistUpdated,
        EventKind::PlaylistDeleted => LibraryEventType::PlaylistDeleted,
        EventKind::SavedAdded => LibraryEventType::SavedAdded,
        EventKind::SavedRemoved => LibraryEventType::SavedRemoved,
        EventKind::PlaybackSessionUpdated => LibraryEventType::PlaybackSessionUpdated,
        EventKind::PlaybackHistoryAdded => LibraryEventType::PlaybackHistoryAdded,
        EventKind::MetadataUpdated => LibraryEventType::MetadataUpdated,
        EventKind::ShareCreated => LibraryEventType::ShareCreated,
        EventKind::ShareDeleted => LibraryEventType::ShareDeleted,
        EventKind::DatabaseHealthChanged => LibraryEventType::DatabaseHealthChanged,
        EventKind::ScanStarted => LibraryEventType::ScanStarted,
        EventKind::ScanCompleted => LibraryEventType::ScanCompleted,
        EventKind::Resync => LibraryEventType::Resync,
    }
}

fn library_event(event: &Event) -> LibraryEvent {
    LibraryEvent {
        id: event.id,
        r#type: event_type(event.kind),
        payload: event.payload.clone().into_iter().collect(),
        at: event.at,
    }
}

/// Each event as an SSE message: `id:` for resuming, `event:` its type, `data:` the JSON.
fn sse_message(event: LibraryEvent) -> SseEvent {
    let data = event.to_json_string();
    let kind = event
        .r#type
        .to_json()
        .and_then(|v| v.as_str().map(str::to_owned));
    let message = SseEvent::message(data).id(event.id.to_string());
    match kind {
        Some(kind) => message.event_type(kind),
        None => message,
    }
}

/// The live part of a subscription: one broadcast receiver per client, no query per client.
/// A client too slow for the broadcast buffer is told to resync rather than skipped silently.
fn live(
    receiver: tokio::sync::broadcast::Receiver<Arc<Event>>,
    bus: Arc<EventBus>,
) -> BoxStream<'static, LibraryEvent> {
    stream::unfold((receiver, bus), |(mut receiver, bus)| async move {
        match receiver.recv().await {
            Ok(event) => Some((library_event(&event), (receiver, bus))),
            Err(RecvError::Lagged(_)) => {
                let resync = bus.resync(bus.newest_id());
                Some((library_event(&resync), (receiver, bus)))
            }
            Err(RecvError::Closed) => None,
        }
    })
    .boxed()
}

impl LibraryApi for Hub {
    async fn stream_library_events(
        &self,
        _caller: Caller,
        request: StreamLibraryEventsRequest,
    ) -> Result<StreamLibraryEventsResponse, HandlerError> {
        // The contract's pattern admits only digits; a number too large for an id is still
        // a bad id, not a panic.
        let last_event_id = match request.last_event_id.as_deref() {
            None | Some("") => None,
            Some(text) => Some(text.parse::<i64>().map_err(|_| HandlerError::BadRequest {
                code: "invalid_parameter",
                message: "The header `Last-Event-ID` is not an event id.".into(),
                parameter: Some("Last-Event-ID".into()),
            })?),
        };
        let subscription = self.events.subscribe(last_event_id);
        let replay: Vec<LibraryEvent> = subscription
            .replay
            .iter()
            .map(|e| library_event(e))
            .collect();
        let events = stream::iter(replay)
            .chain(live(subscription.live, self.events.clone()))
            .boxed();
        Ok(StreamLibraryEventsResponse::Ok(
            EventStream::new(events)
                .keep_alive(self.config.keep_alive)
                .to_event(sse_message),
        ))
    }
}
