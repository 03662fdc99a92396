//! What `GET /api/media/stream/{trackId}` sends: the file as it is on disk now, located
//! safely, described (type, validators, name) and judged against the request's conditional
//! and range headers. The bytes themselves are read later, in chunks, by whoever sends them.

use std::fs::Metadata;
use std::path::{Component, Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::range::{self, ByteRange, RangeRequest};

/// The conditional and range headers of a request, as sent.
#[derive(Debug, Clone, Copy, Default)]
pub struct Conditions<'a> {
    pub range: Option<&'a str>,
    pub if_range: Option<&'a str>,
    pub if_none_match: Option<&'a str>,
    pub if_modified_since: Option<&'a str>,
}

/// The headers that describe the file as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validators {
    /// Strong: it changes whenever the size, the modification time or the file itself
    /// (its inode, when a tool replaces it by renaming) changes.
    pub etag: String,
    /// An HTTP date.
    pub last_modified: String,
    /// `Last-Modified` as seconds, for comparing with request dates (which have no finer
    /// resolution).
    modified_secs: Option<u64>,
}

/// What to answer, given the file and the request's headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// `304`: the caller's copy is current.
    NotModified,
    /// `200`.
    Whole,
    /// `206`.
    Part(ByteRange),
    /// `416`.
    Unsatisfiable,
}

impl Validators {
    pub fn of(meta: &Metadata) -> Validators {
        let modified = meta.modified().ok();
        let since_epoch = modified.and_then(|m| m.duration_since(UNIX_EPOCH).ok());
        let nanos = since_epoch.map_or(0, |d| d.as_nanos());
        let etag = format!("\"{:x}-{nanos:x}-{:x}\"", meta.len(), file_identity(meta));
        Validators {
            etag,
            last_modified: httpdate::fmt_http_date(modified.unwrap_or(UNIX_EPOCH)),
            modified_secs: since_epoch.map(|d| d.as_secs()),
        }
    }

    /// The validators of something made from this file (a transcode): its own strong
    /// `ETag`, `tag` added to the file's, and the file's modification time.
    pub fn derived(&self, tag: &str) -> Validators {
        let inner = self.etag.trim_matches('"');
        Validators {
            etag: format!("\"{inner}-{tag}\""),
            last_modified: self.last_modified.clone(),
            modified_secs: self.modified_secs,
        }
    }

    /// Whether the caller's copy is current: `If-None-Match` (or, without it,
    /// `If-Modified-Since`), before anything is opened or made.
    pub fn not_modified(&self, conditions: Conditions<'_>) -> bool {
        match conditions.if_none_match {
            Some(tags) => none_match_hits(tags, &self.etag),
            None => conditions
                .if_modified_since
                .and_then(parse_date)
                .zip(self.modified_secs)
                .is_some_and(|(since, modified)| modified <= since),
        }
    }

    /// Decides the answer in the order of RFC 9110 §13.2.2: `If-None-Match` (or, without
    /// it, `If-Modified-Since`) first, then `Range` as `If-Range` allows.
    pub fn decide(&self, size: u64, conditions: Conditions<'_>) -> Decision {
        if self.not_modified(conditions) {
            return Decision::NotModified;
        }
        let Some(range) = conditions.range else {
            return Decision::Whole;
        };
        if let Some(if_range) = conditions.if_range {
            if !self.if_range_holds(if_range) {
                return Decision::Whole;
            }
        }
        match range::judge(range, size) {
            RangeRequest::Whole => Decision::Whole,
            RangeRequest::Part(part) => Decision::Part(part),
            RangeRequest::Unsatisfiable => Decision::Unsatisfiable,
        }
    }

    /// `If-Range`: an entity tag must match strongly (a weak one never does); a date must be
    /// exactly the file's `Last-Modified`.
    fn if_range_holds(&self, value: &str) -> bool {
        let value = value.trim();
        if value.starts_with('"') || value.starts_with("W/") {
            return value == self.etag;
        }
        parse_date(value).is_some_and(|date| Some(date) == self.modified_secs)
    }
}

/// Whether `If-None-Match` names the current entity tag (weak comparison, as RFC 9110
/// §13.1.2 asks), or is `*`.
fn none_match_hits(header: &str, etag: &str) -> bool {
    let bare = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let current = bare(etag);
    header
        .split(',')
        .any(|tag| tag.trim() == "*" || bare(tag) == current)
}

fn parse_date(value: &str) -> Option<u64> {
    let time: SystemTime = httpdate::parse_http_date(value.trim()).ok()?;
    time.duration_since(UNIX_EPOCH).ok().map(|d| d.as_secs())
}

