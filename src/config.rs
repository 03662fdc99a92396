//! The hub's settings, from flags and `MUSIC_HUB_*` environment variables.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub const DEFAULT_PORT: u16 = 38472;
pub const DEV_PORT: u16 = 38473;

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
}

/// The settings the hub runs with, once defaults are applied.
#[derive(Debug, Clone)]
pub struct Config {
    pub libraries: Vec<PathBuf>,
    pub data_dir: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
}

impl ServeArgs {
    pub fn into_config(self) -> Config {
        let mut libraries = self.library;
        if libraries.is_empty() {
            if let Some(paths) = std::env::var_os("MUSIC_HUB_LIBRARY") {
                libraries = std::env::split_paths(&paths)
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect();
            }
        }
        let data_dir = self.data_dir.unwrap_or_else(default_data_dir);
        let port = self
            .port
            .unwrap_or(if self.dev { DEV_PORT } else { DEFAULT_PORT });
        Config {
            libraries,
            data_dir,
            bind: self.bind,
            port,
        }
    }
}

/// `~/.local/share/music-hub` on Linux, the platform's equivalent elsewhere.
pub fn default_data_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("music-hub")
}
