//! Raw SQL that diesel keeps prepared: what the lists and the hot reads are written in.
//!
//! diesel's own `sql_query` and `sql::<T>()` fragments mark their statement unsafe to cache,
//! so each use compiles its SQL again (`sqlite3_prepare`), which was the largest single cost
//! of reading an album (issue 17). A [`Sql`] is cached by its text: the connection prepares
//! each distinct text once and keeps it. That is only sound for text assembled from fixed
//! pieces (column lists, clauses chosen by enums), so that the distinct texts are few;
//! every value from a request is a bound parameter, and a list of ids is one bound JSON
//! array read with `json_each` ([`ids_json`]), never a `?` per id.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{HasSqlType, Untyped};
use diesel::sqlite::Sqlite;
use diesel::{QueryResult, RunQueryDsl};

/// One bound value, whatever its SQL type.
trait Bound: Send {
    fn push<'b>(&'b self, out: &mut AstPass<'_, 'b, Sqlite>) -> QueryResult<()>;
}

struct Typed<ST, V> {
    value: V,
    _type: std::marker::PhantomData<fn() -> ST>,
}

impl<ST, V> Bound for Typed<ST, V>
where
    Sqlite: HasSqlType<ST>,
    V: ToSql<ST, Sqlite> + Send,
{
    fn push<'b>(&'b self, out: &mut AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        out.push_bind_param::<ST, V>(&self.value)
    }
}

/// A raw statement being assembled, its values bound as it grows; prepared once per
/// connection for each distinct text.
#[must_use = "a statement runs only when loaded or executed"]
pub struct Sql {
    text: String,
    binds: Vec<Box<dyn Bound>>,
}

impl Sql {
    pub fn new(text: impl Into<String>) -> Sql {
        Sql {
            text: text.into(),
            binds: Vec::new(),
        }
    }

    /// Appends fixed SQL text (never a value: values are bound).
    pub fn sql(mut self, text: impl AsRef<str>) -> Sql {
        self.text.push_str(text.as_ref());
        self
    }

    /// Appends `LIMIT n`, `n` at least `rows` and written into the text: the caller keeps
    /// the rows it wants of the few more it may get. A bound `LIMIT ?` is compiled again at
    /// every use: SQLite 3.53 marks a statement for a new plan whenever its limit parameter
    /// is bound (`sqlite3ExprIsInteger`), 8 % of the CPU of a page of tracks (issue 17). A
    /// written limit is planned with its value once, and rounding it up to
    /// [`LIMIT_SIZES`] keeps the texts few.
    pub fn limit_at_least(self, rows: usize) -> Sql {
        self.sql(format!(" LIMIT {}", written_limit(rows)))
    }

    /// Whether no value is bound yet: a piece whose text goes into another statement.
    pub fn binds_none(&self) -> bool {
        self.binds.is_empty()
    }

    /// The text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Binds the next `?`.
    pub fn bind<ST, V>(mut self, value: V) -> Sql
    where
        ST: 'static,
        Sqlite: HasSqlType<ST>,
        V: ToSql<ST, Sqlite> + Send + 'static,
    {
        self.binds.push(Box::new(Typed::<ST, V> {
            value,
            _type: std::marker::PhantomData,
        }));
        self
    }
}

impl QueryFragment<Sqlite> for Sql {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        // Unlike `sql_query`, the statement is cached with its text as the key, up to
        // `MAX_PREPARED_TEXTS` distinct texts.
        if !kept_prepared(&self.text) {
            out.unsafe_to_cache_prepared();
        }
        // diesel writes each placeholder as it binds, so the text goes out in the pieces
        // between its `?`s (no text here has a `?` inside a literal).
        let mut pieces = self.text.split('?');
        let mut binds = self.binds.iter();
        if let Some(first) = pieces.next() {
            out.push_sql(first);
        }
        for piece in pieces {
            let Some(bound) = binds.next() else {
                return Err(mismatch());
            };
            bound.push(&mut out)?;
            out.push_sql(piece);
        }
        if binds.next().is_some() {
            return Err(mismatch());
        }
        Ok(())
    }
}

/// The limits statements are written with up to 501: the usual page sizes (10, 20, 25, 50,
/// 100, 200, 500; the contract's default is 50 and its largest 500) and one more row, which
/// tells whether another page follows. A page of another size reads up to twice its rows.
const LIMIT_SIZES: [usize; 8] = [2, 11, 21, 26, 51, 101, 201, 501];

