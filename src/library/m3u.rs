//! Extended M3U, read and written: pure text in and out. Matching lines to tracks needs the
//! database and is `playlist_match`'s, used by the playlists service's import and by the
//! scanner's library playlists.

/// One path line of a playlist file, with what its `#EXTINF` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct M3uEntry {
    /// Its line number, from 1.
    pub line: usize,
    /// The line as written (trimmed).
    pub path: String,
    /// The display text of its `#EXTINF` ("artist - title"), if it had one.
    pub display: Option<String>,
}

impl M3uEntry {
    /// The artist and title of the `#EXTINF` display text, split at its first " - ";
    /// `None` for the artist when there is no separator.
    pub fn artist_title(&self) -> Option<(Option<&str>, &str)> {
        let display = self.display.as_deref()?.trim();
        if display.is_empty() {
            return None;
        }
        Some(match display.split_once(" - ") {
            Some((artist, title)) => (Some(artist.trim()), title.trim()),
            None => (None, display),
        })
    }

    /// The path with a `file://` URL turned into a path and `\` separators into `/`.
    pub fn normalized_path(&self) -> String {
        let path = match self.path.strip_prefix("file://") {
            Some(rest) => percent_decode(rest.strip_prefix("localhost").unwrap_or(rest)),
            None => self.path.clone(),
        };
        let path = path.replace('\\', "/");
        // `file:///C:/Music` leaves `/C:/Music`.
        match path.as_bytes() {
            [b'/', drive, b':', ..] if drive.is_ascii_alphabetic() => path[1..].to_owned(),
            _ => path,
        }
    }
}

/// Whether a file's name says it is a playlist file (`.m3u` or `.m3u8`, any case).
pub fn is_playlist_file_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && (ext.eq_ignore_ascii_case("m3u") || ext.eq_ignore_ascii_case("m3u8"))
    })
}

/// A playlist file's bytes as text: UTF-8 when they are (always for `.m3u8`), else
/// Latin-1, which older players write `.m3u` files in and which any byte is valid in.
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Whether a normalized path is absolute (Unix, or a Windows drive).
pub fn is_absolute(path: &str) -> bool {
    path.starts_with('/')
        || matches!(path.as_bytes(), [drive, b':', b'/', ..] if drive.is_ascii_alphabetic())
}

/// A playlist file as read: its `#PLAYLIST` name and its path lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct M3u {
    pub name: Option<String>,
    pub entries: Vec<M3uEntry>,
}

/// Reads an M3U or M3U8 text. Unknown directives and comments are skipped; an `#EXTINF`
/// belongs to the next path line.
pub fn parse(text: &str) -> M3u {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut m3u = M3u::default();
    let mut display = None;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(info) = line.strip_prefix("#EXTINF:") {
            // `#EXTINF:<seconds>[ attributes],<display>`
            display = info.split_once(',').map(|(_, d)| d.trim().to_owned());
        } else if let Some(name) = line.strip_prefix("#PLAYLIST:") {
            m3u.name = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
        } else if !line.starts_with('#') {
            m3u.entries.push(M3uEntry {
                line: index + 1,
                path: line.to_owned(),
                display: display.take(),
            });
        }
    }
    m3u
}

/// One entry to write.
pub struct ExportEntry {
    pub artist: String,
    pub title: String,
    /// `None` when the track left the library: written as a comment.
    pub path: Option<String>,
    pub duration_ms: i64,
}

/// Writes an extended M3U. Line breaks inside names would start new lines, so they become
/// spaces.
pub fn write(name: &str, entries: &[ExportEntry]) -> String {
    let one_line = |text: &str| text.replace(['\r', '\n'], " ");
    let mut out = format!("#EXTM3U\n#PLAYLIST:{}\n", one_line(name));
    for entry in entries {
        let display = one_line(&format!("{} - {}", entry.artist, entry.title));
        match &entry.path {
            Some(path) => {
                // -1 is the format's "unknown length".
                let seconds = match entry.duration_ms {
                    0 => -1,
                    ms => (ms + 500) / 1000,
                };
                out.push_str(&format!(
                    "#EXTINF:{seconds},{display}\n{}\n",
                    one_line(path)
                ));
            }
            None => out.push_str(&format!("# unavailable: {display}\n")),
        }
    }
    out
}

