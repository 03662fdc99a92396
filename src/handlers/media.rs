//! `media`: media tokens and streaming tracks' files, through the media service
//! (`app::media`). Artwork (`getArtwork`) still lists `501` in the document and answers it.

use poem::Body;
use poem_openapi::payload::Json;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    CreateMediaSessionRequest, CreateMediaSessionResponse, GetArtworkRequest, GetArtworkResponse,
    MediaApi, MediaSession, StreamMediaRequest, StreamMediaResponse,
};
use crate::api::payload::AudioBody;
use crate::app::media::chunks::chunks;
use crate::app::media::{Conditions, Decision};
use crate::hub::Hub;

/// `Cache-Control` of a stream: the bytes are the caller's to keep, never a shared cache's
/// (the URL may carry a token).
const CACHE_CONTROL: &str = "private";

impl MediaApi for Hub {
    async fn get_artwork(
        &self,
        caller: Caller,
        request: GetArtworkRequest,
    ) -> Result<GetArtworkResponse, HandlerError> {
        self.serve_artwork(caller, request).await
    }

    #[tracing::instrument(skip_all)]
    async fn create_media_session(
        &self,
        caller: Caller,
        request: CreateMediaSessionRequest,
    ) -> Result<CreateMediaSessionResponse, HandlerError> {
        let ttl = request.body.map(|body| i64::from(body.ttl_seconds));
        let issued = self.media.issue(&caller.identity, ttl)?;
        // A token is base64url: safe in a query string as it is.
        let token = issued.token;
        Ok(CreateMediaSessionResponse::Created(Json(MediaSession {
            stream_url_template: format!("/api/media/stream/{{trackId}}?mediaToken={token}"),
            artwork_url_template: format!("/api/media/artwork/{{id}}?mediaToken={token}"),
            media_token: token,
            expires_at: issued.expires_at,
        })))
    }

    #[tracing::instrument(skip_all, fields(track_id = %request.track_id))]
    async fn stream_media(
        &self,
        caller: Caller,
        request: StreamMediaRequest,
    ) -> Result<StreamMediaResponse, HandlerError> {
        let conditions = Conditions {
            range: request.range.as_deref(),
            if_range: request.if_range.as_deref(),
            if_none_match: request.if_none_match.as_deref(),
            if_modified_since: request.if_modified_since.as_deref(),
        };
        // `?download=1` is honoured when the caller may save files: a share's visitors only
        // when the share allows it; else the file plays inline all the same.
        let attachment = request.download == Some(1) && caller.may_download();
        let opened = self
            .media
            .open_track(
                &request.track_id,
                &caller.media_scope(),
                conditions,
                attachment,
            )
            .await?;
        let etag = Some(opened.validators.etag.clone());
        let last_modified = Some(opened.validators.last_modified.clone());
        let cache = Some(CACHE_CONTROL.to_owned());
        let length = i64::try_from(opened.length).ok();
        let body = || AudioBody {
            content_type: opened.content_type.clone(),
            body: Body::from_bytes_stream(chunks(opened.file, opened.start, opened.length)),
        };
        let bytes = Some("bytes".to_owned());
        let disposition = Some(opened.content_disposition.clone());
        Ok(match opened.decision {
            Decision::NotModified => StreamMediaResponse::NotModified(etag, last_modified, cache),
            Decision::Part(part) => {
                let range = format!("bytes {}-{}/{}", part.start, part.end, opened.size);
                StreamMediaResponse::PartialContent(
                    body(),
                    bytes,
                    Some(range),
                    length,
                    etag,
                    last_modified,
                    cache,
                    disposition,
                )
            }
            // `open_track` refuses an unsatisfiable range with its error.
            Decision::Whole | Decision::Unsatisfiable => StreamMediaResponse::Ok(
                body(),
                bytes,
                length,
                etag,
                last_modified,
                cache,
                disposition,
            ),
        })
    }
}
