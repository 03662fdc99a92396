//! A range of a file as a stream of chunks, each one positioned read (`pread`) on the
//! blocking pool, straight into the buffer that is sent.
//!
//! Why not `tokio::fs::File` with `ReaderStream`: it reads into a buffer of its own and
//! copies from it, and needs a seek first; here each chunk is one system call and no copy
//! beyond the kernel's, and the file needs no shared position. One chunk is in flight per
//! stream, so memory stays at about one chunk per client.

use std::io;
use std::sync::Arc;

use futures_util::stream::{self, Stream};

/// `length` bytes of `file` from `start`, in chunks of at most `chunk` bytes. A file that
/// ends early (it shrank meanwhile) ends the stream with an error, so the answer is cut off
/// rather than padded or mislabelled.
pub fn chunks(
    file: std::fs::File,
    start: u64,
    length: u64,
    chunk: usize,
) -> impl Stream<Item = io::Result<Vec<u8>>> + Send + 'static {
    let file = Arc::new(file);
    let end = start.saturating_add(length);
    stream::try_unfold(start, move |at| {
        let file = file.clone();
        async move {
            if at >= end {
                return Ok(None);
            }
            let want = usize::try_from(end - at).map_or(chunk, |left| left.min(chunk));
            let buf = tokio::task::spawn_blocking(move || read_exact_at(&file, want, at))
                .await
                .map_err(io::Error::other)??;
            let next = at + buf.len() as u64;
            Ok(Some((buf, next)))
        }
    })
}

/// Reads exactly `len` bytes at `offset`, or fails with `UnexpectedEof`.
fn read_exact_at(file: &std::fs::File, len: usize, offset: u64) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; len];
    let mut filled = 0;
    while filled < len {
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
    Ok(buf)
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
    use super::*;
    use futures_util::TryStreamExt;

    fn file_of(bytes: &[u8]) -> (tempfile::NamedTempFile, std::fs::File) {
        let mut temp = tempfile::NamedTempFile::new().expect("temp");
        std::io::Write::write_all(&mut temp, bytes).expect("write");
        let file = std::fs::File::open(temp.path()).expect("open");
        (temp, file)
    }

    #[tokio::test]
    async fn chunks_cover_the_range_exactly() {
        let bytes: Vec<u8> = (0..10_000u32).map(|i| (i * 7 % 251) as u8).collect();
        for (start, length, chunk) in [
            (0, 10_000, 4096),
            (1, 9_998, 1000),
            (9_999, 1, 7),
            (500, 0, 64),
        ] {
            let (_temp, file) = file_of(&bytes);
            let parts: Vec<Vec<u8>> = chunks(file, start, length, chunk)
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
    async fn a_file_shorter_than_the_range_is_an_error() {
        let (_temp, file) = file_of(&[1, 2, 3]);
        let read: io::Result<Vec<Vec<u8>>> = chunks(file, 1, 10, 4).try_collect().await;
        assert_eq!(
            read.expect_err("short").kind(),
            io::ErrorKind::UnexpectedEof
        );
    }
}
