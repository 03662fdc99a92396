//! Large libraries for tests and the benchmark, made from the committed fixtures
//! (`tests/fixtures/audio`): each generated file is a copy of a fixture in one of the
//! common formats, retagged with lofty as a track of its own album and artist. The files
//! are real audio, so the scanner does the same work as on a real collection of small
//! files.

use std::path::{Path, PathBuf};

use lofty::config::WriteOptions;
use lofty::file::{AudioFile, TaggedFileExt};
use lofty::tag::{Accessor, ItemKey, Tag};

/// The fixtures copied, relative to the fixtures folder: one per common format.
pub const TEMPLATES: &[&str] = &[
    "Beyoncé/Dangerously in Love/01 Crazy in Love.mp3",
    "Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac",
    "Various/Now That's What I Call Fixtures/01 Artist A - First Song.ogg",
    "YOASOBI/THE BOOK/01 夜に駆ける.m4a",
];

/// Tracks per album and albums per artist in a generated library.
pub const TRACKS_PER_ALBUM: usize = 10;
pub const ALBUMS_PER_ARTIST: usize = 4;

const GENRES: &[&str] = &[
    "Rock",
    "Pop",
    "Jazz",
    "Electronic",
    "Folk",
    "Hip-Hop",
    "Classical",
];
/// Syllables for made-up words: thousands of distinct words, so that a few typed letters
/// match a realistic share of the library (a handful of repeated words would make every
/// search match a tenth of it).
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "sa", "to", "vel", "zu", "ar", "bel", "cor", "da", "en", "fi", "gar",
    "ha", "is", "jo", "lu", "mar", "nor", "ob", "pi", "quin",
];

/// The `k`-th made-up word, capitalised ("Kalomi").
fn word(k: usize) -> String {
    let n = SYLLABLES.len();
    let text = format!(
        "{}{}{}",
        SYLLABLES[k % n],
        SYLLABLES[(k / n) % n],
        SYLLABLES[(k / (n * n)) % n]
    );
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The committed fixtures folder of this repository.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audio")
}

/// What the `n`-th generated track is tagged with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedTrack {
    pub rel_path: String,
    pub title: String,
    pub artist: String,
    pub album: String,
    pub track: u32,
    pub year: i32,
    pub genre: &'static str,
}

pub fn track(n: usize) -> GeneratedTrack {
    let album_index = n / TRACKS_PER_ALBUM;
    let artist_index = album_index / ALBUMS_PER_ARTIST;
    // Multipliers spread neighbours over the vocabulary; the numbers keep names unique.
    let artist = format!(
        "{} {} {artist_index}",
        word(artist_index * 7 + 1),
        word(artist_index * 13 + 5)
    );
    let album = format!(
        "{} {} {album_index}",
        word(album_index * 11 + 3),
        word(album_index * 17 + 2)
    );
    let track = u32::try_from(n % TRACKS_PER_ALBUM + 1).unwrap_or(1);
    let title = format!("{} {} {n}", word(n * 31 + 7), word(n * 37 + 19));
    let template = TEMPLATES[album_index % TEMPLATES.len()];
    let ext = template.rsplit_once('.').map_or("mp3", |(_, e)| e);
    GeneratedTrack {
        rel_path: format!("{artist}/{album}/{track:02} {title}.{ext}"),
        title,
        artist,
        album,
        track,
        year: 1960 + i32::try_from(album_index % 60).unwrap_or(0),
        genre: GENRES[artist_index % GENRES.len()],
    }
}

/// Writes tracks `range` of the generated library under `out`.
pub fn generate(
    fixtures: &Path,
    out: &Path,
    range: std::ops::Range<usize>,
) -> Result<usize, GenerateError> {
    let templates: Vec<Vec<u8>> = TEMPLATES
        .iter()
        .map(|t| std::fs::read(fixtures.join(t)))
        .collect::<Result<_, _>>()?;
    let mut written = 0;
    for n in range {
        let spec = track(n);
        let album_index = n / TRACKS_PER_ALBUM;
        let path = out.join(&spec.rel_path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, &templates[album_index % templates.len()])?;
        retag(&path, &spec)?;
        written += 1;
    }
    Ok(written)
}

/// The 44-byte header of a 16-bit PCM WAV file of `frames` frames; the samples follow it,
/// interleaved. Shared by every test and bench that makes audio of its own.
pub fn wav_header(channels: u16, rate: u32, frames: u32) -> Vec<u8> {
    let block = u32::from(channels) * 2;
    let data_len = frames.saturating_mul(block);
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&data_len.saturating_add(36).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&channels.to_le_bytes());
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&rate.saturating_mul(block).to_le_bytes()); // bytes per second
    out.extend_from_slice(&(block as u16).to_le_bytes()); // block align
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    out
}

/// A PCM WAV file (16-bit stereo, 44.1 kHz) of `frames` frames of deterministic noise: a
/// large, real audio file for streaming tests and the benchmark, whose every byte differs
/// from its neighbours so that a misplaced range shows.
pub fn noise_wav(frames: u32, seed: u64) -> Vec<u8> {
    let data_len = frames.saturating_mul(4);
    let mut out = wav_header(2, 44_100, frames);
    // xorshift64: cheap, and never repeats within a file.
    let mut state = seed | 1;
    while out.len() < 44 + data_len as usize {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(44 + data_len as usize);
    out
}

/// Replaces a file's tags with the generated track's.
pub fn retag(path: &Path, spec: &GeneratedTrack) -> Result<(), GenerateError> {
    let mut file = lofty::read_from_path(path)?;
    let tag_type = file.primary_tag_type();
    let mut tag = Tag::new(tag_type);
    tag.set_title(spec.title.clone());
    tag.set_artist(spec.artist.clone());
    tag.set_album(spec.album.clone());
    tag.insert_text(ItemKey::AlbumArtist, spec.artist.clone());
    tag.set_genre(spec.genre.to_owned());
    tag.set_track(spec.track);
    tag.set_track_total(u32::try_from(TRACKS_PER_ALBUM).unwrap_or(10));
    tag.insert_text(ItemKey::Year, spec.year.to_string());
    tag.insert_text(ItemKey::RecordingDate, spec.year.to_string());
    file.clear();
    file.insert_tag(tag);
    file.save_to_path(path, WriteOptions::default())?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("reading a template: {0}")]
    Parse(#[from] lofty::error::FileParseError),
    #[error("writing tags: {0}")]
    Encode(#[from] lofty::error::FileEncodingError),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::tags::read_file;

    #[test]
    fn generated_files_are_real_and_tagged_as_planned() {
        let out = tempfile::tempdir().expect("temp dir");
        let written = generate(
            &fixtures_dir(),
            out.path(),
            0..TEMPLATES.len() * TRACKS_PER_ALBUM,
        )
        .expect("generate");
        assert_eq!(written, 40);
        for n in [0, 10, 25, 39] {
            let spec = track(n);
            let facts = read_file(&out.path().join(&spec.rel_path)).expect("readable");
            assert_eq!(
                facts.tags.title.as_deref(),
                Some(spec.title.as_str()),
                "{spec:?}"
            );
            assert_eq!(facts.tags.artists, std::slice::from_ref(&spec.artist));
            assert_eq!(facts.tags.album.as_deref(), Some(spec.album.as_str()));
            assert_eq!(facts.tags.track_number, Some(spec.track));
            assert!(facts
                .tags
                .date
                .as_deref()
                .is_some_and(|d| d.starts_with(&spec.year.to_string())));
            assert!(facts.duration_ms > 0);
        }
    }
}
