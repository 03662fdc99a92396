//! From one file's tags and path to its catalogue rows: the track, its album and artists,
//! and the links between them. This is where grouping happens, the way users expect:
//!
//! - An album is its album artist and title. The album artist is the album-artist tag,
//!   else "Various Artists" for a compilation, else the track's first main artist; so a
//!   featured artist never splits an album, and a compilation's tracks stay together.
//! - Disc numbers are not part of an album's identity, so the discs of a multi-disc album
//!   are one album (a "(Disc 2)" suffix on the title is taken as the disc number).
//! - Missing tags fall back to the path: the title to the file name (a leading "07 - " is
//!   the track number), the album to the folder (its parent for a "CD1" folder), and the
//!   artist to "Unknown Artist". An untagged album is grouped by its folder, not by its
//!   name, so two folders that happen to share a name stay two albums.
//!
//! Everything is derived from the input alone (no lookups), so a file always produces the
//! same rows and ids.

use super::ids;
use super::names::{
    collapse_whitespace, disc_folder_number, name_key, parse_date, parse_file_stem, sort_key,
    split_artists, split_genres, strip_disc_suffix,
};
use super::tags::{FileFacts, TagValues};
use crate::db::models::{
    NewAlbum, NewArtist, NewGenre, NewTrack, TrackArtist, TrackContent, TrackGenre,
};

pub const UNKNOWN_ARTIST: &str = "Unknown Artist";
pub const VARIOUS_ARTISTS: &str = "Various Artists";

/// Track-artist roles in `track_artists`.
pub const ROLE_ARTIST: &str = "artist";
pub const ROLE_FEATURED: &str = "featured";
pub const ROLE_ALBUM_ARTIST: &str = "album_artist";

/// Where a file is, as the catalogue names it.
#[derive(Debug, Clone, Copy)]
pub struct FilePlace<'a> {
    pub root_id: &'a str,
    /// The root folder's display name (the album of untagged files directly in the root).
    pub root_name: &'a str,
    /// '/'-separated, relative to the root.
    pub rel_path: &'a str,
}

impl FilePlace<'_> {
    /// The folder part of `rel_path` ('' in the root).
    pub fn dir_path(&self) -> &str {
        self.rel_path.rsplit_once('/').map_or("", |(dir, _)| dir)
    }

    pub fn file_name(&self) -> &str {
        self.rel_path
            .rsplit_once('/')
            .map_or(self.rel_path, |(_, f)| f)
    }
}

/// One file's rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub track: NewTrack,
    pub album: NewAlbum,
    /// Every artist the rows refer to, once each.
    pub artists: Vec<NewArtist>,
    pub artist_links: Vec<TrackArtist>,
    pub genres: Vec<NewGenre>,
    pub genre_links: Vec<TrackGenre>,
}

/// Names given to albums and artists, with the MusicBrainz ids met for them.
#[derive(Default)]
struct ArtistSet {
    artists: Vec<NewArtist>,
}

impl ArtistSet {
    /// Adds an artist (once by id) and returns its id.
    fn add(
        &mut self,
        name: &str,
        sort: Option<&str>,
        musicbrainz_id: Option<&str>,
        now: i64,
    ) -> String {
        let id = ids::artist_id(name);
        match self.artists.iter_mut().find(|a| a.id == id) {
            Some(existing) => {
                if existing.musicbrainz_artist_id.is_none() {
                    existing.musicbrainz_artist_id = musicbrainz_id.map(str::to_owned);
                }
            }
            None => self.artists.push(NewArtist {
                id: id.clone(),
                name: name.to_owned(),
                sort_name: sort_key(sort.unwrap_or(name)),
                musicbrainz_artist_id: musicbrainz_id.map(str::to_owned),
                added_at: now,
                updated_at: now,
            }),
        }
        id
    }
}

