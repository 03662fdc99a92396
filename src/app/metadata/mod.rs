//! The metadata service: a track's tags as its file has them, the person's overrides, and
//! the effective values; setting and clearing overrides, one track or many at once.
//!
//! # Where effective values live
//! The catalogue's columns (tracks, albums, artists, genres, the search index) hold the
//! *effective* values: the scanner applies the stored overrides (`library::fields`) to
//! every file it reads, before deriving its rows. Listing, sorting, filtering, search and
//! the stats therefore never join the overrides, and an override regroups a track exactly
//! as a changed tag would. The file's own values are the file's: read from it when asked
//! (`get`), never copied into the catalogue, so a changed tag shows at once as the file
//! value while the override still wins.
//!
//! Changing overrides is two steps: the overrides are written in one transaction (all or
//! nothing, the person's data, carried over a rebuild by `db::salvage`), then the scanner
//! reads the tracks' files again (`Scanner::reread`), which regroups albums and artists,
//! re-sorts, re-indexes and announces the track, album and artist events. That re-read is
//! a scan like any other (a `scan_runs` row with trigger `api`, `scanStarted` and
//! `scanCompleted` on the feed), small and forced to re-read only those files. A file that
//! cannot be read then (an unplugged disk) keeps its rows until it can; its overrides wait
//! for it, since they are keyed by track id, not tied to the row.
//!
//! # Writing the values into the files
//! Only when a person asks, from the terminal (`music-hub tags write`, in `command`):
//! `write_back` writes each track's effective values into its file through a checked
//! temporary copy, keeps the original in `backups`, and drops the overrides the file then
//! holds.

pub mod backups;
pub mod command;
pub mod enrich;
pub mod musicbrainz;
pub mod rules;
mod suggestions;
pub mod write_back;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use serde_json::Value;
use tracing::warn;

use crate::app::media::stream::path_in_root;
use crate::clock::SharedClock;
use crate::db::metadata::{self as store, OverrideRow, TrackFile};
use crate::db::{Database, DbError};
use crate::events::{Change, ChangedIds, EventBus, MetadataChange};
use crate::library::fields::{self, Field};
use crate::library::job::ChangedPath;
use crate::library::scanner::{ScanError, Scanner};
use crate::library::tags;
pub use rules::Values;
pub use suggestions::{Enrichment, Suggestion};

/// The most tracks one batch may change.
pub const BATCH_LIMIT: usize = 5000;

/// Where an override came from when a person typed it.
pub const SOURCE_USER: &str = "user";

#[derive(Debug, thiserror::Error)]
pub enum MetadataError {
    #[error("No track has this id.")]
    NoSuchTrack,
    #[error("No track has the id `{track_id}`; nothing was changed.")]
    UnknownTrack { track_id: String },
    /// A value the rules refuse; `field` is the contract's name of the field.
    #[error("{message}")]
    Invalid { field: String, message: String },
    #[error("This track has no suggestion with this id.")]
    NoSuchSuggestion,
    #[error("The track changed since this suggestion was made; list the suggestions again.")]
    StaleSuggestion,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl MetadataError {
    pub fn invalid(field: Field, message: String) -> Self {
        MetadataError::Invalid {
            field: field.api(),
            message,
        }
    }
}

impl crate::app::ServiceError for MetadataError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            MetadataError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for MetadataError {
    fn from(err: diesel::result::Error) -> Self {
        MetadataError::Db(DbError::Query(err))
    }
}

/// One override with who set it and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    pub field: Field,
    pub value: Value,
    pub set_at: i64,
    pub device_id: Option<String>,
    pub source: String,
}

/// A track's metadata: file, overrides, effective.
#[derive(Debug, Clone)]
pub struct TrackMetadata {
    pub track_id: String,
    /// Empty when the file cannot be read now.
    pub file: Values,
    pub overrides: Vec<Override>,
    pub effective: Values,
    pub has_embedded_art: bool,
    /// `<root id>/<path in the root>`.
    pub relative_path: String,
    pub file_modified_at: i64,
}

