//! The metadata fields a person can override (the contract's `TagField`), and how each one
//! lands on a file's tags. The scanner applies the stored overrides here, before a file's
//! rows are derived (`entry::derive`), so an override is read as if the file said so: it
//! regroups, re-sorts and re-indexes exactly like a changed tag would.
//!
//! A value is kept as JSON text in `metadata_overrides.value` (`"Title"`, `["A", "B"]`, `4`,
//! `true`, `-7.2`): one spelling for every kind, read back without guessing.

use serde_json::Value;

use super::names::parse_date;
use super::tags::TagValues;

/// An overridable field. Stored in `metadata_overrides.field` in snake_case; the API spells
/// it in camelCase.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum Field {
    Title,
    Artists,
    Album,
    AlbumArtists,
    Composers,
    TrackNumber,
    TrackTotal,
    DiscNumber,
    DiscTotal,
    Year,
    Genres,
    Compilation,
    Comment,
    MusicbrainzRecordingId,
    MusicbrainzReleaseId,
    ReplayGainTrackDb,
    ReplayGainTrackPeak,
    ReplayGainAlbumDb,
    ReplayGainAlbumPeak,
}

/// What a field's value is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Text,
    List,
    /// A whole number from 0 up to the bound.
    Number(u32),
    Flag,
    /// A real number between the bounds.
    Real(f64, f64),
}

impl Field {
    pub fn stored(self) -> &'static str {
        self.into()
    }

    pub fn from_stored(name: &str) -> Option<Field> {
        name.parse().ok()
    }

    /// The contract's spelling (`albumArtists`).
    pub fn api(self) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in self.stored().chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                out.push(c.to_ascii_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }

    pub fn from_api(name: &str) -> Option<Field> {
        use strum::IntoEnumIterator;
        Field::iter().find(|f| f.api() == name)
    }

    pub fn kind(self) -> Kind {
        match self {
            Field::Title
            | Field::Album
            | Field::Comment
            | Field::MusicbrainzRecordingId
            | Field::MusicbrainzReleaseId => Kind::Text,
            Field::Artists | Field::AlbumArtists | Field::Composers | Field::Genres => Kind::List,
            Field::TrackNumber | Field::TrackTotal | Field::Year => Kind::Number(9999),
            Field::DiscNumber | Field::DiscTotal => Kind::Number(999),
            Field::Compilation => Kind::Flag,
            Field::ReplayGainTrackDb | Field::ReplayGainAlbumDb => Kind::Real(-100.0, 100.0),
            Field::ReplayGainTrackPeak | Field::ReplayGainAlbumPeak => Kind::Real(0.0, 100.0),
        }
    }
}

/// The file's value of `field`, `None` when the file has no such tag.
pub fn file_value(tags: &TagValues, field: Field) -> Option<Value> {
    let text = |v: &Option<String>| v.clone().map(Value::from);
    let list = |v: &[String]| (!v.is_empty()).then(|| Value::from(v.to_vec()));
    let number = |v: Option<u32>| v.map(Value::from);
    let real = |v: Option<f64>| v.map(Value::from);
    match field {
        Field::Title => text(&tags.title),
        Field::Artists => list(&tags.artists).or_else(|| list(&tags.artists_list)),
        Field::Album => text(&tags.album),
        Field::AlbumArtists => list(&tags.album_artists).or_else(|| list(&tags.album_artists_list)),
        Field::Composers => list(&tags.composers),
        Field::TrackNumber => number(tags.track_number),
        Field::TrackTotal => number(tags.track_total),
        Field::DiscNumber => number(tags.disc_number),
        Field::DiscTotal => number(tags.disc_total),
        Field::Year => tags
            .date
            .as_deref()
            .and_then(parse_date)
            .map(|(year, _)| Value::from(year)),
        Field::Genres => list(&tags.genres),
        Field::Compilation => tags.compilation.then_some(Value::Bool(true)),
        Field::Comment => text(&tags.comment),
        Field::MusicbrainzRecordingId => text(&tags.musicbrainz_recording_id),
        Field::MusicbrainzReleaseId => text(&tags.musicbrainz_album_id),
        Field::ReplayGainTrackDb => real(tags.replaygain_track_gain_db),
        Field::ReplayGainTrackPeak => real(tags.replaygain_track_peak),
        Field::ReplayGainAlbumDb => real(tags.replaygain_album_gain_db),
        Field::ReplayGainAlbumPeak => real(tags.replaygain_album_peak),
    }
}

