//! The fallback engine: Debian's `ffmpeg` run in a pipe, for the files `app::decode`
//! (symphonia, with the features in Cargo.toml) cannot read: Opus, APE, WMA, DSD, MP1/MP2,
//! WavPack, Musepack... The hub never needs it for the common case; where it is absent those
//! files cannot be transcoded, and the route says so (`415 transcode_unavailable`).
//!
//! - `Ffmpeg`: the program, located once (`MUSIC_HUB_FFMPEG`, else the PATH) and proven by
//!   its `-version` line, which `GET /api/info` can report.
//! - `needs_ffmpeg`: whether a catalogue format is one the in-hub engine cannot decode.
//! - `FfmpegTranscode`: one run, read a bounded chunk at a time like `Transcoder::step`, so
//!   that a cache can append each chunk to a growing file and stop between two chunks.
//!   Dropping it kills and reaps the process: no ffmpeg outlives its listener.
//!
//! What it cannot say, unlike `Transcoder`: how far it got (`progress` is `None`) and how
//! long the output will be (`expected_output_frames` is `None`): learning either means
//! parsing ffmpeg's progress output or probing the file first, and the fallback is kept
//! plain. Its MP3 has no Xing/LAME header (a pipe cannot be rewritten at its start).

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use super::{Codec, Profile, TranscodeError, OPUS_KBPS};

#[cfg(test)]
pub(crate) mod tests;

/// The setting naming the program: a path, or empty or `off` for none.
pub const ENV: &str = "MUSIC_HUB_FFMPEG";

/// `ffmpeg -version` answers in milliseconds; a program that does not within this is not
/// one the hub can rely on (and the hub's start must not wait on it).
const VERSION_TIMEOUT: Duration = Duration::from_secs(5);

/// What one `step` copies at most: about four seconds of Opus at 128 kbit/s, the size of a
/// pipe's buffer on Linux.
const STEP_BYTES: usize = 64 * 1024;

/// How long ffmpeg may go without writing anything before it is taken for hung and killed:
/// on a local file it writes every few milliseconds, and even a slow network share delivers
/// within seconds. Without it, a hung ffmpeg would hold an encoder slot for ever.
pub const STALL_TIMEOUT: Duration = Duration::from_secs(30);

/// How much of ffmpeg's stderr is kept for the error: its last lines say why it failed, and
/// a chatty run must not grow memory.
const STDERR_TAIL: usize = 4 * 1024;

/// MPEG-1 layer III's constant bit rates, the same list the in-hub LAME accepts.
const MP3_KBPS: [u32; 13] = [32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

/// The located program.
#[derive(Debug, Clone)]
pub struct Ffmpeg {
    program: PathBuf,
    version: String,
    stall: Duration,
}

impl Ffmpeg {
    /// The program named by `MUSIC_HUB_FFMPEG`, else `ffmpeg` on the PATH, if it answers
    /// `-version` like ffmpeg. Runs it once: call it at start, not per request.
    pub fn find() -> Option<Ffmpeg> {
        Ffmpeg::find_with(std::env::var_os(ENV).as_deref())
    }

    /// `find` with the setting's value passed in (`None`: not set), so that tests need not
    /// change the process's environment.
    pub fn find_with(setting: Option<&OsStr>) -> Option<Ffmpeg> {
        let program = match setting {
            Some(value) if value.is_empty() || value == OsStr::new("off") => {
                tracing::info!("ffmpeg turned off by {ENV}");
                return None;
            }
            Some(value) => PathBuf::from(value),
            // Looked up in the PATH by `Command`, as a shell would.
            None => PathBuf::from("ffmpeg"),
        };
        match version_of(&program) {
            Ok(version) => {
                tracing::info!(program = %program.display(), %version, "ffmpeg found");
                Some(Ffmpeg {
                    program,
                    version,
                    stall: STALL_TIMEOUT,
                })
            }
            // Its absence is the common case; a named program that fails is a mistake.
            Err(why) if setting.is_none() => {
                tracing::info!(%why, "no ffmpeg: files only it reads cannot be transcoded");
                None
            }
            Err(why) => {
                tracing::warn!(program = %program.display(), %why, "ffmpeg not usable");
                None
            }
        }
    }

    /// The first line of `ffmpeg -version` ("ffmpeg version 5.1.6-0+deb12u1 ...").
    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn program(&self) -> &Path {
        &self.program
    }

    /// The same program, taken for hung after `stall` without output (for tests).
    pub fn with_stall_timeout(mut self, stall: Duration) -> Ffmpeg {
        self.stall = stall;
        self
    }
}

/// Runs `program -version` within `VERSION_TIMEOUT` and returns its first line, which
/// must be ffmpeg's: any other program at that path is refused.
fn version_of(program: &Path) -> Result<String, String> {
    let mut child = Command::new(program)
        .arg("-version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| format!("cannot run it: {err}"))?;
    let Some(stdout) = child.stdout.take() else {
        let _ = child.kill();
        let _ = child.wait();
        return Err("no output".into());
    };
    // Read on a thread so that a program that never closes its output cannot hold us
    // past the deadline.
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.take(16 * 1024).read_to_end(&mut text);
        let _ = sender.send(text);
    });
    let deadline = Instant::now() + VERSION_TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(10)),
            other => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(match other {
                    Err(err) => format!("cannot wait for it: {err}"),
                    _ => format!("no answer within {} s", VERSION_TIMEOUT.as_secs()),
                });
            }
        }
    };
    if !status.success() {
        return Err(format!("`-version` exited with {status}"));
    }
    let text = receiver
        .recv_timeout(Duration::from_secs(1))
        .map_err(|_| "its output did not end".to_string())?;
    let text = String::from_utf8_lossy(&text);
    let line = text.lines().next().unwrap_or("").trim();
    if line.starts_with("ffmpeg version") {
        Ok(line.to_owned())
    } else {
        Err(format!("`-version` does not answer like ffmpeg: {line:?}"))
    }
}

