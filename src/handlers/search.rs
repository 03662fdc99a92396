//! `search`: ranked full-text search with a typo-tolerant fallback, and the search history.

use poem_openapi::payload::Json;
use unicode_normalization::UnicodeNormalization;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    ClearSearchHistoryRequest, ClearSearchHistoryResponse, ListSearchHistoryRequest,
    ListSearchHistoryResponse, SearchApi, SearchHistoryEntry, SearchHistoryPage,
    SearchLibraryRequest, SearchLibraryResponse, SearchResults, SearchType, SortOrder,
};
use crate::clock::from_ms;
use crate::db::catalog;
use crate::db::search::{self, Hit, SearchKind};
use crate::handlers::library::tracks;
use crate::handlers::views;
use crate::hub::Hub;

/// Fewer exact hits than this, over every kind asked for, and the typo fallback runs too.
const FEW_HITS: usize = 3;
/// How many trigram candidates are weighed per kind and per wanted result.
const CANDIDATES_PER_RESULT: i64 = 8;

fn kind(t: SearchType) -> SearchKind {
    match t {
        SearchType::Track => SearchKind::Track,
        SearchType::Album => SearchKind::Album,
        SearchType::Artist => SearchKind::Artist,
        SearchType::Playlist => SearchKind::Playlist,
    }
}

/// Lower case without diacritics, so "Beyoncé" and "beyonce" compare equal.
fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// How far a name is from the query: to the whole name, or to its closest word.
fn distance(query: &str, name: &str) -> usize {
    let name = fold(name);
    let whole = strsim::levenshtein(query, &name);
    name.split_whitespace()
        .map(|word| strsim::levenshtein(query, word))
        .chain(std::iter::once(whole))
        .min()
        .unwrap_or(whole)
}

/// Trigram candidates re-ranked by edit distance: one wrong, missing or extra letter in
/// four still matches. Only names close enough count, below every exact hit.
fn approximate_hits(candidates: Vec<Hit>, query: &str, exclude: &[Hit], wanted: usize) -> Vec<Hit> {
    let folded = fold(query);
    let allowed = (folded.chars().count() / 4).max(1);
    let mut close: Vec<(usize, Hit)> = candidates
        .into_iter()
        .filter(|c| !exclude.iter().any(|e| e.item_id == c.item_id))
        .map(|c| (distance(&folded, &c.name), c))
        .filter(|(d, _)| *d <= allowed)
        .collect();
    close.sort_by(|(da, a), (db, b)| da.cmp(db).then(a.rank.total_cmp(&b.rank)));
    close.into_iter().take(wanted).map(|(_, hit)| hit).collect()
}

impl SearchApi for Hub {
    async fn search_library(
        &self,
        _caller: Caller,
        request: SearchLibraryRequest,
    ) -> Result<SearchLibraryResponse, HandlerError> {
        let query = request.q.trim().to_owned();
        let words = search::words(&query);
        let kinds: Vec<SearchKind> = match &request.types {
            Some(types) if !types.is_empty() => types.iter().copied().map(kind).collect(),
            _ => vec![
                SearchKind::Track,
                SearchKind::Album,
                SearchKind::Artist,
                SearchKind::Playlist,
            ],
        };
        // The contract keeps limit small; it applies to each kind.
        let limit = usize::try_from(request.limit).unwrap_or(10);
        let record = request.record;
        let now = self.clock.now_ms();
        let exact = query.clone();
        let results = self
            .db
            .run(move |conn| {
                let mut by_kind: Vec<(SearchKind, Vec<Hit>)> = Vec::new();
                let mut approximate = false;
                if !words.is_empty() {
                    let expression = search::fts_expression(&words);
                    let fetch = i64::try_from(limit).unwrap_or(10);
                    for k in &kinds {
                        by_kind.push((*k, search::hits(conn, &expression, &exact, *k, fetch)?));
                    }
                    let found: usize = by_kind.iter().map(|(_, h)| h.len()).sum();
                    if found < FEW_HITS {
                        if let Some(trigrams) = search::trigram_expression(&words) {
                            for (k, hits) in &mut by_kind {
                                let room = limit.saturating_sub(hits.len());
                                if room == 0 {
                                    continue;
                                }
                                let candidates = search::trigram_candidates(
                                    conn,
                                    &trigrams,
                                    *k,
                                    fetch * CANDIDATES_PER_RESULT,
                                )?;
                                let more = approximate_hits(candidates, &exact, hits, room);
                                approximate |= !more.is_empty();
                                hits.extend(more);
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
                let track_rows = catalog::tracks_by_ids(conn, &ids(SearchKind::Track))?;
                let track_ids: Vec<String> = track_rows.iter().map(|r| r.id.clone()).collect();
                let extras = catalog::track_extras(conn, &track_ids)?;
                let mut albums = Vec::new();
                for row in catalog::albums_by_ids(conn, &ids(SearchKind::Album))? {
                    let genres = catalog::album_genres(conn, &row.id)?;
                    albums.push(views::album(row, genres));
                }
                let results = SearchResults {
                    query: exact.clone(),
                    tracks: track_rows
                        .into_iter()
                        .map(|r| tracks::track(r, &extras))
                        .collect(),
                    albums,
                    artists: catalog::artists_by_ids(conn, &ids(SearchKind::Artist))?
                        .into_iter()
                        .map(views::artist)
                        .collect(),
                    playlists: catalog::playlists_by_ids(conn, &ids(SearchKind::Playlist))?
                        .into_iter()
                        .map(views::playlist)
                        .collect(),
                    approximate,
                };
                if record {
                    search::history_record(conn, &exact, now)?;
                }
                Ok(results)
            })
            .await?;
        Ok(SearchLibraryResponse::Ok(Json(results)))
    }

    async fn list_search_history(
        &self,
        _caller: Caller,
        request: ListSearchHistoryRequest,
    ) -> Result<ListSearchHistoryResponse, HandlerError> {
        let offset = match request.cursor.as_deref().filter(|c| !c.is_empty()) {
            None => 0,
            Some(c) => c.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
                HandlerError::BadRequest {
                    code: "invalid_parameter",
                    message: "The parameter `cursor` is not a cursor this hub gave out.".into(),
                    parameter: Some("cursor".into()),
                }
            })?,
        };
        let newest_first = !matches!(request.order, Some(SortOrder::Asc));
        let limit = i64::from(request.limit);
        let (rows, total) = self
            .db
            .run(move |conn| Ok(search::history_page(conn, newest_first, offset, limit)?))
            .await?;
        let next = offset + i64::try_from(rows.len()).unwrap_or(limit);
        Ok(ListSearchHistoryResponse::Ok(Json(SearchHistoryPage {
            items: rows
                .into_iter()
                .map(|r| SearchHistoryEntry {
                    query: r.query,
                    searched_at: from_ms(r.last_searched_at),
                })
                .collect(),
            next_cursor: (next < total).then(|| next.to_string()),
            total,
        })))
    }

    async fn clear_search_history(
        &self,
        _caller: Caller,
        _request: ClearSearchHistoryRequest,
    ) -> Result<ClearSearchHistoryResponse, HandlerError> {
        self.db.run(|conn| Ok(search::history_clear(conn)?)).await?;
        Ok(ClearSearchHistoryResponse::NoContent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_distance() {
        assert_eq!(fold("Beyoncé"), "beyonce");
        assert_eq!(distance("beyonse", "Beyoncé"), 1);
        assert_eq!(distance("metalica", "Metallica"), 1);
        assert_eq!(distance("orbital", "The Orb"), 4);
    }
}
