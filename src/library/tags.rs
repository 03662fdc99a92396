//! Reading one audio file with lofty: its tags as raw values (before fallbacks and
//! grouping, see `entry`) and its audio properties.
//!
//! Nothing here may panic on a file's content. lofty reports bad input as errors, and a
//! panic inside it anyway (a bug on some malformed file) is caught and reported as the
//! file's error, so one bad file never stops a scan.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use lofty::config::ParseOptions;
use lofty::file::{AudioFile, FileType, TaggedFile, TaggedFileExt};
use lofty::mp4::{Mp4Codec, Mp4File};
use lofty::probe::Probe;
use lofty::tag::{ItemKey, Tag};

use super::names::{parse_flag, parse_gain, parse_number_pair};

/// Tag values as the file holds them, each cleaned of surrounding white space, empty
/// values dropped. Overrides (`metadata_overrides`) are applied to this before the
/// catalogue entry is derived, as if the tag said so.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagValues {
    pub title: Option<String>,
    pub title_sort: Option<String>,
    /// The artist tag's values (the display credit).
    pub artists: Vec<String>,
    /// A separate multi-valued "ARTISTS" tag (MusicBrainz Picard), when present: the
    /// individual artists of the credit.
    pub artists_list: Vec<String>,
    pub artist_sort: Option<String>,
    pub album: Option<String>,
    pub album_sort: Option<String>,
    pub album_artists: Vec<String>,
    pub album_artists_list: Vec<String>,
    pub album_artist_sort: Option<String>,
    pub track_number: Option<u32>,
    pub track_total: Option<u32>,
    pub disc_number: Option<u32>,
    pub disc_total: Option<u32>,
    /// The first date tag present: recording date (what taggers write as "the date"),
    /// release date, year, original release date.
    pub date: Option<String>,
    pub genres: Vec<String>,
    pub composers: Vec<String>,
    pub compilation: bool,
    /// Shown and overridable, not catalogued: nothing lists or sorts by it.
    pub comment: Option<String>,
    pub musicbrainz_recording_id: Option<String>,
    pub musicbrainz_album_id: Option<String>,
    pub musicbrainz_release_group_id: Option<String>,
    pub musicbrainz_artist_ids: Vec<String>,
    pub musicbrainz_album_artist_ids: Vec<String>,
    pub replaygain_track_gain_db: Option<f64>,
    pub replaygain_track_peak: Option<f64>,
    pub replaygain_album_gain_db: Option<f64>,
    pub replaygain_album_peak: Option<f64>,
}

/// What the scanner keeps of a readable file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileFacts {
    /// The container, as the catalogue's `format` ('mp3', 'flac', 'ogg', 'opus', 'm4a',
    /// 'wav', 'aiff', ...).
    pub format: &'static str,
    /// The stream codec ('mp3', 'flac', 'vorbis', 'opus', 'aac', 'alac', 'pcm', ...).
    pub codec: &'static str,
    pub mime_type: &'static str,
    pub duration_ms: i64,
    pub bitrate_kbps: Option<i32>,
    pub sample_rate_hz: Option<i32>,
    pub bit_depth: Option<i32>,
    pub channels: Option<i32>,
    pub has_embedded_art: bool,
    /// The id of the file's own picture (`artwork::embedded_artwork_id`).
    pub artwork_id: Option<String>,
    pub tags: TagValues,
}

/// Why a file could not be read. `code` is a stable snake_case word (stored as
/// `scan_errors.error_kind`, and the API's `ScanFileError.error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub code: &'static str,
    pub message: String,
}

impl ReadError {
    pub const IO: &'static str = "io_error";
    pub const UNSUPPORTED: &'static str = "unsupported_format";
    pub const UNREADABLE_TAGS: &'static str = "unreadable_tags";

    pub fn io(err: &std::io::Error) -> Self {
        ReadError {
            code: Self::IO,
            message: err.to_string(),
        }
    }
}

