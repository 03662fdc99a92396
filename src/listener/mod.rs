//! The listening socket, bounded: how many connections the hub holds, how long one may sit
//! without sending a request, and what happens when the process runs out of file handles.
//!
//! The hub listens on every interface so that phones can pair, which also lets anything on
//! the LAN open connections and never send a request. Left alone, a desktop's usual limit
//! of 1,024 open files is reached after about a thousand such connections, `accept` then
//! fails at once, forever, and the hub spins at full CPU answering nothing. So:
//! - the soft open-file limit is raised to the hard one at start (`raise_open_file_limit`);
//! - the hub holds at most `max_connections`, a safe margin under that limit; when one more
//!   arrives, the connection that has been quiet longest (no bytes read or written) is
//!   closed to make room, so a new caller is always served and an idle crowd is what gives;
//! - a connection that has sent nothing within `first_request_timeout`, or that has been
//!   quiet for `idle_timeout`, is closed;
//! - an `accept` error (out of file handles) is logged and backed off, never spun on.
//!
//! `parse_errors` gives hyper's answers to requests it cannot parse the contract's form;
//! `serve` runs hyper on each accepted connection (vectored writes, a small buffer, graceful
//! shutdown).

mod parse_errors;
mod serve;

pub use serve::{serve, MAX_BUF_BYTES};

use std::collections::HashMap;
use std::io::{self, IoSlice};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures_util::task::AtomicWaker;
use parking_lot::{Mutex, MutexGuard};
use poem::web::{LocalAddr, RemoteAddr};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// File handles kept free for what is not a connection: the database and its WAL, the
/// watcher, music files being read or streamed, logs.
const RESERVED_FILES: u64 = 128;
/// The most connections held, whatever the file limit allows.
const MAX_CONNECTIONS: usize = 4096;

/// Connection limits, with the defaults for a desktop hub.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub max_connections: usize,
    /// How long a new connection may take to send its first bytes.
    pub first_request_timeout: Duration,
    /// How long a connection may stay without reading or writing a byte.
    pub idle_timeout: Duration,
}

impl ConnectionLimits {
    /// Limits that fit the process's open-file limit as it is now.
    pub fn for_this_process() -> Self {
        let files = rlimit::getrlimit(rlimit::Resource::NOFILE)
            .map(|(soft, _)| soft)
            .unwrap_or(1024);
        let fit = files.saturating_sub(RESERVED_FILES).max(16);
        ConnectionLimits {
            max_connections: usize::try_from(fit)
                .unwrap_or(MAX_CONNECTIONS)
                .min(MAX_CONNECTIONS),
            first_request_timeout: Duration::from_secs(10),
            // Above the event feeds' 15 s keep-alive, so an open feed is never idle.
            idle_timeout: Duration::from_secs(120),
        }
    }
}

/// Raises the soft open-file limit to the hard limit; returns the limit now in force.
pub fn raise_open_file_limit() -> io::Result<u64> {
    rlimit::increase_nofile_limit(u64::MAX)
}

/// What the acceptor knows of one open connection.
struct Slot {
    accepted_at: Instant,
    /// Milliseconds after `accepted_at` of the last byte read or written.
    last_active_ms: AtomicU64,
    has_read: AtomicBool,
    closing: AtomicBool,
    /// Wakes the connection's task so that it sees `closing`.
    waker: AtomicWaker,
}

impl Slot {
    fn quiet_for(&self, now: Instant) -> Duration {
        let active =
            self.accepted_at + Duration::from_millis(self.last_active_ms.load(Ordering::Relaxed));
        now.saturating_duration_since(active)
    }

    fn close(&self) {
        self.closing.store(true, Ordering::Release);
        self.waker.wake();
    }
}

#[derive(Default)]
struct Registry {
    slots: Mutex<HashMap<u64, Arc<Slot>>>,
    next_id: AtomicU64,
}

