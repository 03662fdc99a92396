//! `transcode`: the transcoding engine (`app::media::transcode`) against Debian's ffmpeg on
//! the same file in the same run. A 4-minute 44.1 kHz stereo FLAC (the loudness bench's
//! music-like sound, encoded with Debian's `flac`) is made into Opus 128 and MP3 192 on one
//! thread by the engine and by `ffmpeg -threads 1` (libopus and libmp3lame), the two
//! alternating, each figure the median of `--runs`. Both wall time and CPU time are
//! reported: the machine is shared, and CPU time is what noise from other processes moves
//! least. Then the time to the first output bytes of a cold transcode, and the rise of the
//! process's peak resident memory while 8 transcodes run at once on threads.
//!
//! ffmpeg and flac are installed from Debian when missing and the bench runs as root.

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use music_hub::app::media::transcode::{Profile, Transcoder};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Output that is counted and dropped: the engine's writer without a disk in the way
/// (and without the page cache in the memory figure).
#[derive(Default)]
struct Discard {
    len: u64,
    pos: u64,
}

impl Write for Discard {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pos += buf.len() as u64;
        self.len = self.len.max(self.pos);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Seek for Discard {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.pos = match to {
            SeekFrom::Start(at) => at,
            SeekFrom::End(by) => self.len.saturating_add_signed(by),
            SeekFrom::Current(by) => self.pos.saturating_add_signed(by),
        };
        Ok(self.pos)
    }
}

/// A Debian program, installed when missing and this runs as root.
fn program(name: &str, package: &str) -> BenchResult<PathBuf> {
    let found = || {
        ["/usr/bin", "/usr/local/bin"]
            .iter()
            .map(|dir| Path::new(dir).join(name))
            .find(|p| p.exists())
    };
    if let Some(path) = found() {
        return Ok(path);
    }
    if super::is_root() {
        eprintln!("installing {package} from Debian ...");
        let ok = Command::new("apt-get")
            .args(["install", "-y", package])
            .stdout(Stdio::null())
            .status()?
            .success();
        if let Some(path) = found().filter(|_| ok) {
            return Ok(path);
        }
    }
    Err(format!(
        "the transcode bench needs Debian's {package}: run `apt-get install -y {package}` as root \
         (the bench does it itself when it runs as root)"
    )
    .into())
}

/// CPU seconds (user + system) from a /proc stat line, at fields `at` and `at + 1` after
/// the command name.
fn stat_cpu(path: &str, at: usize) -> f64 {
    let Ok(stat) = std::fs::read_to_string(path) else {
        return f64::NAN;
    };
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return f64::NAN;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    match (field(at), field(at + 1)) {
        // USER_HZ is 100 on every Linux the hub runs on.
        (Some(user), Some(system)) => (user + system) / 100.0,
        _ => f64::NAN,
    }
}

/// This thread's CPU time.
fn thread_cpu() -> f64 {
    stat_cpu("/proc/thread-self/stat", 11)
}

/// The CPU time of this process's children that have been waited for.
fn children_cpu() -> f64 {
    stat_cpu("/proc/self/stat", 13)
}

/// One timed run: (wall seconds, CPU seconds, output bytes).
type Run = (f64, f64, u64);

pub(super) fn engine_run(flac: &Path, profile: Profile) -> BenchResult<Run> {
    let cpu = thread_cpu();
    let started = Instant::now();
    let mut out = Discard::default();
    let mut transcoder = Transcoder::new(flac, profile)?;
    let predicted = transcoder.predicted_len();
    let done = transcoder.run(&mut out, &AtomicBool::new(false))?;
    // The length a browser is told before the first byte must be the length it gets.
    if predicted != Some(done.bytes) {
        return Err(format!(
            "{profile:?}: predicted {predicted:?} bytes, made {}",
            done.bytes
        )
        .into());
    }
    Ok((
        started.elapsed().as_secs_f64(),
        thread_cpu() - cpu,
        done.bytes,
    ))
}

fn ffmpeg_run(ffmpeg: &Path, flac: &Path, codec: &str, kbps: u32, out: &Path) -> BenchResult<Run> {
    let cpu = children_cpu();
    let started = Instant::now();
    let status = Command::new(ffmpeg)
        .args([
            "-nostdin",
            "-hide_banner",
            "-v",
            "error",
            "-y",
            "-threads",
            "1",
            "-i",
        ])
        .arg(flac)
        .args(["-map", "0:a", "-c:a", codec, "-b:a", &format!("{kbps}k")])
        .arg(out)
        .status()?;
    let wall = started.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("ffmpeg -c:a {codec} failed: {status}").into());
    }
    Ok((wall, children_cpu() - cpu, std::fs::metadata(out)?.len()))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The process's resident memory figure `key` (`VmRSS`, `VmHWM`) in MB.
