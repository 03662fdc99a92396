//! The catalogue service: the library as the scanner recorded it, read for the API: tracks,
//! albums and artists (lists and single items), the library's totals and filter values,
//! and browsing (`browse`: folders and the home sections). It only reads; the scanner is
//! what writes the catalogue. It answers with rows and what was read with them (`Tracks`,
//! `Albums`), and the handlers make the API's views of those.

mod browse;

/// What the lists take: their filters and orders are the catalogue queries' own.
pub use crate::db::catalog::{
    AlbumFilter, AlbumOrder, ArtistFilter, ArtistOrder, Facet, TrackFilter, TrackOrder,
};
/// What the catalogue answers with: its rows are its domain values.
pub use crate::db::catalog::{AlbumRow, ArtistRow, PlaylistRow, TrackExtras, TrackRow};
pub use browse::{Browsed, FolderListing, Home, SubFolder};

use std::collections::HashMap;
use std::sync::Arc;

use diesel::{Connection, SqliteConnection};

use crate::db::catalog::{self, FormatTotals, Keyset, LibraryTotals, Page, PageSpec, Sort};
use crate::db::{Database, DbError};

/// Why the catalogue service did not answer with what was asked for.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("No track has this id.")]
    NoSuchTrack,
    #[error("No album has this id.")]
    NoSuchAlbum,
    #[error("No artist has this id.")]
    NoSuchArtist,
    /// A browse path that is not a folder inside a library root; says why.
    #[error("The parameter `path` {0}.")]
    InvalidPath(&'static str),
    #[error("No folder has this path.")]
    NoSuchFolder,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl super::ServiceError for CatalogueError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            CatalogueError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for CatalogueError {
    fn from(err: diesel::result::Error) -> Self {
        CatalogueError::Db(DbError::Query(err))
    }
}

/// Tracks with their artists and genres, read for all of them at once (two queries, not
/// two per track).
pub struct Tracks {
    pub rows: Vec<TrackRow>,
    pub extras: TrackExtras,
}

impl Tracks {
    pub(crate) fn read(conn: &mut SqliteConnection, rows: Vec<TrackRow>) -> Result<Self, DbError> {
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let extras = catalog::track_extras(conn, &ids)?;
        Ok(Tracks { rows, extras })
    }
}

/// Albums with their genres, read in one query for all of them.
pub struct Albums {
    pub rows: Vec<AlbumRow>,
    /// By album id; an album without genres is absent.
    pub genres: HashMap<String, Vec<String>>,
}

impl Albums {
    pub(crate) fn read(conn: &mut SqliteConnection, rows: Vec<AlbumRow>) -> Result<Self, DbError> {
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let genres = catalog::album_genres(conn, &ids)?;
        Ok(Albums { rows, genres })
    }
}

/// One page of a list: its items, where the next page starts and how many match in all.
pub struct Listed<T> {
    pub items: T,
    pub next: Option<Keyset>,
    pub total: i64,
}

impl<T> Listed<T> {
    fn of<R>(
        page: Page<R>,
        read: impl FnOnce(Vec<R>) -> Result<T, DbError>,
    ) -> Result<Self, DbError> {
        Ok(Listed {
            items: read(page.rows)?,
            next: page.next,
            total: page.total,
        })
    }
}

/// An album page: the album and its tracks in order.
pub struct AlbumDetail {
    pub album: Albums,
    pub tracks: Tracks,
}

/// An artist page: the artist, their albums, the albums they appear on and their most
/// played tracks.
pub struct ArtistDetail {
    pub artist: ArtistRow,
    pub albums: Albums,
    pub appearances: Albums,
    pub top_tracks: Tracks,
}

/// How many tracks were recorded in a year.
pub struct YearCount {
    pub year: i32,
    pub count: i64,
}

/// How many tracks were recorded in a decade (`decade` is its first year).
pub struct DecadeCount {
    pub decade: i32,
    pub count: i64,
}

/// The values the catalogue can be filtered by, each with its number of tracks.
pub struct Filters {
    pub genres: Vec<Facet>,
    pub years: Vec<YearCount>,
    /// The years added up by decade, so they always agree with the years.
    pub decades: Vec<DecadeCount>,
    pub formats: Vec<Facet>,
    pub artists: Vec<Facet>,
}

/// The library's totals, and per format.
pub struct Stats {
    pub totals: LibraryTotals,
    pub formats: Vec<FormatTotals>,
}

/// The most tracks an album may have for its page to be read as a brief read: the
/// contract's largest page.
const BRIEF_ROWS: i64 = 500;

/// An album and its tracks in order, read in one transaction so that they agree.
fn album_detail(conn: &mut SqliteConnection, id: &str) -> Result<AlbumDetail, CatalogueError> {
    conn.transaction(|conn| album_and_tracks(conn, id))
}

fn album_and_tracks(conn: &mut SqliteConnection, id: &str) -> Result<AlbumDetail, CatalogueError> {
    let album = catalog::album_get(conn, id)?.ok_or(CatalogueError::NoSuchAlbum)?;
    let album = Albums::read(conn, vec![album])?;
    let rows = catalog::album_tracks(conn, id)?;
    let tracks = Tracks::read(conn, rows)?;
    Ok(AlbumDetail { album, tracks })
}

pub struct CatalogueService {
    db: Arc<Database>,
}

impl CatalogueService {
    pub fn new(db: Arc<Database>) -> Self {
        CatalogueService { db }
    }

    pub async fn track_list(
        &self,
        filter: TrackFilter,
        spec: PageSpec<TrackOrder>,
    ) -> Result<Listed<Tracks>, CatalogueError> {
        let brief = filter.is_unfiltered() && spec.order.indexed();
        super::read_sized(&self.db, brief, move |conn| {
            let page = catalog::track_list(conn, &filter, &spec)?;
            Ok(Listed::of(page, |rows| Tracks::read(conn, rows))?)
        })
        .await
    }

    pub async fn album_list(
        &self,
        filter: AlbumFilter,
        spec: PageSpec<AlbumOrder>,
    ) -> Result<Listed<Albums>, CatalogueError> {
        // Not a brief read even unfiltered: each album sums its tracks, and an album
        // is as long as its folder of untagged files.
        super::read(&self.db, move |conn| {
            let page = catalog::album_list(conn, &filter, &spec)?;
            Ok(Listed::of(page, |rows| Albums::read(conn, rows))?)
        })
        .await
    }

    pub async fn artist_list(
        &self,
        filter: ArtistFilter,
        spec: PageSpec<ArtistOrder>,
    ) -> Result<Listed<Vec<ArtistRow>>, CatalogueError> {
        // Not a brief read even unfiltered: each artist sums their tracks (an unknown
        // artist's are every untagged track).
        super::read(&self.db, move |conn| {
            let page = catalog::artist_list(conn, &filter, &spec)?;
            Ok(Listed::of(page, Ok)?)
        })
        .await
    }

    pub async fn track_get(&self, id: String) -> Result<Tracks, CatalogueError> {
        super::read_brief(&self.db, move |conn| {
            let row = catalog::track_get(conn, &id)?.ok_or(CatalogueError::NoSuchTrack)?;
            Ok(Tracks::read(conn, vec![row])?)
        })
        .await
    }

    pub async fn album_get(&self, id: String) -> Result<AlbumDetail, CatalogueError> {
        // An album is as long as its tags or its folder make it (a folder of thousands of
        // untagged files is one album), and its row sums its tracks: a brief read only up to
        // the largest page's worth, which its count (the album's index entries alone) says.
        let short_id = id.clone();
        let short = super::read_brief(&self.db, move |conn| {
            conn.transaction(|conn| {
                if catalog::album_track_total(conn, &short_id, BRIEF_ROWS + 1)? > BRIEF_ROWS {
                    return Ok(None);
                }
                album_and_tracks(conn, &short_id).map(Some)
            })
        })
        .await?;
        match short {
            Some(detail) => Ok(detail),
            None => super::read(&self.db, move |conn| album_detail(conn, &id)).await,
        }
    }

    pub async fn artist_get(&self, id: String) -> Result<ArtistDetail, CatalogueError> {
        super::read(&self.db, move |conn| {
            let artist = catalog::artist_get(conn, &id)?.ok_or(CatalogueError::NoSuchArtist)?;
            let work = catalog::artist_work(conn, &id)?;
            Ok(ArtistDetail {
                artist,
                albums: Albums::read(conn, work.albums)?,
                appearances: Albums::read(conn, work.appearances)?,
                top_tracks: Tracks::read(conn, work.top_tracks)?,
            })
        })
        .await
    }

    pub async fn filters(&self) -> Result<Filters, CatalogueError> {
        let facets = super::read::<_, CatalogueError, _>(&self.db, |conn| {
            Ok(catalog::library_facets(conn)?)
        })
        .await?;
        let years: Vec<YearCount> = facets
            .years
            .into_iter()
            .filter_map(|f| {
                f.id.parse().ok().map(|year| YearCount {
                    year,
                    count: f.count,
                })
            })
            .collect();
        let decades = decades(&years);
        Ok(Filters {
            genres: facets.genres,
            years,
            decades,
            formats: facets.formats,
            artists: facets.artists,
        })
    }

    pub async fn stats(&self) -> Result<Stats, CatalogueError> {
        let (totals, formats) = super::read::<_, CatalogueError, _>(&self.db, |conn| {
            Ok(catalog::library_totals(conn)?)
        })
        .await?;
        Ok(Stats { totals, formats })
    }
}

/// The years (in order) added up by decade.
fn decades(years: &[YearCount]) -> Vec<DecadeCount> {
    let mut decades: Vec<DecadeCount> = Vec::new();
    for year in years {
        let decade = year.year - year.year.rem_euclid(10);
        match decades.last_mut() {
            Some(last) if last.decade == decade => last.count += year.count,
            _ => decades.push(DecadeCount {
                decade,
                count: year.count,
            }),
        }
    }
    decades
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decades_add_up_their_years() {
        let years: Vec<YearCount> = [(1969, 2), (1971, 1), (1979, 3), (1980, 4)]
            .into_iter()
            .map(|(year, count)| YearCount { year, count })
            .collect();
        let found: Vec<(i32, i64)> = decades(&years)
            .into_iter()
            .map(|d| (d.decade, d.count))
            .collect();
        assert_eq!(found, vec![(1960, 2), (1970, 4), (1980, 4)]);
    }
}
