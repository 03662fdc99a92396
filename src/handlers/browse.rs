//! `GET /api/browse`: the library as folders, from what the scanner recorded (never the file
//! system, so no request can reach a file outside the roots), plus the home sections.

use std::collections::BTreeMap;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{BrowseFolder, BrowseLibraryRequest, BrowseResult, LibraryRoot};
use crate::db::catalog;
use crate::db::DbError;
use crate::handlers::library::{album_views, tracks};
use crate::hub::Hub;

/// A browse path split into its root and the folder inside it (empty: the root itself).
#[derive(Debug, PartialEq, Eq)]
struct FolderPath {
    root: String,
    dir: String,
}

fn invalid_path(why: &str) -> HandlerError {
    HandlerError::BadRequest {
        code: "invalid_path",
        message: format!("The parameter `path` {why}."),
        parameter: Some("path".into()),
    }
}

/// Refuses anything that could leave a root: absolute paths, `..` and `.` segments,
/// backslashes (Windows separators) and empty segments.
fn parse_path(path: &str) -> Result<FolderPath, HandlerError> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.starts_with('/') || trimmed.contains('\\') {
        return Err(invalid_path(
            "must be relative to a library root, like `music/Artist`",
        ));
    }
    let segments: Vec<&str> = trimmed.split('/').collect();
    if segments
        .iter()
        .any(|s| s.is_empty() || *s == "." || *s == "..")
    {
        return Err(invalid_path("may not contain empty, `.` or `..` segments"));
    }
    let (root, rest) = segments
        .split_first()
        .ok_or_else(|| invalid_path("is empty"))?;
    Ok(FolderPath {
        root: (*root).to_owned(),
        dir: rest.join("/"),
    })
}

/// The sub-folders directly inside `dir`, from every folder below it that holds files:
/// their names, how many folders each holds and how many tracks sit directly in each.
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
    let mut children: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
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

impl Hub {
    pub(crate) async fn browse(
        &self,
        caller: Caller,
        request: BrowseLibraryRequest,
    ) -> Result<BrowseResult, HandlerError> {
        let Some(path) = request.path.filter(|p| !p.trim_end_matches('/').is_empty()) else {
            return self.browse_top(caller).await;
        };
        let folder = parse_path(&path)?;
        let shown = if folder.dir.is_empty() {
            folder.root.clone()
        } else {
            format!("{}/{}", folder.root, folder.dir)
        };
        let FolderPath { root, dir } = folder;
        let listing = self
            .db
            .run(move |conn| {
                if !catalog::root_list(conn)?.iter().any(|r| r.id == root) {
                    return Ok(None);
                }
                let under = catalog::folder_list(conn, &root, &dir)?;
                if !dir.is_empty() && under.is_empty() {
                    return Ok(Some(Err(())));
                }
                let rows = catalog::folder_tracks(conn, &root, &dir)?;
                let tracks = tracks::views(conn, rows)?;
                let tracks_in: BTreeMap<String, i32> = under
                    .iter()
                    .map(|(path, n)| (path.clone(), i32::try_from(*n).unwrap_or(i32::MAX)))
                    .collect();
                let all: Vec<String> = under.into_iter().map(|(path, _)| path).collect();
                let folders: Vec<BrowseFolder> = sub_folders(&dir, &all, &tracks_in)
                    .into_iter()
                    .map(|(name, full, folder_count, track_count)| BrowseFolder {
                        name,
                        path: format!("{root}/{full}"),
                        folder_count,
                        track_count,
                        artwork_id: None,
                    })
                    .collect();
                let parent = (!dir.is_empty()).then(|| match dir.rsplit_once('/') {
                    Some((up, _)) => format!("{root}/{up}"),
                    None => root.clone(),
                });
                Ok::<_, DbError>(Some(Ok((folders, tracks, parent))))
            })
            .await?;
        match listing {
            None => Err(invalid_path(
                "names no library root; see `roots` in `GET /api/browse`",
            )),
            Some(Err(())) => Err(HandlerError::not_found("No folder has this path.")),
            Some(Ok((folders, tracks, parent_path))) => Ok(BrowseResult {
                path: Some(shown),
                parent_path,
                roots: None,
                folders,
                tracks,
                recently_added_albums: None,
                recently_played: None,
                most_played: None,
            }),
        }
    }

    async fn browse_top(&self, caller: Caller) -> Result<BrowseResult, HandlerError> {
        let local = caller.is_local();
        let (roots, albums, recently_played, most_played) = self
            .db
            .run(|conn| {
                let roots = catalog::root_list(conn)?;
                let home = catalog::home(conn)?;
                let albums = album_views(conn, home.recently_added_albums)?;
                // One read of the artists and genres for both sections.
                let played = home.recently_played.len();
                let mut both = home.recently_played;
                both.extend(home.most_played);
                let mut recently_played = tracks::views(conn, both)?;
                let most_played = recently_played.split_off(played);
                Ok((roots, albums, recently_played, most_played))
            })
            .await?;
        Ok(BrowseResult {
            path: None,
            parent_path: None,
            roots: Some(
                roots
                    .into_iter()
                    .map(|r| LibraryRoot {
                        id: r.id,
                        name: r.name,
                        // Where the music lives on disk is the desktop's business only.
                        absolute_path: local.then_some(r.path),
                        available: r.available,
                        track_count: Some(r.track_count),
                    })
                    .collect(),
            ),
            folders: Vec::new(),
            tracks: Vec::new(),
            recently_added_albums: Some(albums),
            recently_played: Some(recently_played),
            most_played: Some(most_played),
        })
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
