//! `bench -- stream`: 32 clients reading random 256 KiB ranges of one 50 MB file for 10 s,
//! from the hub (`GET /api/media/stream/{id}`) and from Debian's nginx serving the same file
//! on loopback, with the same client in the same run. Reports throughput, requests per
//! second and time to first byte.
//!
//! The client (`range_client`, a lean keep-alive HTTP/1.1 reader) runs in this process, so
//! both servers share the machine's cores with the same client; nginx runs as its own
//! processes (`worker_processes auto`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::library::generate::noise_wav;

use super::memory::HubProcess;
use super::range_client::RangeClient;
use super::{ms, percentile, BenchHub};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

pub struct StreamBench {
    pub file_mb: u32,
    pub clients: usize,
    pub range_kib: u64,
    pub seconds: u64,
    /// Also load `/api/ping` and `/api/track/{id}` the same way, to show the hub's
    /// per-request cost apart from streaming.
    pub probe: bool,
    /// Run the hub in a child process, as nginx runs in its own: the client's tasks then no
    /// longer share the hub's runtime, only the machine.
    pub child_hub: bool,
}

/// What one server did under the load.
struct Figures {
    bytes: u64,
    requests: usize,
    elapsed: Duration,
    ttfb: Vec<Duration>,
}

impl Figures {
    fn mb_per_sec(&self) -> f64 {
        self.bytes as f64 / 1_048_576.0 / self.elapsed.as_secs_f64()
    }

    fn print(&mut self, name: &str) {
        self.ttfb.sort();
        println!(
            "  {name:<6} {:>8.1} MB/s  {:>7.0} req/s  TTFB p50 {:>6.2} ms  p99 {:>6.2} ms  max {:>7.2} ms",
            self.mb_per_sec(),
            self.requests as f64 / self.elapsed.as_secs_f64(),
            ms(percentile(&self.ttfb, 50.0)),
            ms(percentile(&self.ttfb, 99.0)),
            ms(self.ttfb.last().copied().unwrap_or_default()),
        );
    }
}

