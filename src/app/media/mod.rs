//! Media: the tokens `<audio>` and `<img>` elements carry, and the audio files they stream.
//!
//! - `tokens`: media tokens' claims, their holder and their scope (`MediaScope`).
//! - `range`: `Range` headers judged against a file's size.
//! - `stream`: locating a file safely, its headers, and the conditional-request rules.
//!
//! - `chunks`: a file's bytes as a stream of positioned reads.
//! - `located`: a short memory of where tracks' files are.
//! - `transcode`: the encoding engine: a file made into Ogg Opus or MP3 in the hub, one
//!   chunk at a time (libopus and LAME built in), and the cache transcodes are served from.
//! - `plan`: whether a stream request gets the file as it is or a transcode, and which.
//! - `transcoded`: a transcode opened for a request: its length, validators and range, and
//!   its bytes as a stream while the encoder writes them.
//!
//! `MediaService` issues and checks tokens and opens tracks' files or their transcodes;
//! the handler sends the bytes in chunks, so a file is never held in memory whole.

pub mod chunks;
mod located;
mod open;
pub mod plan;
pub mod range;
pub mod stream;
pub mod tokens;
pub mod transcode;
mod transcoded;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Duration;

use crate::auth::tokens::{TokenKey, TokenKind};
use crate::auth::Identity;
use crate::clock::{from_ms, SharedClock};
use crate::db::{media as media_db, shares as shares_db, Database, DbError};
use plan::{AskError, Plan, SourceFacts};
pub use plan::{Format, GainMode, ProfileName, StreamAsk};
pub use range::ByteRange;
pub use stream::{Conditions, Decision, Validators};
pub use tokens::{IssuedMediaToken, MediaGrant, MediaHolder, MediaItem, MediaScope};
use tokens::{MediaClaims, DEFAULT_TTL_SECS, MAX_TTL_SECS, MIN_TTL_SECS};
use transcode::cache::TranscodeCache;
use transcode::ffmpeg::{self, Ffmpeg};
use transcoded::TranscodeAsk;
pub use transcoded::{transcoded_chunks, OpenedTranscode, TranscodingFacts};

/// The media service's refusals; `api::boundary` gives each its status and code.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error(
        "This media token is not valid for this hub; get a new one with POST /api/media/session."
    )]
    InvalidToken,
    #[error("This media token has expired; get a new one with POST /api/media/session.")]
    TokenExpired,
    #[error("This device's access was revoked, and its media tokens with it; pair again.")]
    DeviceRevoked,
    #[error("This media token does not reach this item.")]
    OutOfScope,
    #[error("This share link has ended or its session expired; open the share again.")]
    ShareEnded,
    #[error("No track has the id '{track_id}'.")]
    NoSuchTrack { track_id: String },
    #[error("The file of track '{track_id}' is not in the library folders any more; rescan the library.")]
    FileMissing { track_id: String },
    #[error("The file has {size} bytes; the range starts past its end.")]
    RangeNotSatisfiable { size: u64 },
    /// A stream's parameters contradict each other or the track.
    #[error("{0}")]
    Ask(#[from] AskError),
    #[error(
        "This file is {format}, which the hub transcodes only with ffmpeg, and the hub has \
         none (not on its PATH, or --ffmpeg off); play it as it is (format=original), or \
         install ffmpeg."
    )]
    TranscodeUnavailable { format: String },
    #[error(
        "The file of track '{track_id}' cannot be transcoded: it cannot be decoded (damaged, \
         or not audio)."
    )]
    Undecodable { track_id: String },
    #[error("Too many transcodes are running; try again in {retry_after_secs} s, or play the file as it is (format=original).")]
    TranscodeBusy { retry_after_secs: u64 },
    #[error(
        "The hub's ffmpeg ({ffmpeg}) cannot encode {codec}: it was built without that \
         encoder. Play the file as it is (format=original), ask for the other format, or \
         install an ffmpeg with libopus and LAME."
    )]
    EncoderMissing { codec: &'static str, ffmpeg: String },
    #[error(
        "The transcode of track '{track_id}' did not start within {waited_secs} s (its file \
         is slow to read, or the hub is busy); try again in {retry_after_secs} s, or play the \
         file as it is (format=original)."
    )]
    TranscodeStalled {
        track_id: String,
        waited_secs: u64,
        retry_after_secs: u64,
    },
    #[error(
        "The transcode of track '{track_id}' has not reached byte {offset} yet (waited \
         {waited_secs} s; it goes on meanwhile): try again in {retry_after_secs} s, or ask \
         for a transcode that starts there with timeOffsetMs."
    )]
    TranscodeBehind {
        track_id: String,
        offset: u64,
        waited_secs: u64,
        retry_after_secs: u64,
    },
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{0}")]
    Internal(String),
}