impl Registry {
    fn slots(&self) -> MutexGuard<'_, HashMap<u64, Arc<Slot>>> {
        self.slots.lock()
    }

    /// When `max` or more connections are open, closes the one quiet longest: one pass
    /// over the open connections, on every accept.
    fn make_room(&self, max: usize) {
        let now = Instant::now();
        let slots = self.slots();
        let mut open = 0;
        let mut quietest: Option<&Arc<Slot>> = None;
        for slot in slots
            .values()
            .filter(|s| !s.closing.load(Ordering::Acquire))
        {
            open += 1;
            if quietest.is_none_or(|q| slot.quiet_for(now) > q.quiet_for(now)) {
                quietest = Some(slot);
            }
        }
        if open >= max {
            if let Some(slot) = quietest {
                slot.close();
            }
        }
    }

    fn open_count(&self) -> usize {
        self.slots()
            .values()
            .filter(|s| !s.closing.load(Ordering::Acquire))
            .count()
    }

    /// Closes connections past their first-request or idle timeout.
    fn sweep(&self, limits: &ConnectionLimits) {
        let now = Instant::now();
        for slot in self.slots().values() {
            let silent_start = !slot.has_read.load(Ordering::Acquire)
                && now.saturating_duration_since(slot.accepted_at) > limits.first_request_timeout;
            if silent_start || slot.quiet_for(now) > limits.idle_timeout {
                slot.close();
            }
        }
    }
}

/// A tokio listener that enforces `ConnectionLimits` on what it accepts.
pub struct BoundedAcceptor {
    listener: TcpListener,
    local_addr: LocalAddr,
    limits: ConnectionLimits,
    registry: Arc<Registry>,
    sweeper: tokio::task::JoinHandle<()>,
    /// When an `accept` error was last logged, so that a burst logs once.
    last_error_log: Option<Instant>,
}

impl BoundedAcceptor {
    pub fn new(listener: TcpListener, limits: ConnectionLimits) -> io::Result<Self> {
        let local_addr = LocalAddr(listener.local_addr()?.into());
        let registry = Arc::new(Registry::default());
        let swept = Arc::downgrade(&registry);
        let sweeper = tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(1));
            loop {
                tick.tick().await;
                match swept.upgrade() {
                    Some(registry) => registry.sweep(&limits),
                    None => return,
                }
            }
        });
        tracing::info!(
            max_connections = limits.max_connections,
            "accepting connections"
        );
        Ok(BoundedAcceptor {
            listener,
            local_addr,
            limits,
            registry,
            sweeper,
            last_error_log: None,
        })
    }

    fn register(&self, stream: TcpStream) -> BoundedStream {
        let slot = Arc::new(Slot {
            accepted_at: Instant::now(),
            last_active_ms: AtomicU64::new(0),
            has_read: AtomicBool::new(false),
            closing: AtomicBool::new(false),
            waker: AtomicWaker::new(),
        });
        let id = self.registry.next_id.fetch_add(1, Ordering::Relaxed);
        self.registry.slots().insert(id, slot.clone());
        BoundedStream {
            inner: stream,
            id,
            slot,
            registry: self.registry.clone(),
            replacing: None,
        }
    }

    fn log_accept_error(&mut self, err: &io::Error) {
        let now = Instant::now();
        if self
            .last_error_log
            .is_none_or(|at| now.duration_since(at) > Duration::from_secs(10))
        {
            self.last_error_log = Some(now);
            tracing::warn!(error = %err, open = self.registry.open_count(),
                "cannot accept connections; closing the quietest and retrying");
        }
    }
}

impl Drop for BoundedAcceptor {
    fn drop(&mut self) {
        self.sweeper.abort();
    }
}

impl BoundedAcceptor {
    pub fn local_addr(&self) -> LocalAddr {
        self.local_addr.clone()
    }

