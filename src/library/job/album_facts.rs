//! The rules behind an album's facts: its year, release date, disc count and whether it
//! is a compilation, from its tracks; and which picture is its cover. Kept apart from the
//! database work so they read (and are tested) as rules.

use std::collections::HashMap;

use super::ScanJob;
use crate::db::models::{AlbumAggregates, AlbumArtwork};
use crate::library::walk::{self, Walked};
use crate::library::{artwork, names};

/// What an album's aggregates are computed from, per track.
pub(super) struct TrackFacts {
    pub(super) disc: Option<i32>,
    pub(super) disc_total: Option<i32>,
    pub(super) year: Option<i32>,
    pub(super) date: Option<String>,
    pub(super) compilation: bool,
}

/// An album's year is the one most of its tracks give (the earliest on a tie), its
/// release date the most precise date of that year; a single compilation track makes
/// the album a compilation; discs are counted from numbers and totals.
pub(super) fn aggregate(tracks: &[TrackFacts]) -> AlbumAggregates {
    let mut years: HashMap<i32, usize> = HashMap::new();
    for year in tracks.iter().filter_map(|t| t.year) {
        *years.entry(year).or_default() += 1;
    }
    let year = years
        .iter()
        .max_by(|(ya, ca), (yb, cb)| ca.cmp(cb).then(yb.cmp(ya)))
        .map(|(year, _)| *year);
    let release_date = tracks
        .iter()
        .filter(|t| t.year == year && year.is_some())
        .filter_map(|t| t.date.clone())
        .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)));
    let disc_count = tracks
        .iter()
        .map(|t| t.disc.unwrap_or(1).max(t.disc_total.unwrap_or(1)))
        .max()
        .unwrap_or(1)
        .max(1);
    AlbumAggregates {
        year,
        release_date,
        is_compilation: tracks.iter().any(|t| t.compilation),
        disc_count,
    }
}

/// What choosing an album's cover needs, per track; sorts in disc and track order.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct ArtworkInput {
    pub(super) disc: Option<i32>,
    pub(super) number: Option<i32>,
    pub(super) rel_path: String,
    pub(super) track_id: String,
    pub(super) root_id: String,
    pub(super) dir: String,
    /// The id of the track's own embedded picture, when it has one that decodes.
    pub(super) artwork_id: Option<String>,
}

/// A folder image (cover.jpg, folder.jpg, ...) beside the album's tracks, or beside their
/// disc folders; else the first embedded picture; else none. Folder images first: they
/// are usually larger, and cost nothing to serve.
///
/// A folder image is hashed for its id only when its size or mtime moved since `stored`
/// was chosen, so a rescan of an unchanged library reads no image; one that does not
/// decode is passed over, as if absent. One that could not be looked at or read is passed
/// over too, and `unread` set.
pub(super) fn choose_artwork(
    job: &ScanJob,
    walked: &Walked,
    tracks: &[ArtworkInput],
    stored: &AlbumArtwork,
    unread: &mut bool,
) -> AlbumArtwork {
    let mut dirs: Vec<(&str, String)> = Vec::new();
    for track in tracks {
        let parent = track.dir.rsplit_once('/').map_or("", |(p, _)| p).to_owned();
        for candidate in [track.dir.clone(), parent] {
            if !dirs
                .iter()
                .any(|(r, d)| *r == track.root_id && *d == candidate)
            {
                dirs.push((track.root_id.as_str(), candidate));
            }
        }
    }
    for (root_id, dir) in &dirs {
        let Some(index) = job.roots.iter().position(|r| r.id == *root_id) else {
            continue;
        };
        let own_folder = tracks
            .iter()
            .any(|t| t.root_id == *root_id && t.dir == *dir);
        if !own_folder && !dir_is_disc_parent(tracks, root_id, dir) {
            continue;
        }
        let key = (index, dir.clone());
        let art = match walked.folder_art.get(&key) {
            Some(art) => Some(art.clone()),
            // Every album's covers are checked on every scan: a folder the walk listed
            // is not read a second time.
            None if walked.listed_dirs.contains(&key) => None,
            None => walk::folder_art_on_disk(&job.roots[index].path, dir),
        };
        let Some(rel_path) = art else {
            continue;
        };
        let path = job.roots[index].path.join(&rel_path);
        let Some(stamp) = artwork::file_stamp(&path) else {
            *unread = true;
            continue;
        };
        let unchanged = stored.artwork_source == "folder"
            && stored.artwork_root_id.as_deref() == Some(*root_id)
            && stored.artwork_rel_path.as_deref() == Some(rel_path.as_str())
            && stored.artwork_stamp.as_deref() == Some(stamp.as_str());
        let id = match &stored.artwork_id {
            Some(id) if unchanged => Some(id.clone()),
            _ => folder_image_id(&path, unread),
        };
        if let Some(id) = id {
            return AlbumArtwork {
                artwork_source: "folder".into(),
                artwork_track_id: None,
                artwork_root_id: Some((*root_id).to_owned()),
                artwork_rel_path: Some(rel_path),
                artwork_id: Some(id),
                artwork_stamp: Some(stamp),
            };
        }
    }
    match tracks
        .iter()
        .find_map(|t| Some((t, t.artwork_id.as_ref()?)))
    {
        Some((track, id)) => AlbumArtwork {
            artwork_source: "embedded".into(),
            artwork_track_id: Some(track.track_id.clone()),
            artwork_root_id: None,
            artwork_rel_path: None,
            artwork_id: Some(id.clone()),
            artwork_stamp: None,
        },
        None => AlbumArtwork {
            artwork_source: "none".into(),
            artwork_track_id: None,
            artwork_root_id: None,
            artwork_rel_path: None,
            artwork_id: None,
            artwork_stamp: None,
        },
    }
}

/// The id of a folder image, read whole; `None` (logged) when it does not decode, and
/// `None` with `unread` set when it cannot be read.
fn folder_image_id(path: &std::path::Path, unread: &mut bool) -> Option<String> {
    let Ok(bytes) = std::fs::read(path) else {
        *unread = true;
        return None;
    };
    if artwork::image_type(&bytes).is_none() {
        tracing::warn!(path = %path.display(), "folder image does not decode; passed over");
        return None;
    }
    Some(artwork::artwork_id(&bytes))
}

/// Whether `dir` is the parent of one of the album's disc folders ("Album" for
/// "Album/CD1"): only then is its image the album's cover, not a neighbour's.
fn dir_is_disc_parent(tracks: &[ArtworkInput], root_id: &str, dir: &str) -> bool {
    tracks.iter().any(|t| {
        let (parent, last) = t.dir.rsplit_once('/').unwrap_or(("", t.dir.as_str()));
        t.root_id == root_id && parent == dir && names::disc_folder_number(last).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn album_aggregates_follow_the_majority() {
        let t = |disc: Option<i32>, total: Option<i32>, year: Option<i32>, date: Option<&str>| {
            TrackFacts {
                disc,
                disc_total: total,
                year,
                date: date.map(str::to_owned),
                compilation: false,
            }
        };
        let a = aggregate(&[
            t(Some(1), Some(2), Some(2008), Some("2008-11-12")),
            t(Some(2), None, Some(2008), Some("2008")),
            t(Some(1), None, Some(2009), None),
        ]);
        assert_eq!(a.year, Some(2008));
        assert_eq!(a.release_date.as_deref(), Some("2008-11-12"));
        assert_eq!(a.disc_count, 2);
        assert!(!a.is_compilation);
        let none = aggregate(&[t(None, None, None, None)]);
        assert_eq!((none.year, none.disc_count), (None, 1));
    }
}
