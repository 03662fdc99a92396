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
    album_genres, album_get, album_list, album_list_by_ids, album_tracks, AlbumFilter, AlbumOrder,
    AlbumRow,
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
