//! The online enrichment source: MusicBrainz, behind the `Provider` trait so that the
//! suggestions do not depend on one service. Off unless the hub is started with
//! `--musicbrainz` (or `MUSIC_HUB_MUSICBRAINZ=1`).
//!
//! A track is looked up by the MusicBrainz recording id in its tags (`musicbrainzRecordingId`,
//! as Picard writes it); without one, by a search on its title, artist and album. MusicBrainz
//! asks its clients for a User-Agent that names the application, its version and a contact,
//! and for at most one request a second: every request waits its turn on one limiter, and
//! every answer is kept in the database, so asking again costs none (a 404 is asked again
//! after `NOT_FOUND_KEPT`: the recording may have been added since). A `503`
//! (MusicBrainz's "slow down") or `429` is retried after the time it asks for, a few
//! seconds at most, then reported as unavailable: the other sources' suggestions are
//! answered without it.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use serde_json::Value;
use tracing::warn;

use super::enrich::Proposal;
use super::Values;
use crate::clock::SharedClock;
use crate::config::MusicBrainzConfig;
use crate::db::musicbrainz as cache;
use crate::db::{Database, DbError};
use crate::library::fields::Field;

pub const SOURCE_MUSICBRAINZ: &str = "musicbrainz";

/// Tries of one request when the server asks to slow down.
const ATTEMPTS: u32 = 3;
/// The longest wait a `Retry-After` is followed for.
const MAX_BACKOFF: Duration = Duration::from_secs(5);
const TIMEOUT: Duration = Duration::from_secs(15);
/// Search results below this score (of 100) are other songs.
const MIN_SCORE: f64 = 50.0;
/// The largest answer read. A recording with every release of a much-released song is a
/// few hundred KB; anything far beyond is not an answer to keep in memory or the database.
const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;
/// How long "MusicBrainz has nothing for this" is believed before asking again.
const NOT_FOUND_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(14);

/// What a lookup goes on: the track's effective values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub recording_id: Option<String>,
    pub release_id: Option<String>,
    pub title: Option<String>,
    pub artist: Option<String>,
    pub album: Option<String>,
}

