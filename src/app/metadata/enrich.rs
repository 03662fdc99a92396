//! The offline enrichment sources, as pure rules over values and paths:
//!
//! - `path`: artist, album, disc, track number and title read from the folder and file
//!   names (`Artist/Album/03 - Title.ext`, `Artist - Album/03 Title.ext`,
//!   `03. Artist - Title.ext`, disc folders `CD2` or `Disc 2`), offered only for fields
//!   whose value is missing or generic ("Track 01", "Unknown Artist").
//! - `album`: the value most tracks of the album folder share (album artist, year, genres,
//!   totals), offered to the few that differ. Only a clear majority (more than half of the
//!   folder's tracks) is offered, never to a track that has it already.
//!
//! - `loudness`: the ReplayGain values `app::loudness` measured from the audio.
//!
//! Confidence is what the contract says it is: the share of agreeing tracks for `album`;
//! 0.6 for a path whose names had a " - " separator, 0.4 for a bare "03 Title"; 1.0 for
//! `loudness`, computed rather than guessed.

use serde_json::Value;

use super::rules::{self, Values};
use crate::library::fields::Field;
use crate::library::names::{disc_folder_number, parse_file_stem};

pub const SOURCE_PATH: &str = "path";
pub const SOURCE_ALBUM: &str = "album";
pub const SOURCE_LOUDNESS: &str = "loudness";

/// Values one source proposes for a track.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub source: &'static str,
    pub confidence: f64,
    pub values: Values,
}

impl Proposal {
    /// The proposal as far as the rules of a person's own override allow: a value they would
    /// refuse (a number past its field's limit, a track or disc number above the track's
    /// total) is left out, so that applying a suggestion never answers `400`. `None` when
    /// nothing is left.
    pub fn within_rules(mut self, effective: &Values) -> Option<Proposal> {
        self.values
            .retain(|field, value| rules::clean(Values::from([(*field, value.clone())])).is_ok());
        let passes = |values: &Values| {
            let mut after = effective.clone();
            after.extend(values.clone());
            rules::check_totals(&after, None).is_ok()
        };
        for number in [
            Field::TrackNumber,
            Field::DiscNumber,
            Field::TrackTotal,
            Field::DiscTotal,
        ] {
            if passes(&self.values) {
                break;
            }
            self.values.remove(&number);
        }
        (passes(&self.values) && !self.values.is_empty()).then_some(self)
    }

    /// The fields whose proposed value differs from the effective one.
    pub fn changed(&self, effective: &Values) -> Vec<Field> {
        self.values
            .iter()
            .filter(|(field, value)| effective.get(field) != Some(value))
            .map(|(field, _)| *field)
            .collect()
    }
}

/// What the path says, for the fields that are missing or generic.
pub fn from_path(rel_path: &str, effective: &Values) -> Option<Proposal> {
    let mut dirs: Vec<&str> = rel_path.split('/').filter(|p| !p.is_empty()).collect();
    let file = dirs.pop()?;
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let mut disc = None;
    if let Some(n) = dirs.last().and_then(|d| disc_folder_number(d)) {
        disc = Some(n);
        dirs.pop();
    }
    let named = parse_file_stem(stem);
    let mut title = Some(named.title.clone());
    let mut separated = stem.contains(" - ");
    let mut artist = None;
    // "03. Artist - Title": the artist is in the file name.
    let after_number = stem.trim_start_matches(|c: char| c.is_ascii_digit());
    if after_number.starts_with('.') {
        if let Some((a, t)) = named.title.split_once(" - ") {
            artist = Some(a.trim().to_owned());
            title = Some(t.trim().to_owned());
        }
    }
    let mut album = None;
    if let Some(folder) = dirs.last() {
        match folder.split_once(" - ") {
            // "Artist - Album/".
            Some((a, b)) => {
                artist = artist.or_else(|| Some(a.trim().to_owned()));
                album = Some(b.trim().to_owned());
                separated = true;
            }
            None => {
                album = Some((*folder).to_owned());
                if dirs.len() >= 2 {
                    artist = artist.or_else(|| Some(dirs[dirs.len() - 2].to_owned()));
                }
            }
        }
    }
    let mut values = Values::new();
    let mut offer = |field: Field, value: Option<Value>, generic: fn(&Value) -> bool| {
        let Some(value) = value else { return };
        let current = effective.get(&field);
        if current.is_none_or(generic) && !generic(&value) {
            values.insert(field, value);
        }
    };
    offer(
        Field::Title,
        title.filter(|t| !t.is_empty()).map(Value::from),
        generic_title,
    );
    offer(
        Field::Artists,
        artist
            .filter(|a| !a.is_empty())
            .map(|a| Value::from(vec![a])),
        generic_artists,
    );
    offer(
        Field::Album,
        album.filter(|a| !a.is_empty()).map(Value::from),
        generic_album,
    );
    offer(Field::TrackNumber, named.track.map(Value::from), |_| false);
    offer(
        Field::DiscNumber,
        disc.or(named.disc).map(Value::from),
        |_| false,
    );
    (!values.is_empty()).then(|| Proposal {
        source: SOURCE_PATH,
        confidence: if separated { 0.6 } else { 0.4 },
        values,
    })
}

/// The measured ReplayGain values, as they are: computed from the audio, so certain.
pub fn from_loudness(measured: Values) -> Option<Proposal> {
    (!measured.is_empty()).then_some(Proposal {
        source: SOURCE_LOUDNESS,
        confidence: 1.0,
        values: measured,
    })
}

/// The fields an album's tracks should agree on.
const ALBUM_FIELDS: &[Field] = &[
    Field::AlbumArtists,
    Field::Year,
    Field::Genres,
    Field::TrackTotal,
    Field::DiscTotal,
];