/// Whether a file the catalogue lists as `format` (the scanner's word: `flac`, `mp3`,
/// `opus`...; `audio` for a type it knows no name for) with this extension needs ffmpeg:
/// whether symphonia, with the features the hub builds it with, cannot decode it. The
/// test `needs_ffmpeg_tells_the_truth` decodes a sample of each format ffmpeg can make.
pub fn needs_ffmpeg(format: &str, extension: &str) -> bool {
    /// symphonia: FLAC, MP3 (not MP1/MP2), Vorbis in Ogg, AAC and ALAC in MP4, raw AAC
    /// (ADTS), PCM in WAV and AIFF.
    const DECODED: &[&str] = &["flac", "mp3", "ogg", "m4a", "aac", "wav", "aiff"];
    /// For `audio`, the extensions of those formats: symphonia probes the content, and a
    /// file whose tags the scanner could not name may still be one of them.
    const DECODED_EXTENSIONS: &[&str] = &[
        "flac", "mp3", "ogg", "oga", "m4a", "m4b", "mp4", "aac", "wav", "wave", "aif", "aiff",
        "aifc",
    ];
    let known = |list: &[&str], word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    if format.eq_ignore_ascii_case("audio") {
        !known(DECODED_EXTENSIONS, extension)
    } else {
        !known(DECODED, format)
    }
}

/// One ffmpeg run writing a transcode to its stdout.
pub struct FfmpegTranscode {
    child: Child,
    stdout: ChildStdout,
    /// The thread keeping the tail of ffmpeg's stderr; joined once ffmpeg exits.
    stderr: Option<JoinHandle<String>>,
    buf: Vec<u8>,
    /// Bytes at the start of `buf` read but not written yet (the first output, read by
    /// `start`).
    pending: usize,
    /// ffmpeg exited and was reaped (well or not).
    exited: bool,
    profile: Profile,
    bytes: u64,
    started: Instant,
    stall: Duration,
    span: tracing::Span,
}

