//! The library roots: the folders given with `--library`, as the catalogue names them.
//!
//! A root's id is the first segment of every path the API shows inside it (`music/Beyoncé/…`),
//! so it is short and readable: the folder's name as a slug. Two roots with the same slug
//! each get a suffix derived from their canonical path, so both ids stay the same from one
//! start to the next, and after a database rebuild.

use std::path::{Path, PathBuf};

use super::ids;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    pub id: String,
    /// Canonical and absolute.
    pub path: PathBuf,
    /// The folder's name, for display.
    pub name: String,
}

/// A configured folder that cannot be scanned now (unmounted disk, typo, no permission).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnavailableRoot {
    /// The id it has when available, so the catalogue can tell its files apart.
    pub id: String,
    pub path: PathBuf,
    /// The folder's name, for display, as it would have when available.
    pub name: String,
    pub problem: RootProblem,
    pub reason: String,
}

/// Why a configured folder cannot be scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RootProblem {
    /// Nothing is there, or it is not a folder: a typo, an unplugged disk.
    Missing,
    /// It is there, but the hub may not read it.
    Unreadable,
}

/// The configured folders as roots, in the order given; duplicates (the same folder
/// twice, or through a symbolic link) are kept once.
pub fn resolve(configured: &[PathBuf]) -> (Vec<Root>, Vec<UnavailableRoot>) {
    // Whether a name clashes is decided over every configured folder, readable or not, so
    // that unplugging one of two "Music" disks does not rename the other.
    let mut resolved: Vec<(PathBuf, Resolved)> = Vec::new();
    for path in configured {
        let canonical = canonical_dir(path);
        let duplicate = canonical
            .as_ref()
            .is_ok_and(|c| resolved.iter().any(|(_, r)| r.as_ref() == Ok(c)));
        if !duplicate {
            resolved.push((path.clone(), canonical));
        }
    }
    let slugs: Vec<String> = resolved
        .iter()
        .map(|(path, canonical)| slug(&display_name(canonical.as_ref().unwrap_or(path))))
        .collect();
    let mut roots = Vec::new();
    let mut unavailable = Vec::new();
    for (i, (path, canonical)) in resolved.into_iter().enumerate() {
        let shown = canonical.as_ref().unwrap_or(&path).clone();
        let slug = &slugs[i];
        let id = if slugs.iter().filter(|s| *s == slug).count() > 1 {
            format!("{slug}-{}", ids::root_suffix(&shown.to_string_lossy()))
        } else {
            slug.clone()
        };
        match canonical {
            Ok(canonical) => roots.push(Root {
                id,
                name: display_name(&canonical),
                path: canonical,
            }),
            Err((problem, reason)) => unavailable.push(UnavailableRoot {
                id,
                name: display_name(&shown),
                path,
                problem,
                reason,
            }),
        }
    }
    (roots, unavailable)
}

/// A configured folder, canonical, or why it cannot be used (in the system's words).
type Resolved = Result<PathBuf, (RootProblem, String)>;

fn canonical_dir(path: &Path) -> Resolved {
    let problem = |err: std::io::Error| {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory => {
                RootProblem::Missing
            }
            _ => RootProblem::Unreadable,
        };
        (kind, err.to_string())
    };
    let canonical = std::fs::canonicalize(path).map_err(problem)?;
    if !canonical.is_dir() {
        return Err((RootProblem::Missing, "not a folder".into()));
    }
    // Reading it once tells an unreadable folder from an empty one.
    std::fs::read_dir(&canonical).map_err(problem)?;
    Ok(canonical)
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "library".to_owned())
}

/// Lower-case letters and digits (any script), runs of anything else as one '-'. A name
/// with nothing left (say "♫") becomes "library".
fn slug(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "library".to_owned()
    } else {
        slug.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_path_segments() {
        assert_eq!(slug("Music"), "music");
        assert_eq!(slug("My Music (NAS)"), "my-music-nas");
        assert_eq!(slug("音楽"), "音楽");
        assert_eq!(slug("♫"), "library");
    }

    #[test]
    fn roots_are_canonical_deduplicated_and_told_apart() {
        let top = tempfile::tempdir().expect("temp dir");
        let a = top.path().join("one/Music");
        let b = top.path().join("two/Music");
        std::fs::create_dir_all(&a).expect("mkdir");
        std::fs::create_dir_all(&b).expect("mkdir");
        let missing = top.path().join("absent");
        let (roots, unavailable) = resolve(&[a.clone(), b.clone(), a.join("."), missing.clone()]);
        assert_eq!(roots.len(), 2, "{roots:?}");
        assert_ne!(roots[0].id, roots[1].id);
        assert!(
            roots.iter().all(|r| r.id.starts_with("music-")),
            "{roots:?}"
        );
        assert_eq!(roots[0].name, "Music");
        assert_eq!(unavailable.len(), 1);
        assert_eq!(unavailable[0].path, missing);
        assert_eq!(unavailable[0].id, "absent");
        // Alone, a root is just its slug, and the same every time.
        let (alone, _) = resolve(std::slice::from_ref(&a));
        assert_eq!(alone[0].id, "music");
        assert_eq!(resolve(&[a, b]).0, roots);
    }
}
