//! Playlist files: a playlist exported as extended M3U, and an M3U or M3U8 file imported as
//! a new playlist, its lines matched to tracks by absolute path, by path relative to a
//! library folder, then by "artist - title". The text itself is `m3u`'s.

use super::m3u::{self, ExportEntry};
use super::{detail_after_change, PlaylistDetail, PlaylistError, PlaylistService};
use crate::db::catalog::{self, RootRow};
use crate::db::new_id;
use crate::db::playlists as store;
use crate::events::Change;
use crate::library::playlist_match::{MatchRoot, Matcher};

/// The name of an imported playlist when neither the caller nor the file gives one.
const DEFAULT_NAME: &str = "Imported playlist";

/// What names can hold, as `PlaylistCreate` says.
const MAX_NAME_CHARS: usize = 200;

/// A playlist as a file.
pub struct PlaylistFile {
    pub name: String,
    pub text: String,
}

/// A line of an imported file that matched no track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub line: usize,
    pub path: String,
    pub display: Option<String>,
}

/// Where exported entries' paths are rooted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathStyle {
    /// The hub's own paths, for the hub's own machine.
    Absolute,
    /// Relative to the library folder: another machine never learns the hub's paths.
    RelativeToRoot,
}

impl PlaylistService {
    /// The playlist as an extended M3U.
    pub async fn export(
        &self,
        id: String,
        style: PathStyle,
    ) -> Result<PlaylistFile, PlaylistError> {
        crate::app::read(&self.db, move |conn| {
            let playlist =
                catalog::playlist_get(conn, &id)?.ok_or(PlaylistError::NoSuchPlaylist)?;
            let entries: Vec<ExportEntry> = store::entries_with_files(conn, &id)?
                .into_iter()
                .map(|row| ExportEntry {
                    artist: row.artist.unwrap_or_default(),
                    title: row.title.unwrap_or_default(),
                    path: row.rel_path.map(|rel| match (style, row.root_path) {
                        (PathStyle::Absolute, Some(root)) => {
                            format!("{}/{rel}", root.trim_end_matches(['/', '\\']))
                        }
                        _ => rel,
                    }),
                    duration_ms: row.duration_ms.unwrap_or(0),
                })
                .collect();
            Ok(PlaylistFile {
                text: m3u::write(&playlist.name, &entries),
                name: playlist.name,
            })
        })
        .await
    }

    /// Creates a playlist from an M3U text: the lines that match a track, in order, and the
    /// lines that matched none. Absolute paths are matched only for the desktop
    /// (`by_absolute_path`): for anyone else, which guesses matched would confirm where the
    /// person's folders are, which the hub shows nobody else. `base_dir` is the absolute
    /// folder of a file read on this machine (`music-hub playlist import`), which relative
    /// lines are read from first.
    #[tracing::instrument(skip_all)]
    pub async fn import(
        &self,
        name: Option<String>,
        text: String,
        by_absolute_path: bool,
        base_dir: Option<String>,
    ) -> Result<(PlaylistDetail, Vec<Unmatched>), PlaylistError> {
        let parsed = m3u::parse(&text);
        let name = [name, parsed.name.clone()]
            .into_iter()
            .flatten()
            .map(|n| n.trim().chars().take(MAX_NAME_CHARS).collect::<String>())
            .find(|n| !n.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_NAME.to_owned());
        let now = self.clock.now().timestamp_millis();
        let id = new_id("pl");
        let playlist_id = id.clone();
        let imported = crate::app::write(&self.db, move |conn| {
            let roots = match_roots(catalog::root_list(conn)?);
            let matcher = Matcher {
                roots: &roots,
                by_absolute_path,
                base_dir: base_dir.as_deref(),
            };
            let mut track_ids = Vec::with_capacity(parsed.entries.len());
            let mut unmatched = Vec::new();
            for entry in parsed.entries {
                match matcher.track_for(conn, &entry)? {
                    Some(track_id) => track_ids.push(track_id),
                    None => unmatched.push(Unmatched {
                        line: entry.line,
                        path: entry.path,
                        display: entry.display,
                    }),
                }
            }
            store::playlist_insert(conn, &playlist_id, &name, None, now)?;
            store::entries_insert(conn, &playlist_id, &track_ids, None, now)?;
            Ok::<_, PlaylistError>((detail_after_change(conn, &playlist_id)?, unmatched))
        })
        .await?;
        self.changed(Change::PlaylistCreated, &id);
        Ok(imported)
    }
}

fn match_roots(roots: Vec<RootRow>) -> Vec<MatchRoot> {
    roots
        .into_iter()
        .map(|root| MatchRoot {
            id: root.id,
            path: root.path,
        })
        .collect()
}
