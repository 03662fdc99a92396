//! The hub's settings, from flags and `MUSIC_HUB_*` environment variables.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::auth::AuthSettings;

mod commands;
pub use commands::*;

pub const DEFAULT_PORT: u16 = 38472;
pub const DEV_PORT: u16 = 38473;
/// Below the idle timeouts of common proxies (nginx: 60 s).
pub const DEFAULT_KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(15);

#[derive(Debug, Parser)]
#[command(
    name = "music-hub",
    version,
    about = "Your music library, served to your devices."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the hub: scan the library folders and serve the API.
    Serve(ServeArgs),
    /// Arm pairing on the running hub and show the code and its QR code here.
    Pair(PairArgs),
    /// Scan the library folders into the database now, with a progress bar, and exit.
    Scan(ScanArgs),
    /// Work on the database directly (the hub may be running).
    #[command(subcommand)]
    Db(DbCommand),
    /// Import or export a playlist file, in the database of the data dir (the hub may be
    /// running).
    #[command(subcommand)]
    Playlist(PlaylistCommand),
    /// Write the effective values (the files' tags with the person's overrides) into the
    /// files themselves, or remove the originals kept from earlier writes. Never done by the
    /// hub on its own.
    #[command(subcommand)]
    Tags(TagsCommand),
    /// Measure the loudness (ReplayGain 2.0) of the tracks in the database that were not
    /// measured as they are now, with a progress bar, and exit (the hub may be running).
    Analyze(AnalyzeArgs),
    /// Print the API contract (OpenAPI) that this hub serves.
    Openapi {
        /// Print JSON instead of YAML.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// A music folder to serve (repeatable). Also MUSIC_HUB_LIBRARY, separated as in PATH.
    #[arg(long = "library", value_name = "DIR")]
    pub library: Vec<PathBuf>,

    /// Where the database, keys and archives live [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The port to listen on [default: 38472, or 38473 with --dev].
    #[arg(long, env = "MUSIC_HUB_PORT")]
    pub port: Option<u16>,

    /// The address to listen on. All interfaces by default, since phones pair over the LAN.
    #[arg(long, env = "MUSIC_HUB_BIND", default_value = "0.0.0.0")]
    pub bind: IpAddr,

    /// Development mode: port 38473 unless --port says otherwise.
    #[arg(long)]
    pub dev: bool,

    /// How long access tokens live, in seconds [default: 900, 15 minutes].
    #[arg(long, env = "MUSIC_HUB_ACCESS_TOKEN_TTL", value_name = "SECONDS",
          value_parser = clap::value_parser!(u32).range(1..=86_400))]
    pub access_token_ttl: Option<u32>,

    /// A public URL that reaches this hub through a tunnel, for `GET /api/tunnel/qr`.
    #[arg(long, env = "MUSIC_HUB_TUNNEL_URL", value_name = "URL")]
    pub tunnel_url: Option<String>,

    /// The address people reach this hub at (`https://music.example.org`): share links'
    /// `pageUrl`s are made absolute with it (else with --tunnel-url, else left as paths).
    #[arg(long, env = "MUSIC_HUB_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,

    /// A web app's origin (`https://app.example`) allowed to call the API from a browser
    /// with a bearer token (repeatable; MUSIC_HUB_CORS_ORIGINS, separated by commas). Off
    /// by default. Such calls never get the loopback privilege.
    #[arg(
        long = "cors-origin",
        env = "MUSIC_HUB_CORS_ORIGINS",
        value_name = "URL",
        value_delimiter = ','
    )]
    pub cors_origins: Vec<String>,

    /// Do not watch the library folders for changes (for network shares that do not report
    /// them); changes are then picked up by the next scan.
    #[arg(long)]
    pub no_watch: bool,

    /// The most disk space resized artwork may take in the data dir, in MB [default: 512];
    /// the least recently used images are removed first.
    #[arg(long, env = "MUSIC_HUB_ARTWORK_CACHE_MB", value_name = "MB",
          value_parser = clap::value_parser!(u64).range(1..=1_048_576))]
    pub artwork_cache_mb: Option<u64>,

    /// The most disk space finished transcodes may take in the data dir, in MB [default:
    /// 10 % of the free space, at most 2048]; the least recently used go first.
    #[arg(long, env = "MUSIC_HUB_TRANSCODE_CACHE_MB", value_name = "MB",
          value_parser = clap::value_parser!(u64).range(1..=1_048_576))]
    pub transcode_cache_mb: Option<u64>,

    /// The ffmpeg to transcode the formats the hub cannot decode itself (Opus, APE, WMA,
    /// DSD...) with: a path, or `off` [default: `ffmpeg` on the PATH, when there is one].
    #[arg(long, env = "MUSIC_HUB_FFMPEG", value_name = "PATH")]
    pub ffmpeg: Option<std::ffi::OsString>,

    /// Look tracks up on MusicBrainz for enrichment suggestions (off by default; at most
    /// one request a second, answers kept in the database). MUSIC_HUB_MUSICBRAINZ=1 too.
    #[arg(long, env = "MUSIC_HUB_MUSICBRAINZ")]
    pub musicbrainz: bool,

    /// The MusicBrainz server [default: https://musicbrainz.org].
    #[arg(long, env = "MUSIC_HUB_MUSICBRAINZ_URL", value_name = "URL")]
    pub musicbrainz_url: Option<String>,

    /// An e-mail address or URL MusicBrainz may contact about this hub's requests.
    #[arg(long, env = "MUSIC_HUB_MUSICBRAINZ_CONTACT", value_name = "CONTACT")]
    pub musicbrainz_contact: Option<String>,

    /// Do not measure loudness (ReplayGain) in the background after scans; `music-hub
    /// analyze` still can. Also MUSIC_HUB_NO_ANALYZE=1.
    #[arg(long, env = "MUSIC_HUB_NO_ANALYZE")]
    pub no_analyze: bool,
}

