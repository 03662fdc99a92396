//! The artwork service: the image behind an `artworkId`, original or scaled down.
//!
//! Ids are content-derived (`library::artwork`), so an id names one image for ever: the
//! tag is the id and the size, and answers may be cached without revalidation. The database
//! says where the bytes are (`db::artwork`); they are read again from there and checked
//! against the id, so a file changed since the scan never serves a different image under
//! an old id. Scaled images are kept in a bounded disk cache (`cache`); the decoding and
//! scaling (`resize`) run on blocking threads, and concurrent requests for the same
//! uncached (id, size) share one decode.

pub mod cache;
pub mod resize;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;
use tokio::sync::OnceCell;

use crate::db::artwork::{artwork_places, ArtworkPlace};
use crate::db::{Database, DbError};
use crate::library::artwork::{artwork_id, image_type, read_embedded};
use cache::DiskCache;
use resize::Encoded;

/// The sizes a caller may ask for (the contract's `size` range).
pub const SIZES: std::ops::RangeInclusive<u32> = 32..=2048;

/// The folder under the data dir that holds the resized images.
pub const CACHE_DIR: &str = "artwork-cache";

/// Why there is no image.
#[derive(Debug, thiserror::Error)]
pub enum ArtworkError {
    /// No image has this id, or its bytes are gone or do not decode (treated as absent).
    #[error("No artwork has this id.")]
    NotFound,
    #[error("The size must be between 32 and 2048.")]
    BadSize,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl super::ServiceError for ArtworkError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            ArtworkError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

/// What a request gets.
#[derive(Debug)]
pub enum Artwork {
    Image {
        image: Encoded,
        etag: String,
    },
    /// The caller's `If-None-Match` names the current tag.
    NotModified {
        etag: String,
    },
}

/// One (id, size) being scaled; every request for it waits on the same cell.
type InFlight = Arc<OnceCell<Arc<Encoded>>>;

pub struct ArtworkService {
    db: Arc<Database>,
    cache: DiskCache,
    in_flight: Mutex<HashMap<(String, u32), InFlight>>,
    /// Ids whose bytes did not decode, logged once each.
    logged: Mutex<HashSet<String>>,
    /// How many images were decoded to be scaled: the evidence that concurrent requests
    /// share one decode (tests read it through `decodes`).
    decodes: AtomicU64,
    /// Requests waiting for an (id, size) to be scaled, whether they started the work or
    /// joined it: with `gate`, what lets a test prove sharing without relying on timing.
    waiting: AtomicU64,
    /// Open (true) except while a test holds decodes back (`hold_decodes`).
    gate: tokio::sync::watch::Sender<bool>,
}

impl ArtworkService {
    pub fn new(db: Arc<Database>, data_dir: &Path, cache_bytes: u64) -> ArtworkService {
        ArtworkService {
            db,
            cache: DiskCache::open(data_dir.join(CACHE_DIR), cache_bytes),
            in_flight: Mutex::new(HashMap::new()),
            logged: Mutex::new(HashSet::new()),
            decodes: AtomicU64::new(0),
            waiting: AtomicU64::new(0),
            gate: tokio::sync::watch::channel(true).0,
        }
    }

    /// The image with this id, scaled to fit `size`×`size` when a size is given; or
    /// `NotModified` when `if_none_match` holds its tag.
    pub async fn get(
        &self,
        id: &str,
        size: Option<u32>,
        if_none_match: Option<&str>,
    ) -> Result<Artwork, ArtworkError> {
        if size.is_some_and(|s| !SIZES.contains(&s)) {
            return Err(ArtworkError::BadSize);
        }
        // Ids are made by `artwork_id` only; anything else is unknown without a query.
        if !is_artwork_id(id) {
            return Err(ArtworkError::NotFound);
        }
        let places = {
            let id = id.to_owned();
            self.db
                .run(move |conn| Ok(artwork_places(conn, &id)?))
                .await?
        };
        if places.is_empty() {
            return Err(ArtworkError::NotFound);
        }
        let etag = etag(id, size);
        if if_none_match.is_some_and(|header| matches_tag(header, &etag)) {
            return Ok(Artwork::NotModified { etag });
        }
        let image = match size {
            None => self.original(id, places).await?,
            Some(size) => Arc::unwrap_or_clone(self.scaled(id, size, places).await?),
        };
        Ok(Artwork::Image { image, etag })
    }

    /// How many images were decoded for scaling since the hub started.
    pub fn decodes(&self) -> u64 {
        self.decodes.load(Ordering::Relaxed)
    }

    /// How many requests wait for an image being scaled now.
    pub fn waiting_for_decode(&self) -> u64 {
        self.waiting.load(Ordering::Relaxed)
    }

    /// Makes decodes wait until `release_decodes` (for tests: requests can then be
    /// counted while they wait, so sharing is shown without relying on timing).
    #[doc(hidden)]
    pub fn hold_decodes(&self) {
        self.gate.send_replace(false);
    }

    #[doc(hidden)]
    pub fn release_decodes(&self) {
        self.gate.send_replace(true);
    }

    /// The bytes the disk cache holds now.
    pub fn cached_bytes(&self) -> u64 {
        self.cache.total_bytes()
    }