/// Puts `value` on the tags as if the file said so. An empty text or list blanks the
/// field (the catalogue then falls back to the path, as for a missing tag); a value of the
/// wrong kind blanks it too, since stored values are checked when written.
pub fn apply(tags: &mut TagValues, field: Field, value: &Value) {
    let text = || {
        value
            .as_str()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let list = || -> Vec<String> {
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let number = || value.as_u64().and_then(|n| u32::try_from(n).ok());
    let real = || value.as_f64();
    match field {
        Field::Title => {
            tags.title = text();
            tags.title_sort = None;
        }
        Field::Artists => {
            tags.artists = list();
            tags.artists_list.clear();
            tags.artist_sort = None;
            tags.musicbrainz_artist_ids.clear();
        }
        Field::Album => {
            tags.album = text();
            tags.album_sort = None;
        }
        Field::AlbumArtists => {
            tags.album_artists = list();
            tags.album_artists_list.clear();
            tags.album_artist_sort = None;
            tags.musicbrainz_album_artist_ids.clear();
        }
        Field::Composers => tags.composers = list(),
        Field::TrackNumber => tags.track_number = number(),
        Field::TrackTotal => tags.track_total = number(),
        Field::DiscNumber => tags.disc_number = number(),
        Field::DiscTotal => tags.disc_total = number(),
        Field::Year => tags.date = number().map(|year| format!("{year:04}")),
        Field::Genres => tags.genres = list(),
        Field::Compilation => tags.compilation = value.as_bool().unwrap_or(false),
        Field::Comment => tags.comment = text(),
        Field::MusicbrainzRecordingId => tags.musicbrainz_recording_id = text(),
        Field::MusicbrainzReleaseId => tags.musicbrainz_album_id = text(),
        Field::ReplayGainTrackDb => tags.replaygain_track_gain_db = real(),
        Field::ReplayGainTrackPeak => tags.replaygain_track_peak = real(),
        Field::ReplayGainAlbumDb => tags.replaygain_album_gain_db = real(),
        Field::ReplayGainAlbumPeak => tags.replaygain_album_peak = real(),
    }
}

/// Applies stored overrides (`metadata_overrides`: field, JSON value) to a file's tags.
/// A field this version does not know, or a value that is not JSON, is skipped: an
/// override written by a newer hub must not break scanning.
pub fn apply_overrides(tags: &mut TagValues, overrides: &[(String, Option<String>)]) {
    for (name, value) in overrides {
        let Some(field) = Field::from_stored(name) else {
            continue;
        };
        let value = match value {
            Some(text) => match serde_json::from_str::<Value>(text) {
                Ok(value) => value,
                Err(_) => continue,
            },
            None => Value::Null,
        };
        apply(tags, field, &value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_field_has_both_spellings() {
        for field in Field::iter() {
            assert_eq!(Field::from_stored(field.stored()), Some(field));
            assert_eq!(Field::from_api(&field.api()), Some(field));
        }
        assert_eq!(Field::AlbumArtists.api(), "albumArtists");
        assert_eq!(Field::ReplayGainTrackDb.api(), "replayGainTrackDb");
    }

    #[test]
    fn overrides_win_and_blank() {
        let mut tags = TagValues {
            title: Some("Wrong".into()),
            artists: vec!["Someone".into()],
            genres: vec!["Pop".into()],
            date: Some("1997-05-21".into()),
            ..TagValues::default()
        };
        apply_overrides(
            &mut tags,
            &[
                ("title".into(), Some("\"Right\"".into())),
                ("genres".into(), Some("[]".into())),
                ("track_number".into(), Some("4".into())),
                ("year".into(), Some("1998".into())),
                ("unknown_field".into(), Some("\"x\"".into())),
                ("album".into(), Some("not json".into())),
            ],
        );
        assert_eq!(tags.title.as_deref(), Some("Right"));
        assert!(tags.genres.is_empty());
        assert_eq!(tags.track_number, Some(4));
        assert_eq!(file_value(&tags, Field::Year), Some(Value::from(1998)));
    }
}
