//! Rows and queries for paired devices and their refresh tokens.
//!
//! Refresh tokens are stored by hash only. A device's tokens form families: pairing starts
//! one, each refresh retires the family's live token and adds its successor, and a family is
//! revoked as a whole when a retired token comes back (theft) or the device is revoked.

use diesel::prelude::*;
use diesel::sqlite::Sqlite;

use crate::db::page::{keyset_page, Listing, Page, PageSpec, Sort, Sql};
use crate::db::schema::{devices, refresh_tokens};

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable)]
#[diesel(table_name = devices, check_for_backend(Sqlite))]
pub struct DeviceRow {
    pub id: String,
    pub name: String,
    /// When the device (last) paired.
    pub created_at: i64,
    pub last_seen_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub last_address: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = refresh_tokens, check_for_backend(Sqlite))]
pub struct RefreshTokenRow {
    pub id: String,
    pub device_id: String,
    pub family_id: String,
    pub token_hash: String,
    pub issued_at: i64,
    pub expires_at: i64,
    pub retired_at: Option<i64>,
    pub replaced_by_id: Option<String>,
    pub revoked_at: Option<i64>,
    pub revoked_reason: Option<String>,
}

/// Why tokens were revoked, as the schema's CHECK lists them.
#[derive(Debug, Clone, Copy, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum RevokeReason {
    Logout,
    DeviceRevoked,
    ReuseDetected,
    PairedAgain,
}

impl RevokeReason {
    fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Records a device that just paired: new, or the same id pairing again (a reinstall), which
/// clears an earlier revocation.
pub fn device_upsert_paired(
    conn: &mut SqliteConnection,
    id: &str,
    name: &str,
    now: i64,
    address: Option<&str>,
) -> QueryResult<DeviceRow> {
    diesel::insert_into(devices::table)
        .values((
            devices::id.eq(id),
            devices::name.eq(name),
            devices::created_at.eq(now),
            devices::last_seen_at.eq(now),
            devices::last_address.eq(address),
        ))
        .on_conflict(devices::id)
        .do_update()
        .set((
            devices::name.eq(name),
            devices::created_at.eq(now),
            devices::last_seen_at.eq(now),
            devices::revoked_at.eq(None::<i64>),
            devices::last_address.eq(address),
        ))
        .returning(DeviceRow::as_returning())
        .get_result(conn)
}

pub fn device_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<DeviceRow>> {
    devices::table
        .find(id)
        .select(DeviceRow::as_select())
        .first(conn)
        .optional()
}

#[derive(Debug, Clone, Copy)]
pub enum DeviceOrder {
    Name,
    PairedAt,
    LastSeenAt,
}

impl Sort for DeviceOrder {
    fn expression(self) -> &'static str {
        match self {
            DeviceOrder::Name => "d.name",
            DeviceOrder::PairedAt => "d.created_at",
            // A device that never called sorts as the oldest.
            DeviceOrder::LastSeenAt => "COALESCE(d.last_seen_at, 0)",
        }
    }

    fn textual(self) -> bool {
        matches!(self, DeviceOrder::Name)
    }

    fn key(self) -> &'static str {
        match self {
            DeviceOrder::Name => "name",
            DeviceOrder::PairedAt => "pairedAt",
            DeviceOrder::LastSeenAt => "lastSeenAt",
        }
    }

    /// Names read best A to Z; times newest first.
    fn descending_by_default(self) -> bool {
        !matches!(self, DeviceOrder::Name)
    }
}

/// One page of devices (revoked ones too when asked), with the total that match.
pub fn device_list(
    conn: &mut SqliteConnection,
    include_revoked: bool,
    spec: &PageSpec<DeviceOrder>,
) -> QueryResult<Page<DeviceRow>> {
    let listing = Listing {
        columns: "d.id, d.name, d.created_at, d.last_seen_at, d.revoked_at, d.last_address",
        from: "devices d",
        count_from: "devices d",
        kept_total: None,
        id: "d.id",
        filters: move |query: Sql| {
            if include_revoked {
                query
            } else {
                query.sql(" AND d.revoked_at IS NULL")
            }
        },
    };
    keyset_page(conn, listing, spec)
}

