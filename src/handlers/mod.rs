//! The hand-written implementations of the contract's traits, one module per tag. Each is a
//! shim over a service in `app`: it parses the request, calls the service and builds the
//! view after the commit. Views more than one route shows live in `views`, and opaque list
//! cursors in `cursor`; a handler module never borrows another's helpers. `browse` has no
//! module of its own: `GET /api/browse` is in the `library` tag.
//!
//! Tags whose operations all still list `501` in the document need no code: the generated
//! traits answer `501 not_implemented` for them until an issue builds them (and removes the
//! `501` from the document, which makes the trait method required).

mod artwork;
mod auth;
mod cursor;
mod feeds;
mod library;
mod media;
mod metadata;
mod playback;
mod playlists;
mod saved;
mod scan;
mod search;
mod shares;
mod system;
pub(crate) mod views;
