//! `auth`: pairing, tokens, devices and the pairing QR codes.

use poem_openapi::payload::Binary;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::api::generated::*;
use crate::api::payload::Json;
use crate::app::PageSpec;
use crate::auth::qr;
use crate::auth::Identity;
use crate::auth::{DeviceOrder, DeviceRow, IssuedTokens, RevokeReason};
use crate::clock::from_ms;
use crate::handlers::cursor;
use crate::hub::Hub;

/// Devices shown in `GET /api/auth/status`, at most.
const STATUS_DEVICES: i32 = 100;

fn device(row: DeviceRow, refresh_expires_at: Option<i64>) -> Device {
    Device {
        id: row.id,
        name: row.name,
        paired_at: from_ms(row.created_at),
        last_seen_at: row.last_seen_at.map(from_ms),
        last_address: row.last_address,
        refresh_expires_at: refresh_expires_at.map(from_ms),
        revoked: row.revoked_at.is_some(),
        revoked_at: row.revoked_at.map(from_ms),
    }
}

fn token_pair(issued: IssuedTokens) -> TokenPair {
    let refresh_expires_at = issued.refresh_expires_at.timestamp_millis();
    TokenPair {
        access_token: issued.access_token,
        refresh_token: issued.refresh_token,
        token_type: "Bearer".to_owned(),
        access_expires_at: issued.access_expires_at,
        refresh_expires_at: issued.refresh_expires_at,
        device: device(issued.device, Some(refresh_expires_at)),
    }
}

impl Hub {
    /// Devices with their refresh expiry, one page, and the total.
    /// One page of devices as the contract shows them, with the next page's cursor.
    async fn device_page(
        &self,
        include_revoked: bool,
        spec: PageSpec<DeviceOrder>,
    ) -> Result<(Vec<Device>, Option<String>, i64), HandlerError> {
        let page = self
            .auth
            .device_page(&self.db, include_revoked, spec.clone())
            .await?;
        let items = page
            .rows
            .into_iter()
            .map(|(row, expiry)| device(row, expiry))
            .collect();
        Ok((items, cursor::next(&spec, page.next), page.total))
    }

    fn lan_urls(&self) -> Vec<String> {
        qr::lan_urls(self.config.bind, self.config.port)
    }
}

fn qr_content(format: Option<QrFormat>, uri: &str) -> Result<GetConnectQrOkContent, HandlerError> {
    Ok(match format.unwrap_or(QrFormat::Svg) {
        QrFormat::Svg => GetConnectQrOkContent::Svg(Binary(qr::svg(uri)?)),
        QrFormat::Png => GetConnectQrOkContent::Png(Binary(qr::png(uri)?)),
    })
}

impl AuthApi for Hub {
    async fn get_auth_status(
        &self,
        _caller: Caller,
        _request: GetAuthStatusRequest,
    ) -> Result<GetAuthStatusResponse, HandlerError> {
        let window = self.auth.pairing_window();
        let recent = cursor::page_spec(DeviceOrder::LastSeenAt, None, None, STATUS_DEVICES)?;
        let (devices, _, _) = self.device_page(false, recent).await?;
        Ok(GetAuthStatusResponse::Ok(Json(AuthStatus {
            hub_id: self.hub_id.clone(),
            pairing_armed: window.is_some(),
            pairing_code: window.as_ref().map(|w| w.code.clone()),
            pairing_expires_at: window.as_ref().map(|w| w.expires_at),
            lan_urls: self.lan_urls(),
            tunnel_url: self.config.tunnel_url.clone(),
            api_token_configured: self.auth.api_token_configured(),
            devices,
        })))
    }

    async fn arm_pairing(
        &self,
        _caller: Caller,
        request: ArmPairingRequest,
    ) -> Result<ArmPairingResponse, HandlerError> {
        // The contract's validator keeps minutes within 1..=60; its default is 10.
        let minutes = request.body.map_or(10, |b| b.minutes);
        let window = self.auth.arm(i64::from(minutes));
        tracing::info!(minutes, "pairing armed");
        Ok(ArmPairingResponse::Ok(Json(PairingArmed {
            pairing_code: window.code,
            expires_at: window.expires_at,
            hub_id: self.hub_id.clone(),
            lan_urls: self.lan_urls(),
        })))
    }