impl FfmpegTranscode {
    /// Starts ffmpeg on `path` from `start` into the profile's format, and waits for its
    /// first output: a file ffmpeg cannot read fails here, as
    /// `TranscodeError::Undecodable` with ffmpeg's words, before any output exists (as
    /// `Transcoder::new` does). A `start` past the end gives a valid stream with no audio
    /// (Opus: its two header pages), so the caller bounds it by the track's length.
    /// Blocking: call it where `Transcoder` runs.
    pub fn start(
        ffmpeg: &Ffmpeg,
        path: &Path,
        profile: Profile,
        start: Duration,
    ) -> Result<FfmpegTranscode, TranscodeError> {
        let args = arguments(path, profile, start)?;
        let span = tracing::info_span!(
            "ffmpeg",
            pid = tracing::field::Empty,
            input = %path.extension().unwrap_or_default().to_string_lossy(),
            codec = ?profile.codec,
            kbps = profile.bitrate_kbps,
            start_ms = start.as_millis() as u64,
        );
        let entered = span.enter();
        tracing::debug!(program = %ffmpeg.program.display(), ?args, "starting ffmpeg");
        let started = Instant::now();
        let mut child = Command::new(&ffmpeg.program)
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| {
                TranscodeError::Encoder(format!("cannot run {}: {err}", ffmpeg.program.display()))
            })?;
        span.record("pid", child.id());
        let (Some(stdout), Some(stderr)) = (child.stdout.take(), child.stderr.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(TranscodeError::Encoder(
                "ffmpeg's pipes were not opened".into(),
            ));
        };
        let stderr = thread::Builder::new()
            .name("ffmpeg-stderr".into())
            .spawn(move || keep_tail(stderr, STDERR_TAIL));
        drop(entered);
        // From here on `Drop` ends the child, whatever fails.
        let mut transcode = FfmpegTranscode {
            child,
            stdout,
            stderr: None,
            buf: vec![0; STEP_BYTES],
            pending: 0,
            exited: false,
            profile,
            bytes: 0,
            started,
            stall: ffmpeg.stall,
            span,
        };
        transcode.stderr = Some(stderr?);
        transcode.pending = transcode.read()?;
        Ok(transcode)
    }

    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The process's id, while it runs.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Bytes written into the writer so far.
    pub fn bytes_written(&self) -> u64 {
        self.bytes
    }

    /// Always `None`: ffmpeg's progress is not parsed (see the module's comment).
    pub fn progress(&self) -> Option<f64> {
        None
    }

    /// Always `None`: the output's length is not predicted (see the module's comment).
    pub fn expected_output_frames(&self) -> Option<u64> {
        None
    }

    /// Copies what ffmpeg produced next (up to `STEP_BYTES`) into `out`, waiting for it:
    /// `Ok(true)` while more may come, `Ok(false)` once ffmpeg exited well and all it wrote
    /// was copied. A failed run ends with `TranscodeError::Undecodable` (or `Encoder` when
    /// ffmpeg lacks the encoder) carrying the end of its stderr; after an error the output
    /// is a broken stream and the transcode is spent: drop both.
    pub fn step<W: Write>(&mut self, out: &mut W) -> Result<bool, TranscodeError> {
        if self.pending == 0 && !self.exited {
            self.pending = self.read()?;
        }
        if self.pending == 0 {
            return Ok(false);
        }
        out.write_all(&self.buf[..self.pending])?;
        self.bytes += self.pending as u64;
        self.pending = 0;
        Ok(true)
    }

    /// One read of ffmpeg's stdout; at its end ffmpeg is reaped and its exit judged. An
    /// ffmpeg silent for `stall` is taken for hung: the error ends the transcode, and
    /// dropping it kills the process.
    fn read(&mut self) -> Result<usize, TranscodeError> {
        self.wait_for_output()?;
        let read = loop {
            match self.stdout.read(&mut self.buf) {
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        match read {
            Ok(0) => self.reap().map(|()| 0),
            Ok(n) => Ok(n),
            Err(err) => Err(err.into()),
        }
    }

    /// Waits until ffmpeg's stdout has something to read (or is closed), `stall` at most.
    fn wait_for_output(&self) -> Result<(), TranscodeError> {
        use rustix::event::{poll, PollFd, PollFlags, Timespec};
        let deadline = Instant::now() + self.stall;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let _entered = self.span.enter();
                tracing::warn!(
                    seconds = self.stall.as_secs(),
                    bytes = self.bytes,
                    "ffmpeg wrote nothing for too long: stopped"
                );
                return Err(TranscodeError::Stalled(format!(
                    "ffmpeg wrote nothing for {:.1} s",
                    self.stall.as_secs_f64()
                )));
            }
            let timeout = Timespec::try_from(left).unwrap_or(Timespec {
                tv_sec: 1,
                tv_nsec: 0,
            });
            let mut fds = [PollFd::new(&self.stdout, PollFlags::IN)];
            match poll(&mut fds, Some(&timeout)) {
                // Readable, closed or in error: the read says which.
                Ok(n) if n > 0 => return Ok(()),
                Ok(_) | Err(rustix::io::Errno::INTR) => continue,
                Err(err) => return Err(std::io::Error::from(err).into()),
            }
        }
    }

    fn reap(&mut self) -> Result<(), TranscodeError> {
        let _entered = self.span.enter();
        let status = self.child.wait()?;
        self.exited = true;
        // ffmpeg has exited, so its stderr is closed and the thread is at its end.
        let stderr = self
            .stderr
            .take()
            .and_then(|thread| thread.join().ok())
            .unwrap_or_default();
        if status.success() {
            tracing::info!(
                seconds = format_args!("{:.3}", self.started.elapsed().as_secs_f64()),
                bytes = self.bytes + self.pending as u64,
                "ffmpeg finished"
            );
            return Ok(());
        }
        let why = if stderr.is_empty() {
            format!("ffmpeg exited with {status}")
        } else {
            stderr
        };
        tracing::warn!(%status, %why, "ffmpeg failed");
        // A build without the encoder is the machine's fault, not the file's.
        if why.contains("Unknown encoder") || why.contains("Encoder not found") {
            Err(TranscodeError::EncoderMissing {
                codec: self.profile.codec.name(),
                why,
            })
        } else {
            Err(TranscodeError::Undecodable(why))
        }
    }
}

