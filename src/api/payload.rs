//! Payload types the generated code uses where poem-openapi has none that fits the contract.

use chrono::{DateTime, Utc};
use poem::http::{header, HeaderValue};
use poem::{Body, IntoResponse, Request, RequestBody, Response};
use poem_openapi::error::{ContentTypeError, ParseRequestPayloadError};
use poem_openapi::payload::Payload;
use poem_openapi::registry::{MetaMediaType, MetaRequest, MetaSchema, MetaSchemaRef, Registry};
use poem_openapi::types::{ParseFromJSON, Type};
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};
use serde::{Serialize, Serializer};

use crate::api::error::HandlerError;

/// A required JSON body (`requestBody.required: true`).
pub struct JsonBody<T>(pub T);

/// An optional JSON body (`requestBody.required: false`). poem-openapi's `Json` demands a
/// `Content-Type` even when there is no body; `curl -X POST …/api/database/rebuild` sends
/// neither, and must work as the reference shows.
pub struct OptionalJson<T>(pub Option<T>);

fn request_meta<T: ParseFromJSON>(required: bool) -> Option<MetaRequest> {
    Some(MetaRequest {
        description: None,
        content: vec![MetaMediaType {
            content_type: "application/json",
            schema: T::schema_ref(),
        }],
        required,
    })
}

/// Reads a JSON body: `None` when there is none. Both body kinds share it, so every body is
/// held to the same rules.
async fn read_json<T: ParseFromJSON>(
    request: &Request,
    body: &mut RequestBody,
) -> poem::Result<Option<T>> {
    let content_type = request.content_type().map(str::to_owned);
    let data = body.take()?.into_bytes().await?;
    if data.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    match content_type.as_deref() {
        Some(ct) if is_json(ct) => {}
        Some(ct) => {
            return Err(ContentTypeError::NotSupported {
                content_type: ct.to_owned(),
            }
            .into())
        }
        None => return Err(ContentTypeError::ExpectContentType.into()),
    }
    let value: serde_json::Value =
        serde_json::from_slice(&data).map_err(|err| ParseRequestPayloadError {
            reason: err.to_string(),
        })?;
    // The contract has no nullable values (the generator refuses `nullable`), so a null
    // anywhere is a mistake; poem would quietly read it as "absent".
    if let Some(pointer) = first_null(&value, String::new()) {
        return Err(ParseRequestPayloadError {
            reason: format!("`{pointer}` is null; leave the field out instead"),
        }
        .into());
    }
    let parsed = T::parse_from_json(Some(value)).map_err(|err| ParseRequestPayloadError {
        reason: err.into_message(),
    })?;
    Ok(Some(parsed))
}

/// The JSON pointer of the first `null` in `value`, if any.
fn first_null(value: &serde_json::Value, at: String) -> Option<String> {
    match value {
        serde_json::Value::Null => Some(if at.is_empty() { "/".to_owned() } else { at }),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| first_null(v, format!("{at}/{i}"))),
        serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
            first_null(
                v,
                format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
            )
        }),
        _ => None,
    }
}

impl<'a, T: ParseFromJSON> ApiExtractor<'a> for JsonBody<T> {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::RequestObject];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        T::register(registry);
    }

    fn request_meta() -> Option<MetaRequest> {
        request_meta::<T>(true)
    }

    async fn from_request(
        request: &'a Request,
        body: &mut RequestBody,
        _param_opts: ExtractParamOptions<Self::ParamType>,
    ) -> poem::Result<Self> {
        match read_json(request, body).await? {
            Some(value) => Ok(Self(value)),
            None => Err(ParseRequestPayloadError {
                reason: "this operation needs a JSON body (Content-Type: application/json)".into(),
            }
            .into()),
        }
    }
}

impl<'a, T: ParseFromJSON> ApiExtractor<'a> for OptionalJson<T> {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::RequestObject];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        T::register(registry);
    }

    fn request_meta() -> Option<MetaRequest> {
        request_meta::<T>(false)
    }

    async fn from_request(
        request: &'a Request,
        body: &mut RequestBody,
        _param_opts: ExtractParamOptions<Self::ParamType>,
    ) -> poem::Result<Self> {
        Ok(Self(read_json(request, body).await?))
    }
}