/// Reads a file's tags and properties. Never panics.
pub fn read_file(path: &Path) -> Result<FileFacts, ReadError> {
    match std::panic::catch_unwind(|| read_unguarded(path)) {
        Ok(result) => result,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".to_owned());
            Err(ReadError {
                code: ReadError::UNREADABLE_TAGS,
                message: format!("the tag reader failed on this file: {what}"),
            })
        }
    }
}

fn read_unguarded(path: &Path) -> Result<FileFacts, ReadError> {
    // Pictures are read to learn whether there are any and to derive the artwork id of the
    // one that stands for the file (its bytes are dropped: they are read again to serve).
    let options = ParseOptions::new().read_cover_art(true);
    let probe = Probe::open(path)
        .map_err(parse_error)?
        .options(options)
        .guess_file_type()
        .map_err(|e| ReadError::io(&e))?;
    let Some(file_type) = probe.file_type() else {
        return Err(ReadError {
            code: ReadError::UNSUPPORTED,
            message: "not an audio format the scanner reads".into(),
        });
    };
    // MP4 is read as itself to learn its codec (AAC or ALAC), which the generic view drops.
    let (tagged, mp4_codec): (TaggedFile, Option<Mp4Codec>) = if file_type == FileType::Mp4 {
        let mut reader: BufReader<File> = probe.into_inner();
        let mp4 = Mp4File::read_from(&mut reader, options).map_err(parse_error)?;
        let codec = mp4.properties().codec();
        (mp4.into(), codec)
    } else {
        (probe.read().map_err(parse_error)?, None)
    };
    Ok(facts(&tagged, file_type, mp4_codec, path))
}

fn parse_error(err: lofty::error::FileParseError) -> ReadError {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(&err);
    let mut io = false;
    while let Some(cause) = source {
        // A file that ends too early is damaged, not unreadable: lofty meets the end of
        // the data as an I/O error.
        io |= cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() != std::io::ErrorKind::UnexpectedEof);
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    let code = if err.is_unknown_format() {
        ReadError::UNSUPPORTED
    } else if io {
        ReadError::IO
    } else {
        ReadError::UNREADABLE_TAGS
    };
    ReadError { code, message }
}

/// (format, codec, MIME type) of a file type.
fn kind_of(
    file_type: FileType,
    mp4_codec: Option<&Mp4Codec>,
    path: &Path,
) -> (&'static str, &'static str, &'static str) {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match file_type {
        FileType::Mpeg => match ext.as_deref() {
            Some("mp2") => ("mp2", "mp2", "audio/mpeg"),
            Some("mp1") => ("mp1", "mp1", "audio/mpeg"),
            _ => ("mp3", "mp3", "audio/mpeg"),
        },
        FileType::Flac => ("flac", "flac", "audio/flac"),
        FileType::Vorbis => ("ogg", "vorbis", "audio/ogg"),
        FileType::Opus => ("opus", "opus", "audio/ogg"),
        FileType::Speex => ("spx", "speex", "audio/ogg"),
        FileType::Mp4 => {
            let codec = match mp4_codec {
                Some(Mp4Codec::ALAC) => "alac",
                Some(Mp4Codec::FLAC) => "flac",
                Some(Mp4Codec::MP3) => "mp3",
                _ => "aac",
            };
            ("m4a", codec, "audio/mp4")
        }
        FileType::Aac => ("aac", "aac", "audio/aac"),
        FileType::Wav => ("wav", "pcm", "audio/wav"),
        FileType::Aiff => ("aiff", "pcm", "audio/aiff"),
        FileType::Ape => ("ape", "ape", "audio/x-ape"),
        FileType::Mpc => ("mpc", "musepack", "audio/x-musepack"),
        FileType::WavPack => ("wv", "wavpack", "audio/x-wavpack"),
        _ => ("audio", "unknown", "application/octet-stream"),
    }
}

