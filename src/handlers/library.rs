//! `library`: the catalogue read API, through the catalogue service (`app::catalogue`), and
//! the library change feed. Routes the contract still lists with `501` answer that until
//! they are built.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use futures_util::stream::{self, BoxStream, StreamExt};
use poem::web::sse::Event as SseEvent;
use poem_openapi::payload::EventStream;
use poem_openapi::types::{ParseFromJSON, ToJSON};
use tokio::sync::broadcast::error::RecvError;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::api::generated::{
    AlbumDetail, AlbumPage, AlbumSort, ArtistDetail, ArtistFacet, ArtistPage, ArtistSort,
    BrowseLibraryRequest, BrowseLibraryResponse, DecadeFacet, FacetValue, FormatStat,
    GetAlbumRequest, GetAlbumResponse, GetArtistRequest, GetArtistResponse,
    GetLibraryFiltersRequest, GetLibraryFiltersResponse, GetLibraryStatsRequest,
    GetLibraryStatsResponse, GetTrackRequest, GetTrackResponse, LibraryApi, LibraryEvent,
    LibraryFilters, LibraryStats, ListAlbumsRequest, ListAlbumsResponse, ListArtistsRequest,
    ListArtistsResponse, ListTracksRequest, ListTracksResponse, ScanState,
    StreamLibraryEventsRequest, StreamLibraryEventsResponse, TrackPage, TrackSort, YearFacet,
};
use crate::api::payload::Json;
use crate::app::catalogue::{
    AlbumFilter, AlbumOrder, ArtistFilter, ArtistOrder, Facet, Filters, Stats, TrackFilter,
    TrackOrder,
};
use crate::events::{Event, EventBus};
use crate::handlers::views;
use crate::handlers::{cursor, feeds};
use crate::hub::Hub;

/// The contract's form of an event. The domain's `Event` serializes to the contract's JSON
/// (see `events::Change`), so the generated type is read from that JSON rather than built
/// field by field: one conversion for every type of event, checked against the contract by
/// `every_change_is_a_library_event_of_the_contract` below.
fn library_event(event: &Event) -> Option<LibraryEvent> {
    let json = serde_json::to_value(event).ok();
    match LibraryEvent::parse_from_json(json) {
        Ok(event) => Some(event),
        Err(err) => {
            // Only a change whose shape left the contract gets here: a bug, which the test
            // below catches first. Dropping it (loudly) beats ending every client's feed.
            tracing::error!(r#type = event.change.name(), error = %err.message(), "an event does not fit the contract");
            None
        }
    }
}

/// Each event as an SSE message: `id:` for resuming, `event:` its type, `data:` the JSON.
fn sse_message(event: LibraryEvent) -> SseEvent {
    let json = event.to_json().unwrap_or_default();
    let mut message = SseEvent::message(json.to_string());
    if let Some(id) = json.get("id").and_then(serde_json::Value::as_i64) {
        message = message.id(id.to_string());
    }
    match json.get("type").and_then(serde_json::Value::as_str) {
        Some(kind) => message.event_type(kind),
        None => message,
    }
}

/// The live part of a subscription: one broadcast receiver per client, no query per client.
/// A client too slow for the broadcast buffer is told to resync rather than skipped silently.
fn live(
    receiver: tokio::sync::broadcast::Receiver<Arc<Event>>,
    bus: Arc<EventBus>,
) -> BoxStream<'static, Arc<Event>> {
    stream::unfold((receiver, bus), |(mut receiver, bus)| async move {
        match receiver.recv().await {
            Ok(event) => Some((event, (receiver, bus))),
            Err(RecvError::Lagged(_)) => {
                let resync = bus.resync(bus.newest_id());
                Some((resync, (receiver, bus)))
            }
            Err(RecvError::Closed) => None,
        }
    })
    .boxed()
}

fn track_order(sort: Option<TrackSort>) -> TrackOrder {
    match sort.unwrap_or(TrackSort::Title) {
        TrackSort::Title => TrackOrder::Title,
        TrackSort::Artist => TrackOrder::Artist,
        TrackSort::Album => TrackOrder::Album,
        TrackSort::Year => TrackOrder::Year,
        TrackSort::AddedAt => TrackOrder::AddedAt,
        TrackSort::Duration => TrackOrder::Duration,
        TrackSort::PlayCount => TrackOrder::PlayCount,
    }
}

fn album_order(sort: Option<AlbumSort>) -> AlbumOrder {
    match sort.unwrap_or(AlbumSort::Title) {
        AlbumSort::Title => AlbumOrder::Title,
        AlbumSort::Artist => AlbumOrder::Artist,
        AlbumSort::Year => AlbumOrder::Year,
        AlbumSort::AddedAt => AlbumOrder::AddedAt,
        AlbumSort::TrackCount => AlbumOrder::TrackCount,
        AlbumSort::PlayCount => AlbumOrder::PlayCount,
    }
}