pub async fn run(work_dir: &Path, bench: &StreamBench) -> BenchResult<()> {
    let library = work_dir.join("stream/Music");
    let file = library.join("Bench Artist/Bench Album/01 Bench.wav");
    let frames = bench.file_mb * 1024 * 1024 / 4;
    if std::fs::metadata(&file).map(|m| m.len()).ok() != Some(44 + u64::from(frames) * 4) {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&file, noise_wav(frames, 42))?;
    }
    let size = std::fs::metadata(&file)?.len();

    // The hub, on loopback, over the library.
    let (running, child, addr, id) = if bench.child_hub {
        let (child, addr, id) = HubProcess::start(&library).await?;
        (None, Some(child), addr, id)
    } else {
        let running = BenchHub::start(&library).await?;
        let id = running.first_track_id().await?;
        let addr = running.addr.to_string();
        (Some(running), None, addr, id)
    };
    let hub_url = format!("http://{addr}/api/media/stream/{id}");

    let nginx = Nginx::start(work_dir, &library);
    println!(
        "{} clients, random {} KiB ranges of a {:.0} MB file, {} s each, over loopback (hub {}):",
        bench.clients,
        bench.range_kib,
        size as f64 / 1_048_576.0,
        bench.seconds,
        if child.is_some() {
            "in a child process"
        } else {
            "in this process"
        }
    );
    let mut nginx_figures = None;
    match &nginx {
        Ok(nginx) => {
            let url = format!(
                "http://127.0.0.1:{}/Bench%20Artist/Bench%20Album/01%20Bench.wav",
                nginx.port
            );
            let mut figures = load(&url, size, bench).await?;
            figures.print("nginx");
            nginx_figures = Some(figures);
        }
        Err(err) => println!("  nginx  not measured: {err}"),
    }
    // Resident memory while the hub streams: an upper bound on the hub's share, since the
    // client lives in this process too.
    let before = rss_kib();
    let peak = Arc::new(std::sync::atomic::AtomicU64::new(before));
    let sampler = {
        let peak = peak.clone();
        tokio::spawn(async move {
            loop {
                peak.fetch_max(rss_kib(), std::sync::atomic::Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    let mut hub_figures = load(&hub_url, size, bench).await?;
    sampler.abort();
    hub_figures.print("hub");
    if let (true, Some(running)) = (bench.probe, &running) {
        let hub = running.hub.clone();
        // The same concurrency on the service and the database directly, without HTTP.
        for what in ["db.run", "file_query", "canonical", "open_track"] {
            let started = Instant::now();
            let deadline = started + Duration::from_secs(bench.seconds);
            let tasks: Vec<_> = (0..bench.clients)
                .map(|_| {
                    let hub = hub.clone();
                    let id = id.clone();
                    let file = file.clone();
                    tokio::spawn(async move {
                        let mut n = 0u64;
                        while Instant::now() < deadline {
                            if what == "db.run" {
                                hub.db.run(|_| Ok(())).await.map_err(|e| e.to_string())?;
                            } else if what == "file_query" {
                                let id = id.clone();
                                hub.db
                                    .run(move |conn| {
                                        Ok(music_hub::db::media::track_file_get(conn, &id)?)
                                    })
                                    .await
                                    .map_err(|e| e.to_string())?;
                            } else if what == "canonical" {
                                let file = file.clone();
                                tokio::task::spawn_blocking(move || {
                                    std::fs::canonicalize(&file)
                                        .and_then(std::fs::File::open)
                                        .and_then(|f| f.metadata())
                                })
                                .await
                                .map_err(|e| e.to_string())?
                                .map_err(|e| e.to_string())?;
                            } else {
                                hub.media
                                    .open_track(
                                        &id,
                                        &music_hub::app::media::MediaScope::Library,
                                        music_hub::app::media::Conditions::default(),
                                        false,
                                    )
                                    .await
                                    .map_err(|e| e.to_string())?;
                            }
                            n += 1;
                        }
                        Ok::<_, String>(n)
                    })
                })
                .collect();
            let mut calls = 0;
            for task in tasks {
                calls += task.await??;
            }
            println!(
                "  {what:<10} {:>8.0} calls/s (in process, {} tasks)",
                calls as f64 / started.elapsed().as_secs_f64(),
                bench.clients
            );
        }
        // The hub's per-request cost apart from streaming: the same load on tiny routes.
        for path in ["/api/ping", &format!("/api/track/{id}")] {
            let mut figures = load(&format!("http://{addr}{path}"), size, bench).await?;
            figures.print(path);
        }
    }
    let peak = peak.load(std::sync::atomic::Ordering::Relaxed);
    println!(
        "  this process's RSS while the hub streamed: {:.1} MB before, {:.1} MB at most (+{:.1} MB, client included)",
        before as f64 / 1024.0,
        peak as f64 / 1024.0,
        peak.saturating_sub(before) as f64 / 1024.0
    );
    if let Some(nginx) = &nginx_figures {
        println!(
            "  hub/nginx throughput ratio: {:.2}",
            hub_figures.mb_per_sec() / nginx.mb_per_sec()
        );
    }
    drop(nginx);
    drop(child);
    if let Some(running) = running {
        running.stop().await?;
    }
    Ok(())
}

/// `clients` tasks reading random ranges of `url` for the bench's duration.
async fn load(url: &str, size: u64, bench: &StreamBench) -> BenchResult<Figures> {
    // A probe of a route that is not the stream: any success, of any length.
    let probe = !url.contains("/stream/") && !url.ends_with(".wav");
    let range_len = bench.range_kib * 1024;
    if size <= range_len {
        return Err("the file is smaller than one range".into());
    }
    let started = Instant::now();
    let deadline = started + Duration::from_secs(bench.seconds);
    let tasks: Vec<_> = (0..bench.clients)
        .map(|n| {
            let url = url.to_owned();
            tokio::spawn(async move {
                let mut client = RangeClient::new(&url)?;
                let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ (n as u64 + 1);
                let (mut bytes, mut ttfb) = (0u64, Vec::new());
                while Instant::now() < deadline {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    let start = state % (size - range_len);
                    let range = (!probe).then_some((start, start + range_len - 1));
                    let answer = client.get(range).await?;
                    if answer.body_len != range_len && !probe {
                        return Err(format!("{url}: {} bytes of {range_len}", answer.body_len));
                    }
                    ttfb.push(answer.first_byte);
                    bytes += answer.body_len;
                }
                Ok::<_, String>((bytes, ttfb))
            })
        })
        .collect();
    let mut figures = Figures {
        bytes: 0,
        requests: 0,
        elapsed: Duration::ZERO,
        ttfb: Vec::new(),
    };
    for task in tasks {
        let (bytes, ttfb) = task.await??;
        figures.bytes += bytes;
        figures.requests += ttfb.len();
        figures.ttfb.extend(ttfb);
    }
    figures.elapsed = started.elapsed();
    Ok(figures)
}

/// Debian's nginx, serving `root` on a free loopback port until dropped.
struct Nginx {
    child: Child,
    port: u16,
    _prefix: PathBuf,
}

impl Nginx {
    fn start(work_dir: &Path, root: &Path) -> BenchResult<Nginx> {
        let binary = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .ok_or("nginx is not installed (apt-get install nginx)")?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let prefix = std::fs::canonicalize(work_dir)?.join("nginx");
        std::fs::create_dir_all(&prefix)?;
        let root = std::fs::canonicalize(root)?;
        // Run as whoever runs the bench: as root, nginx would otherwise drop to `nobody`,
        // which may not read the work dir.
        let user = Command::new("id")
            .arg("-un")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .filter(|u| u == "root")
            .map_or(String::new(), |u| format!("user {u};"));
        let conf = format!(
            "{user}\nworker_processes auto;\ndaemon off;\npid {p}/nginx.pid;\n\
             error_log {p}/error.log warn;\nevents {{ worker_connections 1024; }}\n\
             http {{\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n  keepalive_requests 100000;\n\
               client_body_temp_path {p}/body;\n  proxy_temp_path {p}/proxy;\n\
               fastcgi_temp_path {p}/fastcgi;\n  uwsgi_temp_path {p}/uwsgi;\n  scgi_temp_path {p}/scgi;\n\
               server {{ listen 127.0.0.1:{port}; root {root}; }}\n}}\n",
            p = prefix.display(),
            root = root.display(),
        );
        let conf_path = prefix.join("nginx.conf");
        std::fs::write(&conf_path, conf)?;
        let child = Command::new(binary)
            .arg("-p")
            .arg(&prefix)
            .arg("-c")
            .arg(&conf_path)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err("nginx did not start; see its error.log".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(Nginx {
            child,
            port,
            _prefix: prefix,
        })
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGQUIT is nginx's graceful stop; its workers leave with the master.
        let _ = Command::new("kill")
            .args(["-QUIT", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

/// The process's resident memory now, in KiB (Linux; 0 elsewhere).
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}