fn facts(
    tagged: &TaggedFile,
    file_type: FileType,
    mp4_codec: Option<Mp4Codec>,
    path: &Path,
) -> FileFacts {
    let (format, codec, mime_type) = kind_of(file_type, mp4_codec.as_ref(), path);
    let props = tagged.properties();
    // The primary tag first (ID3v2 for MP3, Vorbis comments for FLAC...), then the others
    // (an MP3's ID3v1 or APE tag) for what it lacks.
    let mut tags: Vec<&Tag> = Vec::with_capacity(tagged.tags().len());
    if let Some(primary) = tagged.primary_tag() {
        tags.push(primary);
    }
    for tag in tagged.tags() {
        if !tags.iter().any(|t| std::ptr::eq(*t, tag)) {
            tags.push(tag);
        }
    }
    let small = |v: Option<u32>| v.and_then(|n| i32::try_from(n).ok()).filter(|n| *n > 0);
    FileFacts {
        format,
        codec,
        mime_type,
        duration_ms: i64::try_from(props.duration().as_millis()).unwrap_or(i64::MAX),
        bitrate_kbps: small(props.audio_bitrate().or(props.overall_bitrate())),
        sample_rate_hz: small(props.sample_rate()),
        bit_depth: small(props.bit_depth().map(u32::from)),
        channels: small(props.channels().map(u32::from)),
        has_embedded_art: tags.iter().any(|t| t.picture_count() > 0),
        artwork_id: super::artwork::embedded_artwork_id(&tags, path),
        tags: tag_values(&tags),
    }
}

/// The values of `key` from the first tag that has any.
fn strings(tags: &[&Tag], key: ItemKey) -> Vec<String> {
    for tag in tags {
        let values: Vec<String> = tag
            .get_strings(key)
            .map(|v| v.trim_matches(|c: char| c.is_whitespace() || c == '\0'))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect();
        if !values.is_empty() {
            return values;
        }
    }
    Vec::new()
}

fn first(tags: &[&Tag], key: ItemKey) -> Option<String> {
    strings(tags, key).into_iter().next()
}

fn tag_values(tags: &[&Tag]) -> TagValues {
    let (track_number, track_in_number) = number_pair(tags, ItemKey::TrackNumber);
    let (disc_number, disc_in_number) = number_pair(tags, ItemKey::DiscNumber);
    let total = |key| first(tags, key).and_then(|t| parse_number_pair(&t).0);
    let date = [
        ItemKey::RecordingDate,
        ItemKey::ReleaseDate,
        ItemKey::Year,
        ItemKey::OriginalReleaseDate,
    ]
    .into_iter()
    .find_map(|key| first(tags, key));
    let gain = |key| first(tags, key).and_then(|v| parse_gain(&v));
    TagValues {
        title: first(tags, ItemKey::TrackTitle),
        title_sort: first(tags, ItemKey::TrackTitleSortOrder),
        artists: strings(tags, ItemKey::TrackArtist),
        artists_list: strings(tags, ItemKey::TrackArtists),
        artist_sort: first(tags, ItemKey::TrackArtistSortOrder),
        album: first(tags, ItemKey::AlbumTitle),
        album_sort: first(tags, ItemKey::AlbumTitleSortOrder),
        album_artists: strings(tags, ItemKey::AlbumArtist),
        album_artists_list: strings(tags, ItemKey::AlbumArtists),
        album_artist_sort: first(tags, ItemKey::AlbumArtistSortOrder),
        track_number,
        track_total: total(ItemKey::TrackTotal).or(track_in_number),
        disc_number,
        disc_total: total(ItemKey::DiscTotal).or(disc_in_number),
        date,
        genres: strings(tags, ItemKey::Genre),
        composers: strings(tags, ItemKey::Composer),
        compilation: first(tags, ItemKey::FlagCompilation).is_some_and(|v| parse_flag(&v)),
        comment: first(tags, ItemKey::Comment),
        musicbrainz_recording_id: first(tags, ItemKey::MusicBrainzRecordingId),
        musicbrainz_album_id: first(tags, ItemKey::MusicBrainzReleaseId),
        musicbrainz_release_group_id: first(tags, ItemKey::MusicBrainzReleaseGroupId),
        musicbrainz_artist_ids: strings(tags, ItemKey::MusicBrainzArtistId),
        musicbrainz_album_artist_ids: strings(tags, ItemKey::MusicBrainzReleaseArtistId),
        replaygain_track_gain_db: gain(ItemKey::ReplayGainTrackGain),
        replaygain_track_peak: gain(ItemKey::ReplayGainTrackPeak),
        replaygain_album_gain_db: gain(ItemKey::ReplayGainAlbumGain),
        replaygain_album_peak: gain(ItemKey::ReplayGainAlbumPeak),
    }
}