    pub fn cache_dir(&self) -> &Path {
        self.cache.dir()
    }

    /// The original bytes and their real type.
    async fn original(&self, id: &str, places: Vec<ArtworkPlace>) -> Result<Encoded, ArtworkError> {
        let (bytes, content_type) = self.read(id, places).await?;
        Ok(Encoded {
            bytes,
            content_type,
        })
    }

    async fn scaled(
        &self,
        id: &str,
        size: u32,
        places: Vec<ArtworkPlace>,
    ) -> Result<Arc<Encoded>, ArtworkError> {
        if let Some(hit) = self.cache.get(id, size).await {
            return Ok(Arc::new(hit));
        }
        let key = (id.to_owned(), size);
        let cell = self
            .in_flight
            .lock()
            .entry(key.clone())
            .or_default()
            .clone();
        let waiting = Waiting::count(&self.waiting);
        let result = cell
            .get_or_try_init(|| async {
                // A request that finished just before this one joined may have cached it.
                if let Some(hit) = self.cache.get(id, size).await {
                    return Ok(Arc::new(hit));
                }
                // The gate is always open outside tests; the sender lives with `self`.
                let _ = self.gate.subscribe().wait_for(|open| *open).await;
                let (bytes, _) = self.read(id, places).await?;
                self.decodes.fetch_add(1, Ordering::Relaxed);
                let scaled = tokio::task::spawn_blocking(move || resize::fit(&bytes, size))
                    .await
                    .map_err(|err| DbError::Task(err.to_string()))?;
                match scaled {
                    Ok(image) => {
                        self.cache.put(id, size, &image).await;
                        Ok(Arc::new(image))
                    }
                    Err(err) => {
                        self.log_once(id, &err.to_string());
                        Err(ArtworkError::NotFound)
                    }
                }
            })
            .await
            .cloned();
        drop(waiting);
        // The cell has served everyone waiting on it; later requests read the cache.
        let mut in_flight = self.in_flight.lock();
        if in_flight.get(&key).is_some_and(|c| Arc::ptr_eq(c, &cell)) {
            in_flight.remove(&key);
        }
        result
    }

    /// The bytes of the first place that still holds this very image.
    async fn read(
        &self,
        id: &str,
        places: Vec<ArtworkPlace>,
    ) -> Result<(Vec<u8>, &'static str), ArtworkError> {
        let wanted = id.to_owned();
        let found = tokio::task::spawn_blocking(move || {
            places.into_iter().find_map(|place| {
                let bytes = match place {
                    ArtworkPlace::Folder { root, rel_path } => {
                        std::fs::read(PathBuf::from(root).join(rel_path)).ok()?
                    }
                    ArtworkPlace::Embedded { root, rel_path } => {
                        read_embedded(&PathBuf::from(root).join(rel_path))?
                    }
                };
                (artwork_id(&bytes) == wanted).then_some(bytes)
            })
        })
        .await
        .map_err(|err| DbError::Task(err.to_string()))?;
        let Some(bytes) = found else {
            return Err(ArtworkError::NotFound);
        };
        match image_type(&bytes) {
            Some(content_type) => Ok((bytes, content_type)),
            None => {
                self.log_once(id, "not an image the hub decodes");
                Err(ArtworkError::NotFound)
            }
        }
    }

    /// An image that cannot be decoded is treated as absent; it is logged the first time.
    fn log_once(&self, id: &str, why: &str) {
        if self.logged.lock().insert(id.to_owned()) {
            tracing::warn!(id, why, "artwork treated as absent");
        }
    }
}

/// One request counted in `waiting` while it lives: a request dropped while it waits (its
/// client went away) is uncounted too.
struct Waiting<'a>(&'a AtomicU64);

impl<'a> Waiting<'a> {
    fn count(counter: &'a AtomicU64) -> Waiting<'a> {
        counter.fetch_add(1, Ordering::Relaxed);
        Waiting(counter)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// `aw_` and 32 lower-case hex digits.
fn is_artwork_id(id: &str) -> bool {
    id.strip_prefix("aw_").is_some_and(|hex| {
        hex.len() == 32 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// The strong tag of (id, size): the id is the content's hash, so this is the content's.
fn etag(id: &str, size: Option<u32>) -> String {
    match size {
        Some(size) => format!("\"{id}-{size}\""),
        None => format!("\"{id}\""),
    }
}

/// Whether an `If-None-Match` value names `etag` (a list, weak tags compared weakly, as
/// RFC 9110 says for `If-None-Match`, or `*`).
fn matches_tag(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_reads_lists_weak_tags_and_star() {
        let tag = etag("aw_1", Some(300));
        assert_eq!(tag, "\"aw_1-300\"");
        assert!(matches_tag("\"aw_1-300\"", &tag));
        assert!(matches_tag("\"x\", W/\"aw_1-300\"", &tag));
        assert!(matches_tag("*", &tag));
        assert!(!matches_tag("\"aw_1\"", &tag));
        assert!(!matches_tag("", &tag));
    }

    #[test]
    fn only_well_formed_ids_are_looked_up() {
        assert!(is_artwork_id(&artwork_id(b"x")));
        assert!(!is_artwork_id("aw_123"));
        assert!(!is_artwork_id("alb_0123456789abcdef"));
    }
}
