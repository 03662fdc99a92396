//! `bench -- stream-memory`: issue 12's memory bound, "32 clients streaming a 200 MB file at
//! once raise the hub's RSS by less than 16 MB".
//!
//! The hub runs in a child process (this same bench binary, `bench hub-child`, which starts
//! the hub as `music-hub serve` does), so its resident memory is read from
//! `/proc/<pid>/status` without the clients' buffers. Every client requests the whole file
//! (`GET /api/media/stream/{id}`, no range) at once and reads it to the end, checking its
//! length. The baseline is taken after one whole stream has warmed the hub up; the peak is
//! the highest `VmRSS` sampled every 10 ms and the child's `VmHWM` (its high-water mark).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::library::generate::noise_wav;

use super::BenchHub;

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// What the child prints once its hub serves: `ready <address> <track id> <data dir>`.
const READY: &str = "ready";

/// The child's side: a hub over `library` until standard input closes.
pub async fn hub_child(library: &Path) -> BenchResult<()> {
    // Logging as `music-hub serve` does, so that its cost is measured too.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,poem=info,music_hub=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let running = BenchHub::start(library).await?;
    let addr = running.addr;
    let id = running.first_track_id().await?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "{READY} {addr} {id} {}",
            running._data.path().display()
        )?;
        out.flush()?;
    }
    // The parent closes our standard input when it is done (or when it dies).
    tokio::task::spawn_blocking(|| std::io::copy(&mut std::io::stdin(), &mut std::io::sink()))
        .await??;
    running.stop().await
}

/// The child process, killed if the bench stops early.
pub struct HubProcess {
    child: Child,
    /// The hub's data dir (a temporary one, removed when the child stops).
    data_dir: PathBuf,
}

impl HubProcess {
    /// A hub over `library` in a child process, its first scan done; with its address and
    /// the first track's id.
    pub async fn start(library: &Path) -> BenchResult<(HubProcess, String, String)> {
        let mut child = Command::new(std::env::current_exe()?)
            .arg("hub-child")
            .arg(library)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let stdout = child.stdout.take().ok_or("no stdout from the hub")?;
        let mut hub = HubProcess {
            child,
            data_dir: PathBuf::new(),
        };
        let line = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            BufReader::new(stdout).read_line(&mut line).map(|_| line)
        })
        .await??;
        let mut words = line.split_whitespace();
        let (Some(READY), Some(addr), Some(id)) = (words.next(), words.next(), words.next()) else {
            return Err(format!("the hub child did not start: {line:?}").into());
        };
        let (addr, id) = (addr.to_owned(), id.to_owned());
        hub.data_dir = words.collect::<Vec<_>>().join(" ").into();
        Ok((hub, addr, id))
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The size of the hub's database file once its write-ahead log is checkpointed into
    /// it (a small library's whole catalogue can still be in the log).
    pub fn database_bytes(&self) -> u64 {
        use diesel::connection::SimpleConnection;
        use diesel::Connection;
        let db = self.data_dir.join(music_hub::db::DATABASE_FILE);
        if let Ok(mut conn) = diesel::SqliteConnection::establish(&db.to_string_lossy()) {
            let _ =
                conn.batch_execute("PRAGMA busy_timeout = 5000; PRAGMA wal_checkpoint(TRUNCATE);");
        }
        std::fs::metadata(db).map_or(0, |m| m.len())
    }
}

impl Drop for HubProcess {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn run(work_dir: &Path, file_mb: u32, clients: usize) -> BenchResult<()> {
    let library = work_dir.join("stream-memory/Music");
    let file = library.join("Bench Artist/Bench Album/01 Bench.wav");
    let frames = file_mb * 1024 * 1024 / 4;
    if std::fs::metadata(&file).map(|m| m.len()).ok() != Some(44 + u64::from(frames) * 4) {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&file, noise_wav(frames, 7))?;
    }
    let size = std::fs::metadata(&file)?.len();

    let (hub, addr, id) = HubProcess::start(&library).await?;
    let pid = hub.child.id();
    let url = format!("http://{addr}/api/media/stream/{id}");
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()?;

    // Warm up: one whole stream, so that the baseline includes what any stream needs once.
    stream_whole(&client, &url, size).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let baseline = proc_status_kib(pid, "VmRSS:").ok_or("cannot read the hub's VmRSS")?;
    let peak = Arc::new(AtomicU64::new(baseline));
    let sampler = {
        let peak = peak.clone();
        tokio::spawn(async move {
            loop {
                if let Some(rss) = proc_status_kib(pid, "VmRSS:") {
                    peak.fetch_max(rss, Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        })
    };
    let started = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move { stream_whole(&client, &url, size).await })
        })
        .collect();
    for task in tasks {
        task.await?.map_err(|e| e.to_string())?;
    }
    let elapsed = started.elapsed();
    sampler.abort();
    let sampled = peak.load(Ordering::Relaxed);
    let hwm = proc_status_kib(pid, "VmHWM:").unwrap_or(0);
    let mb = |kib: u64| kib as f64 / 1024.0;
    println!(
        "{clients} clients each streaming a whole {:.0} MB file at once ({:.1} GB in {:.1} s):",
        size as f64 / 1_048_576.0,
        (size * clients as u64) as f64 / 1e9,
        elapsed.as_secs_f64()
    );
    // VmHWM is the child's high-water mark since it started (its scan, the warm-up
    // included), so its rise is an upper bound; the sampled peak can miss a short spike.
    println!(
        "  hub RSS: {:.1} MB before, {:.1} MB at most sampled (+{:.1} MB), VmHWM {:.1} MB (+{:.1} MB)",
        mb(baseline),
        mb(sampled),
        mb(sampled.saturating_sub(baseline)),
        mb(hwm),
        mb(hwm.saturating_sub(baseline))
    );
    drop(hub);
    Ok(())
}

/// Reads the whole file from the hub and checks its length.
async fn stream_whole(client: &reqwest::Client, url: &str, size: u64) -> Result<(), String> {
    let mut response = client.get(url).send().await.map_err(|e| e.to_string())?;
    if response.status() != reqwest::StatusCode::OK {
        return Err(format!("{url}: {}", response.status()));
    }
    let mut got = 0u64;
    while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
        got += chunk.len() as u64;
    }
    if got != size {
        return Err(format!("{url}: {got} bytes of {size}"));
    }
    Ok(())
}

/// A `kB` field of `/proc/<pid>/status`, in KiB.
fn proc_status_kib(pid: u32, field: &str) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