/// MusicBrainz as an enrichment source (`--musicbrainz`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MusicBrainzConfig {
    /// The service's address; tests point it at a local replay server.
    pub base_url: String,
    /// How MusicBrainz can reach whoever runs this hub, sent in the User-Agent as it asks.
    pub contact: String,
}

pub const MUSICBRAINZ_URL: &str = "https://musicbrainz.org";
pub const MUSICBRAINZ_CONTACT: &str = "music-hub; set --musicbrainz-contact";

/// The settings the hub runs with, once defaults are applied.
#[derive(Debug, Clone)]
pub struct Config {
    pub libraries: Vec<PathBuf>,
    /// Watch the libraries for changes while the hub runs.
    pub watch: bool,
    pub data_dir: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub tunnel_url: Option<String>,
    /// Where people reach the hub, for share links (`--public-url`).
    pub public_url: Option<String>,
    /// Origins whose browser pages may call the API with a bearer token (CORS).
    pub cors_origins: Vec<String>,
    pub auth: AuthSettings,
    /// How often idle event streams get a keep-alive comment, so proxies keep them open.
    pub keep_alive: std::time::Duration,
    /// How often share pages send heartbeats (`heartbeatIntervalSeconds`); tests shorten
    /// it, nothing else needs to.
    pub share_heartbeat_secs: i32,
    /// How long a share's media token lives (`mediaTokenExpiresAt`); each heartbeat brings
    /// a new one. Tests shorten it to see a page outlive its tokens; nothing else needs to.
    pub share_media_token_secs: i64,
    /// The bound of the resized-artwork cache on disk, in bytes (`app::artwork::cache`).
    pub artwork_cache_bytes: u64,
    /// The bound of the transcode cache on disk, in bytes; `None`: 10 % of the free space,
    /// at most 2 GiB (`app::media::transcode::cache`).
    pub transcode_cache_bytes: Option<u64>,
    /// Encodes that may run at once; `None`: one per core. Tests lower it to see the
    /// `429`; nothing else needs to.
    pub transcode_max_encodes: Option<usize>,
    /// How long a request waits for a transcode to start or to reach the range it asked for
    /// (of a transcode whose length is known); `None`: 15 s. Tests shorten it to see the
    /// `503`; nothing else needs to.
    pub transcode_wait: Option<std::time::Duration>,
    /// `--ffmpeg`: a path, or `off`; `None` looks for `ffmpeg` on the PATH.
    pub ffmpeg: Option<std::ffi::OsString>,
    /// MusicBrainz lookups for enrichment; `None` (the default) never goes online.
    pub musicbrainz: Option<MusicBrainzConfig>,
    /// Measure loudness in the background after each scan (`app::loudness`).
    pub analyze: bool,
}

