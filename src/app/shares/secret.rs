//! The secrets of sharing: ids that are capabilities, and passwords kept only as hashes.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Random bytes in a share or session id: 128 bits, the floor for an id that anyone
/// holding it may use.
const ID_BYTES: usize = 16;

/// A new unguessable id behind `prefix` (`shr`, `shs`), URL-safe base64 of bytes from the
/// operating system's random generator: these ids are bearer capabilities, unlike the
/// UUIDs of `db::new_id` (122 random bits from a user-space generator).
pub fn capability_id(prefix: &str) -> Result<String, String> {
    let mut bytes = [0u8; ID_BYTES];
    getrandom::fill(&mut bytes).map_err(|err| format!("the OS random generator failed: {err}"))?;
    Ok(format!("{prefix}_{}", URL_SAFE_NO_PAD.encode(bytes)))
}

/// The Argon2id PHC string of a password, with a fresh random salt.
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|err| format!("hashing a share password failed: {err}"))
}

/// Whether `password` is the one `hash` was made from. A hash that does not parse (a
/// damaged row) matches nothing.
pub fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_carry_128_random_bits_in_url_safe_text() {
        let a = capability_id("shr").expect("an id");
        let b = capability_id("shr").expect("an id");
        assert_ne!(a, b);
        let body = a.strip_prefix("shr_").expect("the prefix");
        assert_eq!(URL_SAFE_NO_PAD.decode(body).expect("base64url").len(), 16);
        assert!(body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[test]
    fn a_password_is_kept_as_an_argon2id_hash() {
        let hash = hash_password("open sesame").expect("a hash");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("open sesame"));
        assert!(password_matches(&hash, "open sesame"));
        assert!(!password_matches(&hash, "open sesame "));
        assert!(!password_matches("not a hash", "open sesame"));
    }
}
