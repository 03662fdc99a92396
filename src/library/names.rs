//! Names as the catalogue compares, sorts and splits them, and the facts a file's path
//! gives when its tags are missing.
//!
//! Everything here is a pure function of its input, so that the ids derived from these
//! keys (see `ids`) come out the same on every scan and on every machine.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The identity of a name: two spellings with the same key are the same artist, album or
/// genre. NFKC folds compatibility forms (full-width letters, ligatures), then case and
/// runs of white space are folded. Diacritics are kept: stripping them would also strip
/// Japanese voicing marks (が → か) and merge different words.
pub fn name_key(name: &str) -> String {
    let composed: String = name.nfkc().collect();
    collapse_whitespace(&composed.to_lowercase())
}

/// Leading articles that sorting ignores, as music players do ("The Beatles" sorts as
/// "beatles, the").
const ARTICLES: &[&str] = &["the ", "a ", "an "];

/// A sort key for plain BINARY ordering (the migration's `sort_*` columns): casefolded,
/// diacritics folded, white space collapsed and a leading article moved to the end.
pub fn sort_key(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    let key = collapse_whitespace(&folded);
    for article in ARTICLES {
        if let Some(rest) = key.strip_prefix(article) {
            if !rest.is_empty() {
                return format!("{rest}, {}", article.trim_end());
            }
        }
    }
    key
}

/// A name folded for "contains" and "equals" comparisons people expect: lower case, no
/// diacritics (search, playlist names, "artist - title" lines of playlist files).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// Trims and collapses every run of white space (including control characters such as
/// the NULs some taggers leave behind) into one space.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The artists named by an artist tag, split where the split is unambiguous.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArtistCredit {
    /// The main artists, in tag order.
    pub main: Vec<String>,
    /// Artists after "feat." and the like.
    pub featured: Vec<String>,
}

/// Markers that introduce featured artists, anywhere between spaces ("A feat. B").
const FEATURING: &[&str] = &[" feat. ", " feat ", " ft. ", " featuring "];
/// The same inside brackets ("A (feat. B)"), where "with" is a credit too.
const FEATURING_BRACKETED: &[&str] = &["feat. ", "feat ", "ft. ", "featuring ", "with "];

/// Splits an artist tag's values into artists. Each value is one artist or more: values
/// are split on ';' (which no artist name uses) and on featuring markers ("A feat. B").
/// '/', '&', ',' and " and " are left alone: "AC/DC", "Simon & Garfunkel" and "Earth, Wind
/// & Fire" are one artist each; a tagger that means several writes several values.
pub fn split_artists<S: AsRef<str>>(values: &[S]) -> ArtistCredit {
    let mut credit = ArtistCredit::default();
    for value in values {
        for part in value.as_ref().split([';', '\0']) {
            let part = collapse_whitespace(part);
            if part.is_empty() {
                continue;
            }
            let (main, featured) = split_featuring(&part);
            push_unique(&mut credit.main, main);
            for f in featured {
                push_unique(&mut credit.featured, f);
            }
        }
    }
    // An artist named both as main and featured is a main artist.
    let main_keys: Vec<String> = credit.main.iter().map(|m| name_key(m)).collect();
    credit
        .featured
        .retain(|f| !main_keys.contains(&name_key(f)));
    credit
}

/// "A feat. B" → ("A", ["B"]); "A (feat. B)" → ("A", ["B"]); "A feat. B feat. C" → ("A",
/// ["B", "C"]). A marker with nothing before or after it is part of the name.
fn split_featuring(part: &str) -> (String, Vec<String>) {
    // ASCII lowercasing keeps byte offsets, and every marker is ASCII.
    let haystack = part.to_ascii_lowercase();
    let haystack = haystack.as_str();
    let bare = FEATURING
        .iter()
        .filter_map(|m| haystack.find(m).map(|at| (at, m.len())));
    let bracketed = FEATURING_BRACKETED.iter().flat_map(|m| {
        ['(', '['].into_iter().filter_map(move |open| {
            let marker = format!("{open}{m}");
            haystack.find(&marker).map(|at| (at, marker.len()))
        })
    });
    let Some((at, len)) = bare.chain(bracketed).min() else {
        return (part.to_owned(), Vec::new());
    };
    let main = part[..at].trim().to_owned();
    let rest = part[at + len..]
        .trim()
        .trim_end_matches([')', ']'])
        .trim()
        .to_owned();
    if main.is_empty() || rest.is_empty() {
        return (part.to_owned(), Vec::new());
    }
    let (first, more) = split_featuring(&rest);
    let mut featured = vec![first];
    featured.extend(more);
    (main, featured)
}