impl crate::app::ServiceError for MediaError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            MediaError::Db(db) => Ok(db),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for MediaError {
    fn from(err: diesel::result::Error) -> Self {
        MediaError::Db(DbError::Query(err))
    }
}

/// A track's file, open and described, with what to send of it.
pub struct OpenedTrack {
    pub decision: Decision,
    pub size: u64,
    pub content_type: String,
    pub validators: Validators,
    pub content_disposition: String,
    /// The open file; send `length` bytes of it from `start` (see `chunks`).
    pub file: std::fs::File,
    pub start: u64,
    pub length: u64,
}

pub struct MediaService {
    db: Arc<Database>,
    key: Arc<TokenKey>,
    clock: SharedClock,
    /// Opens tracks' files, only inside the library folders.
    opener: Arc<open::FileOpener>,
    /// A fingerprint of `MUSIC_HUB_API_TOKEN`, when one is set (`MediaHolder::ApiToken`).
    api_token: Option<String>,
    /// Where tracks' files are, for a moment (`located`).
    locations: located::Locations,
    /// How long a share's media token lives (`Config::share_media_token_secs`).
    share_ttl_secs: i64,
    /// Where transcodes are made and kept.
    transcodes: TranscodeCache,
    /// The ffmpeg found at start, for the formats the built-in engine cannot decode.
    ffmpeg: Option<Arc<Ffmpeg>>,
}

/// What transcodes are made with: the cache they are made into, and ffmpeg when the hub
/// found one.
pub struct Transcoding {
    pub cache: TranscodeCache,
    pub ffmpeg: Option<Arc<Ffmpeg>>,
}

/// What the caller's media token (if any) says of a stream.
#[derive(Debug, Clone, Copy)]
pub struct StreamGrant<'a> {
    pub scope: &'a MediaScope,
    pub default_profile: Option<ProfileName>,
}

/// What a stream request gets.
pub enum Stream {
    File(OpenedTrack),
    Transcode(OpenedTranscode),
}

/// A fingerprint of the API token: enough of its SHA-256 to tell two tokens apart.
fn fingerprint(api_token: &str) -> String {
    crate::auth::tokens::refresh_token_hash(api_token)[..16].to_owned()
}

impl MediaService {
    pub fn new(
        db: Arc<Database>,
        key: Arc<TokenKey>,
        clock: SharedClock,
        libraries: Vec<PathBuf>,
        api_token: Option<&str>,
        share_ttl_secs: i64,
        transcoding: Transcoding,
    ) -> MediaService {
        MediaService {
            db,
            key,
            clock,
            opener: Arc::new(open::FileOpener::new(libraries)),
            api_token: api_token.map(fingerprint),
            locations: located::Locations::default(),
            share_ttl_secs: share_ttl_secs.max(1),
            transcodes: transcoding.cache,
            ffmpeg: transcoding.ffmpeg,
        }
    }

    /// Issues a library-wide media token to the caller, for `ttl_secs` (default one hour;
    /// clamped to the contract's bounds).
    pub fn issue(
        &self,
        identity: &Identity,
        ttl_secs: Option<i64>,
        profile: Option<ProfileName>,
    ) -> Result<IssuedMediaToken, MediaError> {
        let holder = MediaHolder::of(identity, self.api_token.as_deref()).ok_or_else(|| {
            MediaError::Internal("a media token was asked for by an anonymous caller".into())
        })?;
        let ttl = ttl_secs
            .unwrap_or(DEFAULT_TTL_SECS)
            .clamp(MIN_TTL_SECS, MAX_TTL_SECS);
        self.seal(holder, MediaScope::Library, ttl, profile)
    }

    /// Issues a token that reaches one share, for one visitor's session on it.
    pub fn issue_for_share(
        &self,
        share_id: &str,
        session_id: &str,
    ) -> Result<IssuedMediaToken, MediaError> {
        let scope = MediaScope::Share {
            share_id: share_id.to_owned(),
            session_id: session_id.to_owned(),
        };
        self.seal(MediaHolder::Visitor, scope, self.share_ttl_secs, None)
    }

