//! `media`: media tokens and streaming tracks' files or their transcodes, through the media
//! service (`app::media`). Artwork (`getArtwork`) still lists `501` in the document and answers it.

use poem::Body;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    CreateMediaSessionRequest, CreateMediaSessionResponse, GetArtworkRequest, GetArtworkResponse,
    MediaApi, MediaSession, ReplayGainMode, StreamFormat, StreamMediaRequest, StreamMediaResponse,
    TranscodeProfile,
};
use crate::api::payload::AudioBody;
use crate::api::payload::Json;
use crate::app::media::chunks::chunks;
use crate::app::media::{
    transcoded_chunks, Conditions, Decision, Format, GainMode, ProfileName, Stream, StreamAsk,
    StreamGrant, Validators,
};
use crate::hub::Hub;

/// `Cache-Control` of a stream: the bytes are the caller's to keep, never a shared cache's
/// (the URL may carry a token).
const CACHE_CONTROL: &str = "private";

/// `Cache-Control` of an MP3 transcode still being made: its header frame changes when it
/// completes, so the caller must ask again rather than keep this copy.
const PROVISIONAL: &str = "no-store";

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
        let ttl = request
            .body
            .as_ref()
            .map(|body| i64::from(body.ttl_seconds));
        let profile = request.body.and_then(|body| body.profile);
        let issued = self
            .media
            .issue(&caller.identity, ttl, profile.map(profile_name))?;
        // A token is base64url: safe in a query string as it is.
        let token = issued.token;
        Ok(CreateMediaSessionResponse::Created(Json(MediaSession {
            stream_url_template: format!("/api/media/stream/{{trackId}}?mediaToken={token}"),
            artwork_url_template: format!("/api/media/artwork/{{id}}?mediaToken={token}"),
            media_token: token,
            expires_at: issued.expires_at,
            profile,
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
        let ask = StreamAsk {
            profile: request.profile.map(profile_name),
            format: request.format.map(|format| match format {
                StreamFormat::Original => Format::Original,
                StreamFormat::Opus => Format::Opus,
                StreamFormat::Mp3 => Format::Mp3,
            }),
            // The contract bounds both; a negative one never reaches here.
            max_bitrate_kbps: request
                .max_bitrate_kbps
                .and_then(|kbps| u32::try_from(kbps).ok()),
            time_offset_ms: request.time_offset_ms.and_then(|ms| u64::try_from(ms).ok()),
            replay_gain: match request.replay_gain {
                None | Some(ReplayGainMode::Off) => GainMode::Off,
                Some(ReplayGainMode::Track) => GainMode::Track,
                Some(ReplayGainMode::Album) => GainMode::Album,
            },
        };
        // `?download=1` is honoured when the caller may save files: a share's visitors only
        // when the share allows it; else the file plays inline all the same.
        let attachment = request.download == Some(1) && caller.may_download();
        let scope = caller.media_scope();
        let grant = StreamGrant {
            scope: &scope,
            default_profile: caller.media.as_ref().and_then(|grant| grant.profile),
        };
        let opened = self
            .media
            .open_stream(&request.track_id, grant, &ask, conditions, attachment)
            .await?;
        Ok(match opened {
            Stream::File(file) => {
                let sent = Sent {
                    decision: file.decision,
                    total: Some(file.size),
                    length: Some(file.length),
                    validators: file.validators,
                    content_disposition: file.content_disposition,
                    transcode: None,
                    estimate: None,
                    provisional: false,
                };
                let body = AudioBody {
                    content_type: file.content_type,
                    body: Body::from_bytes_stream(chunks(file.file, file.start, file.length)),
                };
                sent.render(body)
            }
            Stream::Transcode(transcode) => {
                let body = match transcode.handle {
                    Some(handle) => Body::from_bytes_stream(transcoded_chunks(
                        handle,
                        transcode.start,
                        transcode.length,
                    )),
                    None => Body::empty(),
                };
                let sent = Sent {
                    decision: transcode.decision,
                    total: transcode.total,
                    length: transcode.length,
                    validators: transcode.validators,
                    content_disposition: transcode.content_disposition,
                    transcode: Some(transcode.description),
                    estimate: transcode.estimate,
                    provisional: transcode.provisional,
                };
                sent.render(AudioBody {
                    content_type: transcode.content_type.to_owned(),
                    body,
                })
            }
        })
    }
}

fn profile_name(profile: TranscodeProfile) -> ProfileName {
    match profile {
        TranscodeProfile::Mobile => ProfileName::Mobile,
        TranscodeProfile::Cellular => ProfileName::Cellular,
        TranscodeProfile::Web => ProfileName::Web,
        TranscodeProfile::Legacy => ProfileName::Legacy,
    }
}

/// The headers of a stream, a file's or a transcode's alike.
struct Sent {
    decision: Decision,
    /// The whole representation's length, when known (`Content-Range`'s total).
    total: Option<u64>,
    /// This answer's body length, when known (`Content-Length`).
    length: Option<u64>,
    validators: Validators,
    content_disposition: String,
    /// `X-Transcode`.
    transcode: Option<String>,
    /// `X-Estimated-Content-Length`.
    estimate: Option<u64>,
    /// `Cache-Control: no-store` rather than `private`.
    provisional: bool,
}

impl Sent {
    fn render(self, body: AudioBody) -> StreamMediaResponse {
        let etag = Some(self.validators.etag);
        let last_modified = Some(self.validators.last_modified);
        let cache = Some(
            if self.provisional {
                PROVISIONAL
            } else {
                CACHE_CONTROL
            }
            .to_owned(),
        );
        let length = self.length.and_then(|len| i64::try_from(len).ok());
        let bytes = Some("bytes".to_owned());
        let disposition = Some(self.content_disposition);
        let estimate = self.estimate.and_then(|len| i64::try_from(len).ok());
        match self.decision {
            Decision::NotModified => StreamMediaResponse::NotModified(etag, last_modified, cache),
            Decision::Part(part) => {
                let total = self.total.map_or("*".to_owned(), |total| total.to_string());
                let range = format!("bytes {}-{}/{total}", part.start, part.end);
                StreamMediaResponse::PartialContent(
                    body,
                    bytes,
                    Some(range),
                    length,
                    etag,
                    last_modified,
                    cache,
                    disposition,
                    self.transcode,
                    estimate,
                )
            }
            // The service refuses an unsatisfiable range with its error.
            Decision::Whole | Decision::Unsatisfiable => StreamMediaResponse::Ok(
                body,
                bytes,
                length,
                etag,
                last_modified,
                cache,
                disposition,
                self.transcode,
                estimate,
            ),
        }
    }
}
