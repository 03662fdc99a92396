//! The keyset page every list shares (tracks, albums, artists, the search history): the
//! filters, the seek past the cursor, the limit and the next cursor are written here once.
//!
//! A page is read by keyset (the sort value and the id of the last row), not by offset, so
//! it costs the same deep in a large library and rows added meanwhile neither repeat nor
//! vanish. Lists are raw SQL because the seek is a row-value comparison diesel's DSL cannot
//! express; the SQL is assembled from fixed column names chosen by enums, and every value
//! from a request is bound through diesel (`sql()` then `bind()`), never spliced. Being
//! fixed pieces, each list's few shapes stay prepared (`db::statement`).

use diesel::prelude::*;
use diesel::row::NamedRow;
use diesel::sql_types::{BigInt, Nullable, Text};
use diesel::sqlite::Sqlite;

/// A raw query being assembled, its values bound as it grows.
pub(crate) use crate::db::statement::Sql;

/// Starts a raw query.
pub(crate) fn sql(text: &str) -> Sql {
    Sql::new(text)
}

/// A row's position in a sort: what a cursor records of the last row of a page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SortValue {
    Int(i64),
    Text(String),
}

impl SortValue {
    fn bind(&self, query: Sql) -> Sql {
        match self {
            SortValue::Text(v) => query.bind::<Text, _>(v.clone()),
            SortValue::Int(v) => query.bind::<BigInt, _>(*v),
        }
    }
}

/// Where the previous page ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyset {
    pub value: SortValue,
    pub id: String,
}

/// A sort a list offers.
pub trait Sort: Copy + Send + 'static {
    /// The SQL expression sorted on; each has an index ending in the row's id, or is cheap.
    fn expression(self) -> &'static str;
    /// Whether the expression is text (else an integer), to read its value back.
    fn textual(self) -> bool;
    /// The name a cursor records, so that a cursor from another sort is refused.
    fn key(self) -> &'static str;
    /// The direction a list takes when none is asked for.
    fn descending_by_default(self) -> bool;
    /// Whether an index gives the rows in this order, so that an unfiltered page reads
    /// about as many rows as it shows (a sort on a count computes it for every row first).
    /// The catalogue's lists say, held to SQLite's plans by a test; the others keep the
    /// default.
    fn indexed(self) -> bool {
        false
    }
}

/// Which page of a list to read.
#[derive(Debug, Clone)]
pub struct PageSpec<O> {
    pub order: O,
    pub descending: bool,
    /// The end of the previous page; `None` for the first.
    pub after: Option<Keyset>,
    pub limit: usize,
}

/// One page of a list.
#[derive(Debug, Clone)]
pub struct Page<R> {
    pub rows: Vec<R>,
    /// Where the next page starts, when there is one.
    pub next: Option<Keyset>,
    /// How many rows match in all.
    pub total: i64,
}

/// What one list reads, for [`keyset_page`].
pub(crate) struct Listing<F> {
    /// The row's columns (with the row's table aliases).
    pub columns: &'static str,
    /// The `FROM` clause the columns read.
    pub from: &'static str,
    /// The `FROM` clause the total is counted on: the filters read only its table, so the
    /// joins the columns need would only add lookups.
    pub count_from: &'static str,
    /// A statement reading the unfiltered total where the catalogue keeps it (its
    /// triggers, migration `catalogue_totals`), instead of counting: a bare `COUNT(*)`
    /// still walks a whole index, a million entries for a million tracks.
    pub kept_total: Option<&'static str>,
    /// The id column, which breaks ties in every sort.
    pub id: &'static str,
    /// Appends the list's filters, each as ` AND …` after a `WHERE 1 = 1`.
    pub filters: F,
}

/// The value a row was sorted by, for the next cursor.
#[derive(QueryableByName)]
struct SortKey {
    #[diesel(sql_type = Nullable<Text>)]
    sort_text: Option<String>,
    #[diesel(sql_type = Nullable<BigInt>)]
    sort_int: Option<i64>,
    #[diesel(sql_type = Text)]
    sort_id: String,
}

impl SortKey {
    fn keyset(self) -> Keyset {
        let value = match (self.sort_text, self.sort_int) {
            (Some(text), _) => SortValue::Text(text),
            (None, Some(n)) => SortValue::Int(n),
            // A sort expression with no value (an album whose artist row is gone) sorts
            // as SQLite sorts NULL, which no cursor value stands for; -1 is what this hub
            // has always given out there, kept so that such cursors stay valid.
            (None, None) => SortValue::Int(-1),
        };
        Keyset {
            value,
            id: self.sort_id,
        }
    }
}

/// A row with its sort key (diesel's derive does not take a type parameter).
struct Sorted<R> {
    row: R,
    key: SortKey,
}

