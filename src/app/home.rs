//! What the hub's home page (`web::home`) shows its desktop visitor, read in one go from
//! the services that own each part: the database's health, the music folders as the disk
//! has them now with the tracks the catalogue holds for each, the newest scan, the pairing
//! window, the paired devices and the shares.
//!
//! The page must answer when the database does not: the health and the folders never read
//! it, and every part that does is `None` when it could not be read, so the page says so
//! beside the recovery action instead of failing whole.

use crate::app::catalogue::CatalogueService;
use crate::app::scanning::{LibraryFolder, ScanReport, ScanService};
use crate::app::shares::{ListedShare, ShareOrder, ShareService};
use crate::app::{Health, PageSpec};
use crate::auth::pairing::Window;
use crate::auth::{Auth, DeviceOrder, DeviceRow};
use crate::db::Database;

/// Devices and shares listed on the page, at most; the API pages through the rest.
pub const LISTED: usize = 100;

/// The services the overview reads from, borrowed from the running hub.
pub struct Sources<'a> {
    pub db: &'a Database,
    pub auth: &'a Auth,
    pub scanning: &'a ScanService,
    pub catalogue: &'a CatalogueService,
    pub shares: &'a ShareService,
}

/// A music folder with the tracks the catalogue holds from it (`None`: not readable now).
pub struct Folder {
    pub folder: LibraryFolder,
    pub track_count: Option<i64>,
}

pub struct Overview {
    pub health: Health,
    pub folders: Vec<Folder>,
    pub scan: Option<ScanReport>,
    /// The open pairing window, with its code.
    pub pairing: Option<Window>,
    /// Devices not revoked, the most recently paired first.
    pub devices: Option<Vec<DeviceRow>>,
    /// Shares, the newest first.
    pub shares: Option<Vec<ListedShare>>,
}

/// The whole first page of a list, in `order`.
fn first_page<O>(order: O, descending: bool) -> PageSpec<O> {
    PageSpec {
        order,
        descending,
        after: None,
        limit: LISTED,
    }
}

/// A part that failed to read is logged once here and shown as unavailable.
fn readable<T, E: std::fmt::Display>(part: &str, read: Result<T, E>) -> Option<T> {
    read.inspect_err(|err| tracing::warn!(part, error = %err, "the home page could not read"))
        .ok()
}

/// Reads everything the page shows to the desktop's own visitor.
pub async fn overview(sources: Sources<'_>) -> Overview {
    let health = sources.db.health();
    let roots = readable("folders", sources.catalogue.root_list().await);
    let folders = sources
        .scanning
        .library_folders()
        .await
        .into_iter()
        .map(|folder| {
            let track_count = roots.as_ref().map(|roots| {
                roots
                    .iter()
                    .find(|root| root.id == folder.id)
                    .map_or(0, |root| root.track_count)
            });
            Folder {
                folder,
                track_count,
            }
        })
        .collect();
    let scan = readable("scan", sources.scanning.status().await);
    let devices = readable(
        "devices",
        sources
            .auth
            .device_page(sources.db, false, first_page(DeviceOrder::PairedAt, true))
            .await,
    )
    .map(|page| page.rows.into_iter().map(|(row, _)| row).collect());
    let shares = readable(
        "shares",
        sources
            .shares
            .list(None, first_page(ShareOrder::CreatedAt, true))
            .await,
    )
    .map(|page| page.rows);
    Overview {
        health,
        folders,
        scan,
        pairing: sources.auth.pairing_window(),
        devices,
        shares,
    }
}
