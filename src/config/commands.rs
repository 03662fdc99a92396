//! The terminal commands' arguments: everything but `serve` (in `config`), each with
//! where its data dir is.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{default_data_dir, libraries_or_env, DEFAULT_PORT, DEV_PORT};

#[derive(Debug, Clone, Subcommand)]
pub enum DbCommand {
    /// Copy the person's data (playlists, saved items, playback history, devices, ...) from
    /// an archived database into the current one. Rows the current database already has
    /// are kept as they are; only missing ones are added.
    Salvage(SalvageArgs),
}

#[derive(Debug, Clone, Subcommand)]
pub enum PlaylistCommand {
    /// Import an M3U or M3U8 file as a new playlist: its lines are matched to the library's
    /// tracks (by path, beside the file, under a library folder, then "artist - title"),
    /// and the lines that match none are listed.
    Import(PlaylistImportArgs),
    /// Export a playlist as an extended M3U file with this machine's paths.
    Export(PlaylistExportArgs),
}

#[derive(Debug, Clone, Subcommand)]
pub enum TagsCommand {
    /// Write each chosen track's effective values into its file's tags. Only tracks with
    /// overrides change; overrides that the file then holds are dropped.
    #[command(after_long_help = TAGS_WRITE_AFTER_HELP)]
    Write(TagsWriteArgs),
    /// Remove the originals that `tags write` kept in <data-dir>/tag-backups/.
    PruneBackups(TagsPruneArgs),
}

const TAGS_WRITE_AFTER_HELP: &str = "\
Each file is written as a copy beside it, read back and checked, then renamed over the \
original. The original bytes are kept first, in one folder per run:
  <data-dir>/tag-backups/<UTC time of the run>/<library id>/<path in the library folder>
To restore a file, copy it back over the library's file, e.g.
  cp -p <data-dir>/tag-backups/20261126T081500Z/music/Artist/Album/01.flac ~/Music/Artist/Album/01.flac
Each run folder's manifest.jsonl lists every backup with the original's full path. Backups \
stay until `music-hub tags prune-backups` removes them.
Refused, before any file is written, while a scan runs on the same data dir, and when a file \
to change is read-only, a symbolic link, one of several hard links, or in a folder that \
cannot be written.";

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("tracks").required(true).args(["track", "album", "all"])))]
pub struct TagsWriteArgs {
    /// A track's id (`trk_...`, as the API shows it); repeatable.
    #[arg(long, value_name = "ID")]
    pub track: Vec<String>,

    /// Every track of this album (`alb_...`).
    #[arg(long, value_name = "ID")]
    pub album: Option<String>,

    /// Every track that has overrides.
    #[arg(long)]
    pub all: bool,

    /// Print what would change in each file, and write nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Where the database lives [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct TagsPruneArgs {
    /// Remove only the runs older than this many days [default: remove them all].
    #[arg(long, value_name = "DAYS")]
    pub older_than: Option<u32>,

    /// Where the database lives [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PlaylistImportArgs {
    /// The playlist file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The playlist's name [default: the file's `#PLAYLIST` name, else the file's name].
    #[arg(long)]
    pub name: Option<String>,

    /// Where the database lives [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PlaylistExportArgs {
    /// The playlist's id (`pl_...`, as `GET /api/playlists` lists them).
    #[arg(value_name = "ID")]
    pub id: String,

    /// Write the file here instead of to standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Where the database lives [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct SalvageArgs {
    /// The archived database: a folder under `<data-dir>/archive/` or the file in it.
    #[arg(value_name = "ARCHIVE")]
    pub archive: PathBuf,

    /// Where the current database lives [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl SalvageArgs {
    /// The database file itself, when given its archive folder.
    pub fn archive_file(&self) -> PathBuf {
        if self.archive.is_dir() {
            self.archive.join(crate::db::DATABASE_FILE)
        } else {
            self.archive.clone()
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ScanArgs {
    /// A music folder to scan (repeatable). Also MUSIC_HUB_LIBRARY, separated as in PATH.
    #[arg(long = "library", value_name = "DIR")]
    pub library: Vec<PathBuf>,

    /// Where the database lives [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Re-read every file, not only those whose size or modification time changed.
    #[arg(long)]
    pub full: bool,
}

impl ScanArgs {
    pub fn libraries(&self) -> Vec<PathBuf> {
        libraries_or_env(self.library.clone())
    }
}

#[derive(Debug, Clone, Args)]
pub struct AnalyzeArgs {
    /// Where the database lives [default: the platform data dir].
    #[arg(long, env = "MUSIC_HUB_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PairArgs {
    /// The port of the running hub [default: 38472, or 38473 with --dev].
    #[arg(long, env = "MUSIC_HUB_PORT")]
    pub port: Option<u16>,

    /// Talk to the development hub on 38473.
    #[arg(long)]
    pub dev: bool,

    /// How long the pairing window stays open (1 to 60).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(i32).range(1..=60))]
    pub minutes: i32,
}

impl PairArgs {
    pub fn port(&self) -> u16 {
        self.port
            .unwrap_or(if self.dev { DEV_PORT } else { DEFAULT_PORT })
    }
}

/// Each terminal command's data dir: its `--data-dir`, else the default one.
macro_rules! data_dir_or_default {
    ($($args:ty),+ $(,)?) => {$(
        impl $args {
            pub fn data_dir(&self) -> PathBuf {
                self.data_dir.clone().unwrap_or_else(default_data_dir)
            }
        }
    )+};
}

data_dir_or_default!(
    TagsWriteArgs,
    TagsPruneArgs,
    PlaylistImportArgs,
    PlaylistExportArgs,
    AnalyzeArgs,
    SalvageArgs,
    ScanArgs,
);
