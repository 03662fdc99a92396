//! `bench -- scan`: issue 17's scan targets, the hub's first scan and unchanged rescan side
//! by side with Debian's mpd (0.23) on the same generated library.
//!
//! Each side runs in a process of its own, so that peak memory (`VmHWM`) and CPU time
//! (`/proc/<pid>/stat`) are that side's alone:
//! - the hub as `music-hub scan` runs it: this bench again (`scan-child cli`), which opens
//!   a fresh data dir and scans with `ScanSetup` and the scan lock, as the command does;
//! - the hub as `serve` runs it at start-up: `scan-child serve`, a real hub on loopback
//!   (`BenchHub`) whose start-up scan is timed, then a rescan asked of its scanner;
//! - mpd with a configuration of its own in a temp dir (no audio output, loopback, a free
//!   port, errors only in its log: it would otherwise log a line per file added) and an
//!   empty database. mpd scans at start-up when its database file does not
//!   exist, so its first scan is timed from its start to the end of that update, as the
//!   hub's is timed from the child's start (database opening and migrations included).
//!   Its rescan is the `update` command on the unchanged folder, timed until `status` no
//!   longer shows `updating_db`.
//!
//! mpd's update thread runs at `SCHED_IDLE`; the hub's child is started the same way
//! (`chrt --idle 0`), so that other work on the machine slows both sides alike. CPU time is
//! printed beside the wall time: on a busy machine it is the steadier of the two.
//!
//! The three alternate, `--runs` times each; the medians and the ratios to mpd are printed
//! with the machine's load.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use music_hub::clock::{SharedClock, SystemClock};
use music_hub::db::Database;
use music_hub::library::job::{ScanSetup, Trigger};
use music_hub::library::lock::ScanLock;

use super::mpd::{self, Mpd};
use super::BenchHub;

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// How a side's first scan, rescan and process went.
#[derive(Debug, Clone, Copy, Default)]
struct Figures {
    first: f64,
    rescan: f64,
    /// Peak resident memory, in KiB.
    peak_kib: u64,
    /// User and system CPU time of the whole process, in seconds.
    cpu: f64,
    /// CPU time spent during the first scan, in seconds.
    first_cpu: f64,
}

/// Which way the hub scans in its child process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum HubMode {
    Cli,
    Serve,
}

pub async fn run(library: &Path, tracks: usize, runs: usize, against: &str) -> BenchResult<()> {
    if against != "mpd" {
        return Err(format!("--against {against}: only mpd is known").into());
    }
    let mpd = mpd::binary()?;
    // mpd takes only an absolute music_directory (the default work dir is relative).
    let library = &std::fs::canonicalize(library)?;
    let scratch = tempfile::tempdir()?;
    let mut cli = Vec::new();
    let mut serve = Vec::new();
    let mut peer = Vec::new();
    for run in 0..runs {
        let dir = scratch.path().join(format!("run-{run}"));
        cli.push(hub_side(library, &dir.join("cli"), HubMode::Cli)?);
        print_run("hub scan", run, &cli[run]);
        serve.push(hub_side(library, &dir.join("serve"), HubMode::Serve)?);
        print_run("hub serve", run, &serve[run]);
        peer.push(mpd_side(&mpd, library, &dir.join("mpd"))?);
        print_run("mpd", run, &peer[run]);
        let _ = std::fs::remove_dir_all(&dir);
    }
    let (cli, serve, peer) = (median(&cli), median(&serve), median(&peer));
    println!(
        "scan of {tracks} files, medians of {runs} (load: {})",
        load()
    );
    println!(
        "  {:<10} {:>9} {:>8} {:>11} {:>8} {:>10} {:>8} {:>9} {:>8}",
        "", "first s", "× mpd", "first CPU s", "CPU/s", "peak MB", "× mpd", "rescan s", "× mpd"
    );
    for (name, f) in [("hub scan", cli), ("hub serve", serve), ("mpd", peer)] {
        println!(
            "  {name:<10} {:>9.2} {:>8.2} {:>11.2} {:>8.2} {:>10.1} {:>8.2} {:>9.3} {:>8.2}",
            f.first,
            f.first / peer.first,
            f.first_cpu,
            f.first_cpu / f.first,
            f.peak_kib as f64 / 1024.0,
            f.peak_kib as f64 / peer.peak_kib as f64,
            f.rescan,
            f.rescan / peer.rescan,
        );
    }
    println!(
        "  files/s: hub scan {:.0}, hub serve {:.0}, mpd {:.0}",
        tracks as f64 / cli.first,
        tracks as f64 / serve.first,
        tracks as f64 / peer.first
    );
    Ok(())
}

fn print_run(name: &str, run: usize, f: &Figures) {
    eprintln!(
        "  run {}: {name}: first {:.2} s ({:.2} s CPU), rescan {:.3} s, peak {:.1} MB, CPU {:.2} s (load {})",
        run + 1,
        f.first,
        f.first_cpu,
        f.rescan,
        f.peak_kib as f64 / 1024.0,
        f.cpu,
        load()
    );
}

/// Each figure's median on its own.
fn median(all: &[Figures]) -> Figures {
    let pick = |get: fn(&Figures) -> f64| {
        let mut values: Vec<f64> = all.iter().map(get).collect();
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or_default()
    };
    Figures {
        first: pick(|f| f.first),
        rescan: pick(|f| f.rescan),
        peak_kib: pick(|f| f.peak_kib as f64) as u64,
        cpu: pick(|f| f.cpu),
        first_cpu: pick(|f| f.first_cpu),
    }
}

