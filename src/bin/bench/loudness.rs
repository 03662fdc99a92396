//! `loudness`: how fast `app::loudness::measure` reads a 4-minute track (decode with
//! symphonia, EBU R128 integrated loudness and true peak with ebur128), on the calling
//! thread only, as the background analysis runs it. The audio is made here (chords under
//! a slow swell, with a little filtered noise so the encoders have real work) and encoded
//! with Debian's `flac` and `lame` (`apt-get install flac lame`): FLAC at its default
//! level, MP3 at `-V 2` (the common VBR preset) and at 320 kbit/s CBR.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use music_hub::app::loudness::measure::measure_file;

/// 16-bit stereo PCM WAV of `seconds` of music-like sound.
pub fn music_wav(seconds: u32) -> Vec<u8> {
    let rate = 44_100u32;
    let frames = seconds * rate;
    let mut out = music_hub::library::generate::wav_header(2, rate, frames);
    let tau = std::f64::consts::TAU;
    let chords: [[f64; 3]; 4] = [
        [220.0, 277.2, 329.6],
        [196.0, 246.9, 293.7],
        [174.6, 220.0, 261.6],
        [164.8, 207.7, 246.9],
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let (mut low_l, mut low_r) = (0.0f64, 0.0f64);
    for n in 0..frames {
        let t = f64::from(n) / f64::from(rate);
        let chord = &chords[(t / 2.0) as usize % chords.len()];
        let swell = 0.55 + 0.45 * (tau * t / 8.0).sin();
        let tone: f64 = chord.iter().map(|f| (tau * f * t).sin()).sum::<f64>() / 3.0;
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let noise_l = (state & 0xffff) as f64 / 32768.0 - 1.0;
        let noise_r = ((state >> 16) & 0xffff) as f64 / 32768.0 - 1.0;
        low_l += 0.05 * (noise_l - low_l);
        low_r += 0.05 * (noise_r - low_r);
        let left = 0.5 * swell * tone + 0.3 * low_l;
        let right = 0.5 * swell * (tone * 0.9) + 0.3 * low_r;
        for value in [left, right] {
            let sample = (value.clamp(-1.0, 1.0) * 32767.0) as i16;
            out.extend_from_slice(&sample.to_le_bytes());
        }
    }
    out
}

fn encode(program: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(program).args(args).status().map_err(|e| {
        format!("cannot run `{program}` ({e}): install it with `apt-get install flac lame`")
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program}` failed: {status}"))
    }
}

/// The WAV and its encodings under `work_dir/loudness-{seconds}s/`, made once.
fn inputs(work_dir: &Path, seconds: u32) -> Result<Vec<(&'static str, PathBuf)>, String> {
    let dir = work_dir.join(format!("loudness-{seconds}s"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let wav = dir.join("music.wav");
    if !wav.exists() {
        std::fs::write(&wav, music_wav(seconds)).map_err(|e| e.to_string())?;
    }
    let wav_arg = wav.to_str().ok_or("a work dir that is not UTF-8")?;
    let mut files = Vec::new();
    for (name, file, program, args) in [
        (
            "FLAC (level 5)",
            "music.flac",
            "flac",
            &["-s", "-f", "-5", "-o"][..],
        ),
        (
            "MP3 -V 2",
            "music-v2.mp3",
            "lame",
            &["--quiet", "-V", "2"][..],
        ),
        (
            "MP3 320 kbit/s",
            "music-320.mp3",
            "lame",
            &["--quiet", "-b", "320"][..],
        ),
    ] {
        let out = dir.join(file);
        if !out.exists() {
            let out_arg = out.to_str().ok_or("a work dir that is not UTF-8")?;
            let mut all: Vec<&str> = args.to_vec();
            if program == "flac" {
                all.extend([out_arg, wav_arg]);
            } else {
                all.extend([wav_arg, out_arg]);
            }
            encode(program, &all)?;
        }
        files.push((name, out));
    }
    files.push(("WAV (16-bit PCM)", wav));
    Ok(files)
}

pub fn run(work_dir: &Path, seconds: u32, runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    let files = inputs(work_dir, seconds)?;
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "loudness: {seconds} s of audio, {runs} runs per file, one thread; load average {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    for (name, path) in files {
        let size = std::fs::metadata(&path)?.len();
        let mut times = Vec::with_capacity(runs);
        let mut last = None;
        for _ in 0..runs.max(1) {
            let started = Instant::now();
            let measured = measure_file(&path)?;
            times.push(started.elapsed().as_secs_f64());
            last = Some(measured);
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        let audio = last.as_ref().map_or(0.0, |m| m.seconds);
        println!(
            "  {name:<17} {:>6.1} MB  median {median:.3} s (min {:.3}, max {:.3})  {:.0}× real time  {:.2} LUFS, peak {:.3}",
            size as f64 / 1e6,
            times[0],
            times[times.len() - 1],
            audio / median,
            last.as_ref().and_then(|m| m.integrated_lufs).unwrap_or(f64::NAN),
            last.as_ref().map_or(f64::NAN, |m| m.true_peak),
        );
    }
    Ok(())
}