    async fn disarm_pairing(
        &self,
        _caller: Caller,
        _request: DisarmPairingRequest,
    ) -> Result<DisarmPairingResponse, HandlerError> {
        self.auth.disarm();
        Ok(DisarmPairingResponse::NoContent)
    }

    async fn list_devices(
        &self,
        _caller: Caller,
        request: ListDevicesRequest,
    ) -> Result<ListDevicesResponse, HandlerError> {
        let order = match request.sort.unwrap_or(DeviceSort::PairedAt) {
            DeviceSort::Name => DeviceOrder::Name,
            DeviceSort::PairedAt => DeviceOrder::PairedAt,
            DeviceSort::LastSeenAt => DeviceOrder::LastSeenAt,
        };
        let spec = cursor::page_spec(
            order,
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let (items, next_cursor, total) = self.device_page(request.include_revoked, spec).await?;
        Ok(ListDevicesResponse::Ok(Json(DevicePage {
            items,
            next_cursor,
            total,
        })))
    }

    async fn revoke_device(
        &self,
        _caller: Caller,
        request: RevokeDeviceRequest,
    ) -> Result<RevokeDeviceResponse, HandlerError> {
        self.auth
            .revoke_device(&self.db, &request.device_id, RevokeReason::DeviceRevoked)
            .await?;
        Ok(RevokeDeviceResponse::NoContent)
    }

    async fn pair_device(
        &self,
        caller: Caller,
        request: PairDeviceRequest,
    ) -> Result<PairDeviceResponse, HandlerError> {
        let body = request.body;
        let issued = self
            .auth
            .pair(
                &self.db,
                &body.pairing_code,
                &body.device_id,
                &body.device_name,
                caller.peer,
            )
            .await?;
        Ok(PairDeviceResponse::Ok(Json(token_pair(issued))))
    }

    async fn refresh_tokens(
        &self,
        caller: Caller,
        request: RefreshTokensRequest,
    ) -> Result<RefreshTokensResponse, HandlerError> {
        let body = request.body;
        let issued = self
            .auth
            .refresh(&self.db, &body.device_id, &body.refresh_token, caller.peer)
            .await?;
        Ok(RefreshTokensResponse::Ok(Json(token_pair(issued))))
    }

    async fn logout(
        &self,
        caller: Caller,
        _request: LogoutRequest,
    ) -> Result<LogoutResponse, HandlerError> {
        let Identity::Device { device_id, .. } = caller.identity else {
            return Err(HandlerError::Forbidden {
                code: ErrorCode::NotADevice,
                message: "Only a paired device can log out; this call carries no device token."
                    .into(),
            });
        };
        self.auth
            .revoke_device(&self.db, &device_id, RevokeReason::Logout)
            .await?;
        Ok(LogoutResponse::NoContent)
    }

    async fn get_connect_qr(
        &self,
        _caller: Caller,
        request: GetConnectQrRequest,
    ) -> Result<GetConnectQrResponse, HandlerError> {
        let Some(window) = self.auth.pairing_window() else {
            return Err(HandlerError::conflict(
                ErrorCode::PairingNotArmed,
                "Pairing is not armed, so there is no code to show; POST /api/auth/arm first.",
            ));
        };
        let uri = qr::pairing_uri(&self.hub_id, &self.lan_urls(), Some(&window.code));
        Ok(GetConnectQrResponse::Ok(qr_content(request.format, &uri)?))
    }

    async fn get_tunnel_qr(
        &self,
        _caller: Caller,
        request: GetTunnelQrRequest,
    ) -> Result<GetTunnelQrResponse, HandlerError> {
        let Some(tunnel) = self.config.tunnel_url.clone() else {
            return Err(HandlerError::NotFound {
                code: ErrorCode::TunnelNotConfigured,
                message: "No tunnel URL is configured; start the hub with --tunnel-url or \
                          MUSIC_HUB_TUNNEL_URL."
                    .into(),
                details: None,
            });
        };
        let window = self.auth.pairing_window();
        let uri = qr::pairing_uri(
            &self.hub_id,
            &[tunnel],
            window.as_ref().map(|w| w.code.as_str()),
        );
        let content = match qr_content(request.format, &uri)? {
            GetConnectQrOkContent::Svg(bytes) => GetTunnelQrOkContent::Svg(bytes),
            GetConnectQrOkContent::Png(bytes) => GetTunnelQrOkContent::Png(bytes),
        };
        Ok(GetTunnelQrResponse::Ok(content))
    }
}
