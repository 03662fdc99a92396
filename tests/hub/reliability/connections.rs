//! Connections are bounded: under a desktop's usual limit of 1,024 open files, 1,100
//! connections that never send a request used to make the hub spin at full CPU in its
//! accept loop and answer nothing. Now the quietest connection gives way to a new one, and
//! the hub keeps answering without burning CPU.

use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::cli::spawn_hub_with_open_files;

/// CPU time (user + system) a process has used, in clock ticks, from `/proc/<pid>/stat`.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("stat");
    // Fields after the command name, which is in parentheses and may hold spaces.
    let after_name = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .expect("stat format");
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime")
}

/// One `GET /api/ping` on a new connection; how long until the answer was read.
fn ping(port: u16) -> (Duration, String) {
    use std::io::{Read, Write};
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let request =
        format!("GET /api/ping HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    (started.elapsed(), answer)
}

#[test]
fn eleven_hundred_idle_connections_leave_ping_answering() {
    // This test process holds the 1,100 connections: it needs the file handles for them.
    rlimit::increase_nofile_limit(4096).expect("raise this test's open-file limit");
    let data_dir = tempfile::tempdir().expect("temp");
    let (mut hub, port) = spawn_hub_with_open_files(1024, data_dir.path());

    let idle: Vec<TcpStream> = (0..1100)
        .filter_map(|_| TcpStream::connect(("127.0.0.1", port)).ok())
        .collect();
    assert!(idle.len() >= 1024, "only {} connections opened", idle.len());
    // Let the hub take them all from its backlog.
    std::thread::sleep(Duration::from_millis(500));

    let mut times = Vec::new();
    for _ in 0..5 {
        let (took, answer) = ping(port);
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        times.push(took);
    }
    times.sort();
    let ticks_before = cpu_ticks(hub.id());
    std::thread::sleep(Duration::from_secs(1));
    let busy_ticks = cpu_ticks(hub.id()) - ticks_before;
    let _ = hub.kill();
    let _ = hub.wait();
    println!(
        "connections: {} idle held open; ping {times:?}; {busy_ticks} CPU ticks in an idle second",
        idle.len()
    );
    drop(idle);
    // The target is 100 ms (RELIABILITY.md has the measured figure); the bound here leaves
    // room for the other tests that share a loaded 2-core CI machine with this one.
    assert!(
        times[2] < Duration::from_millis(500),
        "median ping {:?} (all: {times:?})",
        times[2]
    );
    // 100 ticks are one CPU second: an idle crowd must not keep the hub busy.
    assert!(
        busy_ticks < 30,
        "{busy_ticks} ticks of CPU in an idle second"
    );
}