impl Query {
    pub fn of(effective: &Values) -> Query {
        let text = |field| {
            effective
                .get(&field)
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let first = |field| {
            effective
                .get(&field)
                .and_then(|v| v.as_array()?.first()?.as_str().map(str::to_owned))
        };
        Query {
            recording_id: text(Field::MusicbrainzRecordingId),
            release_id: text(Field::MusicbrainzReleaseId),
            title: text(Field::Title),
            artist: first(Field::Artists),
            album: text(Field::Album),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    #[error("{service} is unavailable now (it answered {status} {ATTEMPTS} times)")]
    Unavailable { service: &'static str, status: u16 },
    #[error("{service} answered {status}")]
    Status { service: &'static str, status: u16 },
    #[error("{service} sent an answer larger than {limit} bytes")]
    TooLarge { service: &'static str, limit: usize },
    #[error("{service} cannot be reached: {message}")]
    Network {
        service: &'static str,
        message: String,
    },
    #[error(transparent)]
    Db(#[from] DbError),
}

/// A source of suggestions from outside this machine.
pub trait Provider: Send + Sync {
    /// Proposals for the track described by `query`, best first; none when nothing matches.
    fn lookup<'a>(
        &'a self,
        query: &'a Query,
    ) -> BoxFuture<'a, Result<Vec<Proposal>, ProviderError>>;
}

pub struct MusicBrainz {
    http: reqwest::Client,
    base_url: String,
    limiter: DefaultDirectRateLimiter,
    db: Arc<Database>,
    clock: SharedClock,
}

impl MusicBrainz {
    pub fn new(
        config: &MusicBrainzConfig,
        db: Arc<Database>,
        clock: SharedClock,
    ) -> Result<MusicBrainz, reqwest::Error> {
        let agent = format!(
            "music-hub/{} ( {} )",
            env!("CARGO_PKG_VERSION"),
            config.contact
        );
        let http = reqwest::Client::builder()
            .user_agent(agent)
            .timeout(TIMEOUT)
            .build()?;
        Ok(MusicBrainz {
            http,
            base_url: config.base_url.clone(),
            limiter: RateLimiter::direct(Quota::per_second(NonZeroU32::MIN)),
            db,
            clock,
        })
    }

    /// The JSON answer to `request` (a path and query under the base URL), kept or asked
    /// for now; `None` when MusicBrainz has nothing there.
    async fn get(&self, request: String) -> Result<Option<Value>, ProviderError> {
        let key = request.clone();
        let kept = self
            .db
            .run(move |conn| Ok(cache::cache_get(conn, &key)?))
            .await?;
        let now = self.clock.now().timestamp_millis();
        match kept {
            Some(cache::Kept {
                body: Some(body), ..
            }) => return Ok(serde_json::from_str(&body).ok()),
            Some(cache::Kept {
                body: None,
                fetched_at,
            }) if now.saturating_sub(fetched_at) < NOT_FOUND_KEPT.num_milliseconds() => {
                return Ok(None)
            }
            _ => {}
        }
        let url = format!("{}/{request}", self.base_url);
        let mut status = 0;
        for attempt in 0..ATTEMPTS {
            self.limiter.until_ready().await;
            let response = self
                .http
                .get(&url)
                .header(reqwest::header::ACCEPT, "application/json")
                .send()
                .await
                .map_err(|e| ProviderError::Network {
                    service: "MusicBrainz",
                    message: e.to_string(),
                })?;
            status = response.status().as_u16();
            match status {
                200 | 404 => {
                    let body = if status == 200 {
                        Some(read_capped(response).await?)
                    } else {
                        None
                    };
                    let parsed = body.as_deref().and_then(|b| serde_json::from_str(b).ok());
                    // Only what could be read is kept: a garbled answer is asked again.
                    if status == 404 || parsed.is_some() {
                        let kept = body.filter(|_| status == 200);
                        self.db
                            .run(move |conn| {
                                Ok(cache::cache_put(conn, &request, kept.as_deref(), now)?)
                            })
                            .await?;
                    }
                    return Ok(parsed);
                }
                429 | 503 => {
                    let wait = response
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok())
                        .map_or(Duration::from_secs(1 << attempt), Duration::from_secs)
                        .min(MAX_BACKOFF);
                    warn!(
                        status,
                        attempt,
                        wait_ms = wait.as_millis() as u64,
                        "MusicBrainz asks to slow down"
                    );
                    if attempt + 1 < ATTEMPTS {
                        tokio::time::sleep(wait).await;
                    }
                }
                _ => {
                    return Err(ProviderError::Status {
                        service: "MusicBrainz",
                        status,
                    })
                }
            }
        }
        Err(ProviderError::Unavailable {
            service: "MusicBrainz",
            status,
        })
    }

    async fn lookup_query(&self, query: &Query) -> Result<Vec<Proposal>, ProviderError> {
        if let Some(id) = query.recording_id.as_deref().filter(|id| is_mbid(id)) {
            let request = format!("ws/2/recording/{id}?inc=artist-credits+releases&fmt=json");
            if let Some(recording) = self.get(request).await? {
                return Ok(proposal(&recording, query.release_id.as_deref(), 1.0)
                    .into_iter()
                    .collect());
            }
        }
        let Some(title) = query.title.as_deref() else {
            return Ok(Vec::new());
        };
        let mut terms = vec![format!("recording:{}", phrase(title))];
        if let Some(artist) = &query.artist {
            terms.push(format!("artist:{}", phrase(artist)));
        }
        if let Some(album) = &query.album {
            terms.push(format!("release:{}", phrase(album)));
        }
        let lucene = terms.join(" AND ");
        let request = format!(
            "ws/2/recording?query={}&limit=3&fmt=json",
            urlencoding(&lucene)
        );
        let Some(found) = self.get(request).await? else {
            return Ok(Vec::new());
        };
        Ok(found["recordings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|recording| {
                let score = recording["score"].as_f64()?;
                (score >= MIN_SCORE).then(|| proposal(recording, None, score / 100.0))?
            })
            .collect())
    }
}

/// The body of `response` as text, refused past `MAX_BODY_BYTES` without reading further.
async fn read_capped(mut response: reqwest::Response) -> Result<String, ProviderError> {
    let network = |e: reqwest::Error| ProviderError::Network {
        service: "MusicBrainz",
        message: e.to_string(),
    };
    let too_large = ProviderError::TooLarge {
        service: "MusicBrainz",
        limit: MAX_BODY_BYTES,
    };
    if response
        .content_length()
        .is_some_and(|n| n > MAX_BODY_BYTES as u64)
    {
        return Err(too_large);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(network)? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(too_large);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

impl Provider for MusicBrainz {
    fn lookup<'a>(
        &'a self,
        query: &'a Query,
    ) -> BoxFuture<'a, Result<Vec<Proposal>, ProviderError>> {
        Box::pin(self.lookup_query(query))
    }
}

/// A recording as proposed values: its title and artist credit, and the release it is on
/// (the one the tags name, else its first) with that release's title, year and id.
fn proposal(recording: &Value, release_id: Option<&str>, confidence: f64) -> Option<Proposal> {
    let mut values = Values::new();
    values.insert(
        Field::MusicbrainzRecordingId,
        recording["id"].as_str()?.into(),
    );
    if let Some(title) = recording["title"].as_str() {
        values.insert(Field::Title, title.into());
    }
    if let Some(credit) = credit(&recording["artist-credit"]) {
        values.insert(Field::Artists, Value::from(vec![credit]));
    }
    let releases = recording["releases"].as_array();
    let release = releases.and_then(|all| {
        all.iter()
            .find(|r| release_id.is_some() && r["id"].as_str() == release_id)
            .or_else(|| all.first())
    });
    if let Some(release) = release {
        if let Some(id) = release["id"].as_str() {
            values.insert(Field::MusicbrainzReleaseId, id.into());
        }
        if let Some(title) = release["title"].as_str() {
            values.insert(Field::Album, title.into());
        }
        let year = release["date"]
            .as_str()
            .and_then(|d| d.get(..4)?.parse::<u32>().ok());
        if let Some(year) = year {
            values.insert(Field::Year, year.into());
        }
    }
    Some(Proposal {
        source: SOURCE_MUSICBRAINZ,
        confidence: confidence.clamp(0.0, 1.0),
        values,
    })
}

/// "Beyoncé feat. JAY‐Z": each credited name with its join phrase.
fn credit(artist_credit: &Value) -> Option<String> {
    let text: String = artist_credit
        .as_array()?
        .iter()
        .map(|c| {
            format!(
                "{}{}",
                c["name"].as_str().unwrap_or_default(),
                c["joinphrase"].as_str().unwrap_or_default()
            )
        })
        .collect();
    let text = text.trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// A MusicBrainz id: a UUID, so that a tag's text never becomes part of a request path.
fn is_mbid(text: &str) -> bool {
    uuid::Uuid::parse_str(text).is_ok() && text.len() == 36
}

/// A Lucene phrase: quoted, with its quotes and backslashes escaped.
fn phrase(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn urlencoding(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char);
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_is_a_quoted_lucene_query_in_the_url() {
        assert_eq!(phrase(r#"Say "Hi" \o/"#), r#""Say \"Hi\" \\o/""#);
        assert_eq!(
            urlencoding("recording:\"Ça va\""),
            "recording%3A%22%C3%87a%20va%22"
        );
        assert!(is_mbid("b1a9c0e9-d987-4042-ae91-78d6a3267d69"));
        assert!(!is_mbid("../../admin"));
    }
}