impl TrackMetadata {
    pub fn overrides_updated_at(&self) -> Option<i64> {
        self.overrides.iter().map(|o| o.set_at).max()
    }
}

/// Who asks for a change: the paired device, or `None` for the hub's own machine and the
/// API token.
pub struct Author {
    pub device_id: Option<String>,
    pub source: String,
}

impl Author {
    pub fn user(device_id: Option<String>) -> Author {
        Author {
            device_id,
            source: SOURCE_USER.to_owned(),
        }
    }
}

#[derive(Clone)]
pub struct MetadataService {
    db: Arc<Database>,
    events: Arc<EventBus>,
    clock: SharedClock,
    scanner: Arc<Scanner>,
    /// The online source of suggestions, when the hub was asked to use one.
    provider: Option<Arc<dyn musicbrainz::Provider>>,
}

impl MetadataService {
    pub fn new(
        db: Arc<Database>,
        events: Arc<EventBus>,
        clock: SharedClock,
        scanner: Arc<Scanner>,
    ) -> Self {
        MetadataService {
            db,
            events,
            clock,
            scanner,
            provider: None,
        }
    }

    /// Suggestions are also asked of `provider` (MusicBrainz, with `--musicbrainz`).
    pub fn with_provider(mut self, provider: Option<Arc<dyn musicbrainz::Provider>>) -> Self {
        self.provider = provider;
        self
    }

    pub(crate) fn provider(&self) -> Option<&Arc<dyn musicbrainz::Provider>> {
        self.provider.as_ref()
    }

    /// The track's file values, overrides and effective values.
    pub async fn get(&self, track_id: String) -> Result<TrackMetadata, MetadataError> {
        let (file, overrides) = crate::app::read(&self.db, move |conn| {
            let file = store::track_file(conn, &track_id)?.ok_or(MetadataError::NoSuchTrack)?;
            let overrides = store::override_list(conn, std::slice::from_ref(&track_id))?;
            Ok::<_, MetadataError>((file, overrides))
        })
        .await?;
        let values = read_file_values(file.clone()).await;
        Ok(assemble(file, values, &overrides))
    }

    /// Replaces the track's overrides with `values` (a field absent is not overridden).
    #[tracing::instrument(skip_all, fields(track = %track_id))]
    pub async fn set(
        &self,
        track_id: String,
        values: Values,
        author: Author,
    ) -> Result<TrackMetadata, MetadataError> {
        let values = rules::clean(values)?;
        let file = self.track_file(&track_id).await?;
        let mut effective = read_file_values(file).await;
        effective.extend(values.clone());
        rules::check_totals(&effective, None)?;
        let now = self.now();
        let id = track_id.clone();
        let before = self.groups(vec![track_id.clone()]).await?;
        crate::app::write(&self.db, move |conn| {
            if store::track_ids_existing(conn, std::slice::from_ref(&id))?.is_empty() {
                return Err(MetadataError::NoSuchTrack);
            }
            let keep: Vec<&str> = values.keys().map(|f| f.stored()).collect();
            store::override_delete_except(conn, &id, &keep)?;
            write_overrides(conn, &id, &values, &author, now)
        })
        .await?;
        self.reapply(vec![track_id.clone()], before).await?;
        self.get(track_id).await
    }