#[cfg(unix)]
fn file_identity(meta: &Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.ino() ^ meta.dev().rotate_left(32)
}

#[cfg(not(unix))]
fn file_identity(_meta: &Metadata) -> u64 {
    0
}

/// The `Content-Type` to send for a file of the catalogue: by its format, with the codec
/// where the container alone does not say it (Opus in Ogg).
pub fn content_type(format: &str, mime_type: Option<&str>, extension: &str) -> String {
    let by_format = match format {
        "opus" => Some("audio/ogg; codecs=opus"),
        "mp3" | "mp2" | "mp1" => Some("audio/mpeg"),
        "flac" => Some("audio/flac"),
        "ogg" | "spx" => Some("audio/ogg"),
        "m4a" => Some("audio/mp4"),
        "aac" => Some("audio/aac"),
        "wav" => Some("audio/wav"),
        "aiff" => Some("audio/aiff"),
        _ => None,
    };
    let by_extension = || match extension.to_ascii_lowercase().as_str() {
        "mp3" => Some("audio/mpeg"),
        "flac" => Some("audio/flac"),
        "ogg" | "oga" => Some("audio/ogg"),
        "opus" => Some("audio/ogg; codecs=opus"),
        "m4a" | "m4b" | "mp4" | "alac" => Some("audio/mp4"),
        "wav" => Some("audio/wav"),
        "aif" | "aiff" | "aifc" => Some("audio/aiff"),
        _ => None,
    };
    by_format
        .or_else(by_extension)
        .map(str::to_owned)
        .or_else(|| mime_type.map(str::to_owned))
        .unwrap_or_else(|| "application/octet-stream".to_owned())
}

/// RFC 5987 `attr-char`: what `filename*` may carry unencoded.
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

/// `Content-Disposition` naming the file (RFC 6266): an ASCII `filename` for old clients,
/// and the exact name, UTF-8 and percent-encoded, as `filename*`. `inline` plays in the
/// page; `attachment` (`?download=1`, when allowed) asks the browser to save it.
pub fn content_disposition(file_name: &str, attachment: bool) -> String {
    let fallback: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii() && !c.is_ascii_control() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let exact = utf8_percent_encode(file_name, ATTR_CHAR);
    let kind = if attachment { "attachment" } else { "inline" };
    format!("{kind}; filename=\"{fallback}\"; filename*=UTF-8''{exact}")
}

/// Longest title kept in a file name, in characters: file systems take about 255 bytes.
const TITLE_CHARS: usize = 120;

