//! The typo fallback: near words of a mistyped word, found in the search index's own
//! vocabulary, and the query widened to them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::fold;
use crate::db::search;

/// How many near words a mistyped word is widened to.
const NEAR_WORDS: usize = 8;

/// How long the words under one first letter are reused. Reading them from the index costs
/// time in proportion to the library (FTS5's vocabulary table counts every word's
/// documents as it lists them: 10 ms for one letter at a million tracks), for a fallback
/// that only needs the words; a word new to the library is offered as a correction this
/// much later at most, and exact search never waits for it.
pub(super) const VOCABULARY_REUSED_FOR: Duration = Duration::from_secs(60);

/// The most words kept over all letters (about 8 MB at most): past it, a letter's words
/// are read each time instead, whatever the library.
const KEPT_WORDS_AT_MOST: usize = 200_000;

/// The words under one first letter, and when they were read.
type Words = (Instant, Arc<Vec<String>>);

/// The index's words by first letter, each list kept for a while (`VOCABULARY_REUSED_FOR`).
pub(super) struct Vocabulary {
    reused_for: Duration,
    by_letter: Mutex<HashMap<char, Words>>,
}

impl Vocabulary {
    pub(super) fn new(reused_for: Duration) -> Self {
        Vocabulary {
            reused_for,
            by_letter: Mutex::new(HashMap::new()),
        }
    }

    /// The indexed words starting with `first`, as the index folds them.
    fn starting_with(
        &self,
        conn: &mut diesel::SqliteConnection,
        first: char,
    ) -> diesel::QueryResult<Arc<Vec<String>>> {
        let fresh =
            |(read, words): &Words| (read.elapsed() < self.reused_for).then(|| words.clone());
        // A poisoned lock only means another search panicked while holding it: the map
        // itself is still whole.
        let lock = || self.by_letter.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(words) = lock().get(&first).and_then(fresh) {
            return Ok(words);
        }
        let next = char::from_u32(u32::from(first) + 1).unwrap_or(char::MAX);
        let words = Arc::new(search::vocabulary_range(
            conn,
            &first.to_string(),
            &next.to_string(),
        )?);
        let mut kept = lock();
        kept.retain(|_, (read, _)| read.elapsed() < self.reused_for);
        let held: usize = kept.values().map(|(_, words)| words.len()).sum();
        if held + words.len() <= KEPT_WORDS_AT_MOST {
            kept.insert(first, (Instant::now(), words.clone()));
        }
        Ok(words)
    }
}

/// The closest indexed words to a query word that starts like it: one wrong, missing or
/// extra letter, or two neighbours swapped ("lvoe", "nigth"), in four, against the whole
/// word or the part typed so far. Swaps are the commonest slip on a phone keyboard, and the
/// optimal string alignment distance counts one as a single edit (Levenshtein counts two).
fn near_words(
    conn: &mut diesel::SqliteConnection,
    vocabulary: &Vocabulary,
    word: &str,
) -> diesel::QueryResult<Vec<String>> {
    let folded = fold(word);
    let length = folded.chars().count();
    let Some(first) = folded.chars().next().filter(|c| c.is_alphabetic()) else {
        return Ok(Vec::new());
    };
    if length < 3 {
        return Ok(Vec::new());
    }
    let allowed = (length / 4).max(1);
    let mut near: Vec<(usize, String)> = vocabulary
        .starting_with(conn, first)?
        .iter()
        .filter_map(|term| {
            let typed: String = term.chars().take(length).collect();
            let d = strsim::osa_distance(&folded, term).min(strsim::osa_distance(&folded, &typed));
            (d <= allowed).then(|| (d, term.clone()))
        })
        .collect();
    near.sort();
    near.truncate(NEAR_WORDS);
    Ok(near.into_iter().map(|(_, term)| term).collect())
}

/// The query with each word widened to its near words, with every phrase of it (each word
/// and each near word, which bm25 would count apart), or `None` when no word has any.
pub(super) fn corrected_expression(
    conn: &mut diesel::SqliteConnection,
    vocabulary: &Vocabulary,
    words: &[String],
) -> diesel::QueryResult<Option<(String, Vec<String>)>> {
    let mut corrected = false;
    let mut parts = Vec::new();
    let mut phrases = Vec::new();
    for word in words {
        let exact = search::fts_expression(std::slice::from_ref(word));
        let near = near_words(conn, vocabulary, word)?;
        corrected |= !near.is_empty();
        let alternatives: Vec<String> = std::iter::once(exact)
            .chain(
                near.iter()
                    .map(|t| format!("\"{}\"", t.replace('"', "\"\""))),
            )
            .collect();
        parts.push(format!("({})", alternatives.join(" OR ")));
        phrases.extend(alternatives);
    }
    Ok(corrected.then(|| (parts.join(" AND "), phrases)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;
    use diesel::connection::SimpleConnection;

    fn add_artist(conn: &mut diesel::SqliteConnection, id: &str, name: &str) {
        conn.batch_execute(&format!(
            "INSERT INTO artists (id, name, sort_name, added_at, updated_at) \
             VALUES ('{id}', '{name}', '{name}', 0, 0);"
        ))
        .expect("artist");
    }

    /// A letter's words are read once and reused for as long as they are kept: a word
    /// added meanwhile is offered once they are read again, and swaps are corrected.
    #[tokio::test]
    async fn a_letters_words_are_reused_while_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        add_artist(&mut conn, "ar_1", "Nightfall");
        let kept = Vocabulary::new(Duration::from_secs(3600));
        let read_each_time = Vocabulary::new(Duration::ZERO);
        for vocabulary in [&kept, &read_each_time] {
            let near = near_words(&mut conn, vocabulary, "nigth").expect("near words");
            assert_eq!(near, ["nightfall"]);
        }

        add_artist(&mut conn, "ar_2", "Nightingale");
        let near = near_words(&mut conn, &kept, "nigth").expect("near words");
        assert_eq!(near, ["nightfall"], "the kept words were read again");
        let near = near_words(&mut conn, &read_each_time, "nigth").expect("near words");
        assert_eq!(near, ["nightfall", "nightingale"]);
        // Another letter is read on its own.
        add_artist(&mut conn, "ar_3", "Moonlight");
        let near = near_words(&mut conn, &kept, "moonlihgt").expect("near words");
        assert_eq!(near, ["moonlight"]);
    }
}