fn artist_order(sort: Option<ArtistSort>) -> ArtistOrder {
    match sort.unwrap_or(ArtistSort::Name) {
        ArtistSort::Name => ArtistOrder::Name,
        ArtistSort::AlbumCount => ArtistOrder::AlbumCount,
        ArtistSort::TrackCount => ArtistOrder::TrackCount,
        ArtistSort::AddedAt => ArtistOrder::AddedAt,
        ArtistSort::PlayCount => ArtistOrder::PlayCount,
    }
}

fn filters(filters: Filters) -> LibraryFilters {
    let value = |f: Facet| FacetValue {
        value: f.name,
        count: f.count,
    };
    LibraryFilters {
        genres: filters.genres.into_iter().map(value).collect(),
        years: filters
            .years
            .into_iter()
            .map(|y| YearFacet {
                year: y.year,
                count: y.count,
            })
            .collect(),
        decades: filters
            .decades
            .into_iter()
            .map(|d| DecadeFacet {
                decade: d.decade,
                count: d.count,
            })
            .collect(),
        formats: filters.formats.into_iter().map(value).collect(),
        artists: filters
            .artists
            .into_iter()
            .map(|f| ArtistFacet {
                id: f.id,
                name: f.name,
                count: f.count,
            })
            .collect(),
    }
}