fn push_unique(list: &mut Vec<String>, name: String) {
    let key = name_key(&name);
    if !key.is_empty() && !list.iter().any(|n| name_key(n) == key) {
        list.push(name);
    }
}

/// Splits genre values: ';' and NUL separate genres ("Pop; R&B"); '/' does not ("R&B/Soul"
/// is one genre to many taggers).
pub fn split_genres<S: AsRef<str>>(values: &[S]) -> Vec<String> {
    let mut genres = Vec::new();
    for value in values {
        for part in value.as_ref().split([';', '\0']) {
            push_unique(&mut genres, collapse_whitespace(part));
        }
    }
    genres
}

/// What a file name says when the tags do not: "07 - Lost Track" is track 7, "1-03 Halo"
/// is disc 1, track 3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StemFacts {
    pub disc: Option<u32>,
    pub track: Option<u32>,
    pub title: String,
}

/// Reads a leading track number (and an optional disc number before a '-') from a file
/// name without its extension. A name that is only a number ("1999") is a title.
pub fn parse_file_stem(stem: &str) -> StemFacts {
    let plain = StemFacts {
        disc: None,
        track: None,
        title: collapse_whitespace(stem),
    };
    let (first, rest) = leading_number(stem);
    let Some(first) = first else {
        return plain;
    };
    // "1-03 Title": disc-track.
    if let Some(after_dash) = rest.strip_prefix('-') {
        let (second, rest2) = leading_number(after_dash);
        if let (Some(track), Some(title)) = (second, title_after_separator(rest2)) {
            if first <= 99 {
                return StemFacts {
                    disc: Some(first),
                    track: Some(track),
                    title,
                };
            }
        }
    }
    match title_after_separator(rest) {
        Some(title) if first <= 999 => StemFacts {
            disc: None,
            track: Some(first),
            title,
        },
        _ => plain,
    }
}

/// Up to three leading ASCII digits and what follows them.
fn leading_number(text: &str) -> (Option<u32>, &str) {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return (None, text);
    }
    (text[..digits].parse().ok(), &text[digits..])
}

/// The title after a number: it must be separated by a space, '-', '.' or '_' (so "4ever"
/// stays a title), and be more than separators.
fn title_after_separator(rest: &str) -> Option<String> {
    let first = rest.chars().next()?;
    if !matches!(first, ' ' | '-' | '.' | '_') {
        return None;
    }
    let title = collapse_whitespace(rest.trim_start_matches([' ', '-', '.', '_']));
    (!title.is_empty()).then_some(title)
}

