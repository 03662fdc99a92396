//! A digest of the folder images a walk of every root found, with their size and mtime:
//! what an ordinary rescan compares with the run before it to know that choosing every
//! album's cover again would choose what is already stored.
//!
//! Choosing covers reads every album's tracks (a quarter of an unchanged rescan of 20,000
//! files). Their inputs are the albums' tracks, which a rescan refreshes anyway wherever
//! a track changed, and the folder images, which this digest stands for. So a rescan may
//! keep the covers of the albums whose tracks did not change when:
//! - the run just before it completed a cover pass over every album and recorded this
//!   digest (a scoped, cancelled, failed or interrupted run records none, and any run in
//!   between breaks the chain: it may have changed tracks or covers);
//! - every image behind that digest could be looked at and read (a cover that failed to
//!   read once is chosen again by the next rescan, not kept as the fallback it got);
//! - no folder was left unlisted (an image there is unknown, not absent).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

use super::ScanJob;
use crate::library::artwork;
use crate::library::walk::Walked;

/// Changes whenever the rules for choosing a cover change, so that a digest recorded by an
/// older build never lets a newer one keep covers chosen by the old rules. The hub's
/// version and its newest migration are hashed beside it (`build_marks`), so an upgrade
/// chooses every cover once: the rules also live in the walk (which names are images,
/// which folders hidden) and the image decoder, and a migration may reset covers.
const COVER_RULES: &str = "cover-rules-1";

/// The hub's version and the name of its newest migration.
fn build_marks() -> Vec<String> {
    use diesel::migration::MigrationSource;
    let newest = MigrationSource::<diesel::sqlite::Sqlite>::migrations(&crate::db::MIGRATIONS)
        .ok()
        .and_then(|all| all.iter().map(|m| m.name().to_string()).max());
    vec![
        env!("CARGO_PKG_VERSION").to_owned(),
        newest.unwrap_or_default(),
    ]
}

/// The digest of this walk's folder images, or `None` when the walk cannot vouch for them
/// (it did not cover every root, a folder could not be listed, an image could not be
/// looked at).
pub(super) fn of_walk(job: &ScanJob, walked: &Walked) -> Option<String> {
    if !job.everything || walked.problems.iter().any(|p| p.unlisted_folder) {
        return None;
    }
    let mut hasher = Sha256::new();
    hasher.update(COVER_RULES);
    for mark in build_marks() {
        field(&mut hasher, mark.as_bytes());
    }
    for root in &job.roots {
        field(&mut hasher, root.id.as_bytes());
        field(&mut hasher, root.path.as_os_str().as_encoded_bytes());
    }
    // Roots the walk could not read: their albums' covers are chosen without them.
    for gone in &job.unavailable {
        field(&mut hasher, gone.id.as_bytes());
    }
    let mut images: Vec<(&(usize, String), &String)> = walked.folder_art.iter().collect();
    images.sort();
    for ((root, dir), rel_path) in images {
        let root = job.roots.get(*root)?;
        let stamp = artwork::file_stamp(&root.path.join(rel_path))?;
        field(&mut hasher, root.id.as_bytes());
        field(&mut hasher, dir.as_bytes());
        field(&mut hasher, rel_path.as_bytes());
        field(&mut hasher, stamp.as_bytes());
    }
    Some(URL_SAFE_NO_PAD.encode(hasher.finalize()))
}

/// One field, its length first, so that no two lists of fields hash the same text.
fn field(hasher: &mut Sha256, bytes: &[u8]) {
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}