/// Notes that a device called, from where.
pub fn device_touch(
    conn: &mut SqliteConnection,
    id: &str,
    now: i64,
    address: Option<&str>,
) -> QueryResult<()> {
    diesel::update(devices::table.find(id))
        .set((
            devices::last_seen_at.eq(now),
            devices::last_address.eq(address),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Revokes a device and every live token it holds. Returns false when there is no such
/// device.
pub fn device_revoke(
    conn: &mut SqliteConnection,
    id: &str,
    now: i64,
    reason: RevokeReason,
) -> QueryResult<bool> {
    let updated = diesel::update(devices::table.find(id))
        .set(devices::revoked_at.eq(Some(now)))
        .execute(conn)?;
    refresh_tokens_revoke_device(conn, id, now, reason)?;
    Ok(updated > 0)
}

pub fn refresh_token_insert(conn: &mut SqliteConnection, row: &RefreshTokenRow) -> QueryResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values(row)
        .execute(conn)
        .map(|_| ())
}

pub fn refresh_token_get(
    conn: &mut SqliteConnection,
    id: &str,
) -> QueryResult<Option<RefreshTokenRow>> {
    refresh_tokens::table
        .find(id)
        .select(RefreshTokenRow::as_select())
        .first(conn)
        .optional()
}

/// Replaces a family's live token by its successor. The old one is retired before the new
/// one is added, since a family has at most one live token.
pub fn refresh_token_rotate(
    conn: &mut SqliteConnection,
    old_id: &str,
    successor: &RefreshTokenRow,
    now: i64,
) -> QueryResult<()> {
    diesel::update(refresh_tokens::table.find(old_id))
        .set(refresh_tokens::retired_at.eq(Some(now)))
        .execute(conn)?;
    refresh_token_insert(conn, successor)?;
    diesel::update(refresh_tokens::table.find(old_id))
        .set(refresh_tokens::replaced_by_id.eq(Some(&successor.id)))
        .execute(conn)
        .map(|_| ())
}

pub fn refresh_tokens_revoke_family(
    conn: &mut SqliteConnection,
    family_id: &str,
    now: i64,
    reason: RevokeReason,
) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set((
        refresh_tokens::revoked_at.eq(Some(now)),
        refresh_tokens::revoked_reason.eq(Some(reason.as_str())),
    ))
    .execute(conn)
}

pub fn refresh_tokens_revoke_device(
    conn: &mut SqliteConnection,
    device_id: &str,
    now: i64,
    reason: RevokeReason,
) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::device_id.eq(device_id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set((
        refresh_tokens::revoked_at.eq(Some(now)),
        refresh_tokens::revoked_reason.eq(Some(reason.as_str())),
    ))
    .execute(conn)
}

/// Whether any token of the family was revoked: then every token of it is dead, access
/// tokens included. One probe of `refresh_tokens_family_revoked`, which holds only revoked
/// tokens: a family gains a token at every refresh.
pub fn refresh_family_is_revoked(
    conn: &mut SqliteConnection,
    family_id: &str,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family_id))
            .filter(refresh_tokens::revoked_at.is_not_null()),
    ))
    .get_result(conn)
}

/// When each device's live refresh token expires, for the devices that have one.
pub fn device_refresh_expiries(
    conn: &mut SqliteConnection,
    device_ids: &[String],
) -> QueryResult<std::collections::HashMap<String, i64>> {
    let rows: Vec<(String, Option<i64>)> = refresh_tokens::table
        .filter(refresh_tokens::device_id.eq_any(device_ids))
        .filter(refresh_tokens::retired_at.is_null())
        .filter(refresh_tokens::revoked_at.is_null())
        .group_by(refresh_tokens::device_id)
        .select((
            refresh_tokens::device_id,
            diesel::dsl::max(refresh_tokens::expires_at),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, expiry)| expiry.map(|e| (id, e)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::plan_of;
    use crate::db::Database;

    /// Whether a family was revoked is asked on every call of a paired device: SQLite
    /// answers it from the revoked tokens alone (migration `refresh_family_revoked`), not by
    /// visiting every token the family ever had.
    #[tokio::test]
    async fn a_familys_revocation_is_one_probe_of_the_revoked_tokens() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        let plan: Vec<String> = plan_of(
            &mut conn,
            |_| true,
            |conn| assert!(!refresh_family_is_revoked(conn, "fam").expect("asked")),
        )
        .into_iter()
        .map(|step| step.detail)
        .collect();
        assert!(
            plan.iter()
                .any(|step| step.contains("INDEX refresh_tokens_family_revoked")),
            "{plan:?}"
        );
    }
}
