//! Music Hub: a self-hosted desktop music library hub. It scans music folders into an
//! embedded SQLite catalogue and serves it over a local HTTP API to phones, browsers, share
//! pages and automation agents.
//!
//! # Layout
//! - `openapi/music-hub.yaml` (outside `src/`) is the contract. `codegen/` turns it into
//!   `api::generated`: types, one request struct and response enum per operation, one trait
//!   per tag, and the routes. Never edit the generated file; change the document and run
//!   `cargo run -p codegen -- generate`.
//! - `api`: the HTTP face around the generated code: `access` (who is calling and the
//!   guards for each access level), `error` (the handler error and the JSON error
//!   boundary), `payload` (body types poem-openapi lacks), `contract` (the embedded document).
//! - `handlers`: the implementations of the generated traits, one module per tag.
//! - `hub`: the running hub's shared state (settings, identity, database, auth).
//! - `auth`: pairing, PASETO access and refresh tokens, devices, the static API token and
//!   the pairing QR codes; `clock` is the time that expiry rules read.
//! - `db`: SQLite through diesel: opening, pragmas, migrations, health and the archiving
//!   rebuild; `db::schema` is diesel's view of `migrations/`; `db::catalog` the catalogue's
//!   queries, one module per resource; `db::page` the one keyset page every list shares.
//! - `events`: the library change feed, one broadcast with a replay buffer for resuming.
//! - `playback`: the rules of the shared playback session (queue, shuffle, position, which
//!   plays go to history), as pure functions the `playback` handlers apply.
//! - `library`: the scanner: the walk, tag reading with lofty, grouping into albums and
//!   artists, batched commits, live progress, cancelling and the file-system watcher.
//! - `server`: assembles the application and serves it with graceful shutdown.
//! - `config`: command-line flags and `MUSIC_HUB_*` environment variables.

pub mod api;
pub mod auth;
pub mod clock;
pub mod config;
pub mod db;
pub mod events;
pub mod handlers;
pub mod hub;
pub mod library;
pub mod playback;
pub mod server;
