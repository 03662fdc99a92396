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
const CANDIDATES_PER_KIND: usize = 50;

/// Every kind's hits in one pass over the index (ranking each match once, not once per
/// kind), best first: exact name matches, then by bm25.
pub fn hits_by_kind(
    conn: &mut SqliteConnection,
    expression: &str,
    exact: &str,
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
    // FTS5 ranks inside the index (no join per match) and only the best candidates are
    // joined to their documents: a few typed letters can match a tenth of a large library,
    // and those matches must not all be looked up to show ten of them.
    let rows = Sql::new(
        "SELECT d.kind, d.item_id, d.name, r.rank FROM \
           (SELECT rowid, rank FROM search_fts \
            WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 5.0, 3.0, 1.0)' \
            ORDER BY rank LIMIT ?) r \
         JOIN search_documents d ON d.doc_id = r.rowid \
         ORDER BY (lower(d.name) = lower(?)) DESC, r.rank, d.item_id",
    )
    .bind::<Text, _>(expression.to_owned())
    .bind::<BigInt, _>(i64::try_from(limit.max(1) * CANDIDATES_PER_KIND).unwrap_or(i64::MAX))
    .bind::<Text, _>(exact.to_owned())
    .load::<KindHit>(conn)?;
    let mut by_kind: Vec<(SearchKind, Vec<Hit>)> = kinds.iter().map(|k| (*k, Vec::new())).collect();
    for row in rows {
        if let Some((_, hits)) = by_kind
            .iter_mut()
            .find(|(k, hits)| k.as_str() == row.kind && hits.len() < limit)
        {
            hits.push(row.hit);
        }
    }
    Ok(by_kind)
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
