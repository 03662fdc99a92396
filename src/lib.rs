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
//!   guards for each access level), `error` (the handler error), `boundary` (the one place
//!   where each domain's error enum becomes a `HandlerError`), `wire` (how every error
//!   leaving the server is written as a JSON `ApiError`, its code an `ErrorCode` from the
//!   contract's registry), `explain` (what a refused parameter or body field must be, read
//!   from the contract, for validation errors in the hub's words), `payload` (body types
//!   poem-openapi lacks, and JSON answers written by serde), `contract` (the embedded
//!   document), and what is checked before routing:
//!   `limits` and `strict_json` (the body size limit and the JSON rules), `single_host` and
//!   `cors` (browser apps named with `--cors-origin`); `request_span` (one tracing span per
//!   request, `?mediaToken=` and other query secrets redacted).
//! - `handlers`: the implementations of the generated traits, one module per tag, each a
//!   shim: it parses the request, calls a service, and builds the API's view from what the
//!   service committed; errors leave through `?` and `api::boundary`. Every view shared by
//!   more than one route (tracks, albums, artists, playlists, folders, scans) is in
//!   `handlers::views`; a handler never borrows another handler's helpers.
//! - `app`: the application layer, one service per domain: `catalogue` (tracks, albums,
//!   artists, totals, filters, browsing and the home sections), `search` (search and its
//!   history; recording a query is a call of its own; the typo fallback in `search::near`),
//!   `scanning` (the face of `library::scanner` the handlers call: start, status, cancel, progress, and the
//!   database rebuild that pauses scans), `playback` (the shared session and its history;
//!   its rules are pure functions in `app::playback::rules`), `playlists` (with its
//!   terminal face, `music-hub playlist import|export`, in `command`), `saved`, `media`
//!   (media tokens with their scope, and streaming files with HTTP ranges and validators;
//!   `media::plan` decides whether a stream is the file or a transcode, `media::transcoded`
//!   serves a transcode while it grows; `media::transcode` is the encoding engine: Ogg Opus
//!   and MP3, libopus and LAME built in, `transcode::ffmpeg` the fallback for formats only
//!   ffmpeg decodes; `media::transcode::cache` the bounded disk cache of transcodes, one
//!   shared encode per file and profile into a growing file, its least-recently-used
//!   bookkeeping shared with the artwork cache in `app::lru_files`),
//!   `metadata` (file tags, the person's overrides and the effective values; enrichment
//!   suggestions from the path and the album, in `metadata::enrich`, and from MusicBrainz
//!   behind a provider trait, in `metadata::musicbrainz`; writing the effective
//!   values into the files on request, `music-hub tags write`, in `metadata::write_back`
//!   with its backups and its terminal face `metadata::command`), `artwork` (the image
//!   behind an `artworkId`, scaled copies in a bounded disk cache), `shares` (share
//!   links, visitors' sessions with share-scoped media tokens, and the per-address limits
//!   of the public share routes), `loudness` (ReplayGain measured from the audio:
//!   `measure` decodes (`app::decode`, shared with transcoding) into an EBU R128 meter;
//!   the background run after scans and `music-hub analyze` in `command`; its values are the `loudness`
//!   enrichment source); `home` reads what the home page shows from the others.
//!   A service owns its rules, transactions and events, and answers with domain values and
//!   its own error.
//! - `hub`: the running hub: settings, identity, database, the services, and the gatekeeper
//!   the access guards consult. It is the state the generated routes take, so the traits
//!   are implemented on it (in `handlers`), by delegating to the services.
//! - `auth`: the auth service: pairing, PASETO access and refresh tokens, devices, the
//!   static API token, the pairing QR codes, and `Identity` (who a caller is); `clock` is
//!   the time that expiry rules read.
//! - `data_dir`: the private data dir and the hub's id kept in it.
//! - `db`: SQLite through diesel: opening, pragmas, migrations, health and the archiving
//!   rebuild; `db::schema` is diesel's view of `migrations/`; `db::catalog` the catalogue's
//!   queries, one module per resource; `db::page` the one keyset page every list shares;
//!   `db::statement` raw SQL that diesel keeps prepared (cached by its text, ids bound as one
//!   `json_each` array), which the lists and the hot reads are written in;
//!   `db::artwork` where an artwork id's bytes are (files, never the bytes themselves);
//!   `db::playback`, `db::playlists`, `db::saved`, `db::metadata`, `db::loudness` and
//!   `db::shares` read and write rows whose meaning is their service's; `db::deferred`
//!   sets a first scan's indexes, search-index triggers and totals triggers aside and puts
//!   them back, crash-safe; `db::catalog::stats` reads the library's totals, which the
//!   catalogue's triggers keep (migration `catalogue_totals`); `db::salvage` carries the person's data from an archived database into a
//!   fresh one.
//! - `events`: the library change feed: one enum of typed changes (`Change`, the contract's
//!   `LibraryEvent` shapes), published by the services to one broadcast with a replay buffer
//!   for resuming.
//! - `library`: the scanner: the walk, tag reading with lofty, grouping into albums and
//!   artists, live progress, cancelling and the file-system watcher; `library::fields` is
//!   how an override lands on a file's tags, applied by the scanner to every file it reads.
//!   `library::tag_write` is the reverse of reading tags: field values written into a file.
//!   `library::job` is one scan split by stage (record, read, commit, prune, finalize,
//!   album facts; `job::cover_digest` lets an ordinary rescan keep the covers the run
//!   before it chose), and
//!   `job::ScanSetup` the one way the hub, `music-hub scan` and the benchmark build one;
//!   `m3u` and `playlist_match` read playlist files and match their lines to tracks (for
//!   imports and for the library's own playlist files, which `job::playlists` follows);
//!   `library::lock` keeps a data dir to one scanning process at a time.
//! - `server`: assembles the application and serves it with graceful shutdown; `listener`
//!   bounds the connections it holds (a cap, timeouts, accept errors backed off) and runs
//!   hyper on each (`listener::serve`: vectored writes and a small buffer per connection,
//!   so that streamed chunks are queued, not copied).
//! - `web`: the hub's own HTML pages, outside the contract: the home page (`/`, `web::home`:
//!   the desktop's view of folders, scans, pairing, devices and shares; a minimal page for
//!   any other visitor), and the share page (`/share/{kind}/{id}`), server-rendered HTML
//!   with Open Graph tags, the share's cover for link-preview bots, and the page's player.
//!   Templates, styles and scripts are in `web/assets/`.
//! - `allocator`: glibc's arenas capped at start (`main` and the bench call it first).
//! - `config`: command-line flags and `MUSIC_HUB_*` environment variables (`serve`'s and the
//!   settings in `config`, every other command's arguments in `config::commands`).

pub mod allocator;
pub mod api;
pub mod app;
pub mod auth;
pub mod clock;
pub mod config;
pub mod data_dir;
pub mod db;
pub mod events;
pub mod handlers;
pub mod hub;
pub mod library;
pub mod listener;
pub mod server;
pub mod web;