    fn seal(
        &self,
        holder: MediaHolder,
        scope: MediaScope,
        ttl: i64,
        profile: Option<ProfileName>,
    ) -> Result<IssuedMediaToken, MediaError> {
        let now = self.clock.now();
        let expires_at = from_ms((now + Duration::seconds(ttl)).timestamp_millis());
        let claims = MediaClaims {
            kind: TokenKind::Media,
            holder,
            scope,
            jti: uuid::Uuid::new_v4().to_string(),
            iat: now.timestamp_millis(),
            exp: expires_at.timestamp_millis(),
            profile,
        };
        let token = self
            .key
            .seal_as(TokenKind::Media, &claims)
            .map_err(|err| MediaError::Internal(format!("sealing a media token failed: {err}")))?;
        Ok(IssuedMediaToken { token, expires_at })
    }

    /// Checks a `?mediaToken=`: ours, of the media purpose, not expired, and its device
    /// still trusted.
    pub async fn verify(&self, token: &str) -> Result<MediaGrant, MediaError> {
        let claims: MediaClaims = self
            .key
            .open_as(TokenKind::Media, token)
            .map_err(|_| MediaError::InvalidToken)?;
        if claims.kind != TokenKind::Media {
            return Err(MediaError::InvalidToken);
        }
        if claims.exp <= self.clock.now_ms() {
            return Err(MediaError::TokenExpired);
        }
        match &claims.holder {
            MediaHolder::Local => {}
            MediaHolder::ApiToken { fingerprint } => {
                if self.api_token.as_ref() != Some(fingerprint) {
                    return Err(MediaError::InvalidToken);
                }
            }
            MediaHolder::Device { id, family } => {
                if !crate::auth::device_trusted(&self.db, id, family.as_deref()).await? {
                    return Err(MediaError::DeviceRevoked);
                }
            }
            MediaHolder::Visitor => {}
        }
        let downloads = match &claims.scope {
            MediaScope::Library => true,
            MediaScope::Share {
                share_id,
                session_id,
            } => {
                let (share_id, session_id) = (share_id.clone(), session_id.clone());
                let now = self.clock.now_ms();
                crate::app::read_brief(&self.db, move |conn| {
                    Ok::<_, MediaError>(shares_db::session_live(conn, &session_id, &share_id, now)?)
                })
                .await?
                .ok_or(MediaError::ShareEnded)?
            }
        };
        Ok(MediaGrant {
            holder: claims.holder,
            scope: claims.scope,
            expires_at: from_ms(claims.exp),
            downloads,
            profile: claims.profile,
        })
    }

    /// The one place a scope is asked whether it reaches an item, before the item is read:
    /// a share's token learns nothing of what is outside the share, not even whether it
    /// exists.
    pub async fn admit(&self, scope: &MediaScope, item: MediaItem<'_>) -> Result<(), MediaError> {
        let MediaScope::Share { share_id, .. } = scope else {
            return Ok(());
        };
        let share_id = share_id.clone();
        let (is_track, id) = match item {
            MediaItem::Track { id } => (true, id.to_owned()),
            MediaItem::Artwork { id } => (false, id.to_owned()),
        };
        // A share's tracks may be thousands (an artist, a long playlist): not a brief read.
        let admitted = crate::app::read(&self.db, move |conn| {
            let Some(share) = shares_db::share_get(conn, &share_id)? else {
                return Ok::<_, MediaError>(false);
            };
            Ok(if is_track {
                shares_db::share_has_track(conn, &share.kind, &share.item_id, &id)?
            } else {
                shares_db::share_has_artwork(conn, &share.kind, &share.item_id, &id)?
            })
        })
        .await?;
        if admitted {
            Ok(())
        } else {
            Err(MediaError::OutOfScope)
        }
    }

    /// Opens a track's file for streaming, as the scope and the request's headers allow.
    pub async fn open_track(
        &self,
        track_id: &str,
        scope: &MediaScope,
        conditions: Conditions<'_>,
        attachment: bool,
    ) -> Result<OpenedTrack, MediaError> {
        let located = self.locate(track_id, scope).await?;
        describe_file(located, scope, conditions, attachment)
    }

