//! The data dir: the private folder that holds the database, the token key and the hub's id.
//! Kept apart from `hub` so that the CLI's scan command and the hub's start-up prepare it the
//! same way without one reaching into the other.

use std::path::Path;

/// Where the hub's id is kept in the data dir.
const HUB_ID_FILE: &str = "hub-id";

/// Creates the data dir readable by its owner only: it will hold the token keys. A folder
/// the user already has is left as it is.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// The hub's id: made at random on first start and kept, so that devices and tokens can tell
/// this hub from another across restarts.
pub fn load_or_create_hub_id(data_dir: &Path) -> std::io::Result<String> {
    let path = data_dir.join(HUB_ID_FILE);
    match std::fs::read_to_string(&path) {
        Ok(id) if !id.trim().is_empty() => Ok(id.trim().to_owned()),
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
        _ => {
            let id = uuid::Uuid::new_v4().to_string();
            std::fs::write(&path, &id)?;
            Ok(id)
        }
    }
}