impl<R: QueryableByName<Sqlite>> QueryableByName<Sqlite> for Sorted<R> {
    fn build<'a>(row: &impl NamedRow<'a, Sqlite>) -> diesel::deserialize::Result<Self> {
        Ok(Sorted {
            row: R::build(row)?,
            key: SortKey::build(row)?,
        })
    }
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// One page of a list after `spec.after`, with the total, in two statements.
///
/// The total is counted by its own statement, not by `COUNT(*) OVER ()` in the page's: a
/// window needs every matching row before the first is returned, so SQLite gives up the
/// sort index, reads all of them through the joins and sorts them in a temporary b-tree.
/// Measured on the bench's 100k-track library (first page of tracks by title, and by year,
/// 30 runs each): separate count and page 1.3 ms p50, `COUNT(*) OVER ()` 458 ms (title) and
/// 479 ms (year) p50. A window would also count what the `WHERE` keeps, which after the
/// first page includes the seek, so it would need a subquery around the filters that defeats
/// the seek as well.
pub(crate) fn keyset_page<R, O, F>(
    conn: &mut SqliteConnection,
    listing: Listing<F>,
    spec: &PageSpec<O>,
) -> QueryResult<Page<R>>
where
    R: QueryableByName<Sqlite> + 'static,
    O: Sort,
    F: Fn(Sql) -> Sql,
{
    let Listing {
        columns,
        from,
        count_from,
        kept_total,
        id,
        filters,
    } = listing;
    let count_all = format!("SELECT COUNT(*) AS n FROM {count_from}");
    let mut count = filters(sql(&format!("{count_all} WHERE 1 = 1")));
    if count.text().ends_with(" WHERE 1 = 1") {
        // No filter: SQLite counts a bare `COUNT(*)` by walking the pages of its smallest
        // index, but steps through every row once there is any `WHERE`, even `1 = 1`
        // (20k rows: 76 µs against 2.5 ms, issue 17). A kept total is read in one row.
        count = sql(kept_total.unwrap_or(&count_all));
    }
    let total = count.get_result::<Count>(conn)?.n;

    let expression = spec.order.expression();
    let (sort_text, sort_int) = if spec.order.textual() {
        (expression, "NULL")
    } else {
        ("NULL", expression)
    };
    let mut query = filters(sql(&format!(
        "SELECT {columns}, {sort_text} AS sort_text, {sort_int} AS sort_int, {id} AS sort_id \
         FROM {from} WHERE 1 = 1"
    )));
    let (cmp, direction) = if spec.descending {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(after) = &spec.after {
        // A row-value comparison, so that SQLite seeks the sort index straight to the page
        // instead of reading every row before it. The first, looser term is redundant, but
        // SQLite seeks an index on an expression only with a plain comparison of it.
        query = query.sql(format!(" AND {expression} {cmp}= ?"));
        query = after.value.bind(query);
        query = query.sql(format!(" AND ({expression}, {id}) {cmp} (?, ?)"));
        query = after.value.bind(query).bind::<Text, _>(after.id.clone());
    }
    // One row more than the page says whether another page follows.
    let mut rows = query
        .sql(format!(
            " ORDER BY {expression} {direction}, {id} {direction}"
        ))
        .limit_at_least(spec.limit.saturating_add(1))
        .load::<Sorted<R>>(conn)?;
    let more = rows.len() > spec.limit;
    rows.truncate(spec.limit);
    let mut next = None;
    let rows = rows
        .into_iter()
        .map(|sorted| {
            next = Some(sorted.key);
            sorted.row
        })
        .collect();
    Ok(Page {
        rows,
        next: next.filter(|_| more).map(SortKey::keyset),
        total,
    })
}

/// Appends `IN (…)` over `ids`, bound as one parameter whatever their number.
pub(crate) fn in_list(query: Sql, ids: &[String]) -> Sql {
    query
        .sql(crate::db::statement::IN_IDS)
        .bind::<Text, _>(crate::db::statement::ids_json(ids))
}

/// Puts rows back in the order of `ids` (a ranking), dropping ids with no row.
pub(crate) fn in_order_of<T>(ids: &[String], rows: Vec<T>, id_of: impl Fn(&T) -> &str) -> Vec<T> {
    let mut by_id: std::collections::HashMap<String, T> = rows
        .into_iter()
        .map(|r| (id_of(&r).to_owned(), r))
        .collect();
    ids.iter().filter_map(|id| by_id.remove(id)).collect()
}

/// `EXISTS` or `NOT EXISTS`, as a `saved` filter asks.
pub(crate) fn saved_clause(saved: bool, exists: &str) -> String {
    if saved {
        format!(" AND {exists}")
    } else {
        format!(" AND NOT {exists}")
    }
}