/// Derives a file's rows. `tags` are the file's tags with the user's overrides applied.
pub fn derive(place: &FilePlace<'_>, facts: &FileFacts, tags: &TagValues, now: i64) -> Entry {
    let track_id = ids::track_id(place.root_id, place.rel_path);
    let dir_path = place.dir_path();
    let file_name = place.file_name();
    let stem = file_name.rsplit_once('.').map_or(file_name, |(s, _)| s);
    let from_name = parse_file_stem(stem);

    // Title: the tag, else the file name without its track number.
    let title = tags
        .title
        .as_deref()
        .map(collapse_whitespace)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| from_name.title.clone());
    let title = if title.is_empty() {
        stem.to_owned()
    } else {
        title
    };
    let sort_title = sort_key(tags.title_sort.as_deref().unwrap_or(&title));

    // Track artists: the "ARTISTS" list when a tagger wrote one, else the artist tag split
    // where unambiguous. The credit is the artist tag as written.
    let credit = split_artists(if tags.artists_list.is_empty() {
        &tags.artists
    } else {
        &tags.artists_list
    });
    let featured_from_credit = if tags.artists_list.is_empty() {
        Vec::new()
    } else {
        split_artists(&tags.artists).featured
    };
    let mut main_artists = credit.main;
    let mut featured = credit.featured;
    featured.extend(featured_from_credit);
    if main_artists.is_empty() {
        main_artists.push(UNKNOWN_ARTIST.to_owned());
    }
    let artist_credit = if tags.artists.is_empty() {
        main_artists.join("; ")
    } else {
        collapse_whitespace(&tags.artists.join("; "))
    };
    let artist_sort = sort_key(tags.artist_sort.as_deref().unwrap_or(&artist_credit));

    // Album artist and compilation.
    let album_artist_credit_split = split_artists(if tags.album_artists_list.is_empty() {
        &tags.album_artists
    } else {
        &tags.album_artists_list
    });
    let named_album_artists = album_artist_credit_split.main;
    let says_various = named_album_artists
        .first()
        .is_some_and(|a| matches!(name_key(a).as_str(), "various artists" | "various" | "va"));
    let is_compilation = tags.compilation || says_various;
    let (album_artists, album_artist_credit): (Vec<String>, String) =
        if says_various || (named_album_artists.is_empty() && is_compilation) {
            (vec![VARIOUS_ARTISTS.to_owned()], VARIOUS_ARTISTS.to_owned())
        } else if !named_album_artists.is_empty() {
            let credit = if tags.album_artists.is_empty() {
                named_album_artists.join("; ")
            } else {
                collapse_whitespace(&tags.album_artists.join("; "))
            };
            (named_album_artists, credit)
        } else {
            (vec![main_artists[0].clone()], main_artists[0].clone())
        };

    // Album title and grouping: by album artist and title when tagged, by folder when not.
    let folder_name = |dir: &str| -> String {
        match dir.rsplit_once('/') {
            Some((_, last)) => last.to_owned(),
            None if dir.is_empty() => place.root_name.to_owned(),
            None => dir.to_owned(),
        }
    };
    let mut disc_from_path = from_name.disc;
    let tagged_album = tags
        .album
        .as_deref()
        .map(collapse_whitespace)
        .filter(|a| !a.is_empty());
    let (album_title, album_group) = match tagged_album {
        Some(album) => {
            let (base, disc) = strip_disc_suffix(&album);
            disc_from_path = disc_from_path.or(disc);
            (base, name_key(&album_artists[0]))
        }
        None => {
            let folder = folder_name(dir_path);
            let disc_folder = disc_folder_number(&folder).filter(|_| !dir_path.is_empty());
            let album_dir = match disc_folder {
                Some(n) => {
                    disc_from_path = disc_from_path.or(Some(n));
                    dir_path.rsplit_once('/').map_or("", |(parent, _)| parent)
                }
                None => dir_path,
            };
            let title = folder_name(album_dir);
            (title, format!("folder:{}/{}", place.root_id, album_dir))
        }
    };
    let album_title_key = name_key(&album_title);
    let album_id = ids::album_id(&album_group, &album_title_key);
    // Derived from the key, not the spelling, so every track of the album agrees.
    let album_sort = sort_key(tags.album_sort.as_deref().unwrap_or(&album_title_key));

    let track_number = tags.track_number.or(from_name.track);
    let disc_number = tags.disc_number.or(disc_from_path);
    let (year, date) = match tags.date.as_deref().and_then(parse_date) {
        Some((year, date)) => (Some(year), Some(date)),
        None => (None, None),
    };
    let composer =
        (!tags.composers.is_empty()).then(|| collapse_whitespace(&tags.composers.join("; ")));
    let small = |n: Option<u32>| n.and_then(|n| i32::try_from(n).ok());

    // Artists and links, in tag order: main artists, featured, album artists.
    let mut artists = ArtistSet::default();
    let single_sort = |list: &[String], sort: &Option<String>| -> Option<String> {
        (list.len() == 1).then(|| sort.clone()).flatten()
    };
    let main_sort = single_sort(&main_artists, &tags.artist_sort);
    let album_artist_sort = single_sort(&album_artists, &tags.album_artist_sort);
    let mut artist_links = Vec::new();
    let mut link = |role: &'static str,
                    names: &[String],
                    sort: Option<&str>,
                    mbids: &[String],
                    artists: &mut ArtistSet| {
        let mut position = 0;
        for (i, name) in names.iter().enumerate() {
            // MusicBrainz ids line up with names only when there are as many.
            let mbid = (mbids.len() == names.len()).then(|| mbids[i].as_str());
            let artist_id = artists.add(name, sort, mbid, now);
            if artist_links
                .iter()
                .any(|l: &TrackArtist| l.role == role && l.artist_id == artist_id)
            {
                continue;
            }
            artist_links.push(TrackArtist {
                track_id: track_id.clone(),
                artist_id,
                role: role.to_owned(),
                position,
            });
            position += 1;
        }
    };
    link(
        ROLE_ARTIST,
        &main_artists,
        main_sort.as_deref(),
        &tags.musicbrainz_artist_ids,
        &mut artists,
    );
    link(ROLE_FEATURED, &featured, None, &[], &mut artists);
    let album_mbids = if album_artists[0] == VARIOUS_ARTISTS {
        &[][..]
    } else {
        &tags.musicbrainz_album_artist_ids[..]
    };
    link(
        ROLE_ALBUM_ARTIST,
        &album_artists,
        album_artist_sort.as_deref(),
        album_mbids,
        &mut artists,
    );

    let genre_names = split_genres(&tags.genres);
    let genres: Vec<NewGenre> = genre_names
        .iter()
        .map(|name| NewGenre {
            id: ids::genre_id(name),
            name: name.clone(),
        })
        .collect();
    let genre_links = genres
        .iter()
        .enumerate()
        .map(|(position, genre)| TrackGenre {
            track_id: track_id.clone(),
            genre_id: genre.id.clone(),
            position: i32::try_from(position).unwrap_or(i32::MAX),
        })
        .collect();

    let album = NewAlbum {
        id: album_id.clone(),
        title: album_title,
        sort_title: album_sort.clone(),
        album_artist_id: ids::artist_id(&album_artists[0]),
        album_artist_credit,
        year,
        release_date: date.clone(),
        is_compilation,
        disc_count: small(disc_number.max(tags.disc_total)).unwrap_or(1).max(1),
        musicbrainz_album_id: tags.musicbrainz_album_id.clone(),
        musicbrainz_release_group_id: tags.musicbrainz_release_group_id.clone(),
        added_at: now,
        updated_at: now,
    };
    let track = NewTrack {
        id: track_id,
        content: TrackContent {
            media_file_id: ids::media_file_id(place.root_id, place.rel_path),
            album_id,
            title,
            sort_title,
            artist_credit,
            artist_sort,
            album_sort,
            disc_number: small(disc_number),
            disc_total: small(tags.disc_total),
            track_number: small(track_number),
            track_total: small(tags.track_total),
            year,
            date,
            composer,
            is_compilation,
            musicbrainz_recording_id: tags.musicbrainz_recording_id.clone(),
            replaygain_track_gain_db: tags.replaygain_track_gain_db,
            replaygain_track_peak: tags.replaygain_track_peak,
            replaygain_album_gain_db: tags.replaygain_album_gain_db,
            replaygain_album_peak: tags.replaygain_album_peak,
            duration_ms: facts.duration_ms.max(0),
            format: facts.format.to_owned(),
            has_embedded_art: facts.has_embedded_art,
            artwork_id: facts.artwork_id.clone(),
        },
        added_at: now,
        updated_at: now,
    };
    Entry {
        track,
        album,
        artists: artists.artists,
        artist_links,
        genres,
        genre_links,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> FileFacts {
        FileFacts {
            format: "mp3",
            codec: "mp3",
            mime_type: "audio/mpeg",
            duration_ms: 1000,
            bitrate_kbps: Some(128),
            sample_rate_hz: Some(44100),
            bit_depth: None,
            channels: Some(2),
            has_embedded_art: false,
            artwork_id: None,
            tags: TagValues::default(),
        }
    }

    fn place(rel_path: &str) -> FilePlace<'_> {
        FilePlace {
            root_id: "music",
            root_name: "Music",
            rel_path,
        }
    }

    fn names(entry: &Entry, role: &str) -> Vec<String> {
        entry
            .artist_links
            .iter()
            .filter(|l| l.role == role)
            .map(|l| {
                entry
                    .artists
                    .iter()
                    .find(|a| a.id == l.artist_id)
                    .map(|a| a.name.clone())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn untagged_files_fall_back_to_their_path() {
        let e = derive(
            &place("Some Folder/07 - Lost Track.wav"),
            &facts(),
            &TagValues::default(),
            1,
        );
        assert_eq!(e.track.content.title, "Lost Track");
        assert_eq!(e.track.content.track_number, Some(7));
        assert_eq!(e.album.title, "Some Folder");
        assert_eq!(e.track.content.artist_credit, UNKNOWN_ARTIST);
        assert_eq!(names(&e, ROLE_ALBUM_ARTIST), [UNKNOWN_ARTIST]);

        // A disc folder belongs to its parent's album.
        let d1 = derive(
            &place("Album/CD1/01 a.mp3"),
            &facts(),
            &TagValues::default(),
            1,
        );
        let d2 = derive(
            &place("Album/CD2/01 b.mp3"),
            &facts(),
            &TagValues::default(),
            1,
        );
        assert_eq!(d1.album.id, d2.album.id);
        assert_eq!(d1.album.title, "Album");
        assert_eq!(d2.track.content.disc_number, Some(2));

        // Same folder name elsewhere: another album.
        let other = derive(
            &place("Elsewhere/Some Folder/x.wav"),
            &facts(),
            &TagValues::default(),
            1,
        );
        assert_ne!(other.album.id, e.album.id);

        // Directly in the root: the root's name.
        let top = derive(&place("song.mp3"), &facts(), &TagValues::default(), 1);
        assert_eq!(top.album.title, "Music");
        assert_eq!(top.track.content.title, "song");
    }

    #[test]
    fn albums_group_by_album_artist_across_discs_and_features() {
        let tags = |artist: &str, disc: u32, album: &str| TagValues {
            title: Some("T".into()),
            artists: vec![artist.into()],
            album: Some(album.into()),
            disc_number: Some(disc),
            ..TagValues::default()
        };
        let a = derive(&place("a.mp3"), &facts(), &tags("Beyoncé", 1, "Album"), 1);
        let b = derive(
            &place("b.mp3"),
            &facts(),
            &tags("Beyoncé feat. Jay-Z", 2, "Album (Disc 2)"),
            1,
        );
        assert_eq!(a.album.id, b.album.id);
        assert_eq!(b.album.title, "Album");
        assert_eq!(b.album.disc_count, 2);
        assert_eq!(names(&b, ROLE_ARTIST), ["Beyoncé"]);
        assert_eq!(names(&b, ROLE_FEATURED), ["Jay-Z"]);
        assert_eq!(b.track.content.artist_credit, "Beyoncé feat. Jay-Z");
        // Same title, another artist: another album.
        let c = derive(&place("c.mp3"), &facts(), &tags("Someone", 1, "Album"), 1);
        assert_ne!(c.album.id, a.album.id);
    }

    #[test]
    fn compilations_go_under_various_artists() {
        let tags = |artist: &str| TagValues {
            artists: vec![artist.into()],
            album: Some("Hits".into()),
            compilation: true,
            ..TagValues::default()
        };
        let a = derive(&place("a.ogg"), &facts(), &tags("Artist A"), 1);
        let b = derive(&place("b.ogg"), &facts(), &tags("Artist B"), 1);
        assert_eq!(a.album.id, b.album.id);
        assert_eq!(a.album.album_artist_credit, VARIOUS_ARTISTS);
        assert!(a.album.is_compilation && a.track.content.is_compilation);
        assert_eq!(names(&a, ROLE_ARTIST), ["Artist A"]);

        // "Various Artists" as the album artist means a compilation too.
        let va = TagValues {
            artists: vec!["X".into()],
            album_artists: vec!["VA".into()],
            album: Some("Hits".into()),
            ..TagValues::default()
        };
        let v = derive(&place("v.ogg"), &facts(), &va, 1);
        assert_eq!(v.album.id, a.album.id);
        assert!(v.album.is_compilation);
    }

    #[test]
    fn multi_valued_artists_link_each_artist() {
        let tags = TagValues {
            artists: vec!["Artist One".into(), "Artist Two".into()],
            musicbrainz_artist_ids: vec!["id-1".into(), "id-2".into()],
            album: Some("Duo".into()),
            ..TagValues::default()
        };
        let e = derive(&place("d.flac"), &facts(), &tags, 1);
        assert_eq!(names(&e, ROLE_ARTIST), ["Artist One", "Artist Two"]);
        assert_eq!(e.track.content.artist_credit, "Artist One; Artist Two");
        let two = e
            .artists
            .iter()
            .find(|a| a.name == "Artist Two")
            .expect("artist");
        assert_eq!(two.musicbrainz_artist_id.as_deref(), Some("id-2"));
        // The album goes under the first.
        assert_eq!(e.album.album_artist_id, ids::artist_id("Artist One"));
    }
}
