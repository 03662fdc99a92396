//! mpd's side of `bench -- queries`: the nearest command mpd has to each of the hub's
//! routes, timed as the hub's are (its process's CPU time over the sequential requests of
//! one connection, and their p50 / p99; not under concurrent connections, see `measure`).
//!
//! - A page of tracks: `find` every song, sorted, one 50-song `window` (deep ones too, as
//!   the hub's pages walk 20 deep). mpd sorts by tags and by modification time only, so
//!   its pages cycle through title, artist, album, date and last-modified.
//! - An album: `find` its songs by album and album artist.
//! - A search: songs that hold every word anywhere in their tags (`any contains`, at most
//!   10, as the hub's default `limit`), then the albums and artists whose names hold them
//!   (all of them: `list` takes no limit), in one command list. mpd matches substrings and
//!   has no typo fallback, so the misspelt search finds nothing there; it is still the
//!   work mpd does to answer it.
//!
//! mpd logs errors only; the hub logs each request as `serve` does.

use std::path::Path;
use std::time::{Duration, Instant};

use super::mpd::{quote, Mpd, MpdClient};
use super::queries::{process_cpu, Figures, Route};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// The tags mpd can sort a `find` by that the hub's sorts have too.
const SORTS: [&str; 5] = ["Title", "Artist", "Album", "Date", "Last-Modified"];

/// Pages within the library: a smaller one than 20 pages starts again from the first, as
/// the hub's pages do when their cursors run out.
pub fn track_pages(requests: usize, tracks: usize) -> Vec<String> {
    let everything = quote("(Title != \"\")");
    (0..requests)
        .map(|i| {
            let sort = SORTS[(i / 20) % SORTS.len()];
            let from = (i % 20) * 50 % tracks.div_ceil(50).saturating_mul(50).max(50);
            format!("find {everything} sort {sort} window {from}:{}", from + 50)
        })
        .collect()
}

pub fn album(title: &str, artist: &str) -> String {
    let filter = format!(
        "((Album == {}) AND (AlbumArtist == {}))",
        quote(title),
        quote(artist)
    );
    format!("find {}", quote(&filter))
}

pub fn search(words: &[String]) -> String {
    // `search` folds case; `list` does not, and has no way to. The generated names start
    // each word with a capital, as the words are given to `list` here, so that its
    // matches are close to a case-blind search's.
    let capitalised: Vec<String> = words
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    let all_of = |tag: &str, words: &[String]| {
        let each: Vec<String> = words
            .iter()
            .map(|w| format!("({tag} contains {})", quote(w)))
            .collect();
        quote(&if each.len() == 1 {
            each.concat()
        } else {
            format!("({})", each.join(" AND "))
        })
    };
    format!(
        "command_list_begin\nsearch {} window 0:10\nlist Album {}\nlist Artist {}\ncommand_list_end",
        all_of("any", words),
        all_of("Album", &capitalised),
        all_of("Artist", &capitalised)
    )
}

/// Starts mpd on `library` in a scratch dir, waits for its scan, and measures every
/// route's commands.
pub fn run(
    binary: &Path,
    library: &Path,
    routes: &[Route],
    tick: Duration,
) -> BenchResult<Vec<Figures>> {
    let scratch = tempfile::tempdir()?;
    let mpd = Mpd::spawn(binary, library, scratch.path())?;
    let from = mpd.first_scan()?;
    eprintln!(
        "mpd scanned the library in {:.1} s",
        from.elapsed().as_secs_f64()
    );
    let mut client = mpd.connect()?;
    if client.stat("songs")? == 0 {
        return Err("mpd found no songs".into());
    }
    routes
        .iter()
        .map(|route| measure(&mpd, &mut client, &route.mpd, !route.may_find_nothing, tick))
        .collect()
}

fn timed(client: &mut MpdClient, command: &str) -> BenchResult<Duration> {
    let started = Instant::now();
    client.command(command)?;
    Ok(started.elapsed())
}

/// Sequential commands on one connection only. mpd answers its clients on one thread, so
/// more connections would not raise its throughput; and mpd 0.23.5 stopped answering one
/// of 16 or more connections that each sent sorted `find`s at once (seen here, with a
/// Python client as well), which would hang the bench.
fn measure(
    mpd: &Mpd,
    client: &mut MpdClient,
    commands: &[String],
    must_find: bool,
    tick: Duration,
) -> BenchResult<Figures> {
    for command in commands.iter().take(50) {
        let answer = client.command(command)?;
        // A page or an album that finds nothing would make mpd's figure too low.
        if must_find && !answer.iter().any(|(key, _)| key == "file") {
            return Err(format!("mpd found nothing for `{command}`").into());
        }
    }
    let cpu_before = process_cpu(mpd.pid(), tick).ok_or("cannot read mpd's CPU time")?;
    let mut times = Vec::with_capacity(commands.len());
    for command in commands {
        times.push(timed(client, command)?);
    }
    let cpu = process_cpu(mpd.pid(), tick).ok_or("cannot read mpd's CPU time")? - cpu_before;
    Figures::sequential(times, cpu)
}
