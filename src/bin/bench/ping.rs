//! `bench -- ping`: issue 17's `/api/ping` target, the hub at least 0.8× the throughput of a
//! bare poem hello-world built with the same poem, hyper and tokio.
//!
//! Both servers run in child processes of this bench binary (`hub-child`, and the hidden
//! `poem-child`, which answers `GET /api/ping` with the same JSON and nothing else), and
//! Debian's `wrk` loads each in turn with 32 connections, alternating, `--rounds` times.
//! Reported per server: requests per second and its process's CPU time per request
//! (utime + stime from `/proc/<pid>/stat`), medians over the rounds, and their ratio.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use poem::listener::TcpAcceptor;
use poem::web::Json;
use poem::{get, handler, Route, Server};

use super::memory::HubProcess;
use super::queries::{clock_tick, load_average, process_cpu};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

#[derive(serde::Serialize)]
struct Ping {
    ok: bool,
    version: &'static str,
}

#[handler]
fn ping() -> Json<Ping> {
    Json(Ping {
        ok: true,
        version: env!("CARGO_PKG_VERSION"),
    })
}

/// The child's side: a bare poem server on loopback until standard input closes; prints
/// `ready <address>` when it listens.
pub async fn poem_child() -> BenchResult<()> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "ready {addr}")?;
        out.flush()?;
    }
    let app = Route::new().at("/api/ping", get(ping));
    let stdin_closed = async {
        let _ = tokio::task::spawn_blocking(|| {
            std::io::copy(&mut std::io::stdin(), &mut std::io::sink())
        })
        .await;
    };
    Server::new_with_acceptor(TcpAcceptor::from_tokio(listener)?)
        .run_with_graceful_shutdown(app, stdin_closed, Some(Duration::from_secs(1)))
        .await?;
    Ok(())
}

/// The bare poem server in a child process, stopped when dropped.
struct PoemProcess {
    child: Child,
}

impl PoemProcess {
    fn start() -> BenchResult<(PoemProcess, String)> {
        let mut child = Command::new(std::env::current_exe()?)
            .arg("poem-child")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        let stdout = child.stdout.take().ok_or("no stdout from the poem child")?;
        let process = PoemProcess { child };
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        let addr = line
            .strip_prefix("ready ")
            .map(str::trim)
            .ok_or_else(|| format!("the poem child did not start: {line:?}"))?
            .to_owned();
        Ok((process, addr))
    }
}

impl Drop for PoemProcess {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

/// `wrk` on the PATH, installed from Debian when missing and this runs as root.
fn wrk() -> BenchResult<()> {
    let found = || Command::new("wrk").arg("--version").output().is_ok();
    if found() {
        return Ok(());
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0");
    if !root {
        return Err(
            "`ping` needs wrk (Debian: apt-get install -y wrk); not root, so not installed here"
                .into(),
        );
    }
    eprintln!("installing wrk (apt-get install -y wrk) ...");
    Command::new("apt-get")
        .args(["install", "-y", "wrk"])
        .stdout(Stdio::null())
        .status()?;
    if found() {
        Ok(())
    } else {
        Err("wrk could not be installed".into())
    }
}

/// One `wrk` run against `url`: requests per second and the server's CPU per request.
fn load(url: &str, pid: u32, seconds: u64, connections: usize) -> BenchResult<(f64, Duration)> {
    let tick = clock_tick();
    let before = process_cpu(pid, tick).ok_or("cannot read the server's CPU time")?;
    let out = Command::new("wrk")
        .args(["-t", "2", "-c", &connections.to_string()])
        .args(["-d", &format!("{seconds}s"), url])
        .output()?;
    let cpu = process_cpu(pid, tick).ok_or("cannot read the server's CPU time")? - before;
    let text = String::from_utf8_lossy(&out.stdout);
    let number = |line_has: &str, word: usize| -> Option<f64> {
        text.lines()
            .find(|l| l.contains(line_has))?
            .split_whitespace()
            .nth(word)?
            .parse()
            .ok()
    };
    let (Some(per_sec), Some(requests)) = (number("Requests/sec", 1), number("requests in", 0))
    else {
        return Err(format!("wrk said: {text}").into());
    };
    if text.contains("Non-2xx") || text.contains("Socket errors") {
        return Err(format!("wrk saw failures: {text}").into());
    }
    Ok((per_sec, cpu.div_f64(requests.max(1.0))))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or_default()
}

pub async fn run(
    work_dir: &Path,
    rounds: usize,
    seconds: u64,
    connections: usize,
) -> BenchResult<()> {
    wrk()?;
    // The smallest library: ping reads nothing of it.
    let library = super::library(work_dir, 40)?;
    let (hub, hub_addr, _) = HubProcess::start(&library).await?;
    let (poem, poem_addr) = PoemProcess::start()?;
    let servers = [
        ("hub", format!("http://{hub_addr}/api/ping"), hub.pid()),
        (
            "bare poem",
            format!("http://{poem_addr}/api/ping"),
            poem.child.id(),
        ),
    ];
    println!(
        "GET /api/ping, wrk -t2 -c{connections} -d{seconds}s, {rounds} rounds alternating (load {}):",
        load_average()
    );
    let mut figures: Vec<(Vec<f64>, Vec<f64>)> = vec![(vec![], vec![]); servers.len()];
    for round in 1..=rounds {
        for ((name, url, pid), (rates, cpus)) in servers.iter().zip(&mut figures) {
            let (rate, cpu) = load(url, *pid, seconds, connections)?;
            println!(
                "  round {round} {name:<10} {rate:>9.0} req/s  {:>6.1} µs CPU/request",
                cpu.as_secs_f64() * 1e6
            );
            rates.push(rate);
            cpus.push(cpu.as_secs_f64() * 1e6);
        }
    }
    let [(hub_rate, hub_cpu), (poem_rate, poem_cpu)] =
        [0, 1].map(|i| (median(figures[i].0.clone()), median(figures[i].1.clone())));
    println!(
        "  median: hub {hub_rate:.0} req/s, {hub_cpu:.1} µs CPU/request; bare poem {poem_rate:.0} req/s, {poem_cpu:.1} µs; hub/bare throughput {:.2}× (target ≥ 0.8×)",
        hub_rate / poem_rate
    );
    println!("  load after: {}", load_average());
    drop(poem);
    drop(hub);
    Ok(())
}