    /// Sets `values` as overrides on every track of `track_ids`, keeping their other
    /// overrides; all or nothing.
    #[tracing::instrument(skip_all, fields(tracks = track_ids.len()))]
    pub async fn set_many(
        &self,
        track_ids: Vec<String>,
        values: Values,
        author: Author,
    ) -> Result<(Vec<String>, Vec<Field>), MetadataError> {
        if values.is_empty() {
            return Err(MetadataError::Invalid {
                field: "set".into(),
                message: "`set` names no field to override.".into(),
            });
        }
        if track_ids.len() > BATCH_LIMIT {
            return Err(MetadataError::Invalid {
                field: "trackIds".into(),
                message: format!("At most {BATCH_LIMIT} tracks at once."),
            });
        }
        let values = rules::clean(values)?;
        let mut seen = BTreeSet::new();
        let unique: Vec<String> = track_ids
            .iter()
            .filter(|id| seen.insert(id.as_str()))
            .cloned()
            .collect();
        let now = self.now();
        let before = self.groups(unique.clone()).await?;
        let ids = unique.clone();
        let set = values.clone();
        crate::app::write(&self.db, move |conn| {
            let existing: BTreeSet<String> =
                store::track_ids_existing(conn, &ids)?.into_iter().collect();
            if let Some(missing) = ids.iter().find(|id| !existing.contains(*id)) {
                return Err(MetadataError::UnknownTrack {
                    track_id: missing.clone(),
                });
            }
            // The totals rule against each track's current effective numbers (the
            // catalogue's), with the new values in their place.
            for (id, numbers) in store::track_numbers(conn, &ids)? {
                let mut effective: Values = [
                    (Field::TrackNumber, numbers.number),
                    (Field::TrackTotal, numbers.total),
                    (Field::DiscNumber, numbers.disc),
                    (Field::DiscTotal, numbers.discs),
                ]
                .into_iter()
                .filter_map(|(field, n)| Some((field, Value::from(n?))))
                .collect();
                effective.extend(set.clone());
                rules::check_totals(&effective, Some(&id))?;
            }
            for id in &ids {
                write_overrides(conn, id, &set, &author, now)?;
            }
            Ok(())
        })
        .await?;
        self.reapply(unique, before).await?;
        Ok((track_ids, values.into_keys().collect()))
    }

    /// Removes every override of the track.
    #[tracing::instrument(skip_all, fields(track = %track_id))]
    pub async fn clear(&self, track_id: String) -> Result<(), MetadataError> {
        let before = self.groups(vec![track_id.clone()]).await?;
        let id = track_id.clone();
        let removed = crate::app::write(&self.db, move |conn| {
            if store::track_ids_existing(conn, std::slice::from_ref(&id))?.is_empty() {
                return Err(MetadataError::NoSuchTrack);
            }
            Ok(store::override_delete_except(conn, &id, &[])?)
        })
        .await?;
        if removed > 0 {
            self.reapply(vec![track_id], before).await?;
        }
        Ok(())
    }

    pub(crate) fn now(&self) -> i64 {
        self.clock.now().timestamp_millis()
    }

    async fn track_file(&self, track_id: &str) -> Result<TrackFile, MetadataError> {
        let id = track_id.to_owned();
        crate::app::read(&self.db, move |conn| {
            store::track_file(conn, &id)?.ok_or(MetadataError::NoSuchTrack)
        })
        .await
    }

    pub(crate) fn db(&self) -> &Arc<Database> {
        &self.db
    }

    /// Which album and artists each of these tracks is in now.
    pub(crate) async fn groups(&self, track_ids: Vec<String>) -> Result<Groups, MetadataError> {
        crate::app::read(&self.db, move |conn| {
            Ok::<_, MetadataError>(Groups(store::track_groups(conn, &track_ids)?))
        })
        .await
    }

    /// After overrides changed: the tracks' files read again (the catalogue follows), then
    /// one `metadataUpdated` naming them all, and an update for every album and artist that
    /// gained or lost one of them (the scan announces those it added or removed).
    pub(crate) async fn reapply(
        &self,
        track_ids: Vec<String>,
        before: Groups,
    ) -> Result<(), MetadataError> {
        let ids = track_ids.clone();
        let files = crate::app::read(&self.db, move |conn| {
            Ok::<_, MetadataError>(store::track_files(conn, &ids)?)
        })
        .await?;
        let paths = files
            .into_iter()
            .map(|f| ChangedPath {
                root_id: f.root_id,
                rel: f.rel_path,
            })
            .collect();
        match self.scanner.reread(paths).await {
            Ok(()) => {}
            // The override is stored; the scan after the rebuild, or the one queued after
            // the long scan running now, applies it.
            Err(ScanError::Paused | ScanError::InProgress { .. }) => {}
            Err(err) => warn!(%err, "the tracks were not read again after an override"),
        }
        self.events.publish(Change::MetadataUpdated(MetadataChange {
            track_ids: track_ids.clone(),
        }));
        let after = self.groups(track_ids).await?;
        let (albums, artists) = before.moved(&after);
        let (albums, artists) = crate::app::read(&self.db, move |conn| {
            Ok::<_, MetadataError>((
                store::album_ids_existing(conn, &albums)?,
                store::artist_ids_existing(conn, &artists)?,
            ))
        })
        .await?;
        if !albums.is_empty() {
            self.events
                .publish(Change::AlbumUpdated(ChangedIds { ids: albums }));
        }
        if !artists.is_empty() {
            self.events
                .publish(Change::ArtistUpdated(ChangedIds { ids: artists }));
        }
        Ok(())
    }
}

