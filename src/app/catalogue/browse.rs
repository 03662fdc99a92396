//! Browsing: the library as folders, from what the scanner recorded (never the file system,
//! so no request can reach a file outside the roots), and the home sections shown at the
//! top, beside the roots.

use std::collections::{BTreeMap, BTreeSet};

use super::{Albums, CatalogueError, CatalogueService, Tracks};
use crate::db::catalog::{self, RootRow, TrackRow};

/// What a browse path shows.
pub enum Browsed {
    /// No path: the roots and the home sections.
    Top(Home),
    /// A folder inside a root.
    Folder(FolderListing),
}

/// The top of the library: its roots and the home sections.
pub struct Home {
    pub roots: Vec<RootRow>,
    pub recently_added_albums: Albums,
    pub recently_played: Vec<TrackRow>,
    pub most_played: Vec<TrackRow>,
    /// The artists and genres of both track sections, read once for both.
    pub extras: catalog::TrackExtras,
}

/// One folder: the folders directly inside it and the tracks directly in it.
pub struct FolderListing {
    /// The path as asked for, without a trailing `/`.
    pub path: String,
    /// The folder above, or `None` for a root itself.
    pub parent_path: Option<String>,
    pub folders: Vec<SubFolder>,
    pub tracks: Tracks,
}

/// A folder directly inside the one browsed.
pub struct SubFolder {
    pub name: String,
    /// Its path from the root, the root's id first.
    pub path: String,
    /// How many folders it holds directly.
    pub folder_count: i32,
    /// How many tracks sit directly in it.
    pub track_count: i32,
}

/// A browse path split into its root and the folder inside it (empty: the root itself).
#[derive(Debug, PartialEq, Eq)]
struct FolderPath {
    root: String,
    dir: String,
}

/// Refuses anything that could leave a root: absolute paths, `..` and `.` segments,
/// backslashes (Windows separators) and empty segments.
fn parse_path(path: &str) -> Result<FolderPath, CatalogueError> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.starts_with('/') || trimmed.contains('\\') {
        return Err(CatalogueError::InvalidPath(
            "must be relative to a library root, like `music/Artist`",
        ));
    }
    let segments: Vec<&str> = trimmed.split('/').collect();
    if segments
        .iter()
        .any(|s| s.is_empty() || *s == "." || *s == "..")
    {
        return Err(CatalogueError::InvalidPath(
            "may not contain empty, `.` or `..` segments",
        ));
    }
    let (root, rest) = segments
        .split_first()
        .ok_or(CatalogueError::InvalidPath("is empty"))?;
    Ok(FolderPath {
        root: (*root).to_owned(),
        dir: rest.join("/"),
    })
}

/// The sub-folders directly inside `dir`, from every folder below it that holds files:
/// their names, paths from the root, how many folders each holds and how many tracks sit
/// directly in each.
fn sub_folders(
    dir: &str,
    all: &[String],
    tracks_in: &BTreeMap<String, i32>,
) -> Vec<(String, String, i32, i32)> {
    let prefix = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    let mut children: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in all {
        let Some(rest) = path.strip_prefix(&prefix).filter(|r| !r.is_empty()) else {
            continue;
        };
        let mut parts = rest.splitn(3, '/');
        let Some(child) = parts.next() else { continue };
        let grandchildren = children.entry(child.to_owned()).or_default();
        if let Some(grandchild) = parts.next() {
            grandchildren.insert(grandchild.to_owned());
        }
    }
    children
        .into_iter()
        .map(|(name, below)| {
            let full = format!("{prefix}{name}");
            let count = tracks_in.get(&full).copied().unwrap_or(0);
            let folders = i32::try_from(below.len()).unwrap_or(i32::MAX);
            (name, full, folders, count)
        })
        .collect()
}

