//! `library`: the catalogue read API and its change feed. Routes the contract still lists
//! with `501` answer that until they are built.

use std::sync::Arc;

use futures_util::stream::{self, BoxStream, StreamExt};
use poem::web::sse::Event as SseEvent;
use poem_openapi::payload::EventStream;
use poem_openapi::types::ToJSON;
use tokio::sync::broadcast::error::RecvError;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    Album, AlbumPage, AlbumSort, ArtistDetail, ArtistPage, ArtistSort, GetArtistRequest,
    GetArtistResponse, ListAlbumsRequest, ListAlbumsResponse, ListArtistsRequest,
    ListArtistsResponse,
};
use crate::api::generated::{
    AlbumDetail, FormatStat, GetAlbumRequest, GetAlbumResponse, GetLibraryStatsRequest,
    GetLibraryStatsResponse, GetTrackRequest, GetTrackResponse, LibraryApi, LibraryEvent,
    LibraryEventType, LibraryStats, ListTracksRequest, ListTracksResponse, ScanState,
    StreamLibraryEventsRequest, StreamLibraryEventsResponse, TrackPage,
};
use crate::api::generated::{
    ArtistFacet, DecadeFacet, FacetValue, GetLibraryFiltersRequest, GetLibraryFiltersResponse,
    LibraryFilters, YearFacet,
};
use crate::api::generated::{BrowseLibraryRequest, BrowseLibraryResponse};
use crate::db::catalog::{
    self, AlbumFilter, AlbumOrder, AlbumRow, ArtistFilter, ArtistOrder, TrackFilter,
};
use crate::events::{Event, EventBus, EventKind};
use crate::handlers::cursor;
use crate::handlers::views;
use crate::hub::Hub;
use diesel::SqliteConnection;
use poem_openapi::payload::Json;

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

/// Albums as the API shows them, with their genres read in one query for all of them.
pub(crate) fn album_views(
    conn: &mut SqliteConnection,
    rows: Vec<AlbumRow>,
) -> diesel::QueryResult<Vec<Album>> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut genres = catalog::album_genres(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let genres = genres.remove(&row.id).unwrap_or_default();
            views::album(row, genres)
        })
        .collect())
}

