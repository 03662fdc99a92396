//! A range of a file as a stream of chunks, each one positioned read (`pread`) straight into
//! the buffer that is sent.
//!
//! Where the chunk is: a file being listened to is almost always in the kernel's page cache,
//! and copying 128 KiB from there takes microseconds, while a hop to the blocking pool and
//! back costs a thread wake-up each way, before the first byte too. So on Linux a chunk is
//! first read in place with `RWF_NOWAIT` (the kernel gives what it has in memory and never
//! waits for the disk), and only what it did not have is read on the blocking pool.
//!
//! Why not `tokio::fs::File` with `ReaderStream`: it reads into a buffer of its own and
//! copies from it, and needs a seek first; here each chunk is one system call and no copy
//! beyond the kernel's, and the file needs no shared position.
//!
//! Memory: a stream owns at most `IN_FLIGHT` buffers of `CHUNK_BYTES`, ever. A chunk is a
//! `Bytes` over one of them; when the connection has written it and drops it, the buffer
//! goes back to its stream for a later read, and the stream reads nothing more until one
//! has come back. So a listener who reads slowly pins two chunks of the hub's memory,
//! whatever the protocol's own buffers would allow, and the allocator sees a few
//! allocations per stream instead of one per chunk (freed chunks had piled up in glibc's
//! per-thread arenas: BENCHMARKS.md, "Memory while 32 clients stream").

use std::io;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::{self, Stream};
use parking_lot::Mutex;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How much of a file is read at a time: a 256 KiB range is two reads, and 32 listeners
/// hold 8 MB of chunks at most. (64 KiB halved that but cost a third of the throughput of
/// random ranges: each read is a round trip to the blocking pool.)
pub const CHUNK_BYTES: usize = 128 * 1024;

/// Chunks of one stream that may exist at once: one being written while the next is read.
pub const IN_FLIGHT: usize = 2;

/// `length` bytes of `file` from `start`, in chunks of at most `CHUNK_BYTES`. A file that
/// ends early (it shrank meanwhile) ends the stream with an error, so the answer is cut off
/// rather than padded or mislabelled.
pub fn chunks(
    file: std::fs::File,
    start: u64,
    length: u64,
) -> impl Stream<Item = io::Result<Bytes>> + Send + 'static {
    chunks_of(file, start, length, CHUNK_BYTES, IN_FLIGHT)
}

/// `chunks` with its sizes given, for the tests.
fn chunks_of(
    file: std::fs::File,
    start: u64,
    length: u64,
    chunk: usize,
    in_flight: usize,
) -> impl Stream<Item = io::Result<Bytes>> + Send + 'static {
    let file = Arc::new(file);
    let pool = Arc::new(Pool {
        free: Mutex::new(Vec::with_capacity(in_flight)),
        permits: Arc::new(Semaphore::new(in_flight)),
    });
    let end = start.saturating_add(length);
    stream::try_unfold(start, move |at| {
        let file = file.clone();
        let pool = pool.clone();
        async move {
            if at >= end {
                return Ok(None);
            }
            let want = usize::try_from(end - at).map_or(chunk, |left| left.min(chunk));
            // Never closed, so this only waits for a chunk to be written and dropped.
            let permit = pool
                .permits
                .clone()
                .acquire_owned()
                .await
                .map_err(io::Error::other)?;
            let mut buf = pool
                .free
                .lock()
                .pop()
                .unwrap_or_else(|| Vec::with_capacity(chunk));
            buf.resize(want, 0);
            let cached = read_cached(&file, &mut buf, at);
            let buf = if cached == buf.len() {
                buf
            } else {
                let file = file.clone();
                tokio::task::spawn_blocking(move || {
                    read_exact_at(&file, &mut buf[cached..], at + cached as u64).map(|()| buf)
                })
                .await
                .map_err(io::Error::other)??
            };
            let next = at + buf.len() as u64;
            let chunk = Chunk {
                buf,
                pool,
                _permit: permit,
            };
            Ok(Some((Bytes::from_owner(chunk), next)))
        }
    })
}

/// One stream's buffers: those not lent out, and a permit for each that may be.
struct Pool {
    free: Mutex<Vec<Vec<u8>>>,
    permits: Arc<Semaphore>,
}

/// A chunk being sent: its buffer goes back to the pool, then its permit, when dropped.
struct Chunk {
    buf: Vec<u8>,
    pool: Arc<Pool>,
    _permit: OwnedSemaphorePermit,
}

impl AsRef<[u8]> for Chunk {
    fn as_ref(&self) -> &[u8] {
        &self.buf
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        // Fields drop after this body: the buffer is back before the permit that lets the
        // next read take it.
        self.pool.free.lock().push(std::mem::take(&mut self.buf));
    }
}

