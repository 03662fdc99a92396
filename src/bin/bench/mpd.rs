//! Debian's mpd as the benches' peer: installed when missing, started with a configuration
//! of its own in a scratch dir, and spoken to with enough of its protocol to time commands.
//!
//! The configuration has no audio output, listens on loopback at a free port, logs errors
//! only (it would otherwise log a line per file added) and does not watch the folder. mpd
//! scans at start-up when its database file does not exist, so a fresh dir means a first
//! scan.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::is_root;

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// mpd's binary, installed from Debian when missing and this runs as root.
pub fn binary() -> BenchResult<PathBuf> {
    let found = || {
        ["/usr/bin/mpd", "/usr/sbin/mpd"]
            .into_iter()
            .map(PathBuf::from)
            .find(|p| p.exists())
    };
    if let Some(path) = found() {
        return Ok(path);
    }
    if is_root() {
        eprintln!("installing mpd from Debian ...");
        let ok = Command::new("apt-get")
            .args(["install", "-y", "mpd"])
            .stdout(Stdio::null())
            .status()?
            .success();
        if ok {
            if let Some(path) = found() {
                return Ok(path);
            }
        }
    }
    Err(
        "the bench's peer is Debian's mpd: run `apt-get install -y mpd` as root \
         (the bench does it itself when it runs as root)"
            .into(),
    )
}

/// A running mpd over one library; killed when dropped.
pub struct Mpd {
    child: Child,
    port: u16,
    /// When it was started: its start-up scan is timed from here.
    started: Instant,
}

impl Mpd {
    /// Starts mpd on `library` (an absolute path: mpd takes no relative music_directory),
    /// keeping its database, state and log in `dir`.
    pub fn spawn(mpd: &Path, library: &Path, dir: &Path) -> BenchResult<Mpd> {
        std::fs::create_dir_all(dir.join("playlists"))?;
        let port = std::net::TcpListener::bind(("127.0.0.1", 0))?
            .local_addr()?
            .port();
        let conf = dir.join("mpd.conf");
        let quoted = |p: &Path| quote(&p.display().to_string());
        std::fs::write(
            &conf,
            format!(
                "music_directory {}\nplaylist_directory {}\ndb_file {}\n\
                 state_file {}\npid_file {}\nlog_file {}\n\
                 bind_to_address \"127.0.0.1\"\nport \"{port}\"\nzeroconf_enabled \"no\"\n\
                 log_level \"error\"\nauto_update \"no\"\n\
                 audio_output {{\n  type \"null\"\n  name \"null\"\n}}\n",
                quoted(library),
                quoted(&dir.join("playlists")),
                quoted(&dir.join("database")),
                quoted(&dir.join("state")),
                quoted(&dir.join("pid")),
                quoted(&dir.join("log")),
            ),
        )?;
        let started = Instant::now();
        let child = Command::new(mpd)
            .arg("--no-daemon")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        Ok(Mpd {
            child,
            port,
            started,
        })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// A new connection, waiting up to 30 s from the start for mpd to listen.
    pub fn connect(&self) -> BenchResult<MpdClient> {
        MpdClient::connect(self.port, self.started)
    }

    /// Waits for the start-up scan (asking for one if mpd did not start it), returning
    /// when it was asked for.
    pub fn first_scan(&self) -> BenchResult<Instant> {
        let mut client = self.connect()?;
        let from = if client.updating()? {
            self.started
        } else {
            let asked = Instant::now();
            client.command("update")?;
            asked
        };
        client.wait_update()?;
        Ok(from)
    }
}

impl Drop for Mpd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One connection to mpd: commands and their `key: value` answers.
pub struct MpdClient {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl MpdClient {
    fn connect(port: u16, started: Instant) -> BenchResult<MpdClient> {
        let stream = loop {
            match TcpStream::connect(("127.0.0.1", port)) {
                Ok(stream) => break stream,
                Err(_) if started.elapsed() < Duration::from_secs(30) => {
                    std::thread::sleep(Duration::from_millis(2))
                }
                Err(err) => return Err(format!("mpd did not listen: {err}").into()),
            }
        };
        stream.set_nodelay(true)?;
        let mut client = MpdClient {
            reader: BufReader::new(stream.try_clone()?),
            writer: stream,
        };
        let mut greeting = String::new();
        client.reader.read_line(&mut greeting)?;
        if !greeting.starts_with("OK MPD") {
            return Err(format!("not mpd: {greeting}").into());
        }
        Ok(client)
    }

    /// Sends `command` (a `command_list_begin` … `command_list_end` block is one) and
    /// reads the answer up to its `OK`.
    pub fn command(&mut self, command: &str) -> BenchResult<Vec<(String, String)>> {
        self.writer.write_all(format!("{command}\n").as_bytes())?;
        let mut pairs = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if self.reader.read_line(&mut line)? == 0 {
                return Err("mpd closed the connection".into());
            }
            let line = line.trim_end();
            if line == "OK" {
                return Ok(pairs);
            }
            if line.starts_with("ACK") {
                return Err(format!("mpd: {command}: {line}").into());
            }
            if let Some((k, v)) = line.split_once(": ") {
                pairs.push((k.to_owned(), v.to_owned()));
            }
        }
    }

    fn updating(&mut self) -> BenchResult<bool> {
        Ok(self
            .command("status")?
            .iter()
            .any(|(k, _)| k == "updating_db"))
    }

    pub fn wait_update(&mut self) -> BenchResult<()> {
        let started = Instant::now();
        while self.updating()? {
            if started.elapsed() > Duration::from_secs(1800) {
                return Err("mpd's update did not end".into());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(())
    }

    pub fn stat(&mut self, key: &str) -> BenchResult<u64> {
        let stats = self.command("stats")?;
        Ok(stats
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0))
    }
}

/// `value` as one quoted argument of mpd's protocol (and of its filter expressions, which
/// quote the same way): backslashes and double quotes escaped.
pub fn quote(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}