/// A file name made from a track's title and its file's extension (`Hoppípolla.flac`), for
/// callers who must not see the name on disk: characters a file system or a header would
/// trip on become `_`, runs of spaces one, and an empty title `track`.
pub fn titled_file_name(title: &str, extension: &str) -> String {
    let clean = |text: &str, keep: usize| -> String {
        let replaced: String = text
            .chars()
            .map(|c| match c {
                '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        let words: Vec<&str> = replaced.split_whitespace().collect();
        words.join(" ").chars().take(keep).collect()
    };
    let mut name = clean(title, TITLE_CHARS)
        .trim_start_matches('.')
        .trim()
        .to_owned();
    if name.is_empty() {
        name = "track".to_owned();
    }
    let extension: String = clean(extension, 8)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if !extension.is_empty() {
        name.push('.');
        name.push_str(&extension.to_ascii_lowercase());
    }
    name
}

/// A catalogue path (`/`-separated, relative to its root) on this machine, or `None` when
/// it tries to leave the root (`..`, an absolute part): the catalogue never writes such a
/// path, and one that does is not followed.
pub fn path_in_root(root: &Path, rel_path: &str) -> Option<PathBuf> {
    let mut path = root.to_path_buf();
    for part in rel_path.split('/').filter(|p| !p.is_empty()) {
        let mut components = Path::new(part).components();
        match (components.next(), components.next()) {
            (Some(Component::Normal(name)), None) => path.push(name),
            _ => return None,
        }
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validators(modified_secs: u64) -> Validators {
        let time = UNIX_EPOCH + std::time::Duration::from_secs(modified_secs);
        Validators {
            etag: "\"a-b-c\"".into(),
            last_modified: httpdate::fmt_http_date(time),
            modified_secs: Some(modified_secs),
        }
    }

    const T: u64 = 1_700_000_000;

    fn date(secs: u64) -> String {
        httpdate::fmt_http_date(UNIX_EPOCH + std::time::Duration::from_secs(secs))
    }

    #[test]
    fn if_none_match_answers_304_on_a_match_or_a_star() {
        let v = validators(T);
        for header in ["\"a-b-c\"", "W/\"a-b-c\"", "\"x\", \"a-b-c\"", "*"] {
            let c = Conditions {
                if_none_match: Some(header),
                ..Default::default()
            };
            assert_eq!(v.decide(10, c), Decision::NotModified, "{header}");
        }
        let c = Conditions {
            if_none_match: Some("\"other\""),
            // Ignored when If-None-Match is sent.
            if_modified_since: Some(&date(T + 10)),
            ..Default::default()
        };
        assert_eq!(v.decide(10, c), Decision::Whole);
    }

    #[test]
    fn if_modified_since_compares_whole_seconds() {
        let v = validators(T);
        let at = |secs| {
            let d = date(secs);
            v.decide(
                10,
                Conditions {
                    if_modified_since: Some(&d),
                    ..Default::default()
                },
            )
        };
        assert_eq!(at(T), Decision::NotModified);
        assert_eq!(at(T + 1), Decision::NotModified);
        assert_eq!(at(T - 1), Decision::Whole);
        let garbage = v.decide(
            10,
            Conditions {
                if_modified_since: Some("yesterday"),
                ..Default::default()
            },
        );
        assert_eq!(garbage, Decision::Whole);
    }

    #[test]
    fn if_range_sends_the_part_only_for_the_same_file() {
        let v = validators(T);
        let with = |if_range: &str| {
            v.decide(
                100,
                Conditions {
                    range: Some("bytes=10-19"),
                    if_range: Some(if_range),
                    ..Default::default()
                },
            )
        };
        let part = Decision::Part(ByteRange { start: 10, end: 19 });
        assert_eq!(with("\"a-b-c\""), part);
        assert_eq!(with(&date(T)), part);
        assert_eq!(with("\"stale\""), Decision::Whole);
        assert_eq!(
            with("W/\"a-b-c\""),
            Decision::Whole,
            "weak tags never match"
        );
        assert_eq!(with(&date(T - 60)), Decision::Whole);
        assert_eq!(with("not a date"), Decision::Whole);
    }

    #[test]
    fn content_types_by_format() {
        assert_eq!(
            content_type("opus", Some("audio/ogg"), "opus"),
            "audio/ogg; codecs=opus"
        );
        assert_eq!(content_type("flac", None, "flac"), "audio/flac");
        assert_eq!(
            content_type("aiff", Some("audio/aiff"), "aif"),
            "audio/aiff"
        );
        assert_eq!(content_type("audio", None, "M4A"), "audio/mp4");
        assert_eq!(
            content_type("audio", Some("audio/x-ape"), "ape"),
            "audio/x-ape"
        );
        assert_eq!(
            content_type("audio", None, "xyz"),
            "application/octet-stream"
        );
    }

    #[test]
    fn a_titled_name_keeps_the_title_and_nothing_of_a_path() {
        assert_eq!(titled_file_name("夜に駆ける", "m4a"), "夜に駆ける.m4a");
        assert_eq!(
            titled_file_name("../../etc/passwd", "FLAC"),
            "_.._etc_passwd.flac"
        );
        assert_eq!(titled_file_name("  a\n\tb: c?  ", "mp3"), "a b_ c_.mp3");
        assert_eq!(titled_file_name("", "wav"), "track.wav");
        assert_eq!(titled_file_name("...", ""), "track");
        assert_eq!(titled_file_name(&"x".repeat(500), "ogg").len(), 124);
    }

    #[test]
    fn file_names_are_encoded_per_rfc_6266() {
        assert_eq!(
            content_disposition("01 夜に駆ける.m4a", false),
            "inline; filename=\"01 _____.m4a\"; \
             filename*=UTF-8''01%20%E5%A4%9C%E3%81%AB%E9%A7%86%E3%81%91%E3%82%8B.m4a"
        );
        assert_eq!(
            content_disposition("a \"b\"\\c.mp3", false),
            "inline; filename=\"a _b__c.mp3\"; filename*=UTF-8''a%20%22b%22%5Cc.mp3"
        );
    }

    #[test]
    fn catalogue_paths_never_climb_out_of_their_root() {
        let root = Path::new("/music");
        assert_eq!(
            path_in_root(root, "A/b.mp3"),
            Some(PathBuf::from("/music/A/b.mp3"))
        );
        assert_eq!(path_in_root(root, "A/../../etc/passwd"), None);
        assert_eq!(path_in_root(root, "./a"), None);
    }
}