impl LibraryApi for Hub {
    async fn list_tracks(
        &self,
        _caller: Caller,
        request: ListTracksRequest,
    ) -> Result<ListTracksResponse, HandlerError> {
        let spec = cursor::page_spec(
            track_order(request.sort),
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let filter = TrackFilter {
            genre: request.genre,
            year_from: request.year_from,
            year_to: request.year_to,
            artist_id: request.artist_id,
            album_id: request.album_id,
            format: request.format,
            saved: request.saved,
        };
        let listed = self.catalogue.track_list(filter, spec.clone()).await?;
        Ok(ListTracksResponse::Ok(Json(TrackPage {
            items: views::tracks(listed.items),
            next_cursor: cursor::next(&spec, listed.next),
            total: listed.total,
        })))
    }

    async fn list_albums(
        &self,
        _caller: Caller,
        request: ListAlbumsRequest,
    ) -> Result<ListAlbumsResponse, HandlerError> {
        let spec = cursor::page_spec(
            album_order(request.sort),
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let filter = AlbumFilter {
            artist_id: request.artist_id,
            genre: request.genre,
            year_from: request.year_from,
            year_to: request.year_to,
            compilation: request.compilation,
            saved: request.saved,
        };
        let listed = self.catalogue.album_list(filter, spec.clone()).await?;
        Ok(ListAlbumsResponse::Ok(Json(AlbumPage {
            items: views::albums(listed.items),
            next_cursor: cursor::next(&spec, listed.next),
            total: listed.total,
        })))
    }

    async fn list_artists(
        &self,
        _caller: Caller,
        request: ListArtistsRequest,
    ) -> Result<ListArtistsResponse, HandlerError> {
        let spec = cursor::page_spec(
            artist_order(request.sort),
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let filter = ArtistFilter {
            genre: request.genre,
            saved: request.saved,
            album_artists_only: request.album_artists_only,
        };
        let listed = self.catalogue.artist_list(filter, spec.clone()).await?;
        Ok(ListArtistsResponse::Ok(Json(ArtistPage {
            next_cursor: cursor::next(&spec, listed.next),
            items: listed.items.into_iter().map(views::artist).collect(),
            total: listed.total,
        })))
    }

    async fn get_artist(
        &self,
        _caller: Caller,
        request: GetArtistRequest,
    ) -> Result<GetArtistResponse, HandlerError> {
        let found = self.catalogue.artist_get(request.id).await?;
        Ok(GetArtistResponse::Ok(Json(ArtistDetail {
            artist: views::artist(found.artist),
            albums: views::albums(found.albums),
            appearances: views::albums(found.appearances),
            top_tracks: views::tracks(found.top_tracks),
        })))
    }

    async fn get_album(
        &self,
        _caller: Caller,
        request: GetAlbumRequest,
    ) -> Result<GetAlbumResponse, HandlerError> {
        let found = self.catalogue.album_get(request.id).await?;
        // The service found the album, so its view is there; an empty one would be a bug
        // below, answered as the missing album it looks like rather than a panic.
        let album = views::albums(found.album)
            .pop()
            .ok_or_else(|| HandlerError::not_found("No album has this id."))?;
        Ok(GetAlbumResponse::Ok(Json(AlbumDetail {
            album,
            tracks: views::tracks(found.tracks),
        })))
    }

    async fn browse_library(
        &self,
        caller: Caller,
        request: BrowseLibraryRequest,
    ) -> Result<BrowseLibraryResponse, HandlerError> {
        let browsed = self.catalogue.browse(request.path).await?;
        Ok(BrowseLibraryResponse::Ok(Json(views::browsed(
            browsed,
            caller.is_local(),
        ))))
    }

    async fn get_library_filters(
        &self,
        _caller: Caller,
        _request: GetLibraryFiltersRequest,
    ) -> Result<GetLibraryFiltersResponse, HandlerError> {
        let found = self.catalogue.filters().await?;
        Ok(GetLibraryFiltersResponse::Ok(Json(filters(found))))
    }

    async fn get_library_stats(
        &self,
        _caller: Caller,
        _request: GetLibraryStatsRequest,
    ) -> Result<GetLibraryStatsResponse, HandlerError> {
        let Stats { totals, formats } = self.catalogue.stats().await?;
        let last_scan = views::scan_status(self.scanning.status().await?);
        Ok(GetLibraryStatsResponse::Ok(Json(LibraryStats {
            track_count: totals.tracks,
            album_count: totals.albums,
            artist_count: totals.artists,
            playlist_count: totals.playlists,
            total_duration_ms: totals.duration_ms,
            total_bytes: totals.bytes,
            formats: formats
                .into_iter()
                .map(|f| FormatStat {
                    format: f.format,
                    track_count: f.tracks,
                    bytes: f.bytes,
                })
                .collect(),
            last_scan: (last_scan.state != ScanState::Idle).then_some(last_scan),
        })))
    }

    async fn get_track(
        &self,
        _caller: Caller,
        request: GetTrackRequest,
    ) -> Result<GetTrackResponse, HandlerError> {
        let found = self.catalogue.track_get(request.id).await?;
        // As with albums: the service found the track, so its view is there.
        let track = views::tracks(found)
            .pop()
            .ok_or_else(|| HandlerError::not_found("No track has this id."))?;
        Ok(GetTrackResponse::Ok(Json(track)))
    }

    async fn stream_library_events(
        &self,
        caller: Caller,
        request: StreamLibraryEventsRequest,
    ) -> Result<StreamLibraryEventsResponse, HandlerError> {
        // The contract's pattern admits only digits; a number too large for an id is still
        // a bad id, not a panic.
        let last_event_id = match request.last_event_id.as_deref() {
            None | Some("") => None,
            Some(text) => Some(text.parse::<i64>().map_err(|_| HandlerError::BadRequest {
                code: ErrorCode::InvalidParameter,
                message: "The header `Last-Event-ID` is not an event id.".into(),
                parameter: Some("Last-Event-ID".into()),
            })?),
        };
        let subscription = self.events.subscribe(last_event_id);
        // The id of the last event this feed has handed on, for its `feedEnded`.
        let sent = Arc::new(AtomicI64::new(last_event_id.unwrap_or(subscription.newest)));
        let noted = sent.clone();
        let events = stream::iter(subscription.replay)
            .chain(live(subscription.live, self.events.clone()))
            .inspect(move |event| noted.store(event.id, Ordering::Relaxed))
            .filter_map(|event| std::future::ready(library_event(&event)))
            .boxed();
        let bus = self.events.clone();
        let events = feeds::until_end(events, feeds::end_of(self, &caller), move |reason| {
            library_event(&bus.feed_ended(sent.load(Ordering::Relaxed), reason))
        });
        Ok(StreamLibraryEventsResponse::Ok(
            EventStream::new(events)
                .keep_alive(self.config.keep_alive)
                .to_event(sse_message),
        ))
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use strum::IntoEnumIterator;

    use super::*;
    use crate::events::Change;

    /// Every type of change reaches clients whole: it reads as the contract's `LibraryEvent`
    /// and writes back the same `type` and `payload`. A payload field the contract does not
    /// describe would be dropped by the generated type, and fail here.
    #[test]
    fn every_change_is_a_library_event_of_the_contract() {
        for change in Change::iter() {
            let name = change.name();
            let event = Event {
                id: 7,
                change,
                at: Utc::now(),
            };
            let expected = serde_json::to_value(&event).expect("serializes");
            let written = library_event(&event)
                .unwrap_or_else(|| panic!("`{name}` does not fit the contract"))
                .to_json()
                .expect("writes");
            assert_eq!(written["type"], name, "{name}");
            assert_eq!(written["payload"], expected["payload"], "{name}");
            assert_eq!(written["id"], 7, "{name}");
        }
    }
}