fn memory_mb(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

pub(super) fn input(work_dir: &Path, seconds: u32) -> BenchResult<PathBuf> {
    let dir = work_dir.join(format!("transcode-{seconds}s"));
    std::fs::create_dir_all(&dir)?;
    let flac = dir.join("music.flac");
    if !flac.exists() {
        let flac_bin = program("flac", "flac")?;
        let wav = dir.join("music.wav");
        std::fs::write(&wav, super::loudness::music_wav(seconds))?;
        let ok = Command::new(flac_bin)
            .args(["-s", "-f", "-5", "-o"])
            .arg(&flac)
            .arg(&wav)
            .status()?
            .success();
        std::fs::remove_file(&wav)?;
        if !ok {
            return Err("flac failed to encode the bench's input".into());
        }
    }
    Ok(flac)
}

pub fn run(work_dir: &Path, seconds: u32, runs: usize, concurrent: usize) -> BenchResult<()> {
    let flac = input(work_dir, seconds)?;
    let ffmpeg = program("ffmpeg", "ffmpeg")?;
    let audio = f64::from(seconds);
    println!(
        "transcode: {seconds} s of 44.1 kHz stereo FLAC ({:.1} MB), {runs} runs each, one thread; load {}",
        std::fs::metadata(&flac)?.len() as f64 / 1e6,
        super::scan::load()
    );
    let scratch = tempfile::tempdir()?;
    for (name, profile, codec, extension) in [
        ("Opus 128", Profile::opus(128), "libopus", "opus"),
        ("MP3 192", Profile::mp3(192), "libmp3lame", "mp3"),
    ] {
        let peer_out = scratch.path().join(format!("ffmpeg.{extension}"));
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..runs.max(1) {
            ours.push(engine_run(&flac, profile)?);
            theirs.push(ffmpeg_run(
                &ffmpeg,
                &flac,
                codec,
                profile.bitrate_kbps,
                &peer_out,
            )?);
        }
        let figure = |runs: &[Run]| {
            (
                median(runs.iter().map(|r| r.0).collect()),
                median(runs.iter().map(|r| r.1).collect()),
                runs.last().map_or(0, |r| r.2),
            )
        };
        let (wall, cpu, bytes) = figure(&ours);
        let (peer_wall, peer_cpu, peer_bytes) = figure(&theirs);
        println!(
            "  {name}: engine {wall:.2} s wall, {cpu:.2} s CPU ({:.0}x real time on CPU), {:.2} MB | \
             ffmpeg {peer_wall:.2} s wall, {peer_cpu:.2} s CPU ({:.0}x), {:.2} MB | \
             engine/ffmpeg: wall {:.2}, CPU {:.2}; load {}",
            audio / cpu,
            bytes as f64 / 1e6,
            audio / peer_cpu,
            peer_bytes as f64 / 1e6,
            wall / peer_wall,
            cpu / peer_cpu,
            super::scan::load()
        );
    }

    // Time to first bytes of a transcode not cached: opening the file, the headers and the
    // first chunk (the file's pages are in the page cache, as a track's file usually is
    // after a player's first request).
    // Then the same from three quarters into the track (`timeOffsetMs`): the seek in the
    // FLAC and the decoding up to the exact frame come on top.
    let offset = std::time::Duration::from_secs(u64::from(seconds) * 3 / 4);
    for (what, start) in [("", std::time::Duration::ZERO), (" from 3/4 in", offset)] {
        let mut first = Vec::new();
        for _ in 0..runs.max(1) {
            let started = Instant::now();
            let mut transcoder = Transcoder::new_at(&flac, Profile::opus(128), start)?;
            let mut out = Discard::default();
            while transcoder.bytes_written() == 0 {
                transcoder.step(&mut out)?;
            }
            first.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        println!(
            "  first bytes of a cold Opus 128 transcode{what}: median {:.1} ms (min {:.1}, max {:.1}); load {}",
            median(first.clone()),
            first.iter().copied().fold(f64::INFINITY, f64::min),
            first.iter().copied().fold(0.0, f64::max),
            super::scan::load()
        );
    }

    // Memory: the peak is reset (`clear_refs` 5) so that it covers the concurrent run only.
    std::fs::write("/proc/self/clear_refs", "5")?;
    let before = memory_mb("VmRSS");
    let started = Instant::now();
    let results: Vec<Result<u64, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..concurrent)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Discard::default();
                    Transcoder::new(&flac, Profile::opus(128))
                        .and_then(|mut t| t.run(&mut out, &AtomicBool::new(false)))
                        .map(|done| done.bytes)
                        .map_err(|err| err.to_string())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a transcode panicked".into()))
            })
            .collect()
    });
    for result in results {
        result?;
    }
    let peak = memory_mb("VmHWM");
    println!(
        "  {concurrent} concurrent Opus 128 transcodes: {:.1} s wall; resident memory {before:.1} MB before, \
         peak {peak:.1} MB: a rise of {:.1} MB; load {}",
        started.elapsed().as_secs_f64(),
        peak - before,
        super::scan::load()
    );
    Ok(())
}
