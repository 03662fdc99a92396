//! Payload types the generated code uses where poem-openapi has none that fits the contract.

use poem::http::{header, HeaderValue};
use poem::{Body, IntoResponse, Request, RequestBody, Response};
use poem_openapi::error::{ContentTypeError, ParseRequestPayloadError};
use poem_openapi::registry::{MetaMediaType, MetaRequest, MetaSchema, MetaSchemaRef, Registry};
use poem_openapi::types::ParseFromJSON;
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};

/// An optional JSON body (`requestBody.required: false`). poem-openapi's `Json` demands a
/// `Content-Type` even when there is no body; `curl -X POST …/api/database/rebuild` sends
/// neither, and must work as the reference shows.
pub struct OptionalJson<T>(pub Option<T>);

impl<'a, T: ParseFromJSON> ApiExtractor<'a> for OptionalJson<T> {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::RequestObject];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        T::register(registry);
    }

    fn request_meta() -> Option<MetaRequest> {
        Some(MetaRequest {
            description: None,
            content: vec![MetaMediaType {
                content_type: "application/json",
                schema: T::schema_ref(),
            }],
            required: false,
        })
    }

    async fn from_request(
        request: &'a Request,
        body: &mut RequestBody,
        _param_opts: ExtractParamOptions<Self::ParamType>,
    ) -> poem::Result<Self> {
        let content_type = request.content_type().map(str::to_owned);
        let data = body.take()?.into_bytes().await?;
        if data.iter().all(u8::is_ascii_whitespace) {
            return Ok(Self(None));
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
        let parsed = T::parse_from_json(Some(value)).map_err(|err| ParseRequestPayloadError {
            reason: err.into_message(),
        })?;
        Ok(Self(Some(parsed)))
    }
}

fn is_json(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
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

        impl poem_openapi::payload::Payload for $name {
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
