//! Writing field values into one audio file's tags with lofty: the reverse of `tags` (which
//! reads them) for the fields a person can override (`fields::Field`).
//!
//! This only edits the file it is given; where that file is (a temporary copy, never the
//! person's original) and how the result is checked is `app::metadata::write_back`'s.
//!
//! Each value goes where `tags` reads it first: into the file's primary tag (ID3v2 for MP3,
//! Vorbis comments for FLAC and Ogg, the MP4 `ilst`), created when the file has none. The
//! file's other tags (an MP3's ID3v1 or APE tag) get the same value where they have a place
//! for it and lose the field where they do not, so that no tag contradicts the one written.
//! What lofty keeps beside the generic view (frames it has no key for, pictures) is written
//! back as it was: lofty's "format-specific items" are on by default.

use std::path::Path;

use lofty::config::{ParseOptions, ParsingMode, WriteOptions};
use lofty::file::{AudioFile, TaggedFile, TaggedFileExt};
use lofty::probe::Probe;
use lofty::tag::{ItemKey, ItemValue, Tag, TagItem, TagType};
use serde_json::Value;

use super::fields::{Field, Kind};

/// Why a file's tags could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// lofty cannot read the file strictly: saving what it could read would drop the rest.
    #[error(
        "its tags cannot be read exactly ({0}), and rewriting them could lose what was skipped"
    )]
    Unreadable(String),
    #[error("its {tag:?} tag has no place for `{field}`")]
    NoPlace { tag: TagType, field: String },
    #[error("the tag writer failed: {0}")]
    Save(String),
}

/// Sets each field to its value (`None` removes it) in the file at `path`, in place.
/// Never panics on a file's content.
pub fn write_fields(path: &Path, changes: &[(Field, Option<Value>)]) -> Result<(), WriteError> {
    match std::panic::catch_unwind(|| write_unguarded(path, changes)) {
        Ok(result) => result,
        Err(_) => Err(WriteError::Save(
            "the tag writer stopped on this file".into(),
        )),
    }
}

fn write_unguarded(path: &Path, changes: &[(Field, Option<Value>)]) -> Result<(), WriteError> {
    // Strict, and with the pictures: everything read is written back, so nothing may be
    // skipped on the way in.
    let options = ParseOptions::new()
        .parsing_mode(ParsingMode::Strict)
        .read_cover_art(true);
    let mut file: TaggedFile = Probe::open(path)
        .map_err(|e| WriteError::Unreadable(e.to_string()))?
        .options(options)
        .guess_file_type()
        .map_err(|e| WriteError::Unreadable(e.to_string()))?
        .read()
        .map_err(|e| WriteError::Unreadable(e.to_string()))?;
    let primary = file.primary_tag_type();
    if file.tag(primary).is_none() {
        file.insert_tag(Tag::new(primary));
    }
    let types: Vec<TagType> = file.tags().iter().map(Tag::tag_type).collect();
    for tag_type in types {
        let Some(tag) = file.tag_mut(tag_type) else {
            continue;
        };
        for (field, value) in changes {
            let placed = set_field(tag, *field, value.as_ref());
            if !placed && tag_type == primary {
                return Err(WriteError::NoPlace {
                    tag: tag_type,
                    field: field.api(),
                });
            }
        }
    }
    let options = WriteOptions::default().use_id3v23(is_id3v23(path));
    file.save_to_path(path, options)
        .map_err(|e| WriteError::Save(e.to_string()))
}

/// Whether the file starts with an ID3v2.3 tag: one is written back as 2.3 (lofty writes
/// 2.4 otherwise), since players that read only 2.3 would lose every tag of the file.
fn is_id3v23(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head[..3] == b"ID3" && head[3] == 3)
}