fn is_json(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// A JSON answer, written by serde straight into its bytes. poem-openapi's `Json` first
/// builds a `serde_json::Value` tree, a map and a string for every field, which was about a
/// quarter of the CPU of a page of tracks. The generated types derive `Serialize` with the
/// same names and omissions as their `oai` attributes, from which the schema is made.
pub struct Json<T>(pub T);

const JSON_CONTENT_TYPE: &str = "application/json; charset=utf-8";

impl<T: Type> Payload for Json<T> {
    const CONTENT_TYPE: &'static str = JSON_CONTENT_TYPE;

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

impl<T: Serialize + Send> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        match serde_json::to_vec(&self.0) {
            Ok(bytes) => Response::builder()
                .content_type(JSON_CONTENT_TYPE)
                .body(bytes),
            // Only a map with keys that are not strings fails, and the contract has none.
            // The body says `internal_error` and the error is logged; the status is the
            // documented one all the same, which the generated response sets afterwards
            // (as it did over poem-openapi's `Json`).
            Err(err) => poem::error::ResponseError::as_response(&HandlerError::Internal(format!(
                "the answer could not be written as JSON: {err}"
            ))),
        }
    }
}

/// A number JSON cannot hold (NaN, infinity): the field is left out, as poem-openapi did,
/// since the contract allows no `null`.
pub fn not_finite(number: &f64) -> bool {
    !number.is_finite()
}

/// `not_finite` for an optional number; an absent one is left out as every absent field is.
pub fn absent_or_not_finite(number: &Option<f64>) -> bool {
    number.is_none_or(|n| !n.is_finite())
}

/// A time as poem-openapi writes one (`to_rfc3339`, `+00:00`), which the answers always had.
pub fn rfc3339<S: Serializer>(time: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&time.to_rfc3339())
}

/// `rfc3339` for an optional time; an absent one is skipped before it gets here.
pub fn rfc3339_if_any<S: Serializer>(
    time: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => rfc3339(time, serializer),
        None => serializer.serialize_none(),
    }
}

