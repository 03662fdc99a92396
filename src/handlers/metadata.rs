//! `metadata`: a track's tags, overrides and effective values, and changing overrides,
//! through the metadata service (`app::metadata`).

use poem_openapi::types::ToJSON;
use serde_json::Value;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    ApplyTrackEnrichmentRequest, ApplyTrackEnrichmentResponse, ClearTrackMetadataOverridesRequest,
    ClearTrackMetadataOverridesResponse, EnrichmentSuggestion, GetTrackEnrichmentRequest,
    GetTrackEnrichmentResponse, GetTrackMetadataRequest, GetTrackMetadataResponse, MetadataApi,
    MetadataBatchResult, SetMetadataOverridesBatchRequest, SetMetadataOverridesBatchResponse,
    SetTrackMetadataOverridesRequest, SetTrackMetadataOverridesResponse, TagField, TagOverride,
    TagValues, TrackEnrichment,
};
use crate::api::payload::Json;
use crate::app::metadata::{Author, Enrichment, TrackMetadata, Values};
use crate::auth::Identity;
use crate::clock::from_ms;
use crate::hub::Hub;
use crate::library::fields::Field;

/// The paired device behind a call, if it is one.
fn author(caller: &Caller) -> Author {
    Author::user(device(caller))
}

fn device(caller: &Caller) -> Option<String> {
    match &caller.identity {
        Identity::Device { device_id, .. } => Some(device_id.clone()),
        _ => None,
    }
}

/// The body's fields as the service takes them. The schema has already refused unknown
/// fields and values of the wrong type.
pub(crate) fn values_of(body: &TagValues) -> Result<Values, HandlerError> {
    let Some(Value::Object(map)) = body.to_json() else {
        return Ok(Values::new());
    };
    map.into_iter()
        .filter(|(_, value)| !value.is_null())
        .map(|(name, value)| {
            let field = Field::from_api(&name).ok_or_else(|| {
                HandlerError::invalid_body(&name, format!("`{name}` is not a metadata field."))
            })?;
            Ok((field, value))
        })
        .collect()
}

/// Values as the API shows them. Built field by field, not parsed: a file's tag may be
/// longer than a request may send, and is shown as it is.
pub(crate) fn tag_values(values: &Values) -> TagValues {
    let get = |field| values.get(&field);
    let text = |field| get(field).and_then(Value::as_str).map(str::to_owned);
    let list = |field| {
        get(field).and_then(Value::as_array).map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
    };
    let int = |field| {
        get(field)
            .and_then(Value::as_i64)
            .and_then(|n| i32::try_from(n).ok())
    };
    let real = |field| get(field).and_then(Value::as_f64);
    TagValues {
        title: text(Field::Title),
        artists: list(Field::Artists),
        album: text(Field::Album),
        album_artists: list(Field::AlbumArtists),
        composers: list(Field::Composers),
        track_number: int(Field::TrackNumber),
        track_total: int(Field::TrackTotal),
        disc_number: int(Field::DiscNumber),
        disc_total: int(Field::DiscTotal),
        year: int(Field::Year),
        genres: list(Field::Genres),
        compilation: get(Field::Compilation).and_then(Value::as_bool),
        comment: text(Field::Comment),
        musicbrainz_recording_id: text(Field::MusicbrainzRecordingId),
        musicbrainz_release_id: text(Field::MusicbrainzReleaseId),
        replay_gain_track_db: real(Field::ReplayGainTrackDb),
        replay_gain_track_peak: real(Field::ReplayGainTrackPeak),
        replay_gain_album_db: real(Field::ReplayGainAlbumDb),
        replay_gain_album_peak: real(Field::ReplayGainAlbumPeak),
    }
}

fn field_of(field: &TagField) -> Field {
    match field {
        TagField::Title => Field::Title,
        TagField::Artists => Field::Artists,
        TagField::Album => Field::Album,
        TagField::AlbumArtists => Field::AlbumArtists,
        TagField::Composers => Field::Composers,
        TagField::TrackNumber => Field::TrackNumber,
        TagField::TrackTotal => Field::TrackTotal,
        TagField::DiscNumber => Field::DiscNumber,
        TagField::DiscTotal => Field::DiscTotal,
        TagField::Year => Field::Year,
        TagField::Genres => Field::Genres,
        TagField::Compilation => Field::Compilation,
        TagField::Comment => Field::Comment,
        TagField::MusicbrainzRecordingId => Field::MusicbrainzRecordingId,
        TagField::MusicbrainzReleaseId => Field::MusicbrainzReleaseId,
        TagField::ReplayGainTrackDb => Field::ReplayGainTrackDb,
        TagField::ReplayGainTrackPeak => Field::ReplayGainTrackPeak,
        TagField::ReplayGainAlbumDb => Field::ReplayGainAlbumDb,
        TagField::ReplayGainAlbumPeak => Field::ReplayGainAlbumPeak,
    }
}

fn enrichment(found: Enrichment) -> TrackEnrichment {
    TrackEnrichment {
        track_id: found.track_id,
        suggestions: found
            .suggestions
            .into_iter()
            .map(|s| EnrichmentSuggestion {
                id: s.id,
                source: s.source,
                confidence: s.confidence,
                values: tag_values(&s.values),
                changed_fields: s.changed.into_iter().map(tag_field).collect(),
                created_at: from_ms(s.created_at),
            })
            .collect(),
        checked_at: Some(from_ms(found.checked_at)),
    }
}

