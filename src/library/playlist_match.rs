//! Matching the lines of a playlist file to tracks of the catalogue: by absolute path, by
//! path relative to the playlist file's own folder (how most players write them), by path
//! relative to a library folder, then by the "artist - title" of its `#EXTINF`. Imports
//! (`app::playlists::files`) and the scanner's library playlists (`job::playlists`) match
//! the same way.

use diesel::{QueryResult, SqliteConnection};

use super::m3u::{self, M3uEntry};
use super::names::{fold, sort_key};
use crate::db::playlists as store;

/// A library folder as the matcher sees it.
#[derive(Debug, Clone)]
pub struct MatchRoot {
    pub id: String,
    /// The folder's path on this machine, `/`-separated.
    pub path: String,
}

pub struct Matcher<'a> {
    pub roots: &'a [MatchRoot],
    /// Whether absolute paths may match: only for callers the hub's own paths may be
    /// confirmed to (the desktop, the scanner), since a match tells where the folders are.
    pub by_absolute_path: bool,
    /// The absolute folder of the playlist file (`/`-separated), when it is a file on this
    /// machine: its relative lines are first read from there.
    pub base_dir: Option<&'a str>,
}

impl Matcher<'_> {
    /// The track a line names, if the library has it.
    pub fn track_for(
        &self,
        conn: &mut SqliteConnection,
        entry: &M3uEntry,
    ) -> QueryResult<Option<String>> {
        let path = entry.normalized_path();
        if m3u::is_absolute(&path) {
            if self.by_absolute_path {
                if let Some(track) = self.by_absolute(conn, &path)? {
                    return Ok(Some(track));
                }
            }
        } else {
            if let Some(base) = self.base_dir {
                let beside = format!("{}/{path}", base.trim_end_matches('/'));
                if let Some(track) = self.by_absolute(conn, &beside)? {
                    return Ok(Some(track));
                }
            }
            if let Some(rel) = normalize(&path) {
                for root in self.roots {
                    if let Some(track) = store::track_at(conn, &root.id, &rel)? {
                        return Ok(Some(track));
                    }
                }
            }
        }
        self.by_artist_title(conn, entry)
    }

    /// The track at an absolute path inside one of the library folders.
    fn by_absolute(&self, conn: &mut SqliteConnection, path: &str) -> QueryResult<Option<String>> {
        // `..` applied first: a line beside the file may climb out of its folder and into a
        // library folder.
        let Some(clean) = normalize(path) else {
            return Ok(None);
        };
        let path = if path.starts_with('/') {
            format!("/{clean}")
        } else {
            clean
        };
        for root in self.roots {
            let root_path = root.path.replace('\\', "/");
            let Some(rest) = path.strip_prefix(root_path.trim_end_matches('/')) else {
                continue;
            };
            if !rest.starts_with('/') {
                continue;
            }
            if let Some(rel) = normalize(rest) {
                if let Some(track) = store::track_at(conn, &root.id, &rel)? {
                    return Ok(Some(track));
                }
            }
        }
        Ok(None)
    }

    fn by_artist_title(
        &self,
        conn: &mut SqliteConnection,
        entry: &M3uEntry,
    ) -> QueryResult<Option<String>> {
        let Some((artist, title)) = entry.artist_title() else {
            return Ok(None);
        };
        let candidates = store::tracks_by_sort_title(conn, &sort_key(title))?;
        Ok(match artist {
            Some(artist) => {
                let wanted = fold(artist);
                candidates
                    .into_iter()
                    .find(|(_, credit)| fold(credit) == wanted)
                    .map(|(id, _)| id)
            }
            // A bare title only when it names one track.
            None if candidates.len() == 1 => candidates.into_iter().next().map(|(id, _)| id),
            None => None,
        })
    }
}

/// A `/`-separated path with `.` and empty parts dropped and `..` applied, as the
/// catalogue's relative paths are written; `None` when it climbs above its start (out of
/// the library folder).
fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn paths_are_normalized_inside_their_start() {
        assert_eq!(normalize("./a//b/./c.mp3").as_deref(), Some("a/b/c.mp3"));
        assert_eq!(normalize("Lists/../A/b.flac").as_deref(), Some("A/b.flac"));
        assert_eq!(normalize("/A/b.flac").as_deref(), Some("A/b.flac"));
        assert_eq!(normalize("../outside.mp3"), None);
        assert_eq!(normalize("a/../../b.mp3"), None);
        assert_eq!(normalize("."), None);
    }
}