impl LibraryApi for Hub {
    async fn list_tracks(
        &self,
        _caller: Caller,
        request: ListTracksRequest,
    ) -> Result<ListTracksResponse, HandlerError> {
        let spec = cursor::page_spec(
            tracks::order(request.sort),
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
        let (page, items, spec) = self
            .db
            .run(move |conn| {
                let mut page = catalog::track_list(conn, &filter, &spec)?;
                let items = tracks::views(conn, std::mem::take(&mut page.rows))?;
                Ok((page, items, spec))
            })
            .await?;
        Ok(ListTracksResponse::Ok(Json(TrackPage {
            items,
            next_cursor: cursor::next(&spec, page.next),
            total: page.total,
        })))
    }

    async fn list_albums(
        &self,
        _caller: Caller,
        request: ListAlbumsRequest,
    ) -> Result<ListAlbumsResponse, HandlerError> {
        let order = match request.sort.unwrap_or(AlbumSort::Title) {
            AlbumSort::Title => AlbumOrder::Title,
            AlbumSort::Artist => AlbumOrder::Artist,
            AlbumSort::Year => AlbumOrder::Year,
            AlbumSort::AddedAt => AlbumOrder::AddedAt,
            AlbumSort::TrackCount => AlbumOrder::TrackCount,
            AlbumSort::PlayCount => AlbumOrder::PlayCount,
        };
        let spec = cursor::page_spec(
            order,
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
        let (page, items, spec) = self
            .db
            .run(move |conn| {
                let mut page = catalog::album_list(conn, &filter, &spec)?;
                let items = album_views(conn, std::mem::take(&mut page.rows))?;
                Ok((page, items, spec))
            })
            .await?;
        Ok(ListAlbumsResponse::Ok(Json(AlbumPage {
            items,
            next_cursor: cursor::next(&spec, page.next),
            total: page.total,
        })))
    }

    async fn list_artists(
        &self,
        _caller: Caller,
        request: ListArtistsRequest,
    ) -> Result<ListArtistsResponse, HandlerError> {
        let order = match request.sort.unwrap_or(ArtistSort::Name) {
            ArtistSort::Name => ArtistOrder::Name,
            ArtistSort::AlbumCount => ArtistOrder::AlbumCount,
            ArtistSort::TrackCount => ArtistOrder::TrackCount,
            ArtistSort::AddedAt => ArtistOrder::AddedAt,
            ArtistSort::PlayCount => ArtistOrder::PlayCount,
        };
        let spec = cursor::page_spec(
            order,
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let filter = ArtistFilter {
            genre: request.genre,
            saved: request.saved,
            album_artists_only: request.album_artists_only,
        };
        let (page, spec) = self
            .db
            .run(move |conn| Ok((catalog::artist_list(conn, &filter, &spec)?, spec)))
            .await?;
        Ok(ListArtistsResponse::Ok(Json(ArtistPage {
            next_cursor: cursor::next(&spec, page.next),
            items: page.rows.into_iter().map(views::artist).collect(),
            total: page.total,
        })))
    }

    async fn get_artist(
        &self,
        _caller: Caller,
        request: GetArtistRequest,
    ) -> Result<GetArtistResponse, HandlerError> {
        let id = request.id;
        let found = self
            .db
            .run(move |conn| {
                let Some(artist) = catalog::artist_get(conn, &id)? else {
                    return Ok(None);
                };
                let work = catalog::artist_work(conn, &id)?;
                let albums = album_views(conn, work.albums)?;
                let appearances = album_views(conn, work.appearances)?;
                Ok(Some(ArtistDetail {
                    artist: views::artist(artist),
                    albums,
                    appearances,
                    top_tracks: tracks::views(conn, work.top_tracks)?,
                }))
            })
            .await?;
        match found {
            Some(detail) => Ok(GetArtistResponse::Ok(Json(detail))),
            None => Err(HandlerError::not_found("No artist has this id.")),
        }
    }

    async fn get_album(
        &self,
        _caller: Caller,
        request: GetAlbumRequest,
    ) -> Result<GetAlbumResponse, HandlerError> {
        let id = request.id;
        let found = self
            .db
            .run(move |conn| {
                let Some(album) = catalog::album_get(conn, &id)? else {
                    return Ok(None);
                };
                let album = album_views(conn, vec![album])?.pop();
                let rows = catalog::album_tracks(conn, &id)?;
                let tracks = tracks::views(conn, rows)?;
                Ok(album.map(|album| (album, tracks)))
            })
            .await?;
        let Some((album, tracks)) = found else {
            return Err(HandlerError::not_found("No album has this id."));
        };
        Ok(GetAlbumResponse::Ok(Json(AlbumDetail { album, tracks })))
    }

    async fn browse_library(
        &self,
        caller: Caller,
        request: BrowseLibraryRequest,
    ) -> Result<BrowseLibraryResponse, HandlerError> {
        Ok(BrowseLibraryResponse::Ok(Json(
            self.browse(caller, request).await?,
        )))
    }

    async fn get_library_filters(
        &self,
        _caller: Caller,
        _request: GetLibraryFiltersRequest,
    ) -> Result<GetLibraryFiltersResponse, HandlerError> {
        let facets = self
            .db
            .run(|conn| Ok(catalog::library_facets(conn)?))
            .await?;
        let value = |f: catalog::Facet| FacetValue {
            value: f.name,
            count: f.count,
        };
        let years: Vec<YearFacet> = facets
            .years
            .into_iter()
            .filter_map(|f| {
                f.id.parse().ok().map(|year| YearFacet {
                    year,
                    count: f.count,
                })
            })
            .collect();
        // Decades add up their years, so they always agree with the year facets.
        let mut decades: Vec<DecadeFacet> = Vec::new();
        for year in &years {
            let decade = year.year - year.year.rem_euclid(10);
            match decades.last_mut() {
                Some(last) if last.decade == decade => last.count += year.count,
                _ => decades.push(DecadeFacet {
                    decade,
                    count: year.count,
                }),
            }
        }
        Ok(GetLibraryFiltersResponse::Ok(Json(LibraryFilters {
            genres: facets.genres.into_iter().map(value).collect(),
            years,
            decades,
            formats: facets.formats.into_iter().map(value).collect(),
            artists: facets
                .artists
                .into_iter()
                .map(|f| ArtistFacet {
                    id: f.id,
                    name: f.name,
                    count: f.count,
                })
                .collect(),
        })))
    }

    async fn get_library_stats(
        &self,
        _caller: Caller,
        _request: GetLibraryStatsRequest,
    ) -> Result<GetLibraryStatsResponse, HandlerError> {
        let (totals, formats) = self
            .db
            .run(|conn| Ok(catalog::library_totals(conn)?))
            .await?;
        let last_scan = self.scan_status().await?;
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
        let id = request.id;
        let found = self
            .db
            .run(move |conn| {
                let Some(row) = catalog::track_get(conn, &id)? else {
                    return Ok(None);
                };
                Ok(tracks::views(conn, vec![row])?.pop())
            })
            .await?;
        match found {
            Some(track) => Ok(GetTrackResponse::Ok(Json(track))),
            None => Err(HandlerError::not_found("No track has this id.")),
        }
    }

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
            .take_until(self.closed())
            .boxed();
        Ok(StreamLibraryEventsResponse::Ok(
            EventStream::new(events)
                .keep_alive(self.config.keep_alive)
                .to_event(sse_message),
        ))
    }
}

pub(crate) mod tracks {
    //! `GET /api/tracks` and `GET /api/track/{id}`.

    use diesel::SqliteConnection;

    use crate::api::generated::{AlbumRef, ArtistRef, Track, TrackSort};
    use crate::clock::from_ms;
    use crate::db::catalog::{self, TrackExtras, TrackOrder, TrackRow};

    pub fn order(sort: Option<TrackSort>) -> TrackOrder {
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

    /// Tracks as the API shows them, their artists and genres read for all of them at once
    /// (two queries, not two per track).
    pub fn views(
        conn: &mut SqliteConnection,
        rows: Vec<TrackRow>,
    ) -> diesel::QueryResult<Vec<Track>> {
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let extras = catalog::track_extras(conn, &ids)?;
        Ok(rows.into_iter().map(|r| track(r, &extras)).collect())
    }

    pub fn track(row: TrackRow, extras: &TrackExtras) -> Track {
        let credits = extras.artists.get(&row.id);
        let artists = credits
            .into_iter()
            .flatten()
            .filter(|a| a.role == "artist")
            .map(|a| ArtistRef {
                id: a.artist_id.clone(),
                name: a.name.clone(),
            })
            .collect();
        let genres = extras.genres.get(&row.id).cloned();
        Track {
            artists,
            album: Some(AlbumRef {
                id: row.album_id.clone(),
                title: row.album_title,
            }),
            album_artists: Some(vec![ArtistRef {
                id: row.album_artist_id,
                name: row.album_artist_credit,
            }]),
            composers: row.composer.map(|c| vec![c]),
            track_number: row.track_number,
            track_total: row.track_total,
            disc_number: row.disc_number,
            disc_total: row.disc_total,
            year: row.year,
            genres,
            compilation: row.is_compilation,
            duration_ms: row.duration_ms,
            format: row.format,
            bitrate_kbps: row.file.bitrate_kbps,
            sample_rate_hz: row.file.sample_rate_hz,
            bit_depth: row.file.bit_depth,
            channels: row.file.channels,
            file_size_bytes: Some(row.file.size_bytes),
            relative_path: Some(format!("{}/{}", row.file.root_id, row.file.rel_path)),
            // Artwork belongs to the album; its id is the album's.
            artwork_id: row.album_has_artwork.then(|| row.album_id.clone()),
            replay_gain_track_db: row.replaygain_track_gain_db,
            replay_gain_album_db: row.replaygain_album_gain_db,
            musicbrainz_recording_id: row.musicbrainz_recording_id,
            play_count: Some(i64::from(row.play_count)),
            last_played_at: row.last_played_at.map(from_ms),
            saved: Some(row.saved),
            added_at: from_ms(row.added_at),
            updated_at: Some(from_ms(row.updated_at)),
            id: row.id,
            title: row.title,
        }
    }
}
