//! PASETO v4.local tokens: the hub's secret key, and the claims our access and refresh
//! tokens carry.
//!
//! Tokens are encrypted and authenticated with a 256-bit key that never leaves the data dir,
//! and bound to this hub through the implicit assertion (the hub id), so a token minted by
//! another hub, or for another hub id, does not decrypt here.
//!
//! Media tokens (`app::media::tokens` owns their claims) are sealed with the same key under
//! an implicit assertion of their own (the hub id and the purpose), so a media token does not
//! even decrypt as an access or refresh token, nor the reverse: their kinds are kept apart by
//! the cryptography, and the `kind` claim only says it again.

use std::io::Write;
use std::path::Path;

use pasetors::keys::SymmetricKey;
use pasetors::token::UntrustedToken;
use pasetors::version4::{LocalToken, V4};
use pasetors::Local;
use rand::RngExt;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The key file's name in the data dir.
pub const KEY_FILE: &str = "token-key";
const KEY_LEN: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Access,
    Refresh,
    /// `?mediaToken=` for `<audio>` and `<img>` elements.
    Media,
}

impl TokenKind {
    /// The implicit assertion a token of this kind is sealed under. Access and refresh
    /// tokens keep the bare hub id they always had (tokens already issued stay valid).
    fn assertion(self, hub_id: &str) -> Vec<u8> {
        match self {
            TokenKind::Access | TokenKind::Refresh => hub_id.as_bytes().to_vec(),
            TokenKind::Media => format!("{hub_id}\0media").into_bytes(),
        }
    }
}

/// What a token says. Times are Unix milliseconds, as the database keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub kind: TokenKind,
    /// The device id.
    pub sub: String,
    /// The token id; for refresh tokens, the row in `refresh_tokens`.
    pub jti: String,
    /// The refresh-token family the token belongs to.
    pub fam: String,
    pub iat: i64,
    pub exp: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("the token is not one of ours")]
    Invalid,
    #[error("the token key file {0}")]
    Key(String),
}

pub struct TokenKey {
    key: SymmetricKey<V4>,
    hub_id: String,
}

impl TokenKey {
    /// Loads the key from the data dir, or makes one on first start, readable by the owner
    /// only.
    pub fn load_or_create(data_dir: &Path, hub_id: &str) -> Result<TokenKey, TokenError> {
        let path = data_dir.join(KEY_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => create_key_file(&path)?,
            Err(err) => return Err(TokenError::Key(format!("cannot be read: {err}"))),
        };
        if bytes.len() != KEY_LEN {
            return Err(TokenError::Key(format!(
                "{} holds {} bytes, not {KEY_LEN}; move it away to make a new key (paired devices will pair again)",
                path.display(),
                bytes.len()
            )));
        }
        let key = SymmetricKey::<V4>::from(&bytes)
            .map_err(|e| TokenError::Key(format!("is not a usable key: {e}")))?;
        Ok(TokenKey {
            key,
            hub_id: hub_id.to_owned(),
        })
    }

    pub fn seal(&self, claims: &Claims) -> Result<String, TokenError> {
        self.seal_as(claims.kind, claims)
    }

    /// Decrypts and authenticates an access or refresh token. Expiry is the caller's to
    /// judge, against the hub's clock.
    pub fn open(&self, token: &str) -> Result<Claims, TokenError> {
        // Access and refresh tokens share one assertion; their `kind` claim tells them apart.
        self.open_as(TokenKind::Access, token)
    }

    /// Seals any claims as a token of `kind`, under that kind's assertion.
    pub fn seal_as<T: Serialize>(&self, kind: TokenKind, claims: &T) -> Result<String, TokenError> {
        let payload = serde_json::to_vec(claims).map_err(|_| TokenError::Invalid)?;
        let assertion = kind.assertion(&self.hub_id);
        LocalToken::encrypt(&self.key, &payload, None, Some(&assertion))
            .map_err(|_| TokenError::Invalid)
    }

    /// Opens a token sealed as `kind`; a token of another purpose does not authenticate.
    pub fn open_as<T: DeserializeOwned>(
        &self,
        kind: TokenKind,
        token: &str,
    ) -> Result<T, TokenError> {
        let untrusted =
            UntrustedToken::<Local, V4>::try_from(token).map_err(|_| TokenError::Invalid)?;
        let assertion = kind.assertion(&self.hub_id);
        let trusted = LocalToken::decrypt(&self.key, &untrusted, None, Some(&assertion))
            .map_err(|_| TokenError::Invalid)?;
        serde_json::from_str(trusted.payload()).map_err(|_| TokenError::Invalid)
    }
}

fn create_key_file(path: &Path) -> Result<Vec<u8>, TokenError> {
    let mut bytes = vec![0u8; KEY_LEN];
    rand::rng().fill(&mut bytes[..]);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .map_err(|e| TokenError::Key(format!("cannot be created: {e}")))?;
    file.write_all(&bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| TokenError::Key(format!("cannot be written: {e}")))?;
    Ok(bytes)
}

/// The hash under which a refresh token is stored: the token itself never is.
pub fn refresh_token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> Claims {
        Claims {
            kind: TokenKind::Access,
            sub: "phone".into(),
            jti: "t1".into(),
            fam: "f1".into(),
            iat: 1,
            exp: 2,
        }
    }

    #[test]
    fn tokens_round_trip_and_are_bound_to_the_hub() {
        let dir = tempfile::tempdir().expect("temp");
        let key = TokenKey::load_or_create(dir.path(), "hub-a").expect("key");
        let token = key.seal(&claims()).expect("seal");
        assert!(token.starts_with("v4.local."));
        assert_eq!(key.open(&token).expect("open"), claims());

        // The same key file under another hub id refuses it.
        let other = TokenKey::load_or_create(dir.path(), "hub-b").expect("key");
        assert!(other.open(&token).is_err());
        // A tampered token is refused.
        let mut tampered = token.clone();
        tampered.pop();
        tampered.push(if token.ends_with('A') { 'B' } else { 'A' });
        assert!(key.open(&tampered).is_err());
        assert!(key.open("not a token").is_err());
    }

    #[test]
    fn media_tokens_and_access_tokens_never_open_as_each_other() {
        let dir = tempfile::tempdir().expect("temp");
        let key = TokenKey::load_or_create(dir.path(), "hub-a").expect("key");
        let access = key.seal(&claims()).expect("seal");
        let mut as_media = claims();
        as_media.kind = TokenKind::Media;
        let media = key.seal_as(TokenKind::Media, &as_media).expect("seal");
        assert!(
            key.open(&media).is_err(),
            "a media token is not an access token"
        );
        assert!(key.open_as::<Claims>(TokenKind::Media, &access).is_err());
        assert_eq!(
            key.open_as::<Claims>(TokenKind::Media, &media)
                .expect("open"),
            as_media
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_key_file_is_private_and_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp");
        let first = TokenKey::load_or_create(dir.path(), "hub").expect("key");
        let mode = std::fs::metadata(dir.path().join(KEY_FILE))
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let token = first.seal(&claims()).expect("seal");
        let again = TokenKey::load_or_create(dir.path(), "hub").expect("key");
        assert!(again.open(&token).is_ok(), "the key survives a restart");
    }

    #[test]
    fn hashes_are_64_lowercase_hex() {
        let h = refresh_token_hash("x");
        assert_eq!(h.len(), 64);
        assert!(h
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
    }
}