/// `%XX` escapes decoded as UTF-8 bytes; anything malformed is kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&hi), Some(&lo)) if hex(hi).is_some() && hex(lo).is_some() => {
                let value = hex(hi).unwrap_or(0) * 16 + hex(lo).unwrap_or(0);
                out.push(u8::try_from(value).unwrap_or(b'?'));
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text reads as a playlist (maybe empty): a line is at most one entry.
        #[test]
        fn any_text_is_a_playlist(text in "(\\PC|\r|\n|#EXTINF:|#EXTM3U|#PLAYLIST:|file://|,|-){0,200}") {
            let m3u = parse(&text);
            prop_assert!(m3u.entries.len() <= text.lines().count());
        }
    }

    #[test]
    fn a_file_is_read_as_its_name_and_its_path_lines() {
        let text = "\u{feff}#EXTM3U\r\n#PLAYLIST: Road trip \r\n\r\n\
                    #EXTINF:236,Beyoncé - Crazy in Love\r\n/music/crazy.mp3\r\n\
                    # a comment\r\nrelative/song.flac\r\n\
                    #EXTINF:-1 tvg-id=\"x\",Just a title\r\nfile:///C:/My%20Music/a.mp3\r\n";
        let m3u = parse(text);
        assert_eq!(m3u.name.as_deref(), Some("Road trip"));
        let lines: Vec<usize> = m3u.entries.iter().map(|e| e.line).collect();
        assert_eq!(lines, [5, 7, 9]);
        assert_eq!(
            m3u.entries[0].artist_title(),
            Some((Some("Beyoncé"), "Crazy in Love"))
        );
        assert_eq!(
            m3u.entries[1].display, None,
            "an #EXTINF belongs to one line"
        );
        assert_eq!(m3u.entries[2].artist_title(), Some((None, "Just a title")));
        assert_eq!(m3u.entries[2].normalized_path(), "C:/My Music/a.mp3");
        assert!(is_absolute(&m3u.entries[2].normalized_path()));
        assert!(!is_absolute(&m3u.entries[1].normalized_path()));
    }

    #[test]
    fn what_is_written_reads_back() {
        let entries = [
            ExportEntry {
                artist: "Beyoncé".into(),
                title: "Crazy\nin Love".into(),
                path: Some("/music/crazy.mp3".into()),
                duration_ms: 236_400,
            },
            ExportEntry {
                artist: "Gone".into(),
                title: "Missing".into(),
                path: None,
                duration_ms: 1_000,
            },
            ExportEntry {
                artist: "A".into(),
                title: "B".into(),
                path: Some("rel/b.ogg".into()),
                duration_ms: 0,
            },
        ];
        let text = write("Mix", &entries);
        assert!(text.starts_with("#EXTM3U\n#PLAYLIST:Mix\n#EXTINF:236,Beyoncé - Crazy in Love\n"));
        assert!(text.contains("# unavailable: Gone - Missing\n"));
        assert!(text.contains("#EXTINF:-1,A - B\nrel/b.ogg\n"));
        let read = parse(&text);
        assert_eq!(read.name.as_deref(), Some("Mix"));
        let paths: Vec<&str> = read.entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["/music/crazy.mp3", "rel/b.ogg"]);
    }

    #[test]
    fn malformed_escapes_are_kept() {
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(percent_decode("%C3%A9"), "é");
    }

    #[test]
    fn playlist_files_are_known_by_name_and_read_as_utf8_or_latin1() {
        assert!(is_playlist_file_name("Road trip.M3U8"));
        assert!(is_playlist_file_name("old.m3u"));
        assert!(!is_playlist_file_name(".m3u"));
        assert!(!is_playlist_file_name("list.pls"));
        assert_eq!(decode("Beyoncé".as_bytes()), "Beyoncé");
        assert_eq!(decode(b"Beyonc\xe9"), "Beyoncé");
    }
}
