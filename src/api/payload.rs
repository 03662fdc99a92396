//! Payload types the generated code uses where poem-openapi has none that fits the contract.

use poem::http::{header, HeaderValue};
use poem::{Body, IntoResponse, Request, RequestBody, Response};
use poem_openapi::error::{ContentTypeError, ParseRequestPayloadError};
use poem_openapi::registry::{MetaMediaType, MetaRequest, MetaSchema, MetaSchemaRef, Registry};
use poem_openapi::types::ParseFromJSON;
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};

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