/// Per track, its album and the artists it is linked to.
pub(crate) struct Groups(BTreeMap<String, (String, BTreeSet<String>)>);

impl Groups {
    /// The albums and artists that gained or lost a track between `self` and `after`.
    fn moved(&self, after: &Groups) -> (Vec<String>, Vec<String>) {
        let mut albums = BTreeSet::new();
        let mut artists = BTreeSet::new();
        let empty = (String::new(), BTreeSet::new());
        for track in self.0.keys().chain(after.0.keys()) {
            let (old_album, old_artists) = self.0.get(track).unwrap_or(&empty);
            let (new_album, new_artists) = after.0.get(track).unwrap_or(&empty);
            if old_album != new_album {
                albums.extend([old_album.clone(), new_album.clone()]);
            }
            artists.extend(old_artists.symmetric_difference(new_artists).cloned());
        }
        albums.remove("");
        (albums.into_iter().collect(), artists.into_iter().collect())
    }
}

pub(crate) fn write_overrides(
    conn: &mut diesel::SqliteConnection,
    track_id: &str,
    values: &Values,
    author: &Author,
    now: i64,
) -> Result<(), MetadataError> {
    for (field, value) in values {
        store::override_upsert(
            conn,
            &OverrideRow {
                track_id: track_id.to_owned(),
                field: field.stored().to_owned(),
                value: Some(value.to_string()),
                created_at: now,
                updated_at: now,
                device_id: author.device_id.clone(),
                source: author.source.clone(),
            },
        )?;
    }
    Ok(())
}

/// The stored overrides that this version understands.
pub(crate) fn overrides_of(rows: &[OverrideRow]) -> Vec<Override> {
    rows.iter()
        .filter_map(|row| {
            let field = Field::from_stored(&row.field)?;
            let value = match &row.value {
                Some(text) => serde_json::from_str(text).ok()?,
                None => Value::Null,
            };
            Some(Override {
                field,
                value,
                set_at: row.updated_at,
                device_id: row.device_id.clone(),
                source: row.source.clone(),
            })
        })
        .collect()
}

fn assemble(file: TrackFile, values: Values, rows: &[OverrideRow]) -> TrackMetadata {
    let overrides = overrides_of(rows);
    let mut effective = values.clone();
    for o in &overrides {
        effective.insert(o.field, o.value.clone());
    }
    TrackMetadata {
        relative_path: format!("{}/{}", file.root_id, file.rel_path),
        track_id: file.track_id,
        file: values,
        overrides,
        effective,
        has_embedded_art: file.has_embedded_art,
        file_modified_at: file.mtime_ms,
    }
}

/// The file's tag values, read now; none when it cannot be read (gone, unplugged,
/// damaged), which the answer shows as an empty `fileTags`.
pub(crate) async fn read_file_values(file: TrackFile) -> Values {
    let Some(path) = path_in_root(Path::new(&file.root_path), &file.rel_path) else {
        return Values::new();
    };
    let read = tokio::task::spawn_blocking(move || tags::read_file(&path)).await;
    match read {
        Ok(Ok(facts)) => file_values(&facts.tags),
        Ok(Err(err)) => {
            warn!(track = %file.track_id, code = err.code, "a track's tags could not be read");
            Values::new()
        }
        Err(_) => Values::new(),
    }
}

pub(crate) fn file_values(tags: &tags::TagValues) -> Values {
    use strum::IntoEnumIterator;
    Field::iter()
        .filter_map(|field| Some((field, fields::file_value(tags, field)?)))
        .collect()
}
