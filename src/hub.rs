//! The running hub's shared state: settings, identity, database and the services (`app`).
//! The generated routes take one state type, so the contract's traits are implemented on
//! `Hub` (in `handlers/`) by delegating to the services; it is also the gatekeeper the
//! access guards consult.

use std::net::IpAddr;
use std::sync::Arc;

use futures_util::future::BoxFuture;

use crate::api::access::Gatekeeper;
use crate::api::error::HandlerError;
use crate::app::artwork::ArtworkService;
use crate::app::catalogue::CatalogueService;
use crate::app::loudness::Analyzer;
use crate::app::media::transcode::cache::{self, CacheSettings, TranscodeCache};
use crate::app::media::transcode::ffmpeg::Ffmpeg;
use crate::app::media::{MediaGrant, MediaService, Transcoding};
use crate::app::metadata::MetadataService;
use crate::app::playback::PlaybackService;
use crate::app::playlists::PlaylistService;
use crate::app::saved::SavedService;
use crate::app::scanning::ScanService;
use crate::app::search::SearchService;
use crate::app::shares::ShareService;
use crate::auth::tokens::TokenKey;
use crate::auth::Auth;
use crate::auth::Identity;
use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::data_dir::{create_private_dir, load_or_create_hub_id};
use crate::db::{Database, HealthListener};
use crate::events::{Change, DatabaseHealthChange, EventBus, DEFAULT_REPLAY};
use crate::library::job::Trigger;
use crate::library::scanner::Scanner;
use crate::library::watcher::{self, LibraryWatcher};
use tracing::{info, warn};

pub struct Hub {
    pub config: Config,
    /// A random id made on first start and kept in the data dir, so that devices and tokens
    /// can tell this hub from another.
    pub hub_id: String,
    pub db: Arc<Database>,
    pub auth: Auth,
    pub clock: SharedClock,
    /// The library change feed (`GET /api/library/events`).
    pub events: Arc<EventBus>,
    /// The scanner the hub runs; requests reach it through `scanning`, and the start-up
    /// scan, the watcher and shutdown directly.
    pub scanner: Arc<Scanner>,
    /// The catalogue's reads (`app::catalogue`).
    pub catalogue: CatalogueService,
    /// Search and its history (`app::search`).
    pub search: SearchService,
    /// Scans as requests see them, and the database rebuild (`app::scanning`).
    pub scanning: ScanService,
    /// The shared playback session (`app::playback`).
    pub playback: PlaybackService,
    /// Playlists (`app::playlists`).
    pub playlists: PlaylistService,
    /// Saved items (`app::saved`).
    pub saved: SavedService,
    /// Media tokens and streaming (`app::media`).
    pub media: Arc<MediaService>,
    /// Tags, overrides and effective values (`app::metadata`).
    pub metadata: MetadataService,
    /// Share links and their visitors' sessions (`app::shares`).
    pub shares: ShareService,
    /// Artwork images and their cache of scaled copies (`app::artwork`).
    pub artwork: ArtworkService,
    /// Loudness measured after scans (`app::loudness`), when `config.analyze`.
    pub loudness: Analyzer,
    /// Set when the hub stops: the event feeds end, so that open streams do not hold the
    /// graceful shutdown for its whole grace period.
    closing: tokio::sync::watch::Sender<bool>,
}

impl Hub {
    /// Prepares the data dir and opens the database. Fails only when the data dir itself is
    /// unusable; a bad database is reported as faulted instead.
    pub async fn start(config: Config) -> std::io::Result<Hub> {
        Self::start_with_clock(config, Arc::new(SystemClock)).await
    }

    /// Like `start`, reading time from `clock` (tests move a manual clock to expire things).
    pub async fn start_with_clock(config: Config, clock: SharedClock) -> std::io::Result<Hub> {
        create_private_dir(&config.data_dir)?;
        let hub_id = load_or_create_hub_id(&config.data_dir)?;
        let key = Arc::new(
            TokenKey::load_or_create(&config.data_dir, &hub_id)
                .map_err(|e| std::io::Error::other(e.to_string()))?,
        );
        let auth = Auth::new(key.clone(), config.auth.clone(), clock.clone());
        let events = Arc::new(EventBus::new(clock.clone(), DEFAULT_REPLAY));
        let feed = events.clone();
        let on_health: HealthListener = Box::new(move |health| {
            feed.publish(Change::DatabaseHealthChanged(DatabaseHealthChange {
                status: health.status,
                detail: health.detail.clone(),
            }));
        });
        let db = Arc::new(Database::open(&config.data_dir, Some(on_health)).await);
        db.keep_watch();
        let scanner = Arc::new(Scanner::new(
            config.libraries.clone(),
            db.clone(),
            events.clone(),
            clock.clone(),
        )?);
        let media = Arc::new(MediaService::new(
            db.clone(),
            key,
            clock.clone(),
            config.libraries.clone(),
            config.auth.api_token.as_deref(),
            config.share_media_token_secs,
            open_transcoding(&config).await?,
        ));
        Ok(Hub {
            shares: ShareService::new(
                db.clone(),
                events.clone(),
                clock.clone(),
                media.clone(),
                config.share_heartbeat_secs,
            ),
            media,
            catalogue: CatalogueService::new(db.clone()),
            search: SearchService::new(db.clone(), clock.clone()),
            scanning: ScanService::new(db.clone(), scanner.clone()),
            playback: PlaybackService::new(db.clone(), events.clone(), clock.clone()),
            playlists: PlaylistService::new(db.clone(), events.clone(), clock.clone()),
            saved: SavedService::new(db.clone(), events.clone(), clock.clone()),
            metadata: MetadataService::new(
                db.clone(),
                events.clone(),
                clock.clone(),
                scanner.clone(),
            )
            .with_provider(musicbrainz_provider(&config, &db, &clock)),
            artwork: ArtworkService::new(db.clone(), &config.data_dir, config.artwork_cache_bytes),
            loudness: Analyzer::new(db.clone(), clock.clone())
                .in_hub(events.clone(), scanner.clone()),
            config,
            hub_id,
            db,
            auth,
            clock,
            events,
            scanner,
            closing: tokio::sync::watch::channel(false).0,
        })
    }
}