/// How often a share page sends a heartbeat: well inside the media token's ten minutes,
/// so a page renews its token several times before it could lapse.
pub const DEFAULT_SHARE_HEARTBEAT_SECS: i32 = 60;

/// Ten minutes: a page that misses a few heartbeats (a phone asleep, a train tunnel) still
/// holds a token that works, while a leaked one is worth little for long.
pub const DEFAULT_SHARE_MEDIA_TOKEN_SECS: i64 = 600;

/// 512 MB: thousands of thumbnails, a small share of a music disk.
pub const DEFAULT_ARTWORK_CACHE_MB: u64 = 512;

impl Config {
    /// Defaults for a hub on `data_dir`: no libraries, loopback, the default port.
    pub fn new(data_dir: PathBuf) -> Config {
        Config {
            libraries: vec![],
            watch: true,
            data_dir,
            bind: IpAddr::from([127, 0, 0, 1]),
            port: DEFAULT_PORT,
            tunnel_url: None,
            public_url: None,
            cors_origins: Vec::new(),
            auth: AuthSettings::default(),
            keep_alive: DEFAULT_KEEP_ALIVE,
            share_heartbeat_secs: DEFAULT_SHARE_HEARTBEAT_SECS,
            share_media_token_secs: DEFAULT_SHARE_MEDIA_TOKEN_SECS,
            artwork_cache_bytes: DEFAULT_ARTWORK_CACHE_MB * 1024 * 1024,
            transcode_cache_bytes: None,
            transcode_max_encodes: None,
            transcode_wait: None,
            ffmpeg: None,
            musicbrainz: None,
            analyze: true,
        }
    }
}

/// `MUSIC_HUB_API_TOKEN`, read from the environment only: a secret on the command line
/// would show in the process list.
fn api_token_from_env() -> Option<String> {
    api_token(std::env::var("MUSIC_HUB_API_TOKEN").ok())
}

