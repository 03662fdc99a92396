//! The stream bench's client: one keep-alive HTTP/1.1 connection that sends a `GET` (with a
//! `Range` when asked) and reads the answer into one buffer it keeps.
//!
//! reqwest was the client before, and it spent more of the two cores than either server
//! did (`top` during `bench stream`: the client 100 to 120 % CPU, nginx 80 to 90 %, the hub
//! about 80 %): a `Bytes` per chunk read, a header map per answer, hyper's own buffering.
//! With 32 closed-loop clients on two cores, every cycle the client takes is one the server
//! waits for, so its time to first byte measured the client as much as the server. This
//! client does only what the measurement needs: it parses the status line and headers
//! (`httparse`), checks the status and `Content-Length`, and reads the body into the same
//! buffer each time. Both servers are measured with it, in the same run.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// What one request gave.
pub struct Answer {
    /// From writing the request to holding the first byte of the body (the first byte a
    /// player can use), or to the end of the headers when the body is empty. No connect is
    /// inside it (connections are kept), nor a first try on a kept connection the server
    /// had closed.
    pub first_byte: Duration,
    pub body_len: u64,
}

/// A connection to one server, opened on first use and again after the server closes it.
pub struct RangeClient {
    host: String,
    path: String,
    stream: Option<TcpStream>,
    request: Vec<u8>,
    buf: Vec<u8>,
}

/// The most header bytes an answer may have before the client gives up on it.
const MAX_HEAD: usize = 16 * 1024;

/// What the client needs of an answer's head.
struct Head {
    /// Its length in bytes, the blank line included.
    len: usize,
    body_len: u64,
    /// Whether the server closes the connection after this answer.
    closes: bool,
}

impl RangeClient {
    /// A client for `url` (`http://host:port/path`, nothing else).
    pub fn new(url: &str) -> Result<Self, String> {
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| format!("{url}: only http:// URLs"))?;
        let (host, path) = match rest.find('/') {
            Some(slash) => rest.split_at(slash),
            None => (rest, "/"),
        };
        Ok(RangeClient {
            host: host.to_owned(),
            path: path.to_owned(),
            stream: None,
            request: Vec::with_capacity(256),
            buf: vec![0; 512 * 1024],
        })
    }

    /// `GET`s the path, with `Range: bytes={start}-{end}` when `range` is given, and reads the
    /// whole answer; any status but 200 or 206 is an error.
    pub async fn get(&mut self, range: Option<(u64, u64)>) -> Result<Answer, String> {
        use std::io::Write;
        self.request.clear();
        let written = match range {
            Some((start, end)) => write!(
                self.request,
                "GET {} HTTP/1.1\r\nHost: {}\r\nRange: bytes={start}-{end}\r\n\r\n",
                self.path, self.host
            ),
            None => write!(
                self.request,
                "GET {} HTTP/1.1\r\nHost: {}\r\n\r\n",
                self.path, self.host
            ),
        };
        written.map_err(|e| e.to_string())?;
        // A kept connection the server closed meanwhile fails before any byte of the
        // answer: the request is sent once more, on a new connection.
        let mut reused = self.stream.is_some();
        let (mut stream, sent, filled, head) = loop {
            let mut stream = match self.stream.take() {
                Some(stream) => stream,
                None => {
                    let stream = TcpStream::connect(&self.host)
                        .await
                        .map_err(|e| format!("{}: {e}", self.host))?;
                    stream.set_nodelay(true).map_err(|e| e.to_string())?;
                    stream
                }
            };
            let sent = Instant::now();
            let read = match stream.write_all(&self.request).await {
                Ok(()) => self.read_head(&mut stream).await,
                Err(err) => Err(format!("{}: {err}", self.host)),
            };
            match read {
                Ok(Some((filled, head))) => break (stream, sent, filled, head),
                // (An error answer on a kept connection is asked once more too, and then
                // reported as the new connection's.)
                Ok(None) | Err(_) if reused => reused = false,
                Ok(None) => return Err(format!("{}: closed before the headers", self.host)),
                Err(err) => return Err(err),
            }
        };
        let Head {
            len: head_len,
            body_len,
            closes,
        } = head;

        // The body: into the same buffer, over and over; only its length is kept.
        let mut got = (filled - head_len) as u64;
        let mut first_byte = (got > 0 || body_len == 0).then(|| sent.elapsed());
        while got < body_len {
            let want = usize::try_from(body_len - got)
                .unwrap_or(usize::MAX)
                .min(self.buf.len());
            let n = stream
                .read(&mut self.buf[..want])
                .await
                .map_err(|e| e.to_string())?;
            if n == 0 {
                return Err(format!(
                    "{}: closed after {got} of {body_len} bytes",
                    self.host
                ));
            }
            first_byte.get_or_insert_with(|| sent.elapsed());
            got += n as u64;
        }
        if got > body_len {
            return Err(format!(
                "{}: {got} body bytes, {body_len} announced",
                self.host
            ));
        }
        if !closes {
            self.stream = Some(stream);
        }
        Ok(Answer {
            first_byte: first_byte.unwrap_or_else(|| sent.elapsed()),
            body_len,
        })
    }

    /// Reads until httparse has the whole head, into the start of the buffer: how many
    /// bytes were read (the head and any of the body after it) and the head, or `None` when
    /// the server closed the connection before sending anything.
    async fn read_head(&mut self, stream: &mut TcpStream) -> Result<Option<(usize, Head)>, String> {
        let mut filled = 0;
        loop {
            let n = stream
                .read(&mut self.buf[filled..MAX_HEAD])
                .await
                .map_err(|e| format!("{}: {e}", self.host))?;
            if n == 0 {
                return match filled {
                    0 => Ok(None),
                    _ => Err(format!("{}: closed inside the headers", self.host)),
                };
            }
            filled += n;
            let mut headers = [httparse::EMPTY_HEADER; 32];
            let mut response = httparse::Response::new(&mut headers);
            let len = match response.parse(&self.buf[..filled]) {
                Ok(httparse::Status::Complete(len)) => len,
                Ok(httparse::Status::Partial) if filled < MAX_HEAD => continue,
                Ok(httparse::Status::Partial) => {
                    return Err(format!("{}: headers over {MAX_HEAD} bytes", self.host))
                }
                Err(err) => return Err(format!("{}: {err}", self.host)),
            };
            let status = response.code.unwrap_or_default();
            if status != 200 && status != 206 {
                return Err(format!("{}{}: status {status}", self.host, self.path));
            }
            let header = |name: &str| {
                response
                    .headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case(name))
                    .map(|h| String::from_utf8_lossy(h.value).into_owned())
            };
            let body_len: u64 = header("content-length")
                .and_then(|v| v.trim().parse().ok())
                .ok_or_else(|| format!("{}{}: no Content-Length", self.host, self.path))?;
            // HTTP/1.1 keeps the connection unless told `close`; HTTP/1.0 closes it unless
            // told `keep-alive`.
            let connection = header("connection").unwrap_or_default();
            let says = |token: &str| {
                connection
                    .split(',')
                    .any(|t| t.trim().eq_ignore_ascii_case(token))
            };
            let closes = match response.version {
                Some(0) => !says("keep-alive"),
                _ => says("close"),
            };
            return Ok(Some((
                filled,
                Head {
                    len,
                    body_len,
                    closes,
                },
            )));
        }
    }
}