/// The limit written for at least `rows`: the first of [`LIMIT_SIZES`] that holds them, and
/// past those the next quarter step of a power of two (512, 640, 768, 896, 1024, 1280…), so
/// that a search's candidates (50 a result) are read at most a quarter beyond what was
/// asked. Each statement shape then has a few texts, within `MAX_PREPARED_TEXTS`.
fn written_limit(rows: usize) -> u64 {
    let rows = u64::try_from(rows).unwrap_or(u64::MAX);
    if let Some(size) = LIMIT_SIZES
        .iter()
        .map(|&size| size as u64)
        .find(|&size| size >= rows)
    {
        return size;
    }
    // SQLite reads a larger literal as a REAL, which a LIMIT refuses.
    let most = i64::MAX as u64;
    let power = rows.checked_next_power_of_two().unwrap_or(most);
    let step = (power / 8).max(1);
    (power / 2..=power)
        .step_by(usize::try_from(step).unwrap_or(usize::MAX))
        .find(|&size| size >= rows)
        .unwrap_or(power)
        .min(most)
}

/// How many distinct statement texts stay prepared. A list's filters combine into thousands
/// of possible texts, and diesel's statement cache has no bound of its own: every pooled
/// connection would keep every shape a client ever stepped through, in memory SQLite cannot
/// evict. The first texts seen (the common shapes: a list unfiltered or with one filter,
/// an album, a search) stay prepared; any beyond are compiled at each use, as before. A
/// written limit makes one text of a shape per size it is asked in, usually one.
const MAX_PREPARED_TEXTS: usize = 512;

static PREPARED_TEXTS: std::sync::LazyLock<parking_lot::Mutex<HashSet<u64>>> =
    std::sync::LazyLock::new(Default::default);

/// Whether a statement of this text may be kept prepared.
fn kept_prepared(text: &str) -> bool {
    admit(&mut PREPARED_TEXTS.lock(), MAX_PREPARED_TEXTS, text)
}

/// Admits `text` to `seen` while it holds fewer than `cap` texts; a text seen before stays
/// admitted. (Texts are kept as hashes: two texts sharing one only let a text more in.)
fn admit(seen: &mut HashSet<u64>, cap: usize, text: &str) -> bool {
    let hash = {
        let mut hasher = std::hash::DefaultHasher::new();
        text.hash(&mut hasher);
        hasher.finish()
    };
    if seen.contains(&hash) {
        return true;
    }
    seen.len() < cap && seen.insert(hash)
}

/// A statement with more or fewer values than placeholders: a bug in the code that
/// assembled it, refused before SQLite sees it.
fn mismatch() -> diesel::result::Error {
    diesel::result::Error::QueryBuilderError(
        "a statement has a different number of `?` placeholders than bound values".into(),
    )
}

impl QueryId for Sql {
    type QueryId = ();
    // No type identifies the statement: diesel then keys its cache by the SQL text.
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl Query for Sql {
    type SqlType = Untyped;
}

impl<Conn> RunQueryDsl<Conn> for Sql {}

/// Ids as the one bound parameter of `IN (SELECT value FROM json_each(?))`, so that a list
/// of any length is the same statement.
pub fn ids_json(ids: &[String]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned())
}