/// A folder that holds one disc of a multi-disc album ("CD1", "Disc 2", "disk 03"): its
/// number, if the name is nothing more.
pub fn disc_folder_number(name: &str) -> Option<u32> {
    let lower = name.trim().to_lowercase();
    let rest = ["disc", "disk", "cd"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))?;
    let digits = rest.trim_start_matches([' ', '_', '-', '.']);
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Splits a disc marker off an album title ("Album (Disc 2)", "Album [CD 1]", "Album -
/// Disc 3"), so the discs of one album group together: (title, disc number).
pub fn strip_disc_suffix(title: &str) -> (String, Option<u32>) {
    let trimmed = title.trim_end();
    // Bracketed: "(Disc 2)", "[CD1]".
    if let Some(close) = trimmed.chars().last().filter(|c| matches!(c, ')' | ']')) {
        let open = if close == ')' { '(' } else { '[' };
        if let Some(at) = trimmed.rfind(open) {
            let inner = &trimmed[at + 1..trimmed.len() - 1];
            if let Some(n) = disc_folder_number(inner) {
                let base = trimmed[..at]
                    .trim_end()
                    .trim_end_matches([' ', '-'])
                    .trim_end();
                if !base.is_empty() {
                    return (base.to_owned(), Some(n));
                }
            }
        }
    }
    // Unbracketed after a dash or space: "Album - Disc 2", "Album CD2".
    // ASCII lowercasing keeps every byte offset (full Unicode lowercasing does not: "İ"
    // grows), so offsets found in `lower` are char boundaries in `trimmed` too.
    let lower = trimmed.to_ascii_lowercase();
    {
        for marker in ["disc", "disk", "cd"] {
            if let Some(at) = lower.rfind(marker) {
                if at == 0 || !lower[..at].ends_with([' ', '-']) {
                    continue;
                }
                if let Some(n) = disc_folder_number(&trimmed[at..]) {
                    let base = trimmed[..at].trim_end_matches([' ', '-']).trim_end();
                    if !base.is_empty() {
                        return (base.to_owned(), Some(n));
                    }
                }
            }
        }
    }
    (title.to_owned(), None)
}

#[cfg(test)]
mod disc_suffix_tests {
    use super::strip_disc_suffix;

    #[test]
    fn odd_unicode_never_splits_a_character() {
        assert_eq!(strip_disc_suffix("İİİİ -cd ẞẞẞẞ").1, None);
        assert_eq!(
            strip_disc_suffix("Album - Disc 2"),
            ("Album".into(), Some(2))
        );
        assert_eq!(
            strip_disc_suffix("Ünïcode CD3"),
            ("Ünïcode".into(), Some(3))
        );
    }
}

/// A tagged date as the schema stores it ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') and its
/// year. Accepts the usual spellings: "2008-11-12", "2008-11-12T00:00:00", "2008/11/12",
/// "2008.11", "2008".
pub fn parse_date(text: &str) -> Option<(i32, String)> {
    let text = text.trim();
    let year_digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if year_digits != 4 {
        return None;
    }
    let year: i32 = text[..4].parse().ok()?;
    let mut date = text[..4].to_owned();
    let mut rest = &text[4..];
    for (max, _) in [(12u32, "month"), (31u32, "day")] {
        let Some(sep) = rest.chars().next().filter(|c| matches!(c, '-' | '/' | '.')) else {
            break;
        };
        let digits = &rest[sep.len_utf8()..];
        let n = digits.bytes().take_while(u8::is_ascii_digit).count();
        if n != 2 {
            break;
        }
        let value: u32 = digits[..2].parse().ok()?;
        if value == 0 || value > max {
            break;
        }
        date.push('-');
        date.push_str(&digits[..2]);
        rest = &digits[2..];
    }
    Some((year, date))
}

/// A ReplayGain value: "-6.50 dB" → -6.5, "0.988525" → 0.988525.
pub fn parse_gain(text: &str) -> Option<f64> {
    let text = text.trim();
    let number = text
        .strip_suffix("dB")
        .or_else(|| text.strip_suffix("db"))
        .or_else(|| text.strip_suffix("DB"))
        .unwrap_or(text)
        .trim();
    number.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// "3", "03", "3/12" → (Some(3), Some(12) when given).
pub fn parse_number_pair(text: &str) -> (Option<u32>, Option<u32>) {
    let mut parts = text.trim().splitn(2, '/');
    let number = parts.next().and_then(|n| n.trim().parse().ok());
    let total = parts.next().and_then(|n| n.trim().parse().ok());
    (number, total)
}

/// Tag flags: "1", "true", "yes" (any case).
pub fn parse_flag(text: &str) -> bool {
    matches!(
        text.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_width_and_spacing_but_keep_diacritics() {
        assert_eq!(name_key("  The   Beatles "), "the beatles");
        assert_eq!(name_key("ＹＯＡＳＯＢＩ"), "yoasobi");
        assert_eq!(name_key("BEYONCÉ"), name_key("Beyoncé"));
        assert_ne!(name_key("Beyoncé"), name_key("Beyonce"));
        // Decomposed and composed spellings are one name.
        assert_eq!(name_key("Beyonce\u{301}"), name_key("Beyoncé"));
    }

    #[test]
    fn sort_keys_fold_diacritics_and_move_articles() {
        assert_eq!(sort_key("The Beatles"), "beatles, the");
        assert_eq!(sort_key("A Tribe Called Quest"), "tribe called quest, a");
        assert_eq!(sort_key("Beyoncé"), "beyonce");
        assert_eq!(sort_key("The"), "the");
        assert_eq!(sort_key("Theatre of Tragedy"), "theatre of tragedy");
    }

    #[test]
    fn artists_split_only_where_unambiguous() {
        let c = split_artists(&["Beyoncé feat. Jay-Z"]);
        assert_eq!(c.main, ["Beyoncé"]);
        assert_eq!(c.featured, ["Jay-Z"]);

        let c = split_artists(&["Artist One; Artist Two"]);
        assert_eq!(c.main, ["Artist One", "Artist Two"]);

        for one in [
            "AC/DC",
            "Simon & Garfunkel",
            "Earth, Wind & Fire",
            "Crosby, Stills and Nash",
        ] {
            assert_eq!(split_artists(&[one]).main, [one]);
        }

        let c = split_artists(&["A (feat. B)", "C"]);
        assert_eq!(c.main, ["A", "C"]);
        assert_eq!(c.featured, ["B"]);

        let c = split_artists(&["A FT. B feat. C"]);
        assert_eq!(c.main, ["A"]);
        assert_eq!(c.featured, ["B", "C"]);

        // A bare " with " can be part of a name; only a bracketed "(with B)" credits B.
        assert_eq!(split_artists(&["Me with You"]).main, ["Me with You"]);
        let c = split_artists(&["A (with B)"]);
        assert_eq!((c.main, c.featured), (vec!["A".into()], vec!["B".into()]));

        // Duplicates (by key) collapse; empty parts vanish.
        let c = split_artists(&["Artist", "artist ", ";", "Artist feat. ARTIST"]);
        assert_eq!(c.main, ["Artist"]);
        assert!(c.featured.is_empty());

        // A marker with nothing on one side is part of the name.
        assert_eq!(split_artists(&["feat. X"]).main, ["feat. X"]);
    }

    #[test]
    fn genres_split_on_semicolons() {
        assert_eq!(split_genres(&["Pop; R&B", "pop"]), ["Pop", "R&B"]);
        assert_eq!(split_genres(&["R&B/Soul"]), ["R&B/Soul"]);
    }

    #[test]
    fn file_names_give_track_numbers_and_titles() {
        let f = parse_file_stem("07 - Lost Track");
        assert_eq!(
            (f.disc, f.track, f.title.as_str()),
            (None, Some(7), "Lost Track")
        );
        let f = parse_file_stem("1-03 Halo");
        assert_eq!(
            (f.disc, f.track, f.title.as_str()),
            (Some(1), Some(3), "Halo")
        );
        let f = parse_file_stem("02. Intro");
        assert_eq!((f.track, f.title.as_str()), (Some(2), "Intro"));
        for title in ["1999", "4ever", "Halo", "2024-01-01"] {
            let f = parse_file_stem(title);
            assert_eq!((f.track, f.title.as_str()), (None, title), "{title}");
        }
        assert_eq!(parse_file_stem("12345 Title").track, None);
    }

    #[test]
    fn disc_markers() {
        assert_eq!(disc_folder_number("CD1"), Some(1));
        assert_eq!(disc_folder_number("Disc 02"), Some(2));
        assert_eq!(disc_folder_number("disk_3"), Some(3));
        assert_eq!(disc_folder_number("CDs"), None);
        assert_eq!(disc_folder_number("Discovery"), None);

        assert_eq!(
            strip_disc_suffix("Album (Disc 2)"),
            ("Album".into(), Some(2))
        );
        assert_eq!(strip_disc_suffix("Album [CD1]"), ("Album".into(), Some(1)));
        assert_eq!(
            strip_disc_suffix("Album - Disc 3"),
            ("Album".into(), Some(3))
        );
        assert_eq!(strip_disc_suffix("Album CD2"), ("Album".into(), Some(2)));
        assert_eq!(strip_disc_suffix("Discovery"), ("Discovery".into(), None));
        assert_eq!(strip_disc_suffix("(Disc 1)"), ("(Disc 1)".into(), None));
        assert_eq!(strip_disc_suffix("Abcd2"), ("Abcd2".into(), None));
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2008-11-12"), Some((2008, "2008-11-12".into())));
        assert_eq!(
            parse_date("2008-11-12T10:00:00"),
            Some((2008, "2008-11-12".into()))
        );
        assert_eq!(parse_date("2008/11"), Some((2008, "2008-11".into())));
        assert_eq!(parse_date("1999"), Some((1999, "1999".into())));
        assert_eq!(parse_date("2008-13-01"), Some((2008, "2008".into())));
        assert_eq!(parse_date("99"), None);
        assert_eq!(parse_date("unknown"), None);
    }

    #[test]
    fn numbers_gains_and_flags() {
        assert_eq!(parse_gain("-6.50 dB"), Some(-6.5));
        assert_eq!(parse_gain("+1.2dB"), Some(1.2));
        assert_eq!(parse_gain("0.988525"), Some(0.988525));
        assert_eq!(parse_gain("NaN"), None);
        assert_eq!(parse_gain("loud"), None);
        assert_eq!(parse_number_pair("3/12"), (Some(3), Some(12)));
        assert_eq!(parse_number_pair(" 03 "), (Some(3), None));
        assert_eq!(parse_number_pair("x"), (None, None));
        assert!(parse_flag("1") && parse_flag("TRUE") && !parse_flag("0"));
    }

    #[test]
    fn whitespace_and_controls_collapse() {
        assert_eq!(collapse_whitespace(" a \t b\0\0c  "), "a b c");
    }
}
