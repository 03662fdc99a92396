//! Where the bytes of an artwork id are: the files the catalogue says hold them. Only
//! places are stored (never the bytes), so these are read again when an image is served.

use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};

use crate::db::statement::Sql;

/// One place holding an image: a folder image, or an audio file's embedded picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArtworkPlace {
    Folder { root: String, rel_path: String },
    Embedded { root: String, rel_path: String },
}

/// How many places are tried for one id: a file moved or changed since the scan is
/// passed over for the next that holds the same image.
const PLACES: usize = 4;

#[derive(QueryableByName)]
struct Place {
    #[diesel(sql_type = Text)]
    root: String,
    #[diesel(sql_type = Nullable<Text>)]
    rel_path: Option<String>,
}

/// The places that held the image with this id when they were scanned, folder images
/// first (they need no tag parsing); empty for an unknown id. Raw SQL with its limit
/// written, so that both stay prepared: every image request, a `304` too, reads them.
pub fn artwork_places(conn: &mut SqliteConnection, id: &str) -> QueryResult<Vec<ArtworkPlace>> {
    let folders = Sql::new(format!(
        "SELECT r.path AS root, a.artwork_rel_path AS rel_path FROM albums a \
         JOIN library_roots r ON r.id = a.artwork_root_id \
         WHERE a.artwork_id = ? AND a.artwork_source = 'folder' LIMIT {PLACES}"
    ))
    .bind::<Text, _>(id.to_owned())
    .load::<Place>(conn)?;
    let files = Sql::new(format!(
        "SELECT r.path AS root, m.rel_path AS rel_path FROM tracks t \
         JOIN media_files m ON m.id = t.media_file_id \
         JOIN library_roots r ON r.id = m.root_id \
         WHERE t.artwork_id = ? LIMIT {PLACES}"
    ))
    .bind::<Text, _>(id.to_owned())
    .load::<Place>(conn)?;
    let folders = folders.into_iter().filter_map(|place| {
        Some(ArtworkPlace::Folder {
            root: place.root,
            rel_path: place.rel_path?,
        })
    });
    let files = files.into_iter().filter_map(|place| {
        Some(ArtworkPlace::Embedded {
            root: place.root,
            rel_path: place.rel_path?,
        })
    });
    Ok(folders.chain(files).collect())
}
