//! `system`: liveness, hub information and database recovery (through the scanning
//! service, which keeps scans off the file while it is rebuilt).

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    DatabaseHealth, DatabaseHealthStatus, GetInfoRequest, GetInfoResponse, HubInfo,
    LibraryFolder as ApiLibraryFolder, LibraryFolderState, Ping, PingRequest, PingResponse,
    RebuildDatabaseRequest, RebuildDatabaseResponse, RebuildResult, SalvagedTable, StreamFormat,
    SystemApi, TranscodeEngine, TranscodeEngineName, TranscodeProfile, TranscodeProfileInfo,
    TranscodingInfo,
};
use crate::api::payload::Json;
use crate::app::media::transcode::Codec;
use crate::app::media::{ProfileName, TranscodingFacts};
use crate::app::scanning::{LibraryFolder, RootProblem};
use crate::app::{Health, HealthStatus};
use crate::auth::Identity;
use crate::hub::Hub;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

impl From<Health> for DatabaseHealth {
    fn from(health: Health) -> Self {
        DatabaseHealth {
            status: match health.status {
                HealthStatus::Healthy => DatabaseHealthStatus::Healthy,
                HealthStatus::Unavailable => DatabaseHealthStatus::Unavailable,
                HealthStatus::Faulted => DatabaseHealthStatus::Faulted,
                HealthStatus::Rebuilding => DatabaseHealthStatus::Rebuilding,
                HealthStatus::ReadOnly => DatabaseHealthStatus::ReadOnly,
            },
            detail: health.detail,
            checked_at: health.checked_at,
        }
    }
}

impl SystemApi for Hub {
    async fn ping(
        &self,
        _caller: Caller,
        _request: PingRequest,
    ) -> Result<PingResponse, HandlerError> {
        Ok(PingResponse::Ok(Json(Ping {
            ok: true,
            version: VERSION.to_owned(),
        })))
    }

    async fn get_info(
        &self,
        caller: Caller,
        _request: GetInfoRequest,
    ) -> Result<GetInfoResponse, HandlerError> {
        let libraries = match caller.identity {
            Identity::Anonymous => None,
            _ => Some(
                self.scanning
                    .library_folders()
                    .await
                    .into_iter()
                    .map(|folder| library_folder(folder, caller.is_local()))
                    .collect(),
            ),
        };
        Ok(GetInfoResponse::Ok(Json(HubInfo {
            name: "Music Hub".to_owned(),
            version: VERSION.to_owned(),
            api_version: crate::api::contract::api_version().to_owned(),
            hub_id: self.hub_id.clone(),
            port: i32::from(self.config.port),
            database_health: self.db.health().into(),
            transcoding: Some(transcoding_info(self.media.transcoding())),
            libraries,
        })))
    }

    async fn rebuild_database(
        &self,
        _caller: Caller,
        request: RebuildDatabaseRequest,
    ) -> Result<RebuildDatabaseResponse, HandlerError> {
        let force = request.body.is_some_and(|b| b.force);
        let outcome = self.scanning.rebuild_database(force).await?;
        Ok(RebuildDatabaseResponse::Ok(Json(RebuildResult {
            archived_to: outcome.archived_to,
            archived_files: outcome.archived_files,
            database_health: outcome.health.into(),
            carried_over: outcome
                .carried_over
                .into_iter()
                .map(|t| SalvagedTable {
                    table: t.table.to_owned(),
                    rows: i64::try_from(t.rows).unwrap_or(i64::MAX),
                    unreadable_rows: i64::try_from(t.unreadable_rows).unwrap_or(i64::MAX),
                    detail: t.detail,
                })
                .collect(),
        })))
    }
}

fn transcoding_info(facts: TranscodingFacts) -> TranscodingInfo {
    TranscodingInfo {
        engines: facts
            .engines
            .into_iter()
            .map(|(name, version)| TranscodeEngine {
                name: if name == "ffmpeg" {
                    TranscodeEngineName::Ffmpeg
                } else {
                    TranscodeEngineName::Builtin
                },
                version,
            })
            .collect(),
        profiles: ProfileName::ALL
            .into_iter()
            .map(|profile| TranscodeProfileInfo {
                name: match profile {
                    ProfileName::Mobile => TranscodeProfile::Mobile,
                    ProfileName::Cellular => TranscodeProfile::Cellular,
                    ProfileName::Web => TranscodeProfile::Web,
                    ProfileName::Legacy => TranscodeProfile::Legacy,
                },
                format: match profile.codec() {
                    Codec::Opus => StreamFormat::Opus,
                    Codec::Mp3 => StreamFormat::Mp3,
                },
                bitrate_kbps: i32::try_from(profile.bitrate_kbps()).unwrap_or(i32::MAX),
            })
            .collect(),
        max_concurrent: i32::try_from(facts.max_encodes).unwrap_or(i32::MAX),
        cache_budget_bytes: i64::try_from(facts.budget_bytes).unwrap_or(i64::MAX),
    }
}

fn library_folder(folder: LibraryFolder, local: bool) -> ApiLibraryFolder {
    let (state, problem) = match folder.state {
        Ok(()) => (LibraryFolderState::Available, None),
        Err((RootProblem::Missing, reason)) => (LibraryFolderState::Missing, Some(reason)),
        Err((RootProblem::Unreadable, reason)) => (LibraryFolderState::Unreadable, Some(reason)),
    };
    ApiLibraryFolder {
        id: folder.id,
        name: folder.name,
        // Where the music lives on disk is the desktop's business only.
        absolute_path: local.then(|| folder.path.to_string_lossy().into_owned()),
        state,
        problem,
    }
}