/// `IN (…)` over the ids bound with [`ids_json`].
pub const IN_IDS: &str = " IN (SELECT value FROM json_each(?))";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_texts_up_to_the_cap_are_kept_prepared() {
        let mut seen = HashSet::new();
        assert!(admit(&mut seen, 2, "SELECT 1"));
        assert!(admit(&mut seen, 2, "SELECT 2"));
        assert!(
            !admit(&mut seen, 2, "SELECT 3"),
            "a third text past a cap of two"
        );
        assert!(
            admit(&mut seen, 2, "SELECT 1"),
            "a text kept before stays kept"
        );
        assert_eq!(seen.len(), 2);
    }
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;
    use diesel::sql_types::{BigInt, Text};

    #[derive(QueryableByName, Debug, PartialEq)]
    struct Row {
        #[diesel(sql_type = Text)]
        id: String,
        #[diesel(sql_type = BigInt)]
        n: i64,
    }

    fn conn() -> SqliteConnection {
        let mut conn = SqliteConnection::establish(":memory:").expect("memory");
        conn.batch_execute(
            "CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL);\
             INSERT INTO t VALUES ('a', 1), ('b', 2), ('c', 3), ('d\"''', 4);",
        )
        .expect("table");
        conn
    }

    #[test]
    fn binds_in_order_and_reads_by_name() {
        let mut conn = conn();
        let rows: Vec<Row> = Sql::new("SELECT id, n FROM t WHERE n >= ?")
            .bind::<BigInt, _>(2_i64)
            .sql(" AND id <> ? ORDER BY n")
            .bind::<Text, _>("c".to_owned())
            .load(&mut conn)
            .expect("loads");
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["b", "d\"'"]);
    }

    /// How many statements the connection compiled, and how many it kept prepared, while
    /// `work` ran.
    fn prepared(
        conn: &mut SqliteConnection,
        work: impl FnOnce(&mut SqliteConnection),
    ) -> (usize, usize) {
        use diesel::connection::{Instrumentation, InstrumentationEvent};
        use std::sync::{Arc, Mutex};
        let counts = Arc::new(Mutex::new((0, 0)));
        let seen = counts.clone();
        conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
            let mut counts = seen.lock().expect("counts");
            match event {
                InstrumentationEvent::StartQuery { .. } => counts.0 += 1,
                InstrumentationEvent::CacheQuery { .. } => counts.1 += 1,
                _ => {}
            }
        });
        work(conn);
        conn.set_instrumentation(None::<Box<dyn Instrumentation>>);
        let counts = *counts.lock().expect("counts");
        counts
    }

    #[test]
    fn the_same_text_is_prepared_once_whatever_its_values() {
        let mut conn = conn();
        let (ran, kept) = prepared(&mut conn, |conn| {
            for ids in [vec!["a".to_owned()], vec!["b".to_owned(), "c".to_owned()]] {
                Sql::new(format!("SELECT id, n FROM t WHERE id{IN_IDS}"))
                    .bind::<Text, _>(ids_json(&ids))
                    .load::<Row>(conn)
                    .expect("loads");
            }
        });
        assert_eq!((ran, kept), (2, 1));
        // What it replaces: diesel's own raw query is compiled again every time.
        let (ran, kept) = prepared(&mut conn, |conn| {
            for n in [1_i64, 2] {
                diesel::sql_query("SELECT id, n FROM t WHERE n = ?")
                    .bind::<BigInt, _>(n)
                    .load::<Row>(conn)
                    .expect("loads");
            }
        });
        assert_eq!((ran, kept), (2, 0));
    }

    #[test]
    fn a_limit_is_written_as_one_of_few_sizes_at_least_as_large() {
        let written = |rows| Sql::new("SELECT 1").limit_at_least(rows).text().to_owned();
        assert_eq!(written(0), "SELECT 1 LIMIT 2");
        assert_eq!(written(51), "SELECT 1 LIMIT 51");
        assert_eq!(written(52), "SELECT 1 LIMIT 101");
        assert_eq!(written(501), "SELECT 1 LIMIT 501");
        assert_eq!(written(502), "SELECT 1 LIMIT 512");
        assert_eq!(written(550), "SELECT 1 LIMIT 640");
        assert_eq!(written(1_000), "SELECT 1 LIMIT 1024");
        assert_eq!(written(5_000), "SELECT 1 LIMIT 5120");
        assert_eq!(written(usize::MAX), format!("SELECT 1 LIMIT {}", i64::MAX));
        let mut conn = conn();
        let rows: Vec<Row> = Sql::new("SELECT id, n FROM t WHERE n >= ? ORDER BY n")
            .bind::<BigInt, _>(2_i64)
            .limit_at_least(1)
            .load(&mut conn)
            .expect("loads");
        let ns: Vec<i64> = rows.iter().map(|r| r.n).collect();
        assert_eq!(ns, [2, 3], "at least the one row asked for, in order");
    }

    #[test]
    fn a_missing_or_extra_value_is_an_error_not_a_statement() {
        let mut conn = conn();
        let missing = Sql::new("SELECT id, n FROM t WHERE n = ? AND id = ?")
            .bind::<BigInt, _>(1_i64)
            .load::<Row>(&mut conn);
        assert!(matches!(
            missing,
            Err(diesel::result::Error::QueryBuilderError(_))
        ));
        let extra = Sql::new("SELECT id, n FROM t")
            .bind::<BigInt, _>(1_i64)
            .load::<Row>(&mut conn);
        assert!(matches!(
            extra,
            Err(diesel::result::Error::QueryBuilderError(_))
        ));
    }

    #[test]
    fn id_lists_of_any_length_and_any_characters_are_one_parameter() {
        let mut conn = conn();
        for ids in [
            vec![],
            vec!["a".to_owned()],
            vec!["c".to_owned(), "d\"'".to_owned(), "zz".to_owned()],
        ] {
            let rows: Vec<Row> = Sql::new(format!("SELECT id, n FROM t WHERE id{IN_IDS}"))
                .bind::<Text, _>(ids_json(&ids))
                .load(&mut conn)
                .expect("loads");
            let mut found: Vec<String> = rows.into_iter().map(|r| r.id).collect();
            found.sort();
            let mut wanted: Vec<String> = ids.into_iter().filter(|i| i != "zz").collect();
            wanted.sort();
            assert_eq!(found, wanted);
        }
    }
}
