//! `search`: ranked full-text search with a typo-tolerant fallback, and the search history,
//! through the search service (`app::search`).

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::api::generated::{
    ClearSearchHistoryRequest, ClearSearchHistoryResponse, ListSearchHistoryRequest,
    ListSearchHistoryResponse, SearchApi, SearchHistoryEntry, SearchHistoryPage,
    SearchLibraryRequest, SearchLibraryResponse, SearchResults, SearchType,
};
use crate::api::payload::Json;
use crate::app::search::{HistoryOrder, SearchKind};
use crate::clock::from_ms;
use crate::handlers::cursor;
use crate::handlers::views;
use crate::hub::Hub;

fn kind(t: SearchType) -> SearchKind {
    match t {
        SearchType::Track => SearchKind::Track,
        SearchType::Album => SearchKind::Album,
        SearchType::Artist => SearchKind::Artist,
        SearchType::Playlist => SearchKind::Playlist,
    }
}

impl SearchApi for Hub {
    async fn search_library(
        &self,
        caller: Caller,
        request: SearchLibraryRequest,
    ) -> Result<SearchLibraryResponse, HandlerError> {
        if request.q.contains('\0') {
            // No name holds a NUL, and SQLite's text functions stop at one.
            return Err(HandlerError::BadRequest {
                code: ErrorCode::InvalidParameter,
                message: "The parameter `q` may not contain a NUL character.".into(),
                parameter: Some("q".into()),
            });
        }
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
        let found = self.search.search(&request.q, kinds, limit).await?;
        // A search the caller asks to record is remembered once it has answered, unless a
        // page of another site made the browser send it: a GET must not let any page on
        // the web write (or flush) the person's search history.
        if request.record && !caller.cross_site {
            // The results are the answer; a history that cannot be written just now (a
            // lock held elsewhere) must not turn a good search into an error.
            if let Err(err) = self.search.record(&found.query).await {
                tracing::warn!(error = %err, "the search was not recorded in the history");
            }
        }
        Ok(SearchLibraryResponse::Ok(Json(SearchResults {
            query: found.query,
            tracks: views::tracks(found.tracks),
            albums: views::albums(found.albums),
            artists: found.artists.into_iter().map(views::artist).collect(),
            playlists: found.playlists.into_iter().map(views::playlist).collect(),
            approximate: found.approximate,
        })))
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
        let page = self.search.history(spec.clone()).await?;
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
        self.search.history_clear().await?;
        Ok(ClearSearchHistoryResponse::NoContent)
    }
}
