//! Full-text search over `search_documents` (kept in step with the catalogue by triggers), and
//! the search history.
//!
//! The user's words are never FTS syntax: each becomes a quoted phrase with `"` doubled, so
//! `AND`, `OR`, `NEAR`, `*`, `:` and quotes in a query are searched for, not obeyed.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Text};

use crate::db::page::{keyset_page, Listing, Page, PageSpec, Sort};
use crate::db::schema::search_history;
use crate::db::statement::Sql;

/// What kind of item a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum SearchKind {
    Track,
    Album,
    Artist,
    Playlist,
}

impl SearchKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The words of a query, as typed (empty words and pure punctuation dropped).
pub fn words(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}

/// The FTS5 expression for a query: every word a quoted phrase, matched as a prefix so that
/// results come as the user types.
pub fn fts_expression(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The indexed words between `from` (inclusive) and `to` (exclusive), as the index folds
/// them (lower case, no diacritics).
pub fn vocabulary_range(
    conn: &mut SqliteConnection,
    from: &str,
    to: &str,
) -> QueryResult<Vec<String>> {
    #[derive(QueryableByName)]
    struct Term {
        #[diesel(sql_type = Text)]
        term: String,
    }
    Ok(
        Sql::new("SELECT term FROM search_vocabulary WHERE term >= ? AND term < ?")
            .bind::<Text, _>(from.to_owned())
            .bind::<Text, _>(to.to_owned())
            .load::<Term>(conn)?
            .into_iter()
            .map(|t| t.term)
            .collect(),
    )
}

/// How many ranked candidates are read per result wanted of each kind: enough that one
/// kind crowding the top (tracks outnumber albums ten to one) still leaves the others theirs.
/// At least this many: the limit is written rounded up (`Sql::limit_at_least`).
const CANDIDATES_PER_KIND: usize = 50;

/// How many matches at most are ranked by bm25. bm25 needs each phrase's document count,
/// which FTS5 finds by visiting every match of the phrase, and then scores each match: a
/// few common letters match a quarter of a large library's documents (254k of 1.1M for
/// "cor"), 300 ms to rank all of them. A query with more matches than this, or with a
/// phrase that has more on its own, is not ranked (`unranked_matches`).
const RANKED_AT_MOST: usize = 1_000;

/// How many names starting with what was typed are read of each kind, per result wanted:
/// the first in alphabetical order, of which the shortest are shown.
const STARTING_PER_RESULT: usize = 10;

/// Names equal to the query (tier 0), found by `search_documents_exact_name` rather than
/// among the matches, which may be too many to read: about `limit` of each kind, so that a
/// thousand tracks called "Intro" cost no more than ten. Binds per kind: the query.
fn exact_names(kinds: &[SearchKind], limit: usize) -> String {
    per_kind(kinds, |kind| {
        Sql::new(format!(
            "SELECT kind, item_id, name, 0.0 AS rank, 0 AS tier, 0 AS position \
             FROM search_documents WHERE lower(name) = lower(?) AND kind = '{kind}'"
        ))
        .limit_at_least(limit)
    })
}

/// For a query with too many matches to rank, names starting with what was typed (tier 1),
/// from the same index: of each kind, the first in alphabetical order, shortest first.
/// Named: with `kind = ?` SQLite prefers the `(kind, item_id)` index and reads every item
/// of the kind (3.5 s a search at a million tracks).
/// Binds per kind: the lowest and the first name past the range.
fn starting_names(kinds: &[SearchKind], how_many: usize) -> String {
    per_kind(kinds, |kind| {
        Sql::new(format!(
            "SELECT kind, item_id, name, 0.0 AS rank, 1 AS tier, length(name) AS position \
             FROM search_documents INDEXED BY search_documents_exact_name \
             WHERE lower(name) >= ? AND lower(name) < ? \
             AND kind = '{kind}' ORDER BY lower(name)"
        ))
        .limit_at_least(how_many)
    })
}

/// One `SELECT` a kind, each bounded on its own, joined by `UNION ALL` (a compound's members
/// cannot carry their own `LIMIT` unless wrapped).
fn per_kind(kinds: &[SearchKind], select: impl Fn(&str) -> Sql) -> String {
    kinds
        .iter()
        .map(|kind| {
            let select = select(kind.as_str());
            debug_assert!(
                select.binds_none(),
                "only the text is kept: bind in the caller"
            );
            format!("SELECT * FROM ({})", select.text())
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// The best candidates by bm25 (tier 2), for a query within `RANKED_AT_MOST`. FTS5 ranks
/// inside the index (no join per match) and only the best are joined to their documents.
fn ranked_matches(candidates: usize) -> String {
    let best = Sql::new(
        "SELECT rowid, rank, row_number() OVER (ORDER BY rank) AS position \
         FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 5.0, 3.0, 1.0)' \
         ORDER BY rank",
    )
    .limit_at_least(candidates);
    format!(
        "SELECT d.kind, d.item_id, d.name, r.rank, 2 AS tier, r.position FROM ({}) r \
         JOIN search_documents d ON d.doc_id = r.rowid",
        best.text()
    )
}

/// For a query with too many matches to rank, after the names starting with it: the newest
/// matches (tier 2), those whose name starts with the first word first, then the shortest,
/// which is what bm25 favours among matches of one common word. As many as the ranked
/// candidates: each is a lookup in `search_documents`, dearer the larger the library (1,000
/// of them were a third of a search at a million tracks).
fn unranked_matches(candidates: usize) -> String {
    let newest =
        Sql::new("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC")
            .limit_at_least(candidates);
    format!(
        "SELECT m.kind, m.item_id, m.name, 0.0 AS rank, 2 AS tier, \
         row_number() OVER (ORDER BY m.name LIKE ? ESCAPE '\\' DESC, length(m.name), m.item_id) \
         FROM ({}) f JOIN search_documents m ON m.doc_id = f.rowid",
        newest.text()
    )
}

/// The FTS5 expression of each word of a query on its own: the phrases bm25 counts.
pub fn phrases(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| fts_expression(std::slice::from_ref(w)))
        .collect()
}

/// Every kind's hits for `expression` in one pass over the index (ranking each match once,
/// not once per kind), best first: names equal to `typed`, then by bm25 when neither the
/// expression nor any of its `phrases` has more than `RANKED_AT_MOST` matches, else as
/// `unranked_matches` orders them.
pub fn hits_by_kind(
    conn: &mut SqliteConnection,
    expression: &str,
    phrases: &[String],
    typed: &str,
    kinds: &[SearchKind],
    limit: usize,
) -> QueryResult<Vec<(SearchKind, Vec<Hit>)>> {
    #[derive(QueryableByName)]
    struct KindHit {
        #[diesel(sql_type = Text)]
        kind: String,
        #[diesel(embed)]
        hit: Hit,
    }
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    if kinds.is_empty() {
        return Ok(Vec::new());
    }
    // Each kind once, in one order, for the statement's text: its cache holds few texts.
    let mut sql_kinds = kinds.to_vec();
    sql_kinds.sort_by_key(|k| k.as_str());
    sql_kinds.dedup();
    let as_int = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let candidates = limit.max(1).saturating_mul(CANDIDATES_PER_KIND);
    // Counting stops one past the bound: it reads matches, never ranks them.
    let mut within_bound = |expression: &str| -> QueryResult<bool> {
        let n = Sql::new(format!(
            "SELECT COUNT(*) AS n FROM \
             (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT {})",
            RANKED_AT_MOST + 1
        ))
        .bind::<Text, _>(expression.to_owned())
        .get_result::<Count>(conn)?
        .n;
        Ok(n <= as_int(RANKED_AT_MOST))
    };
    let mut ranked = within_bound(expression)?;
    for phrase in phrases.iter().filter(|p| p.as_str() != expression) {
        if !ranked {
            break;
        }
        ranked = within_bound(phrase)?;
    }
    let mut query = Sql::new(format!(
        "SELECT kind, item_id, name, rank FROM ({} UNION ALL ",
        exact_names(&sql_kinds, limit)
    ));
    for _ in &sql_kinds {
        query = query.bind::<Text, _>(typed.to_owned());
    }
    let words = words(typed);
    query = if ranked {
        query
            .sql(ranked_matches(candidates))
            .bind::<Text, _>(expression.to_owned())
    } else {
        // SQLite's lower() and LIKE fold ASCII letters only; so does this.
        let start = words.join(" ").to_ascii_lowercase();
        let past_start = format!("{start}\u{10FFFF}");
        let first_word = words.first().map_or("", String::as_str);
        query = query
            .sql(starting_names(
                &sql_kinds,
                limit.saturating_mul(STARTING_PER_RESULT),
            ))
            .sql(" UNION ALL ");
        for _ in &sql_kinds {
            query = query
                .bind::<Text, _>(start.clone())
                .bind::<Text, _>(past_start.clone());
        }
        query
            .sql(unranked_matches(candidates))
            .bind::<Text, _>(format!("{}%", like_escaped(first_word)))
            .bind::<Text, _>(expression.to_owned())
    };
    let rows = query
        .sql(") ORDER BY tier, position, item_id")
        .load::<KindHit>(conn)?;
    let mut by_kind: Vec<(SearchKind, Vec<Hit>)> = kinds.iter().map(|k| (*k, Vec::new())).collect();
    for row in rows {
        if let Some((_, hits)) = by_kind.iter_mut().find(|(k, hits)| {
            k.as_str() == row.kind
                && hits.len() < limit
                && !hits.iter().any(|h| h.item_id == row.hit.item_id)
        }) {
            hits.push(row.hit);
        }
    }
    Ok(by_kind)
}

/// `text` matched literally by `LIKE … ESCAPE '\'`.
fn like_escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

#[derive(Debug, Clone, QueryableByName)]
pub struct Hit {
    #[diesel(sql_type = Text)]
    pub item_id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Double)]
    pub rank: f64,
}

/// How many searches the history keeps.
pub const HISTORY_LIMIT: i64 = 100;

/// Records a search: the same words again (ignoring case and spacing) move to the top.
pub fn history_record(conn: &mut SqliteConnection, query: &str, now: i64) -> QueryResult<()> {
    let key = words(query).join(" ").to_lowercase();
    if key.is_empty() {
        return Ok(());
    }
    diesel::sql_query(
        "INSERT INTO search_history (query_key, query, first_searched_at, last_searched_at) \
         VALUES (?, ?, ?, ?) ON CONFLICT (query_key) DO UPDATE SET \
         query = excluded.query, last_searched_at = excluded.last_searched_at, \
         search_count = search_count + 1",
    )
    .bind::<Text, _>(&key)
    .bind::<Text, _>(query.trim())
    .bind::<BigInt, _>(now)
    .bind::<BigInt, _>(now)
    .execute(conn)?;
    diesel::sql_query(
        "DELETE FROM search_history WHERE query_key NOT IN \
         (SELECT query_key FROM search_history ORDER BY last_searched_at DESC LIMIT ?)",
    )
    .bind::<BigInt, _>(HISTORY_LIMIT)
    .execute(conn)
    .map(|_| ())
}

#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = search_history, check_for_backend(diesel::sqlite::Sqlite))]
pub struct HistoryRow {
    pub query: String,
    pub last_searched_at: i64,
}

/// The search history's one order: when a query was last searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryOrder;

impl Sort for HistoryOrder {
    fn expression(self) -> &'static str {
        "h.last_searched_at"
    }

    fn textual(self) -> bool {
        false
    }

    fn key(self) -> &'static str {
        "searchedAt"
    }

    fn descending_by_default(self) -> bool {
        true
    }
}