/// For each field where `this` differs from a clear majority of `album` (every track of
/// the album folder, `this` among them), that majority's value.
pub fn from_album(this: &Values, album: &[Values]) -> Vec<Proposal> {
    let n = album.len();
    let mut proposals = Vec::new();
    for field in ALBUM_FIELDS {
        let mut counts: Vec<(&Value, usize)> = Vec::new();
        for value in album.iter().filter_map(|t| t.get(field)) {
            match counts.iter_mut().find(|(v, _)| *v == value) {
                Some((_, c)) => *c += 1,
                None => counts.push((value, 1)),
            }
        }
        let Some((value, count)) = counts.into_iter().max_by_key(|(_, c)| *c) else {
            continue;
        };
        if count * 2 <= n || this.get(field) == Some(value) {
            continue;
        }
        proposals.push(Proposal {
            source: SOURCE_ALBUM,
            confidence: count as f64 / n as f64,
            values: Values::from([(*field, value.clone())]),
        });
    }
    proposals
}

fn lower(value: &Value) -> String {
    value.as_str().unwrap_or_default().trim().to_lowercase()
}

/// "Track 01", "AudioTrack 03", "Untitled", empty.
fn generic_title(value: &Value) -> bool {
    let text = lower(value);
    let words = text
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '_' || c == '-')
        .trim();
    matches!(
        words,
        "" | "track" | "audiotrack" | "audio track" | "untitled" | "unknown" | "title"
    )
}

fn generic_artists(value: &Value) -> bool {
    value.as_array().is_none_or(|names| {
        names.iter().all(|n| {
            matches!(
                lower(n).as_str(),
                "" | "unknown artist" | "unknown" | "artist" | "various"
            )
        })
    })
}

fn generic_album(value: &Value) -> bool {
    matches!(lower(value).as_str(), "" | "unknown album" | "unknown")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_path_number_the_rules_refuse_is_not_offered() {
        // A number above the track's total, and one past any track number's limit.
        let effective = Values::from([(Field::TrackTotal, json!(10))]);
        for path in [
            "Artist/Album/12 Song.mp3",
            "Artist/Album/12345 Song.mp3",
            "Artist/Album/12345 - Song.mp3",
        ] {
            let offered = from_path(path, &effective)
                .and_then(|p| p.within_rules(&effective))
                .expect("the title is still offered");
            assert!(
                !offered.values.contains_key(&Field::TrackNumber),
                "{path}: {:?}",
                offered.values
            );
            assert!(offered.values.contains_key(&Field::Title), "{path}");
        }
        // Within the total, the number stays.
        let offered = from_path("Artist/Album/03 Song.mp3", &effective)
            .and_then(|p| p.within_rules(&effective))
            .expect("offered");
        assert_eq!(offered.values[&Field::TrackNumber], json!(3));
    }

    fn values(pairs: &[(Field, Value)]) -> Values {
        pairs.iter().cloned().collect()
    }

    #[test]
    fn the_path_patterns_fill_missing_and_generic_tags_only() {
        let generic = values(&[
            (Field::Title, json!("Track 03")),
            (Field::Artists, json!(["Unknown Artist"])),
        ]);
        let p = from_path("Radiohead/OK Computer/03 - Subterranean.mp3", &generic).unwrap();
        assert_eq!(p.values[&Field::Title], json!("Subterranean"));
        assert_eq!(p.values[&Field::Artists], json!(["Radiohead"]));
        assert_eq!(p.values[&Field::Album], json!("OK Computer"));
        assert_eq!(p.values[&Field::TrackNumber], json!(3));
        assert_eq!(p.confidence, 0.6);

        let p = from_path(
            "Radiohead - OK Computer/CD2/04 Karma Police.flac",
            &Values::new(),
        )
        .unwrap();
        assert_eq!(p.values[&Field::Artists], json!(["Radiohead"]));
        assert_eq!(p.values[&Field::Album], json!("OK Computer"));
        assert_eq!(p.values[&Field::DiscNumber], json!(2));
        assert_eq!(p.values[&Field::Title], json!("Karma Police"));

        let p = from_path("Mix/03. Portishead - Roads.mp3", &Values::new()).unwrap();
        assert_eq!(p.values[&Field::Artists], json!(["Portishead"]));
        assert_eq!(p.values[&Field::Title], json!("Roads"));

        // Real tags are left alone.
        let tagged = values(&[
            (Field::Title, json!("Subterranean Homesick Alien")),
            (Field::Artists, json!(["Radiohead"])),
            (Field::Album, json!("OK Computer")),
            (Field::TrackNumber, json!(3)),
        ]);
        assert_eq!(
            from_path("Radiohead/OK Computer/03 - Subterranean.mp3", &tagged),
            None
        );
        // A bare number and title is less sure.
        let p = from_path("x/01 Song.mp3", &Values::new()).unwrap();
        assert_eq!(p.confidence, 0.4);
    }

    #[test]
    fn only_a_clear_majority_is_offered_and_only_to_the_others() {
        let year = |y: i64| values(&[(Field::Year, json!(y))]);
        let album = [year(2001), year(2001), year(1999)];
        let odd = from_album(&album[2], &album);
        assert_eq!(odd.len(), 1);
        assert_eq!(odd[0].values[&Field::Year], json!(2001));
        assert!((odd[0].confidence - 2.0 / 3.0).abs() < 1e-9);
        assert!(
            from_album(&album[0], &album).is_empty(),
            "never to the majority"
        );
        let split = [year(2001), year(1999)];
        assert!(
            from_album(&split[1], &split).is_empty(),
            "no clear majority"
        );
    }
}