impl Drop for FfmpegTranscode {
    fn drop(&mut self) {
        if self.exited {
            return;
        }
        let _entered = self.span.enter();
        // Killed and reaped here: a listener who left leaves neither a running ffmpeg nor
        // a zombie behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
        tracing::debug!(bytes = self.bytes, "ffmpeg stopped before its end");
    }
}

/// ffmpeg's arguments for one transcode, the profile checked first.
fn arguments(
    path: &Path,
    profile: Profile,
    start: Duration,
) -> Result<Vec<OsString>, TranscodeError> {
    let kbps = profile.bitrate_kbps;
    let refused = match profile.codec {
        Codec::Opus if !OPUS_KBPS.contains(&kbps) => {
            format!("Opus takes 6 to 510 kbit/s, not {kbps}")
        }
        Codec::Mp3 if !MP3_KBPS.contains(&kbps) => {
            format!("MP3 has no {kbps} kbit/s; its constant bit rates are {MP3_KBPS:?}")
        }
        _ if !profile.output_gain_db.is_finite() => "the output gain is not a number".into(),
        _ => String::new(),
    };
    if !refused.is_empty() {
        return Err(TranscodeError::Profile(refused));
    }
    let mut args: Vec<OsString> = ["-nostdin", "-hide_banner", "-loglevel", "error"]
        .map(OsString::from)
        .to_vec();
    if !start.is_zero() {
        // Before `-i`: ffmpeg seeks in the input rather than decoding up to there.
        args.extend(["-ss".into(), format!("{:.3}", start.as_secs_f64()).into()]);
    }
    // The input is a local file, never a URL: a playlist or concat file posing as audio
    // must not make ffmpeg open anything else.
    let mut input = OsString::from("file:");
    input.push(path);
    args.extend(["-protocol_whitelist", "file", "-i"].map(OsString::from));
    args.push(input);
    // The first audio stream alone: no cover art as video, no tags, no chapters.
    let streams = ["-map", "0:a:0", "-vn", "-sn", "-dn"];
    args.extend(streams.map(OsString::from));
    args.extend(["-map_metadata", "-1", "-map_chapters", "-1"].map(OsString::from));
    // As the in-hub engine: more than two channels folded into stereo, MP3 at MPEG-1's
    // rates. libopus in ffmpeg 5 cannot set the Opus header's output gain, so the gain is
    // applied to the samples for both codecs.
    let mut filter = String::from("aformat=channel_layouts=mono|stereo");
    if profile.codec == Codec::Mp3 {
        filter.push_str(":sample_rates=32000|44100|48000");
    }
    if profile.output_gain_db != 0.0 {
        filter.push_str(&format!(",volume={:.2}dB", profile.output_gain_db));
    }
    let output: &[&str] = match profile.codec {
        Codec::Opus => &["-c:a", "libopus", "-ar", "48000", "-f", "ogg"],
        // `-b:a` is LAME's constant bit rate in ffmpeg; no ID3 tag, and no Xing frame
        // (a pipe cannot be rewritten at its start once the counts are known).
        Codec::Mp3 => &[
            "-c:a",
            "libmp3lame",
            "-id3v2_version",
            "0",
            "-write_xing",
            "0",
            "-f",
            "mp3",
        ],
    };
    let bitrate = format!("{kbps}k");
    args.extend(["-af", &filter, "-b:a", &bitrate].map(OsString::from));
    args.extend(output.iter().map(OsString::from));
    args.push("pipe:1".into());
    Ok(args)
}

/// Reads `reader` to its end and returns its last `limit` bytes as text, from the first
/// whole line among them.
fn keep_tail<R: Read>(mut reader: R, limit: usize) -> String {
    let mut tail: Vec<u8> = Vec::with_capacity(limit);
    let mut chunk = [0u8; 4096];
    let mut cut = false;
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        tail.extend_from_slice(&chunk[..n]);
        if tail.len() > limit {
            tail.drain(..tail.len() - limit);
            cut = true;
        }
    }
    let mut text = String::from_utf8_lossy(&tail).into_owned();
    if cut {
        if let Some(newline) = text.find('\n') {
            text.drain(..=newline);
        }
    }
    text.trim().to_owned()
}