/// The hub side: this bench in a child process; it prints `first`, `rescan`, `peak_kib`
/// and `cpu` lines, and the first scan is timed here from the child's start.
fn hub_side(library: &Path, data_dir: &Path, mode: HubMode) -> BenchResult<Figures> {
    std::fs::create_dir_all(data_dir)?;
    let mode_name = match mode {
        HubMode::Cli => "cli",
        HubMode::Serve => "serve",
    };
    let started = Instant::now();
    // mpd scans on a thread of its own at SCHED_IDLE, which on a busy machine (other
    // builds on both cores) waits for every other process: the hub is given the same
    // class, so that the two sides share what the machine leaves them alike.
    let mut child = Command::new("chrt")
        .args(["--idle", "0"])
        .arg(std::env::current_exe()?)
        .args(["scan-child", mode_name])
        .arg(library)
        .arg(data_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout from the hub")?;
    let mut figures = Figures::default();
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        let (key, value) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        match key {
            "first" => {
                figures.first = started.elapsed().as_secs_f64();
                // `first <cpu seconds> <files added> <how>`
                let cpu = value.split(' ').next().unwrap_or_default();
                figures.first_cpu = cpu.parse()?;
            }
            "rescan" => figures.rescan = value.parse()?,
            "peak_kib" => figures.peak_kib = value.parse()?,
            "cpu" => figures.cpu = value.parse()?,
            _ => {}
        }
    }
    let status = child.wait()?;
    if !status.success() || figures.first == 0.0 {
        return Err(format!("the hub's scan child failed ({status})").into());
    }
    Ok(figures)
}

/// The child's side (`bench scan-child`): one first scan and one unchanged rescan, then
/// this process's peak memory and CPU time, on standard output.
pub async fn child(mode: HubMode, library: &Path, data_dir: &Path) -> BenchResult<()> {
    let rescan = match mode {
        HubMode::Cli => {
            let db = Database::open(data_dir, None).await;
            let pool = db.pool()?;
            let clock: SharedClock = Arc::new(SystemClock);
            let setup = ScanSetup::new(vec![library.to_path_buf()], data_dir.to_owned(), clock)?;
            let lock = ScanLock::try_acquire(data_dir, Trigger::Cli)?;
            let scan = || {
                let job = setup.prepare(pool.clone(), setup.request(Trigger::Cli, false));
                let outcome = job.run(&lock);
                (job.progress().snapshot(), outcome)
            };
            let (s, outcome) = scan();
            report_first(s.added, &format!("{:?}", outcome.phase))?;
            let started = Instant::now();
            let (s, _) = scan();
            (started.elapsed(), s.unchanged)
        }
        HubMode::Serve => {
            let running = BenchHub::start(library).await?;
            report_first(0, "serve")?;
            let started = Instant::now();
            running.hub.scanner.start(Trigger::Api, false)?;
            running.hub.scanner.wait_idle().await;
            let took = started.elapsed();
            running.stop().await?;
            (took, 0)
        }
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "rescan {}", rescan.0.as_secs_f64())?;
    writeln!(out, "unchanged {}", rescan.1)?;
    writeln!(
        out,
        "peak_kib {}",
        peak_kib(std::process::id()).unwrap_or(0)
    )?;
    writeln!(
        out,
        "cpu {}",
        cpu_seconds(std::process::id()).unwrap_or(0.0)
    )?;
    Ok(())
}

fn report_first(added: u64, how: &str) -> BenchResult<()> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "first {} {added} {how}",
        cpu_seconds(std::process::id()).unwrap_or(0.0)
    )?;
    out.flush()?;
    Ok(())
}

/// mpd's side: started on an empty database, which it scans at start-up.
fn mpd_side(mpd: &Path, library: &Path, dir: &Path) -> BenchResult<Figures> {
    let server = Mpd::spawn(mpd, library, dir)?;
    let pid = server.pid();
    let from = server.first_scan()?;
    let first = from.elapsed().as_secs_f64();
    let first_cpu = cpu_seconds(pid).unwrap_or(0.0);
    let mut client = server.connect()?;
    let asked = Instant::now();
    client.command("update")?;
    client.wait_update()?;
    let rescan = asked.elapsed().as_secs_f64();
    if client.stat("songs")? == 0 {
        return Err("mpd found no songs".into());
    }
    Ok(Figures {
        first,
        rescan,
        peak_kib: peak_kib(pid).unwrap_or(0),
        cpu: cpu_seconds(pid).unwrap_or(0.0),
        first_cpu,
    })
}

/// A process's peak resident memory in KiB (`VmHWM`).
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// A process's user and system CPU time so far, from `/proc/<pid>/stat` (fields 14 and
/// 15, in clock ticks).
fn cpu_seconds(pid: u32) -> Option<f64> {
    let mut stat = String::new();
    std::fs::File::open(format!("/proc/{pid}/stat"))
        .ok()?
        .read_to_string(&mut stat)
        .ok()?;
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    let (_, rest) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // USER_HZ: what /proc counts in, 100 on every Linux architecture the hub runs on.
    Some((utime + stime) / 100.0)
}

/// The machine's load averages, as `uptime` prints them.
pub(crate) fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// Kept for `--against` being optional: the hub alone, as before (first scan and rescan
/// in this process).
pub async fn hub_only(work_dir: &Path, library: &Path, tracks: usize) -> BenchResult<()> {
    let data_dir: PathBuf = work_dir.join(format!("data-scan-{tracks}"));
    let _ = std::fs::remove_dir_all(&data_dir);
    let figures = hub_side(library, &data_dir, HubMode::Cli)?;
    println!(
        "first scan of {tracks} files: {:.2} s, {:.0} files/s ({:.2} s CPU); unchanged rescan {:.3} s; peak {:.1} MB",
        figures.first,
        tracks as f64 / figures.first,
        figures.first_cpu,
        figures.rescan,
        figures.peak_kib as f64 / 1024.0
    );
    Ok(())
}
