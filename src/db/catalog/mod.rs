//! Read queries over the catalogue, one module per resource: `tracks` (with their album,
//! file, artists and genres), `albums`, `artists`, `playlists` (as lists and search show
//! them), `stats` (the filters' values and the library's totals) and `browse` (roots,
//! folders and the home sections); `write` is what the scanner writes. Their lists share
//! one keyset page, `db::page`.
//!
//! Plain reads and joins use diesel's DSL with `Selectable` rows checked against
//! `schema.rs`; lists are raw SQL for their row-value seek, with the values bound.
//! Functions are named resource first: `track_list`, `album_get`, `artist_work`.

mod albums;
mod artists;
mod browse;
mod playlists;
mod stats;
mod tracks;
pub mod write;

pub use crate::db::page::{Keyset, Page, PageSpec, Sort, SortValue};
pub use albums::{
    album_genres, album_get, album_list, album_list_by_ids, album_track_total, album_tracks,
    AlbumFilter, AlbumOrder, AlbumRow,
};
pub use artists::{
    artist_get, artist_list, artist_list_by_ids, artist_work, ArtistFilter, ArtistOrder, ArtistRow,
    ArtistWork, TOP_TRACKS,
};
pub use browse::{folder_list, folder_tracks, home, root_list, Home, RootRow, HOME_SECTION};
pub use playlists::{
    playlist_get, playlist_list, playlist_list_by_ids, playlist_names, PlaylistFilter,
    PlaylistOrder, PlaylistRow,
};
pub use stats::{
    library_facets, library_totals, recount_totals, Facet, Facets, FormatTotals, LibraryTotals,
    ARTIST_FACETS,
};
pub use tracks::{
    track_durations, track_extras, track_first_unknown, track_get, track_list, track_list_by_ids,
    track_map_with_extras, TrackArtistRow, TrackExtras, TrackFile, TrackFilter, TrackOrder,
    TrackRow,
};

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    use super::*;
    use crate::db::tests::plan_of;
    use crate::db::Database;

    /// SQLite's plan for the page statement (the one with an `ORDER BY`, not its count)
    /// that `list` runs: the statement's own steps, without those of its subqueries (a
    /// row's artwork, say, may sort that one artist's albums).
    fn page_plan(conn: &mut SqliteConnection, list: impl FnOnce(&mut SqliteConnection)) -> String {
        plan_of(conn, |s| s.contains("ORDER BY"), list)
            .into_iter()
            .filter(|step| step.parent == 0)
            .map(|step| step.detail)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Asserts of each of `orders` that its pages (the first, and one after a cursor) are
    /// read down an index, with no sort of the rows first, exactly when it says it is
    /// `indexed`.
    fn check_sorts<O: Sort + std::fmt::Debug>(
        conn: &mut SqliteConnection,
        list: &str,
        orders: &[O],
        read: impl Fn(&mut SqliteConnection, &PageSpec<O>) -> QueryResult<()>,
    ) {
        for &order in orders {
            let cursor = Keyset {
                value: if order.textual() {
                    SortValue::Text("m".into())
                } else {
                    SortValue::Int(1)
                },
                id: "x".into(),
            };
            for after in [None, Some(cursor)] {
                let spec = PageSpec {
                    order,
                    descending: order.descending_by_default(),
                    after,
                    limit: 50,
                };
                let plan = page_plan(conn, |conn| read(conn, &spec).expect("page"));
                // Whole (`FOR ORDER BY`) or in runs of equal keys (`FOR RIGHT PART OF`,
                // `FOR LAST TERM OF`): either reads rows the page does not show.
                let sorts = plan.split("; ").any(|step| {
                    step.starts_with("USE TEMP B-TREE FOR") && step.ends_with("ORDER BY")
                });
                assert_eq!(!sorts, order.indexed(), "{list} by {order:?}: {plan}");
            }
        }
    }

    /// The catalogue service reads an unfiltered page of tracks in an `indexed` sort as a
    /// brief read, on the request's own thread (`Database::run_brief`): each such claim,
    /// and each claim that a sort is not, is held to SQLite's plan (albums' and artists'
    /// too, though their pages are not brief reads: each row sums its tracks).
    #[tokio::test]
    async fn sorts_said_to_be_indexed_are_read_down_an_index_and_no_others() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        use {AlbumOrder as Al, ArtistOrder as Ar, TrackOrder as Tr};
        let tracks = [
            Tr::Title,
            Tr::Artist,
            Tr::Album,
            Tr::Year,
            Tr::AddedAt,
            Tr::Duration,
            Tr::PlayCount,
        ];
        check_sorts(&mut conn, "tracks", &tracks, |conn, spec| {
            track_list(conn, &TrackFilter::default(), spec).map(drop)
        });
        let albums = [
            Al::Title,
            Al::Artist,
            Al::Year,
            Al::AddedAt,
            Al::TrackCount,
            Al::PlayCount,
        ];
        check_sorts(&mut conn, "albums", &albums, |conn, spec| {
            album_list(conn, &AlbumFilter::default(), spec).map(drop)
        });
        let artists = [
            Ar::Name,
            Ar::AlbumCount,
            Ar::TrackCount,
            Ar::AddedAt,
            Ar::PlayCount,
        ];
        check_sorts(&mut conn, "artists", &artists, |conn, spec| {
            artist_list(conn, &ArtistFilter::default(), spec).map(drop)
        });
    }
}