/// A media body documented under a wildcard type (`audio/*`, `image/*`): the contract cannot
/// know each file's type, so the handler sets the real one.
macro_rules! media_body {
    ($(#[$doc:meta])* $name:ident, $wildcard:literal) => {
        $(#[$doc])*
        pub struct $name {
            pub content_type: String,
            pub body: Body,
        }

        impl Payload for $name {
            const CONTENT_TYPE: &'static str = $wildcard;

            fn schema_ref() -> MetaSchemaRef {
                MetaSchemaRef::Inline(Box::new(MetaSchema::new_with_format("string", "binary")))
            }
        }

        impl IntoResponse for $name {
            fn into_response(self) -> Response {
                let mut response = self.body.into_response();
                if let Ok(value) = HeaderValue::from_str(&self.content_type) {
                    response.headers_mut().insert(header::CONTENT_TYPE, value);
                }
                response
            }
        }
    };
}

media_body!(
    /// Audio bytes, with the file's own `Content-Type` (e.g. `audio/flac`).
    AudioBody,
    "audio/*"
);
media_body!(
    /// Artwork bytes, with the image's own `Content-Type` (e.g. `image/jpeg`).
    ImageBody,
    "image/*"
);

#[cfg(test)]
mod tests {
    use super::first_null;
    use serde_json::json;

    #[test]
    fn nulls_are_found_anywhere() {
        assert_eq!(first_null(&json!({"a": 1}), String::new()), None);
        assert_eq!(
            first_null(&json!({"minutes": null}), String::new()).as_deref(),
            Some("/minutes")
        );
        assert_eq!(
            first_null(&json!({"a": [1, {"b/c": null}]}), String::new()).as_deref(),
            Some("/a/1/b~1c")
        );
        assert_eq!(
            first_null(&json!(null), String::new()).as_deref(),
            Some("/")
        );
    }
}

/// The answers written by serde must be the ones poem-openapi would have written (its
/// `ToJSON`), byte for byte: the contract's schema is made from the `oai` attributes.
#[cfg(test)]
mod answers_as_poem_wrote_them {
    use chrono::TimeZone;
    use poem::IntoResponse;
    use poem_openapi::types::{ParseFromJSON, ToJSON};

    use super::Json;
    use crate::api::generated::{
        Device, EnrichmentSuggestion, NotFoundError, ScanFileError, ScanPhase, ScanState,
        ScanStatus, ScanTrigger, TrackPage,
    };

    async fn written<T: serde::Serialize + Send + ToJSON>(value: T) -> (String, String) {
        let poem = serde_json::to_string(&value.to_json()).expect("a value tree is written");
        let response = Json(value).into_response();
        assert_eq!(
            response.content_type(),
            Some("application/json; charset=utf-8")
        );
        let ours = response
            .into_body()
            .into_string()
            .await
            .expect("the body is text");
        (ours, poem)
    }

    #[tokio::test]
    async fn times_options_enums_floats_and_nesting_are_written_alike() {
        let time = chrono::Utc
            .timestamp_opt(1_764_000_000, 123_456_789)
            .single()
            .expect("a valid time");
        let device = Device {
            id: "dev_1".into(),
            name: "Phone \"A\" ✓".into(),
            paired_at: time,
            last_seen_at: Some(time),
            last_address: None,
            refresh_expires_at: None,
            revoked: false,
            revoked_at: Some(time),
        };
        let (ours, poem) = written(device).await;
        assert_eq!(ours, poem);
        assert!(ours.contains("+00:00"), "{ours}");

        let status = ScanStatus {
            state: ScanState::Running,
            phase: ScanPhase::Scanning,
            scan_id: Some("scn_1".into()),
            trigger: Some(ScanTrigger::Manual),
            full: Some(true),
            started_at: Some(time),
            finished_at: None,
            files_total: Some(20),
            files_seen: Some(20),
            files_processed: Some(7),
            files_unchanged: None,
            added: Some(0),
            updated: None,
            removed: None,
            error_count: Some(1),
            errors: Some(vec![ScanFileError {
                path: "a/b.mp3".into(),
                error: "unreadable".into(),
                message: "no frames".into(),
            }]),
            percent: Some(35.0),
            rate: Some(f64::NAN),
            eta_seconds: None,
            current_path: None,
            message: None,
        };
        let (ours, poem) = written(status).await;
        assert_eq!(ours, poem);
        assert!(!ours.contains("rate"), "{ours}");

        let mut suggestion = EnrichmentSuggestion::parse_from_json(Some(serde_json::json!({
            "id": "sug_1", "source": "path", "confidence": 0.5,
            "values": {"title": "A", "trackNumber": 3}, "changedFields": ["title"],
            "createdAt": "2026-11-27T06:00:00+00:00",
        })))
        .expect("a suggestion");
        let (ours, poem) = written(suggestion.clone()).await;
        assert_eq!(ours, poem);
        suggestion.confidence = f64::INFINITY;
        let (ours, poem) = written(suggestion).await;
        assert_eq!(ours, poem);
        assert!(!ours.contains("confidence"), "{ours}");
    }

    #[tokio::test]
    async fn a_page_of_tracks_and_an_error_with_details_are_written_alike() {
        let page = TrackPage::parse_from_json(Some(serde_json::json!({
            "items": [{
                "id": "trk_1", "title": "Ararar", "artists": [{"id": "art_1", "name": "Corquin"}],
                "album": {"id": "alb_1", "title": "Haquinka"},
                "albumArtists": [{"id": "art_1", "name": "Corquin"}],
                "trackNumber": 8, "trackTotal": 10, "year": 2008, "genres": ["Hip-Hop", "Jazz"],
                "compilation": false, "durationMs": 575, "format": "mp3", "bitrateKbps": 34,
                "sampleRateHz": 22050, "channels": 1, "fileSizeBytes": 3694,
                "relativePath": "music/C/H/08 A.mp3", "playCount": 0, "saved": false,
                "replayGainTrackDb": -6.5,
                "addedAt": "2026-11-27T06:08:14.168+00:00",
                "updatedAt": "2026-11-27T06:08:14.168+00:00",
            }],
            "nextCursor": "eyJzIjoidGl0bGUifQ", "total": 20000,
        })))
        .expect("a page");
        let (ours, poem) = written(page).await;
        assert_eq!(ours, poem);

        let error = NotFoundError::parse_from_json(Some(serde_json::json!({
            "error": "not_found", "message": "No track has this id.",
            "details": {"reason": "file_missing", "tried": [1, {"a": true}], "n": 2.5},
        })))
        .expect("an error");
        let (ours, poem) = written(error).await;
        assert_eq!(ours, poem);
    }
}