/// The keys a field is written to, and those it clears with it: the same companions that
/// `fields::apply` clears, so the file reads back as the hub showed it (an artist written
/// without its old sort name and MusicBrainz ids, which named someone else).
fn keys(field: Field) -> (ItemKey, &'static [ItemKey]) {
    match field {
        Field::Title => (ItemKey::TrackTitle, &[ItemKey::TrackTitleSortOrder]),
        Field::Artists => (
            ItemKey::TrackArtist,
            &[
                ItemKey::TrackArtists,
                ItemKey::TrackArtistSortOrder,
                ItemKey::MusicBrainzArtistId,
            ],
        ),
        Field::Album => (ItemKey::AlbumTitle, &[ItemKey::AlbumTitleSortOrder]),
        Field::AlbumArtists => (
            ItemKey::AlbumArtist,
            &[
                ItemKey::AlbumArtists,
                ItemKey::AlbumArtistSortOrder,
                ItemKey::MusicBrainzReleaseArtistId,
            ],
        ),
        Field::Composers => (ItemKey::Composer, &[]),
        Field::TrackNumber => (ItemKey::TrackNumber, &[]),
        Field::TrackTotal => (ItemKey::TrackTotal, &[]),
        Field::DiscNumber => (ItemKey::DiscNumber, &[]),
        Field::DiscTotal => (ItemKey::DiscTotal, &[]),
        // The reader takes the recording date first and falls back to these: a year left
        // in one of them would still be read where the new date is missing.
        Field::Year => (
            ItemKey::RecordingDate,
            &[ItemKey::ReleaseDate, ItemKey::Year],
        ),
        Field::Genres => (ItemKey::Genre, &[]),
        Field::Compilation => (ItemKey::FlagCompilation, &[]),
        Field::Comment => (ItemKey::Comment, &[]),
        Field::MusicbrainzRecordingId => (ItemKey::MusicBrainzRecordingId, &[]),
        Field::MusicbrainzReleaseId => (ItemKey::MusicBrainzReleaseId, &[]),
        Field::ReplayGainTrackDb => (ItemKey::ReplayGainTrackGain, &[]),
        Field::ReplayGainTrackPeak => (ItemKey::ReplayGainTrackPeak, &[]),
        Field::ReplayGainAlbumDb => (ItemKey::ReplayGainAlbumGain, &[]),
        Field::ReplayGainAlbumPeak => (ItemKey::ReplayGainAlbumPeak, &[]),
    }
}

/// The field's value as the texts of its tag items: one per list entry, none for a blank.
fn texts(field: Field, value: Option<&Value>) -> Vec<String> {
    let Some(value) = value else {
        return Vec::new();
    };
    match field.kind() {
        Kind::Text => value
            .as_str()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .into_iter()
            .collect(),
        Kind::List => value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect(),
        Kind::Number(_) if field == Field::Year => value
            .as_u64()
            .map(|year| format!("{year:04}"))
            .into_iter()
            .collect(),
        Kind::Number(_) => value.as_u64().map(|n| n.to_string()).into_iter().collect(),
        Kind::Flag => (value.as_bool() == Some(true))
            .then(|| "1".to_owned())
            .into_iter()
            .collect(),
        // Rust's shortest spelling reads back as the same number.
        Kind::Real(..) => value
            .as_f64()
            .map(|v| match field {
                Field::ReplayGainTrackDb | Field::ReplayGainAlbumDb => format!("{v} dB"),
                _ => v.to_string(),
            })
            .into_iter()
            .collect(),
    }
}

/// Writes one field into one tag; `false` when the tag has no place for it (the field is
/// then removed from it, so it cannot disagree).
fn set_field(tag: &mut Tag, field: Field, value: Option<&Value>) -> bool {
    let (key, companions) = keys(field);
    for companion in companions {
        tag.remove_key(*companion);
    }
    tag.remove_key(key);
    let mut placed = true;
    for text in texts(field, value) {
        placed &= tag.push(TagItem::new(key, ItemValue::Text(text)));
    }
    if !placed {
        tag.remove_key(key);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_become_the_texts_the_reader_parses_back() {
        use crate::library::names::parse_gain;
        assert_eq!(
            texts(
                Field::Genres,
                Some(&serde_json::json!([" Soul ", "", "Pop"]))
            ),
            ["Soul", "Pop"]
        );
        assert_eq!(texts(Field::Year, Some(&Value::from(987))), ["0987"]);
        assert!(texts(Field::Compilation, Some(&Value::Bool(false))).is_empty());
        assert!(texts(Field::Title, None).is_empty());
        let gain = texts(Field::ReplayGainTrackDb, Some(&Value::from(-7.234_567)));
        assert_eq!(parse_gain(&gain[0]), Some(-7.234_567));
    }
}
