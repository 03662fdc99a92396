//! Saved items as stored: one row per (kind, id), with no foreign key, so that a saved track
//! whose file leaves the library stays saved and is shown again when the file (and so the
//! same derived id) comes back. What saving means is the saved service's (`app::saved`).

use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel::sqlite::Sqlite;

use crate::db::page::{keyset_page, Listing, Page, PageSpec, Sort};
use crate::db::schema::saved_items;

/// What can be saved: `saved_items.kind`, and the path segment of the saved routes.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "camelCase")]
pub enum SavedKind {
    #[default]
    Track,
    Album,
    Artist,
    Playlist,
}

impl SavedKind {
    /// The name stored in `saved_items.kind` (and used in paths).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<SavedKind> {
        name.parse().ok()
    }
}

/// One saved item.
#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
#[diesel(table_name = saved_items, check_for_backend(Sqlite))]
pub struct SavedRow {
    pub kind: String,
    pub item_id: String,
    pub saved_at: i64,
}

/// What saved items can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedOrder {
    SavedAt,
    Name,
}

/// Whether the saved item is in the library now: only those are listed.
const SAVED_PRESENT: &str = "CASE s.kind \
    WHEN 'track' THEN EXISTS (SELECT 1 FROM tracks t WHERE t.id = s.item_id) \
    WHEN 'album' THEN EXISTS (SELECT 1 FROM albums a WHERE a.id = s.item_id) \
    WHEN 'artist' THEN EXISTS (SELECT 1 FROM artists ar WHERE ar.id = s.item_id) \
    ELSE EXISTS (SELECT 1 FROM playlists p WHERE p.id = s.item_id) END";

impl Sort for SavedOrder {
    fn expression(self) -> &'static str {
        match self {
            SavedOrder::SavedAt => "s.saved_at",
            // Each kind's own sort key (playlists have none: their name in lower case).
            // Saved items number in the hundreds, so a sort on subqueries costs little.
            SavedOrder::Name => {
                "CASE s.kind \
                 WHEN 'track' THEN (SELECT t.sort_title FROM tracks t WHERE t.id = s.item_id) \
                 WHEN 'album' THEN (SELECT a.sort_title FROM albums a WHERE a.id = s.item_id) \
                 WHEN 'artist' THEN (SELECT ar.sort_name FROM artists ar WHERE ar.id = s.item_id) \
                 ELSE (SELECT lower(p.name) FROM playlists p WHERE p.id = s.item_id) END"
            }
        }
    }

    fn textual(self) -> bool {
        self == SavedOrder::Name
    }

    fn key(self) -> &'static str {
        match self {
            SavedOrder::SavedAt => "savedAt",
            SavedOrder::Name => "name",
        }
    }

    /// The newest first; names A to Z.
    fn descending_by_default(self) -> bool {
        self == SavedOrder::SavedAt
    }
}

/// One page of the saved items that are in the library, of one kind or all.
pub fn saved_list(
    conn: &mut SqliteConnection,
    kind: Option<&str>,
    spec: &PageSpec<SavedOrder>,
) -> QueryResult<Page<SavedRow>> {
    keyset_page(
        conn,
        Listing {
            columns: "s.kind, s.item_id, s.saved_at",
            from: "saved_items s",
            count_from: "saved_items s",
            kept_total: None,
            // An id is unique within its kind only.
            id: "(s.kind || ':' || s.item_id)",
            filters: |mut query: crate::db::page::Sql| {
                if let Some(kind) = kind {
                    query = query
                        .sql(" AND s.kind = ?")
                        .bind::<Text, _>(kind.to_owned());
                }
                query.sql(format!(" AND {SAVED_PRESENT}"))
            },
        },
        spec,
    )
}

/// Saves the item at `now` unless it is saved already (its first `saved_at` is kept);
/// `true` when it was not saved before.
pub fn saved_insert(
    conn: &mut SqliteConnection,
    kind: &str,
    item_id: &str,
    now: i64,
) -> QueryResult<bool> {
    let inserted = diesel::insert_into(saved_items::table)
        .values((
            saved_items::kind.eq(kind),
            saved_items::item_id.eq(item_id),
            saved_items::saved_at.eq(now),
        ))
        .on_conflict((saved_items::kind, saved_items::item_id))
        .do_nothing()
        .execute(conn)?;
    Ok(inserted > 0)
}

/// Unsaves the item; `true` when it was saved.
pub fn saved_delete(conn: &mut SqliteConnection, kind: &str, item_id: &str) -> QueryResult<bool> {
    let deleted = diesel::delete(
        saved_items::table
            .filter(saved_items::kind.eq(kind))
            .filter(saved_items::item_id.eq(item_id)),
    )
    .execute(conn)?;
    Ok(deleted > 0)
}

/// The saved row of one item, if it is saved.
pub fn saved_get(
    conn: &mut SqliteConnection,
    kind: &str,
    item_id: &str,
) -> QueryResult<Option<SavedRow>> {
    saved_items::table
        .filter(saved_items::kind.eq(kind))
        .filter(saved_items::item_id.eq(item_id))
        .select(SavedRow::as_select())
        .first(conn)
        .optional()
}
