//! `music-hub playlist import FILE` and `music-hub playlist export ID`: the playlists
//! service's import and export from the terminal, on the database in the data dir.
//!
//! The hub may be running on the same data dir: SQLite's locking keeps the two writers
//! apart, as with `music-hub scan`. The running hub's event feed does not hear of changes
//! made here (events live in its process); its lists show them at the next read.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use super::files::{PathStyle, Unmatched};
use super::m3u;
use super::PlaylistService;
use crate::clock::{SharedClock, SystemClock};
use crate::config::{PlaylistExportArgs, PlaylistImportArgs};
use crate::db::{Database, HealthStatus, DATABASE_FILE};
use crate::events::EventBus;

/// Larger files are not playlists anyone wrote (a 20,000-line playlist is about 2 MB).
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Imports the file; prints the new playlist and the lines that matched nothing.
pub async fn import(args: PlaylistImportArgs) -> Result<(), String> {
    if args.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err("--name must not be blank".into());
    }
    let file = std::fs::canonicalize(&args.file)
        .map_err(|e| format!("cannot read {}: {e}", args.file.display()))?;
    let size = std::fs::metadata(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "{} is {size} bytes, larger than a playlist file can be ({MAX_FILE_BYTES})",
            file.display()
        ));
    }
    let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let text = m3u::decode(&bytes);
    // The file's own name when neither --name nor its `#PLAYLIST` gives one.
    let name = args.name.clone().or_else(|| {
        m3u::parse(&text)
            .name
            .is_none()
            .then(|| file.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .flatten()
    });
    let base_dir = file
        .parent()
        .map(|dir| dir.to_string_lossy().replace('\\', "/"));
    let service = open_service(&args.data_dir()).await?;
    // The person at the terminal is the desktop's: the hub's own paths are theirs.
    let (created, unmatched) = service
        .import(name, text, true, base_dir)
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "imported \"{}\" ({}): {} tracks, {} lines matched none",
        created.playlist.name,
        created.playlist.id,
        created.playlist.track_count,
        unmatched.len()
    );
    for line in &unmatched {
        println!("  {}", describe(line));
    }
    Ok(())
}

/// Writes the playlist as extended M3U to `--output` (whole or not at all) or standard
/// output.
pub async fn export(args: PlaylistExportArgs) -> Result<(), String> {
    let service = open_service(&args.data_dir()).await?;
    let file = service
        .export(args.id.clone(), PathStyle::Absolute)
        .await
        .map_err(|e| format!("{}: {e}", args.id))?;
    match &args.output {
        Some(path) => write_whole(path, file.text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => std::io::stdout()
            .write_all(file.text.as_bytes())
            .map_err(|e| e.to_string()),
    }
}

fn describe(line: &Unmatched) -> String {
    match &line.display {
        Some(display) => format!("line {}: {} ({display})", line.line, line.path),
        None => format!("line {}: {}", line.line, line.path),
    }
}

/// The playlists service on the data dir's database, which must exist and be healthy (a
/// command never makes a fresh database in a mistyped folder, nor writes to a damaged one).
async fn open_service(data_dir: &Path) -> Result<PlaylistService, String> {
    if !data_dir.join(DATABASE_FILE).is_file() {
        return Err(format!(
            "no database in {} (pass --data-dir, or run the hub once)",
            data_dir.display()
        ));
    }
    let db = Database::open(data_dir, None).await;
    let health = db.health();
    if health.status != HealthStatus::Healthy {
        return Err(format!(
            "the database is {}: {} (rebuild it from the running hub: POST /api/database/rebuild)",
            health.status, health.detail
        ));
    }
    let clock: SharedClock = Arc::new(SystemClock);
    let events = Arc::new(EventBus::new(clock.clone(), 1));
    Ok(PlaylistService::new(Arc::new(db), events, clock))
}

/// Writes beside the target and renames over it, so that a failed write never leaves half
/// a playlist file where a whole one was.
fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