impl Hub {
    /// Where people reach the hub from outside, to make share links absolute:
    /// `--public-url`, else the tunnel's URL, else nothing (links stay paths).
    pub fn public_url(&self) -> Option<&str> {
        self.config
            .public_url
            .as_deref()
            .or(self.config.tunnel_url.as_deref())
    }

    /// What the home page shows the desktop's own visitor (`app::home`).
    pub async fn home_overview(&self) -> crate::app::home::Overview {
        crate::app::home::overview(crate::app::home::Sources {
            db: &self.db,
            auth: &self.auth,
            scanning: &self.scanning,
            catalogue: &self.catalogue,
            shares: &self.shares,
        })
        .await
    }

    /// Tells the event feeds that the hub is stopping.
    pub fn begin_shutdown(&self) {
        self.closing.send_replace(true);
    }

    /// Resolves once the hub is stopping (at once if it already is).
    pub fn closed(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut closing = self.closing.subscribe();
        async move {
            // The sender lives as long as the hub; without it, the hub is gone anyway.
            let _ = closing.wait_for(|stopping| *stopping).await;
        }
    }

    /// Keeps the playback queue to tracks in the library until the hub stops (see
    /// `PlaybackService::follow_removed_tracks`).
    pub fn follow_removed_tracks(&self) -> tokio::task::JoinHandle<()> {
        self.playback.follow_removed_tracks(self.closed())
    }

    /// The loudness analysis after each scan, until the hub stops; nothing when turned off.
    pub fn follow_scans_with_analysis(&self) -> Option<tokio::task::JoinHandle<()>> {
        self.config
            .analyze
            .then(|| self.loudness.follow_scans(self.closed()))
    }

    /// The start-up scan and the watcher, when there are libraries. The watcher runs as
    /// long as the returned value lives.
    pub fn start_library_work(&self) -> Option<LibraryWatcher> {
        if !self.scanner.has_libraries() {
            info!("no library folders given (--library): nothing to scan");
            return None;
        }
        if let Err(err) = self.scanner.start(Trigger::Startup, false) {
            warn!(%err, "the start-up scan did not start");
        }
        if self.config.watch {
            watcher::watch(&self.config.libraries, self.scanner.clone())
        } else {
            None
        }
    }
}

impl Gatekeeper for Hub {
    fn database_gate(&self) -> Result<(), HandlerError> {
        Ok(self.db.gate()?)
    }

    fn verify_bearer<'a>(
        &'a self,
        token: &'a str,
        peer: Option<IpAddr>,
    ) -> BoxFuture<'a, Result<Identity, HandlerError>> {
        Box::pin(async move { Ok(self.auth.verify_bearer(&self.db, token, peer).await?) })
    }

    fn verify_media_token<'a>(
        &'a self,
        token: &'a str,
    ) -> BoxFuture<'a, Result<MediaGrant, HandlerError>> {
        Box::pin(async move { Ok(self.media.verify(token).await?) })
    }

    fn port(&self) -> u16 {
        self.config.port
    }
}

/// MusicBrainz as an enrichment source, when the hub was started with `--musicbrainz`.
fn musicbrainz_provider(
    config: &Config,
    db: &Arc<Database>,
    clock: &SharedClock,
) -> Option<Arc<dyn crate::app::metadata::musicbrainz::Provider>> {
    use crate::app::metadata::musicbrainz::MusicBrainz;
    let settings = config.musicbrainz.as_ref()?;
    match MusicBrainz::new(settings, db.clone(), clock.clone()) {
        Ok(provider) => Some(Arc::new(provider)),
        Err(err) => {
            tracing::warn!(%err, "MusicBrainz cannot be used: its HTTP client did not start");
            None
        }
    }
}

/// The transcode cache and ffmpeg, off the async threads: opening the cache reads and
/// cleans its folder, and looking for ffmpeg runs it.
async fn open_transcoding(config: &Config) -> std::io::Result<Transcoding> {
    let config = config.clone();
    tokio::task::spawn_blocking(move || Transcoding {
        cache: open_transcode_cache(&config),
        ffmpeg: Ffmpeg::find_with(config.ffmpeg.as_deref()).map(Arc::new),
    })
    .await
    .map_err(std::io::Error::other)
}

/// The transcode cache in the data dir, with the configured budget or, by default, 10 %
/// of the free space (at most 2 GiB; 256 MiB when the free space cannot be read).
fn open_transcode_cache(config: &Config) -> TranscodeCache {
    let budget = config.transcode_cache_bytes.unwrap_or_else(|| {
        cache::default_budget(&config.data_dir).unwrap_or_else(|err| {
            warn!(error = %err, "the free disk space could not be read; transcodes get 256 MiB");
            256 << 20
        })
    });
    let mut settings = CacheSettings::new(budget);
    if let Some(max) = config.transcode_max_encodes {
        settings.max_encodes = max.max(1);
    }
    if let Some(wait) = config.transcode_wait {
        settings.wait = wait;
    }
    info!(
        budget_mb = budget >> 20,
        max_encodes = settings.max_encodes,
        "transcode cache"
    );
    TranscodeCache::open(&config.data_dir, settings)
}