    /// Opens what a stream request gets: the file as it is, or a transcode of it, as
    /// `plan` decides from the request, the token's default profile and the file.
    pub async fn open_stream(
        &self,
        track_id: &str,
        grant: StreamGrant<'_>,
        ask: &StreamAsk,
        conditions: Conditions<'_>,
        attachment: bool,
    ) -> Result<Stream, MediaError> {
        let located = self.locate(track_id, grant.scope).await?;
        match plan::plan(ask, grant.default_profile, &SourceFacts::of(&located.row))? {
            Plan::AsIs => Ok(Stream::File(describe_file(
                located,
                grant.scope,
                conditions,
                attachment,
            )?)),
            Plan::Transcode { profile, start_ms } => {
                let ffmpeg = if ffmpeg::needs_ffmpeg(&located.row.format, &located.row.extension) {
                    let found =
                        self.ffmpeg
                            .clone()
                            .ok_or_else(|| MediaError::TranscodeUnavailable {
                                format: located.row.format.to_uppercase(),
                            })?;
                    Some(found)
                } else {
                    None
                };
                let transcode = TranscodeAsk {
                    profile,
                    start_ms,
                    attachment,
                    ffmpeg,
                };
                let opened = self
                    .open_transcode(located, grant.scope, transcode, conditions)
                    .await?;
                Ok(Stream::Transcode(opened))
            }
        }
    }

    /// Finds a track's file, once the scope admits it: in the catalogue (or the short
    /// memory of it), then on the disk, inside the library folders.
    async fn locate(&self, track_id: &str, scope: &MediaScope) -> Result<Located, MediaError> {
        self.admit(scope, MediaItem::Track { id: track_id }).await?;
        let row = match self.locations.get(track_id) {
            Some(row) => row,
            None => {
                let id = track_id.to_owned();
                let row = crate::app::read_brief(&self.db, move |conn| {
                    Ok::<_, MediaError>(media_db::track_file_get(conn, &id)?)
                })
                .await?
                .ok_or_else(|| MediaError::NoSuchTrack {
                    track_id: track_id.to_owned(),
                })?;
                let row = Arc::new(row);
                self.locations.put(track_id, row.clone());
                row
            }
        };
        let missing = || MediaError::FileMissing {
            track_id: track_id.to_owned(),
        };
        let path =
            stream::path_in_root(Path::new(&row.root_path), &row.rel_path).ok_or_else(missing)?;
        match self.opener.open(path).await {
            Ok(Some(open::Opened { path, file, meta })) => Ok(Located {
                track_id: track_id.to_owned(),
                row,
                path,
                file,
                meta,
            }),
            Ok(None) => Err(missing()),
            Err(err) => {
                tracing::warn!(track_id, error = %err, "a track's file could not be opened");
                Err(missing())
            }
        }
    }
}

/// A track's file, found and open.
struct Located {
    track_id: String,
    row: Arc<media_db::TrackFileRow>,
    /// Canonical: inside a library folder, links followed.
    path: PathBuf,
    file: std::fs::File,
    meta: std::fs::Metadata,
}

/// The file as it is, judged against the request's headers.
fn describe_file(
    located: Located,
    scope: &MediaScope,
    conditions: Conditions<'_>,
    attachment: bool,
) -> Result<OpenedTrack, MediaError> {
    let Located {
        row, file, meta, ..
    } = located;
    let size = meta.len();
    let validators = Validators::of(&meta);
    let decision = validators.decide(size, conditions);
    let (start, length) = match decision {
        Decision::Whole => (0, size),
        Decision::Part(part) => (part.start, part.len()),
        Decision::NotModified => (0, 0),
        Decision::Unsatisfiable => return Err(MediaError::RangeNotSatisfiable { size }),
    };
    Ok(OpenedTrack {
        decision,
        size,
        content_type: stream::content_type(&row.format, row.mime_type.as_deref(), &row.extension),
        content_disposition: stream::content_disposition(
            &file_name(&row, scope, &row.extension),
            attachment,
        ),
        validators,
        file,
        start,
        length,
    })
}

/// The name a download gets. A share's visitors learn the track's title, which the page
/// shows anyway, and nothing of how the person names and files their music.
fn file_name(row: &media_db::TrackFileRow, scope: &MediaScope, extension: &str) -> String {
    match scope {
        MediaScope::Share { .. } => stream::titled_file_name(&row.title, extension),
        MediaScope::Library => {
            let on_disk = row.rel_path.rsplit('/').next().unwrap_or(&row.rel_path);
            if extension == row.extension {
                on_disk.to_owned()
            } else {
                // A transcode keeps the file's name with its own extension.
                let stem = on_disk.rsplit_once('.').map_or(on_disk, |(stem, _)| stem);
                format!("{stem}.{extension}")
            }
        }
    }
}