/// One page of the search history, and how many queries it holds.
pub fn history_list(
    conn: &mut SqliteConnection,
    spec: &PageSpec<HistoryOrder>,
) -> QueryResult<Page<HistoryRow>> {
    keyset_page(
        conn,
        Listing {
            columns: "h.query, h.last_searched_at",
            from: "search_history h",
            count_from: "search_history h",
            kept_total: None,
            id: "h.query_key",
            filters: |query| query,
        },
        spec,
    )
}

pub fn history_clear(conn: &mut SqliteConnection) -> QueryResult<()> {
    diesel::sql_query("DELETE FROM search_history")
        .execute(conn)
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::connection::SimpleConnection;
    use diesel::sql_types::Text;
    use proptest::prelude::*;

    #[derive(QueryableByName)]
    struct Hits {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Whatever a person types, the expression is valid FTS5: SQLite never refuses it
        /// (a refused MATCH was a 500), with the hub's own tokenizer.
        #[test]
        fn any_query_is_a_valid_fts5_expression(query in "\\PC{0,40}") {
            let mut conn = SqliteConnection::establish(":memory:").expect("memory");
            conn.batch_execute(
                "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2');\
                 INSERT INTO t (x) VALUES ('Beyoncé Crazy in Love'), ('NEAR AND OR \"quoted\"');",
            )
            .expect("table");
            let words = words(&query);
            if !words.is_empty() {
                let hits = diesel::sql_query("SELECT COUNT(*) AS n FROM t WHERE t MATCH ?")
                    .bind::<Text, _>(fts_expression(&words))
                    .get_result::<Hits>(&mut conn);
                prop_assert!(hits.is_ok(), "{:?}: {:?}", query, hits.err());
                prop_assert!(hits.map(|h| h.n).unwrap_or(0) <= 2);
            }
        }
    }

    #[test]
    fn operators_and_quotes_are_text() {
        let w = words(r#"AND "x OR *  ::  NEAR(a b)"#);
        assert_eq!(fts_expression(&w), r#""AND"* """x"* "OR"* "NEAR(a"* "b)"*"#);
        assert!(words("*** ::").is_empty());
    }
}

#[cfg(test)]
mod bounded_ranking {
    use super::*;
    use crate::db::Database;
    use diesel::connection::SimpleConnection;

    fn names(hits: &[(SearchKind, Vec<Hit>)]) -> Vec<String> {
        hits.iter()
            .flat_map(|(_, hits)| hits.iter().map(|h| h.name.clone()))
            .collect()
    }

    /// More matches than are ranked (1,500 "Love Song N", then "Love", "Lovely Day" and
    /// "Zebra Love", the newest): a name equal to the query comes first, then names starting
    /// with it, then the newest matches; a query few documents match is ranked, and one
    /// with a common word in it is still found.
    #[tokio::test]
    async fn past_the_bound_exact_names_then_names_starting_so_then_the_newest() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        let many = RANKED_AT_MOST + 500;
        conn.batch_execute(&format!(
            "INSERT INTO artists (id, name, sort_name, added_at, updated_at) \
             VALUES ('ar_whale', 'Songs of the Humpback Whale', 'songs', 0, 0); \
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {many}) \
             INSERT INTO artists (id, name, sort_name, added_at, updated_at) \
             SELECT 'ar_' || i, 'Love Song ' || i, 'love song ' || i, 0, 0 FROM n; \
             INSERT INTO artists (id, name, sort_name, added_at, updated_at) \
             VALUES ('ar_love', 'Love', 'love', 0, 0), \
                    ('ar_lovely', 'Lovely Day', 'lovely day', 0, 0), \
                    ('ar_zebra', 'Zebra Love', 'zebra love', 0, 0); \
             INSERT INTO albums (id, title, sort_title, album_artist_id, album_artist_credit, \
               added_at, updated_at) \
             VALUES ('al_sexy', 'Lovesexy', 'lovesexy', 'ar_love', 'Love', 0, 0);"
        ))
        .expect("artists");
        let mut search_kinds = |typed: &str, kinds: &[SearchKind], limit: usize| {
            let words = words(typed);
            let expression = fts_expression(&words);
            let found = hits_by_kind(
                &mut conn,
                &expression,
                &phrases(&words),
                typed,
                kinds,
                limit,
            )
            .expect("search");
            names(&found)
        };
        // An album among all those artists, its kind asked for: the artists' names starting
        // so do not crowd it out.
        let found = search_kinds("love", &[SearchKind::Album, SearchKind::Artist], 2);
        assert_eq!(found, ["Lovesexy", "Love", "Love Song 1"]);
        let mut search =
            |typed: &str, limit: usize| search_kinds(typed, &[SearchKind::Artist], limit);

        let found = search("love", 5);
        assert_eq!(found.len(), 5, "{found:?}");
        assert_eq!(found[..2], ["Love", "Love Song 1"], "{found:?}");
        assert!(
            found[1..].iter().all(|n| n.starts_with("Love Song 1")),
            "names starting with the query, the first in alphabetical order, shortest first: {found:?}"
        );

        // The exact name is among the names starting so too, and is listed once.
        let found = search("Love Song 1", 5);
        assert_eq!(found[0], "Love Song 1", "{found:?}");
        assert_eq!(
            found.iter().filter(|n| *n == "Love Song 1").count(),
            1,
            "{found:?}"
        );

        // One name starts with it, then the newest matches (3 × 50 = 150 candidates, read
        // with a written limit of 201: `Sql::limit_at_least`), shortest first.
        let found = search("song", 3);
        assert_eq!(
            found,
            [
                "Songs of the Humpback Whale",
                "Love Song 1300",
                "Love Song 1301"
            ],
        );

        // One match in all, but "love" alone has too many to rank: still found.
        assert_eq!(search("love zebra", 5), ["Zebra Love"]);
        // Few matches: ranked by bm25, the name match first.
        assert_eq!(search("lovely", 5), ["Lovely Day"]);
    }
}