impl CatalogueService {
    /// The folder at `path`, or the top of the library when there is no path.
    pub async fn browse(&self, path: Option<String>) -> Result<Browsed, CatalogueError> {
        let Some(path) = path.filter(|p| !p.trim_end_matches('/').is_empty()) else {
            return Ok(Browsed::Top(self.home().await?));
        };
        let FolderPath { root, dir } = parse_path(&path)?;
        let shown = if dir.is_empty() {
            root.clone()
        } else {
            format!("{root}/{dir}")
        };
        let listing = super::super::read::<_, CatalogueError, _>(&self.db, move |conn| {
            if !catalog::root_list(conn)?.iter().any(|r| r.id == root) {
                return Err(CatalogueError::InvalidPath(
                    "names no library root; see `roots` in `GET /api/browse`",
                ));
            }
            let under = catalog::folder_list(conn, &root, &dir)?;
            if !dir.is_empty() && under.is_empty() {
                return Err(CatalogueError::NoSuchFolder);
            }
            let rows = catalog::folder_tracks(conn, &root, &dir)?;
            let tracks = Tracks::read(conn, rows)?;
            let tracks_in: BTreeMap<String, i32> = under
                .iter()
                .map(|(path, n)| (path.clone(), i32::try_from(*n).unwrap_or(i32::MAX)))
                .collect();
            let all: Vec<String> = under.into_iter().map(|(path, _)| path).collect();
            let folders = sub_folders(&dir, &all, &tracks_in)
                .into_iter()
                .map(|(name, full, folder_count, track_count)| SubFolder {
                    name,
                    path: format!("{root}/{full}"),
                    folder_count,
                    track_count,
                })
                .collect();
            let parent_path = (!dir.is_empty()).then(|| match dir.rsplit_once('/') {
                Some((up, _)) => format!("{root}/{up}"),
                None => root.clone(),
            });
            Ok(FolderListing {
                path: shown,
                parent_path,
                folders,
                tracks,
            })
        })
        .await?;
        Ok(Browsed::Folder(listing))
    }

    /// The library roots the scanner recorded, each with its number of tracks.
    pub async fn root_list(&self) -> Result<Vec<RootRow>, CatalogueError> {
        super::super::read(&self.db, |conn| Ok(catalog::root_list(conn)?)).await
    }

    async fn home(&self) -> Result<Home, CatalogueError> {
        super::super::read(&self.db, |conn| {
            let roots = catalog::root_list(conn)?;
            let home = catalog::home(conn)?;
            let recently_added_albums = Albums::read(conn, home.recently_added_albums)?;
            // One read of the artists and genres for both sections.
            let ids: Vec<String> = home
                .recently_played
                .iter()
                .chain(&home.most_played)
                .map(|r| r.id.clone())
                .collect();
            let extras = catalog::track_extras(conn, &ids)?;
            Ok(Home {
                roots,
                recently_added_albums,
                recently_played: home.recently_played,
                most_played: home.most_played,
                extras,
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_roots() {
        assert_eq!(
            parse_path("music/A/B/").map_err(|e| e.to_string()),
            Ok(FolderPath {
                root: "music".into(),
                dir: "A/B".into()
            })
        );
        assert_eq!(
            parse_path("music").ok(),
            Some(FolderPath {
                root: "music".into(),
                dir: String::new()
            })
        );
        for bad in [
            "/etc",
            "music/../x",
            "music/./x",
            "music//x",
            "..",
            "music\\x",
            "/",
        ] {
            assert!(parse_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sub_folders_count_what_is_directly_inside() {
        let all: Vec<String> = ["A", "A/x", "A/x/deep", "A/y", "B"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let tracks: BTreeMap<String, i32> = [("A".to_owned(), 2), ("B".to_owned(), 1)].into();
        let top = sub_folders("", &all, &tracks);
        assert_eq!(
            top,
            vec![
                ("A".into(), "A".into(), 2, 2),
                ("B".into(), "B".into(), 0, 1)
            ]
        );
        let a = sub_folders("A", &all, &tracks);
        assert_eq!(
            a,
            vec![
                ("x".into(), "A/x".into(), 1, 0),
                ("y".into(), "A/y".into(), 0, 0)
            ]
        );
    }
}
