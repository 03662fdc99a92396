//! Full-text search over `search_documents` (kept in step with the catalogue by triggers), and
//! the search history.
//!
//! The user's words are never FTS syntax: each becomes a quoted phrase with `"` doubled, so
//! `AND`, `OR`, `NEAR`, `*`, `:` and quotes in a query are searched for, not obeyed.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Text};

/// What kind of item a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKind {
    Track,
    Album,
    Artist,
    Playlist,
}

impl SearchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SearchKind::Track => "track",
            SearchKind::Album => "album",
            SearchKind::Artist => "artist",
            SearchKind::Playlist => "playlist",
        }
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

/// The trigram expression for the typo fallback: any three-letter run of any word.
pub fn trigram_expression(words: &[String]) -> Option<String> {
    let mut grams = Vec::new();
    for word in words {
        let chars: Vec<char> = word.to_lowercase().chars().collect();
        for window in chars.windows(3) {
            let gram: String = window.iter().collect();
            if gram.chars().all(char::is_alphanumeric) && !grams.contains(&gram) {
                grams.push(gram);
            }
        }
    }
    (!grams.is_empty()).then(|| {
        grams
            .iter()
            .map(|g| format!("\"{}\"", g.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" OR ")
    })
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

/// Ranked hits of one kind: bm25 with the name weighted most, and an exact name first.
pub fn hits(
    conn: &mut SqliteConnection,
    expression: &str,
    exact: &str,
    kind: SearchKind,
    limit: i64,
) -> QueryResult<Vec<Hit>> {
    diesel::sql_query(
        "SELECT d.item_id, d.name, bm25(search_fts, 10.0, 5.0, 3.0, 1.0) AS rank \
         FROM search_fts JOIN search_documents d ON d.doc_id = search_fts.rowid \
         WHERE search_fts MATCH ? AND d.kind = ? \
         ORDER BY (lower(d.name) = lower(?)) DESC, rank, d.item_id LIMIT ?",
    )
    .bind::<Text, _>(expression)
    .bind::<Text, _>(kind.as_str())
    .bind::<Text, _>(exact)
    .bind::<BigInt, _>(limit)
    .load(conn)
}

/// Candidates for the typo fallback, by shared trigrams; the caller re-ranks them.
pub fn trigram_candidates(
    conn: &mut SqliteConnection,
    expression: &str,
    kind: SearchKind,
    limit: i64,
) -> QueryResult<Vec<Hit>> {
    diesel::sql_query(
        "SELECT d.item_id, d.name, bm25(search_trigram) AS rank \
         FROM search_trigram JOIN search_documents d ON d.doc_id = search_trigram.rowid \
         WHERE search_trigram MATCH ? AND d.kind = ? ORDER BY rank, d.item_id LIMIT ?",
    )
    .bind::<Text, _>(expression)
    .bind::<Text, _>(kind.as_str())
    .bind::<BigInt, _>(limit)
    .load(conn)
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
pub struct HistoryRow {
    #[diesel(sql_type = Text)]
    pub query: String,
    #[diesel(sql_type = BigInt)]
    pub last_searched_at: i64,
}

pub fn history_page(
    conn: &mut SqliteConnection,
    newest_first: bool,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<HistoryRow>, i64)> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let total = diesel::sql_query("SELECT COUNT(*) AS n FROM search_history")
        .get_result::<Count>(conn)?
        .n;
    let direction = if newest_first { "DESC" } else { "ASC" };
    let rows = diesel::sql_query(format!(
        "SELECT query, last_searched_at FROM search_history \
         ORDER BY last_searched_at {direction}, query_key {direction} LIMIT ? OFFSET ?"
    ))
    .bind::<BigInt, _>(limit)
    .bind::<BigInt, _>(offset)
    .load(conn)?;
    Ok((rows, total))
}

pub fn history_clear(conn: &mut SqliteConnection) -> QueryResult<()> {
    diesel::sql_query("DELETE FROM search_history")
        .execute(conn)
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_quotes_are_text() {
        let w = words(r#"AND "x OR *  ::  NEAR(a b)"#);
        assert_eq!(fts_expression(&w), r#""AND"* """x"* "OR"* "NEAR(a"* "b)"*"#);
        assert!(words("*** ::").is_empty());
    }

    #[test]
    fn trigrams_cover_each_word() {
        let w = words("Metalica");
        assert_eq!(
            trigram_expression(&w).as_deref(),
            Some(r#""met" OR "eta" OR "tal" OR "ali" OR "lic" OR "ica""#)
        );
        assert_eq!(trigram_expression(&words("ab")), None);
    }
}
