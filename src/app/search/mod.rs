//! The search service: ranked full-text search over the catalogue with a typo-tolerant
//! fallback (`near`), and the search history. Recording a query in the history is its own call, so
//! the caller decides when a search counts as one to remember.

use std::sync::Arc;

use super::catalogue::{Albums, Tracks};
use crate::clock::SharedClock;
use crate::db::catalog::{self, ArtistRow, Page, PageSpec, PlaylistRow};
use crate::db::search::{self, HistoryRow, Hit};
/// What searches and the history take: the search queries' own kinds and order.
pub use crate::db::search::{HistoryOrder, SearchKind};
use crate::db::{Database, DbError};

/// Fewer exact hits than this, over every kind asked for, and the typo fallback runs too.
const FEW_HITS: usize = 3;
/// A single word this short is taken as the start of a name being typed.
const TYPED_PREFIX: usize = 3;

/// Why the search service did not answer: only the database can fail it.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Db(#[from] DbError),
}

impl super::ServiceError for SearchError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            SearchError::Db(err) => Ok(err),
        }
    }
}

impl From<diesel::result::Error> for SearchError {
    fn from(err: diesel::result::Error) -> Self {
        SearchError::Db(DbError::Query(err))
    }
}

/// What a search found, by kind, each kind in rank order.
pub struct Found {
    /// The query as searched (trimmed).
    pub query: String,
    pub tracks: Tracks,
    pub albums: Albums,
    pub artists: Vec<ArtistRow>,
    pub playlists: Vec<PlaylistRow>,
    /// Whether the typo fallback added anything.
    pub approximate: bool,
}

pub struct SearchService {
    db: Arc<Database>,
    clock: SharedClock,
    /// The index's words, by first letter, for the typo fallback.
    vocabulary: Arc<near::Vocabulary>,
}

mod near;

// Lower case without diacritics, so "Beyoncé" and "beyonce" compare equal.
pub(crate) use crate::library::names::fold;

impl SearchService {
    pub fn new(db: Arc<Database>, clock: SharedClock) -> Self {
        SearchService {
            db,
            clock,
            vocabulary: Arc::new(near::Vocabulary::new(near::VOCABULARY_REUSED_FOR)),
        }
    }

    /// Searches `kinds` for `query`, at most `limit` hits of each kind. It does not record
    /// the query; `record` does.
    pub async fn search(
        &self,
        query: &str,
        kinds: Vec<SearchKind>,
        limit: usize,
    ) -> Result<Found, SearchError> {
        let exact = query.trim().to_owned();
        let words = search::words(&exact);
        let vocabulary = self.vocabulary.clone();
        super::read(&self.db, move |conn| {
            let mut by_kind: Vec<(SearchKind, Vec<Hit>)> = Vec::new();
            let mut approximate = false;
            if !words.is_empty() {
                let expression = search::fts_expression(&words);
                let phrases = search::phrases(&words);
                let count = |by_kind: &[(SearchKind, Vec<Hit>)]| -> usize {
                    by_kind.iter().map(|(_, h)| h.len()).sum()
                };
                // The first letters typed: names that start with them, as a list
                // filters while typing. A few letters can occur inside a tenth of a
                // large library's words; ranking all of those would be slow and
                // mostly noise. Too few such names, and the words anywhere count.
                let typing = words.len() == 1 && words[0].chars().count() <= TYPED_PREFIX;
                if typing {
                    let starts = format!("{{name}} : ^{expression}");
                    by_kind = search::hits_by_kind(conn, &starts, &phrases, &exact, &kinds, limit)?;
                }
                if !typing || count(&by_kind) < FEW_HITS {
                    by_kind =
                        search::hits_by_kind(conn, &expression, &phrases, &exact, &kinds, limit)?;
                }
                let found = count(&by_kind);
                if found < FEW_HITS {
                    if let Some((corrected, phrases)) =
                        near::corrected_expression(conn, &vocabulary, &words)?
                    {
                        let near = search::hits_by_kind(
                            conn, &corrected, &phrases, &exact, &kinds, limit,
                        )?;
                        for ((_, hits), (_, more)) in by_kind.iter_mut().zip(near) {
                            for hit in more {
                                if hits.len() < limit
                                    && !hits.iter().any(|h| h.item_id == hit.item_id)
                                {
                                    approximate = true;
                                    hits.push(hit);
                                }
                            }
                        }
                    }
                }
            }
            let ids = |wanted: SearchKind| -> Vec<String> {
                by_kind
                    .iter()
                    .filter(|(k, _)| *k == wanted)
                    .flat_map(|(_, hits)| hits.iter().map(|h| h.item_id.clone()))
                    .collect()
            };
            let track_rows = catalog::track_list_by_ids(conn, &ids(SearchKind::Track))?;
            let album_rows = catalog::album_list_by_ids(conn, &ids(SearchKind::Album))?;
            Ok(Found {
                tracks: Tracks::read(conn, track_rows)?,
                albums: Albums::read(conn, album_rows)?,
                artists: catalog::artist_list_by_ids(conn, &ids(SearchKind::Artist))?,
                playlists: catalog::playlist_list_by_ids(conn, &ids(SearchKind::Playlist))?,
                approximate,
                query: exact,
            })
        })
        .await
    }

    /// Remembers `query` in the search history, now (a blank one is not remembered; one
    /// searched before moves to the top).
    pub async fn record(&self, query: &str) -> Result<(), SearchError> {
        let query = query.trim().to_owned();
        let now = self.clock.now_ms();
        // One statement, so `db.run` (no transaction) as before; `super::read` is for reads.
        let recorded = self
            .db
            .run(move |conn| Ok(search::history_record(conn, &query, now)?))
            .await;
        Ok(recorded?)
    }

    /// A page of the search history, the newest first unless asked otherwise.
    pub async fn history(
        &self,
        spec: PageSpec<HistoryOrder>,
    ) -> Result<Page<HistoryRow>, SearchError> {
        super::read(&self.db, move |conn| Ok(search::history_list(conn, &spec)?)).await
    }

    /// Forgets every recorded query.
    pub async fn history_clear(&self) -> Result<(), SearchError> {
        let cleared = self.db.run(|conn| Ok(search::history_clear(conn)?)).await;
        Ok(cleared?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A search alone leaves the history as it was; `record` is what remembers a query.
    #[tokio::test]
    async fn searching_remembers_nothing_until_recorded() {
        let dir = std::env::temp_dir().join(crate::db::new_id("search-service"));
        crate::data_dir::create_private_dir(&dir).expect("a private data dir in the temp dir");
        let db = Arc::new(Database::open(&dir, None).await);
        let service = SearchService::new(db, Arc::new(crate::clock::SystemClock));
        let remembered = || async {
            let spec = PageSpec {
                order: HistoryOrder,
                descending: true,
                after: None,
                limit: 10,
            };
            let page = service.history(spec).await.expect("the history reads");
            page.rows.into_iter().map(|r| r.query).collect::<Vec<_>>()
        };
        let found = service
            .search("  blue train ", vec![SearchKind::Track], 5)
            .await
            .expect("an empty library searches");
        assert_eq!(found.query, "blue train");
        assert!(remembered().await.is_empty());
        service
            .record(&found.query)
            .await
            .expect("the query is recorded");
        assert_eq!(remembered().await, vec!["blue train".to_owned()]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Beyoncé"), "beyonce");
        assert_eq!(fold("MÖTLEY"), "motley");
    }
}