    /// The next connection and its peer. Errors are handled here (logged, backed off), so
    /// this only ever answers a connection.
    pub async fn accept(&mut self) -> io::Result<(BoundedStream, RemoteAddr)> {
        let mut backoff = Duration::from_millis(10);
        loop {
            match self.listener.accept().await {
                Ok((stream, peer)) => {
                    // Without TCP_NODELAY, a streamed body's first chunk, written after the
                    // headers, waits for the client's delayed ACK of them (40 ms on Linux):
                    // that was most of a media range's time to first byte. Answers are
                    // written whole or in large chunks, so Nagle's batching buys nothing.
                    if let Err(err) = stream.set_nodelay(true) {
                        tracing::debug!(%err, "TCP_NODELAY could not be set");
                    }
                    self.registry.make_room(self.limits.max_connections);
                    let stream = self.register(stream);
                    return Ok((stream, RemoteAddr(peer.into())));
                }
                Err(err) => {
                    // Out of file handles or memory: make room, wait a little longer each
                    // time, and try again. (A connection that died in the backlog is only
                    // skipped.)
                    self.log_accept_error(&err);
                    if out_of_resources(&err) {
                        self.registry.make_room(0);
                    }
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(1));
                }
            }
        }
    }
}

/// Whether an `accept` error means the process ran out of something a closed connection
/// gives back (EMFILE, ENFILE, ENOBUFS, ENOMEM).
fn out_of_resources(err: &io::Error) -> bool {
    const EMFILE: i32 = 24;
    const ENFILE: i32 = 23;
    const ENOBUFS: i32 = 105;
    const ENOMEM: i32 = 12;
    matches!(err.raw_os_error(), Some(EMFILE | ENFILE | ENOBUFS | ENOMEM))
}

/// An accepted connection: a TCP stream that records its activity and can be told to close.
pub struct BoundedStream {
    inner: TcpStream,
    id: u64,
    slot: Arc<Slot>,
    registry: Arc<Registry>,
    /// A rewritten answer (see `parse_errors`) still being written, and how long the
    /// original was: that is what the write reports once the replacement is out.
    replacing: Option<(Vec<u8>, usize)>,
}

impl BoundedStream {
    fn closed_by_limit(&self, cx: &Context<'_>) -> bool {
        self.slot.waker.register(cx.waker());
        self.slot.closing.load(Ordering::Acquire)
    }

    fn touch(&self) {
        let ms = u64::try_from(self.slot.accepted_at.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.slot.last_active_ms.store(ms, Ordering::Relaxed);
    }
}

impl Drop for BoundedStream {
    fn drop(&mut self) {
        self.registry.slots().remove(&self.id);
    }
}

fn limit_reached() -> io::Error {
    io::Error::new(
        io::ErrorKind::ConnectionAborted,
        "closed by the hub's connection limits",
    )
}

impl AsyncRead for BoundedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.closed_by_limit(cx) {
            return Poll::Ready(Err(limit_reached()));
        }
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.slot.has_read.store(true, Ordering::Release);
            self.touch();
        }
        polled
    }
}

impl AsyncWrite for BoundedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.closed_by_limit(cx) {
            return Poll::Ready(Err(limit_reached()));
        }
        if self.replacing.is_none() {
            if let Some(replacement) = parse_errors::rewrite(buf) {
                self.replacing = Some((replacement, buf.len()));
            }
        }
        if let Some((mut rest, original)) = self.replacing.take() {
            // hyper retries the same buffer until a write reports it done.
            while !rest.is_empty() {
                match Pin::new(&mut self.inner).poll_write(cx, &rest) {
                    Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                    Poll::Ready(Ok(n)) => {
                        rest.drain(..n);
                    }
                    Poll::Ready(Err(err)) => return Poll::Ready(Err(err)),
                    Poll::Pending => {
                        self.replacing = Some((rest, original));
                        return Poll::Pending;
                    }
                }
            }
            self.touch();
            return Poll::Ready(Ok(original));
        }
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        polled
    }

    /// hyper queues a body's chunks instead of copying them into its buffer only when the
    /// connection writes vectored.
    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        // A lone buffer may be one of hyper's parse-error heads, which `poll_write` rewrites;
        // one still being rewritten must be finished there too.
        let mut filled = bufs.iter().filter(|b| !b.is_empty());
        if let (Some(only), None) = (filled.next(), filled.next()) {
            return self.poll_write(cx, only);
        }
        if self.replacing.is_some() {
            return match bufs.iter().find(|b| !b.is_empty()) {
                Some(first) => self.poll_write(cx, first),
                None => Poll::Ready(Ok(0)),
            };
        }
        if self.closed_by_limit(cx) {
            return Poll::Ready(Err(limit_reached()));
        }
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        polled
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
