//! Where the bytes of an artwork id are: the files the catalogue says hold them. Only
//! places are stored (never the bytes), so these are read again when an image is served.

use diesel::prelude::*;

use super::schema::{albums, library_roots, media_files, tracks};

/// One place holding an image: a folder image, or an audio file's embedded picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArtworkPlace {
    Folder { root: String, rel_path: String },
    Embedded { root: String, rel_path: String },
}

/// How many places are tried for one id: a file moved or changed since the scan is
/// passed over for the next that holds the same image.
const PLACES: i64 = 4;

/// The places that held the image with this id when they were scanned, folder images
/// first (they need no tag parsing); empty for an unknown id.
pub fn artwork_places(conn: &mut SqliteConnection, id: &str) -> QueryResult<Vec<ArtworkPlace>> {
    let folders: Vec<(String, Option<String>)> = albums::table
        .inner_join(library_roots::table)
        .filter(albums::artwork_id.eq(id))
        .filter(albums::artwork_source.eq("folder"))
        .select((library_roots::path, albums::artwork_rel_path))
        .limit(PLACES)
        .load(conn)?;
    let files: Vec<(String, String)> = tracks::table
        .inner_join(media_files::table.inner_join(library_roots::table))
        .filter(tracks::artwork_id.eq(id))
        .select((library_roots::path, media_files::rel_path))
        .limit(PLACES)
        .load(conn)?;
    Ok(folders
        .into_iter()
        .filter_map(|(root, rel)| {
            Some(ArtworkPlace::Folder {
                root,
                rel_path: rel?,
            })
        })
        .chain(
            files
                .into_iter()
                .map(|(root, rel_path)| ArtworkPlace::Embedded { root, rel_path }),
        )
        .collect())
}