/// How much of `buf` (from its start, at `offset`) the kernel could fill from memory without
/// waiting for the disk. Any refusal or error (an old kernel, a file system without
/// `RWF_NOWAIT`, the end of the file) stops here: the blocking read does the rest and reports
/// what is really wrong.
#[cfg(all(target_os = "linux", not(target_env = "musl")))]
fn read_cached(file: &std::fs::File, buf: &mut [u8], offset: u64) -> usize {
    use rustix::io::{preadv2, ReadWriteFlags};
    let mut filled = 0;
    while filled < buf.len() {
        let part = &mut [io::IoSliceMut::new(&mut buf[filled..])];
        match preadv2(file, part, offset + filled as u64, ReadWriteFlags::NOWAIT) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    filled
}

#[cfg(not(all(target_os = "linux", not(target_env = "musl"))))]
fn read_cached(_file: &std::fs::File, _buf: &mut [u8], _offset: u64) -> usize {
    0
}

/// Fills `buf` from `offset`, or fails with `UnexpectedEof`.
fn read_exact_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    let mut filled = 0;
    while filled < buf.len() {
        match read_at(file, &mut buf[filled..], offset + filled as u64) {
            Ok(0) => {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the file ended before the range did",
                ))
            }
            Ok(n) => filled += n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(())
}

#[cfg(unix)]
fn read_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, offset)
}

#[cfg(windows)]
fn read_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, offset)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use futures_util::{StreamExt, TryStreamExt};

    fn file_of(bytes: &[u8]) -> (tempfile::NamedTempFile, std::fs::File) {
        let mut temp = tempfile::NamedTempFile::new().expect("temp");
        std::io::Write::write_all(&mut temp, bytes).expect("write");
        let file = std::fs::File::open(temp.path()).expect("open");
        (temp, file)
    }

    fn pattern(len: u32) -> Vec<u8> {
        (0..len).map(|i| (i * 7 % 251) as u8).collect()
    }

    #[tokio::test]
    async fn chunks_cover_the_range_exactly() {
        let bytes = pattern(10_000);
        for (start, length, chunk) in [
            (0, 10_000, 4096),
            (1, 9_998, 1000),
            (9_999, 1, 7),
            (500, 0, 64),
        ] {
            let (_temp, file) = file_of(&bytes);
            // Each chunk is dropped as the next is read, as a connection would.
            let parts: Vec<Vec<u8>> = chunks_of(file, start, length, chunk, IN_FLIGHT)
                .map_ok(|part| part.to_vec())
                .try_collect()
                .await
                .expect("read");
            assert!(parts.iter().all(|p| p.len() <= chunk));
            let joined: Vec<u8> = parts.concat();
            let (s, l) = (start as usize, length as usize);
            assert_eq!(joined, bytes[s..s + l], "{start}+{length} by {chunk}");
        }
    }

    #[tokio::test]
    async fn a_stream_reads_no_further_while_its_chunks_are_all_held() {
        let bytes = pattern(10_000);
        let (_temp, file) = file_of(&bytes);
        let mut stream = Box::pin(chunks_of(file, 0, 10_000, 1000, 2));
        let first = stream.next().await.expect("one").expect("read");
        let second = stream.next().await.expect("two").expect("read");
        // A connection that has not written either: the third read waits.
        let held = tokio::time::timeout(Duration::from_millis(300), stream.next()).await;
        assert!(held.is_err(), "a third chunk was read while two were held");
        let first_buffer = first.as_ptr();
        drop(first);
        let third = stream.next().await.expect("three").expect("read");
        // The same memory, read again: nothing new was allocated for it.
        assert_eq!(third.as_ptr(), first_buffer);
        assert_eq!(&third[..], &bytes[2000..3000]);
        assert_eq!(&second[..], &bytes[1000..2000]);
    }

    #[test]
    fn a_cached_file_is_read_in_place_and_a_read_past_its_end_is_left_to_the_blocking_read() {
        let bytes = pattern(10_000);
        let (_temp, file) = file_of(&bytes);
        // Just written, so in the page cache.
        let mut buf = vec![0; 4000];
        let got = read_cached(&file, &mut buf, 3000);
        if cfg!(target_os = "linux") {
            assert_eq!(got, 4000);
            assert_eq!(buf, bytes[3000..7000]);
        }
        let mut past = vec![0; 100];
        assert!(read_cached(&file, &mut past, 9_950) <= 50);
        assert_eq!(read_cached(&file, &mut past, 20_000), 0);
    }

    #[tokio::test]
    async fn a_file_shorter_than_the_range_is_an_error() {
        let (_temp, file) = file_of(&[1, 2, 3]);
        let read: io::Result<Vec<Bytes>> = chunks_of(file, 1, 10, 4, IN_FLIGHT).try_collect().await;
        assert_eq!(
            read.expect_err("short").kind(),
            io::ErrorKind::UnexpectedEof
        );
    }
}