/// A number tag that may carry its total ("3/12", as Vorbis comments sometimes do).
fn number_pair(tags: &[&Tag], key: ItemKey) -> (Option<u32>, Option<u32>) {
    match first(tags, key) {
        Some(text) => parse_number_pair(&text),
        None => (None, None),
    }
}

/// The file extensions the walk picks up: what lofty reads. Anything else in a music
/// folder (images, cue sheets, playlists, text) is not a track.
pub const AUDIO_EXTENSIONS: &[&str] = &[
    "mp3", "mp2", "mp1", "flac", "ogg", "oga", "opus", "spx", "m4a", "m4b", "mp4", "aac", "wav",
    "wave", "aif", "aiff", "aifc", "ape", "mpc", "wv",
];

/// Whether a file name has an audio extension (any case).
pub fn is_audio_file_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && AUDIO_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(ext))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const EXTENSIONS: &[&str] = &["mp3", "flac", "ogg", "opus", "m4a", "wav", "aiff"];

    /// A committed fixture with this extension, if there is one.
    fn fixture(extension: &str) -> Option<std::path::PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audio");
        walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .map(walkdir::DirEntry::into_path)
            .find(|p| {
                p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case(extension))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Random bytes under an audio name, and real files cut short anywhere, are read or
        /// refused as an error: never a panic (one bad file must not end a scan).
        #[test]
        fn random_and_truncated_files_are_read_or_refused(
            extension in proptest::sample::select(EXTENSIONS),
            noise in proptest::collection::vec(any::<u8>(), 0..4096),
            keep in 0.0f64..1.0,
        ) {
            let dir = tempfile::tempdir().expect("dir");
            let random = dir.path().join(format!("noise.{extension}"));
            std::fs::write(&random, &noise).expect("write");
            let _ = read_file(&random);
            if let Some(real) = fixture(extension) {
                let bytes = std::fs::read(&real).expect("fixture");
                // Truncation is what a copy interrupted mid-file leaves.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
                let cut = ((bytes.len() as f64) * keep) as usize;
                let truncated = dir.path().join(format!("cut.{extension}"));
                std::fs::write(&truncated, &bytes[..cut.min(bytes.len())]).expect("write");
                let _ = read_file(&truncated);
            }
        }
    }

    #[test]
    fn audio_names() {
        assert!(is_audio_file_name("01 Song.MP3"));
        assert!(is_audio_file_name("x.flac"));
        assert!(!is_audio_file_name("cover.jpg"));
        assert!(!is_audio_file_name(".mp3"));
        assert!(!is_audio_file_name("mp3"));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("bad.flac");
        std::fs::write(&path, b"fLaC this is not a real stream").expect("write");
        let err = read_file(&path).expect_err("garbage must not read");
        assert_eq!(err.code, ReadError::UNREADABLE_TAGS, "{err:?}");
        let path = dir.path().join("noise.mp3");
        std::fs::write(&path, [0u8; 64]).expect("write");
        assert!(read_file(&path).is_err());
        let err = read_file(&dir.path().join("missing.mp3")).expect_err("missing");
        assert_eq!(err.code, ReadError::IO);
    }
}
