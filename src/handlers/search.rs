//! `search`: ranked full-text search with a typo-tolerant fallback, and the search history.

use poem_openapi::payload::Json;
use unicode_normalization::UnicodeNormalization;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    ClearSearchHistoryRequest, ClearSearchHistoryResponse, ListSearchHistoryRequest,
    ListSearchHistoryResponse, SearchApi, SearchHistoryEntry, SearchHistoryPage,
    SearchLibraryRequest, SearchLibraryResponse, SearchResults, SearchType,
};
use crate::clock::from_ms;
use crate::db::catalog;
use crate::db::search::{self, HistoryOrder, Hit, SearchKind};
use crate::handlers::cursor;
use crate::handlers::library::{album_views, tracks};
use crate::handlers::views;
use crate::hub::Hub;

/// Fewer exact hits than this, over every kind asked for, and the typo fallback runs too.
const FEW_HITS: usize = 3;
/// A single word this short is taken as the start of a name being typed.
const TYPED_PREFIX: usize = 3;
/// How many near words a mistyped word is widened to.
const NEAR_WORDS: usize = 8;

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

/// The closest indexed words to a query word that starts like it: one wrong, missing or
/// extra letter in four, against the whole word or the part typed so far.
fn near_words(conn: &mut diesel::SqliteConnection, word: &str) -> diesel::QueryResult<Vec<String>> {
    let folded = fold(word);
    let length = folded.chars().count();
    let Some(first) = folded.chars().next().filter(|c| c.is_alphabetic()) else {
        return Ok(Vec::new());
    };
    if length < 3 {
        return Ok(Vec::new());
    }
    let next = char::from_u32(u32::from(first) + 1).unwrap_or(char::MAX);
    let allowed = (length / 4).max(1);
    let mut near: Vec<(usize, String)> =
        search::vocabulary_range(conn, &first.to_string(), &next.to_string())?
            .into_iter()
            .filter_map(|term| {
                let typed: String = term.chars().take(length).collect();
                let d =
                    strsim::levenshtein(&folded, &term).min(strsim::levenshtein(&folded, &typed));
                (d <= allowed).then_some((d, term))
            })
            .collect();
    near.sort();
    near.truncate(NEAR_WORDS);
    Ok(near.into_iter().map(|(_, term)| term).collect())
}

/// The query with each word widened to its near words, or `None` when no word has any.
fn corrected_expression(
    conn: &mut diesel::SqliteConnection,
    words: &[String],
) -> diesel::QueryResult<Option<String>> {
    let mut corrected = false;
    let mut parts = Vec::new();
    for word in words {
        let exact = search::fts_expression(std::slice::from_ref(word));
        let near = near_words(conn, word)?;
        corrected |= !near.is_empty();
        let alternatives: Vec<String> = std::iter::once(exact)
            .chain(
                near.iter()
                    .map(|t| format!("\"{}\"", t.replace('"', "\"\""))),
            )
            .collect();
        parts.push(format!("({})", alternatives.join(" OR ")));
    }
    Ok(corrected.then(|| parts.join(" AND ")))
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
                        by_kind = search::hits_by_kind(conn, &starts, &exact, &kinds, limit)?;
                    }
                    if !typing || count(&by_kind) < FEW_HITS {
                        by_kind = search::hits_by_kind(conn, &expression, &exact, &kinds, limit)?;
                    }
                    let found = count(&by_kind);
                    if found < FEW_HITS {
                        if let Some(corrected) = corrected_expression(conn, &words)? {
                            let near =
                                search::hits_by_kind(conn, &corrected, &exact, &kinds, limit)?;
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
                let results = SearchResults {
                    query: exact.clone(),
                    tracks: tracks::views(conn, track_rows)?,
                    albums: album_views(conn, album_rows)?,
                    artists: catalog::artist_list_by_ids(conn, &ids(SearchKind::Artist))?
                        .into_iter()
                        .map(views::artist)
                        .collect(),
                    playlists: catalog::playlist_list_by_ids(conn, &ids(SearchKind::Playlist))?
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
        let spec = cursor::page_spec(
            HistoryOrder,
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let (page, spec) = self
            .db
            .run(move |conn| Ok((search::history_list(conn, &spec)?, spec)))
            .await?;
        Ok(ListSearchHistoryResponse::Ok(Json(SearchHistoryPage {
            next_cursor: cursor::next(&spec, page.next),
            items: page
                .rows
                .into_iter()
                .map(|r| SearchHistoryEntry {
                    query: r.query,
                    searched_at: from_ms(r.last_searched_at),
                })
                .collect(),
            total: page.total,
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
    fn folding() {
        assert_eq!(fold("Beyoncé"), "beyonce");
        assert_eq!(fold("MÖTLEY"), "motley");
    }
}