pub(crate) fn tag_field(field: Field) -> TagField {
    match field {
        Field::Title => TagField::Title,
        Field::Artists => TagField::Artists,
        Field::Album => TagField::Album,
        Field::AlbumArtists => TagField::AlbumArtists,
        Field::Composers => TagField::Composers,
        Field::TrackNumber => TagField::TrackNumber,
        Field::TrackTotal => TagField::TrackTotal,
        Field::DiscNumber => TagField::DiscNumber,
        Field::DiscTotal => TagField::DiscTotal,
        Field::Year => TagField::Year,
        Field::Genres => TagField::Genres,
        Field::Compilation => TagField::Compilation,
        Field::Comment => TagField::Comment,
        Field::MusicbrainzRecordingId => TagField::MusicbrainzRecordingId,
        Field::MusicbrainzReleaseId => TagField::MusicbrainzReleaseId,
        Field::ReplayGainTrackDb => TagField::ReplayGainTrackDb,
        Field::ReplayGainTrackPeak => TagField::ReplayGainTrackPeak,
        Field::ReplayGainAlbumDb => TagField::ReplayGainAlbumDb,
        Field::ReplayGainAlbumPeak => TagField::ReplayGainAlbumPeak,
    }
}

pub(crate) fn metadata(m: TrackMetadata) -> crate::api::generated::TrackMetadata {
    let overrides_updated_at = m.overrides_updated_at().map(from_ms);
    let overrides: Values = m
        .overrides
        .iter()
        .map(|o| (o.field, o.value.clone()))
        .collect();
    crate::api::generated::TrackMetadata {
        track_id: m.track_id,
        file_tags: tag_values(&m.file),
        overrides: tag_values(&overrides),
        effective: tag_values(&m.effective),
        overridden_fields: m.overrides.iter().map(|o| tag_field(o.field)).collect(),
        override_details: m
            .overrides
            .into_iter()
            .map(|o| TagOverride {
                field: tag_field(o.field),
                set_at: from_ms(o.set_at),
                device_id: o.device_id,
                source: o.source,
            })
            .collect(),
        has_embedded_artwork: m.has_embedded_art,
        has_folder_artwork: None,
        relative_path: Some(m.relative_path),
        file_modified_at: Some(from_ms(m.file_modified_at)),
        overrides_updated_at,
    }
}

impl MetadataApi for Hub {
    async fn get_track_metadata(
        &self,
        _caller: Caller,
        request: GetTrackMetadataRequest,
    ) -> Result<GetTrackMetadataResponse, HandlerError> {
        let found = self.metadata.get(request.id).await?;
        Ok(GetTrackMetadataResponse::Ok(Json(metadata(found))))
    }

    #[tracing::instrument(skip_all, fields(track = %request.id))]
    async fn set_track_metadata_overrides(
        &self,
        caller: Caller,
        request: SetTrackMetadataOverridesRequest,
    ) -> Result<SetTrackMetadataOverridesResponse, HandlerError> {
        let values = values_of(&request.body)?;
        let set = self
            .metadata
            .set(request.id, values, author(&caller))
            .await?;
        Ok(SetTrackMetadataOverridesResponse::Ok(Json(metadata(set))))
    }

    #[tracing::instrument(skip_all, fields(track = %request.id))]
    async fn clear_track_metadata_overrides(
        &self,
        _caller: Caller,
        request: ClearTrackMetadataOverridesRequest,
    ) -> Result<ClearTrackMetadataOverridesResponse, HandlerError> {
        self.metadata.clear(request.id).await?;
        Ok(ClearTrackMetadataOverridesResponse::NoContent)
    }

    #[tracing::instrument(skip_all, fields(tracks = request.body.track_ids.len()))]
    async fn set_metadata_overrides_batch(
        &self,
        caller: Caller,
        request: SetMetadataOverridesBatchRequest,
    ) -> Result<SetMetadataOverridesBatchResponse, HandlerError> {
        let body = request.body;
        let values = values_of(&body.set)?;
        let (track_ids, fields) = self
            .metadata
            .set_many(body.track_ids, values, author(&caller))
            .await?;
        Ok(SetMetadataOverridesBatchResponse::Ok(Json(
            MetadataBatchResult {
                track_ids,
                overridden_fields: fields.into_iter().map(tag_field).collect(),
            },
        )))
    }

    async fn get_track_enrichment(
        &self,
        _caller: Caller,
        request: GetTrackEnrichmentRequest,
    ) -> Result<GetTrackEnrichmentResponse, HandlerError> {
        let found = self.metadata.enrichment(request.id).await?;
        Ok(GetTrackEnrichmentResponse::Ok(Json(enrichment(found))))
    }

    #[tracing::instrument(skip_all, fields(track = %request.id))]
    async fn apply_track_enrichment(
        &self,
        caller: Caller,
        request: ApplyTrackEnrichmentRequest,
    ) -> Result<ApplyTrackEnrichmentResponse, HandlerError> {
        let body = request.body;
        let fields = body.fields.map(|f| f.iter().map(field_of).collect());
        let applied = self
            .metadata
            .apply(request.id, body.suggestion_id, fields, device(&caller))
            .await?;
        Ok(ApplyTrackEnrichmentResponse::Ok(Json(metadata(applied))))
    }
}