/// The token as it will be compared: spaces and line ends around it come from how it was
/// set (`echo` into an env file, a YAML block), never from the token, and a token kept with
/// them could never match while being reported as configured.
fn api_token(raw: Option<String>) -> Option<String> {
    raw.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

impl ServeArgs {
    pub fn into_config(self) -> Config {
        let libraries = libraries_or_env(self.library);
        let data_dir = self.data_dir.unwrap_or_else(default_data_dir);
        let port = self
            .port
            .unwrap_or(if self.dev { DEV_PORT } else { DEFAULT_PORT });
        Config {
            libraries,
            watch: !self.no_watch,
            analyze: !self.no_analyze,
            data_dir,
            bind: self.bind,
            port,
            tunnel_url: self.tunnel_url.filter(|u| !u.trim().is_empty()),
            public_url: self
                .public_url
                .map(|u| u.trim().trim_end_matches('/').to_owned())
                .filter(|u| !u.is_empty()),
            cors_origins: self
                .cors_origins
                .iter()
                .map(|o| o.trim().trim_end_matches('/').to_owned())
                .filter(|o| !o.is_empty())
                .collect(),
            keep_alive: DEFAULT_KEEP_ALIVE,
            share_heartbeat_secs: DEFAULT_SHARE_HEARTBEAT_SECS,
            share_media_token_secs: DEFAULT_SHARE_MEDIA_TOKEN_SECS,
            artwork_cache_bytes: self.artwork_cache_mb.unwrap_or(DEFAULT_ARTWORK_CACHE_MB)
                * 1024
                * 1024,
            transcode_cache_bytes: self.transcode_cache_mb.map(|mb| mb * 1024 * 1024),
            transcode_max_encodes: None,
            transcode_wait: None,
            ffmpeg: self.ffmpeg,
            musicbrainz: self.musicbrainz.then(|| MusicBrainzConfig {
                base_url: self
                    .musicbrainz_url
                    .map(|u| u.trim().trim_end_matches('/').to_owned())
                    .filter(|u| !u.is_empty())
                    .unwrap_or_else(|| MUSICBRAINZ_URL.to_owned()),
                contact: self
                    .musicbrainz_contact
                    .map(|c| c.trim().to_owned())
                    .filter(|c| !c.is_empty())
                    .unwrap_or_else(|| MUSICBRAINZ_CONTACT.to_owned()),
            }),
            auth: AuthSettings {
                api_token: api_token_from_env(),
                access_ttl: self
                    .access_token_ttl
                    .map_or(AuthSettings::default().access_ttl, |s| {
                        chrono::Duration::seconds(i64::from(s))
                    }),
                ..AuthSettings::default()
            },
        }
    }
}

/// `~/.local/share/music-hub` on Linux, the platform's equivalent elsewhere.
/// The `--library` folders, or `MUSIC_HUB_LIBRARY` when none is given.
fn libraries_or_env(mut libraries: Vec<PathBuf>) -> Vec<PathBuf> {
    if libraries.is_empty() {
        if let Some(paths) = std::env::var_os("MUSIC_HUB_LIBRARY") {
            libraries = std::env::split_paths(&paths)
                .filter(|p| !p.as_os_str().is_empty())
                .collect();
        }
    }
    libraries
}

pub fn default_data_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("music-hub")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_token_is_trimmed_and_a_blank_one_is_none() {
        assert_eq!(
            api_token(Some(" s3cret\n".into())).as_deref(),
            Some("s3cret")
        );
        assert_eq!(api_token(Some(" \t".into())), None);
        assert_eq!(api_token(None), None);
    }

    fn serve(args: &[&str]) -> Config {
        let cli = Cli::try_parse_from(["music-hub", "serve"].iter().chain(args)).expect("parses");
        match cli.command {
            Command::Serve(serve) => serve.into_config(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn defaults_and_dev_port() {
        let config = serve(&["--data-dir", "/tmp/x"]);
        assert_eq!(config.port, DEFAULT_PORT);
        assert_eq!(config.bind, IpAddr::from([0, 0, 0, 0]));
        assert_eq!(config.auth.access_ttl, chrono::Duration::minutes(15));
        assert_eq!(serve(&["--dev", "--data-dir", "/tmp/x"]).port, DEV_PORT);
        assert_eq!(
            serve(&["--dev", "--port", "9", "--data-dir", "/tmp/x"]).port,
            9
        );
    }

    #[test]
    fn flags_reach_the_config() {
        let config = serve(&[
            "--library",
            "/music/a",
            "--library",
            "/music/b",
            "--access-token-ttl",
            "5",
            "--tunnel-url",
            "https://music.example.net",
            "--data-dir",
            "/tmp/x",
        ]);
        assert_eq!(
            config.libraries,
            vec![PathBuf::from("/music/a"), PathBuf::from("/music/b")]
        );
        assert_eq!(config.auth.access_ttl, chrono::Duration::seconds(5));
        assert_eq!(
            config.tunnel_url.as_deref(),
            Some("https://music.example.net")
        );
    }

    #[test]
    fn musicbrainz_is_off_unless_asked() {
        assert_eq!(serve(&["--data-dir", "/tmp/x"]).musicbrainz, None);
        let on = serve(&[
            "--musicbrainz",
            "--musicbrainz-url",
            "http://127.0.0.1:9/",
            "--data-dir",
            "/tmp/x",
        ]);
        assert_eq!(
            on.musicbrainz.map(|m| m.base_url).as_deref(),
            Some("http://127.0.0.1:9")
        );
    }

    #[test]
    fn library_env_is_split_like_path() {
        // The only test that touches this variable, so no other test can race with it.
        std::env::set_var("MUSIC_HUB_LIBRARY", "/music/one:/music/two");
        let config = serve(&["--data-dir", "/tmp/x"]);
        std::env::remove_var("MUSIC_HUB_LIBRARY");
        assert_eq!(
            config.libraries,
            vec![PathBuf::from("/music/one"), PathBuf::from("/music/two")]
        );
    }
}
