//! Serving accepted connections with hyper ourselves, rather than through poem's `Server`.
//!
//! poem's server boxes every connection into an IO type that cannot write vectored, and then
//! hyper flattens each body chunk into one write buffer per connection, which it lets grow to
//! about 400 KiB: 32 slow listeners of a stream held 15+ MB there alone (BENCHMARKS.md).
//! Here each connection is a `BoundedStream` that forwards vectored writes, hyper queues
//! chunks instead of copying them, and its buffer is capped (`MAX_BUF_BYTES`), so a
//! connection holds at most about one buffer plus one chunk of a body it sends.
//!
//! The poem application is called exactly as poem's own server calls it (the request with
//! its local and remote addresses, the response back into hyper's), so routes, middleware
//! and extractors see no difference.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use poem::http::uri::Scheme;
use poem::web::{LocalAddr, RemoteAddr};
use poem::{Endpoint, Request, Response};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::{BoundedAcceptor, BoundedStream};

/// hyper's per-connection buffer: the most it reads of a request head, and how much queued
/// response it holds before it stops asking the body for more. A request line of up to 64 KiB
/// must fit whole (so that hyper can answer `414` rather than `431`), and a streamed body's
/// chunks are queued, not copied, so this bounds their count, not a copy of them.
pub const MAX_BUF_BYTES: usize = 96 * 1024;

/// HTTP/2's send buffer per stream, the same bound for the other protocol.
const H2_SEND_BUF_BYTES: usize = 128 * 1024;

/// Refused streams an HTTP/2 client may pile up before its connection is closed (poem's
/// default, kept).
const H2_MAX_PENDING_RESETS: usize = 20;

/// The largest header list an HTTP/2 client may send (poem's default, kept).
const H2_MAX_HEADER_LIST: u32 = 16 * 1024;
/// Requests one HTTP/2 connection may have open at once. Each open stream may hold its
/// chunks (`app::media::chunks`) and a send buffer, so hyper's default of 200 would let one
/// connection that never reads pin tens of megabytes; a page needs far fewer at a time.
const H2_MAX_CONCURRENT_STREAMS: u32 = 32;

/// Serves `endpoint` on every connection `acceptor` hands over, until `shutdown` completes;
/// then stops accepting, asks every connection to finish what it is answering, and waits up
/// to `grace` for them before dropping the rest.
pub async fn serve<E>(
    mut acceptor: BoundedAcceptor,
    endpoint: E,
    shutdown: impl Future<Output = ()>,
    grace: Duration,
) -> io::Result<()>
where
    E: Endpoint<Output = Response> + 'static,
{
    let endpoint = Arc::new(endpoint);
    let builder = Arc::new(connection_builder());
    let finishing = CancellationToken::new();
    let dropping = CancellationToken::new();
    let connections = TaskTracker::new();
    let local = acceptor.local_addr();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = acceptor.accept() => {
                let (stream, remote) = accepted?;
                connections.spawn(serve_connection(Connection {
                    stream,
                    local: local.clone(),
                    remote,
                    endpoint: endpoint.clone(),
                    builder: builder.clone(),
                    finishing: finishing.clone(),
                    dropping: dropping.clone(),
                }));
            }
        }
    }
    // Nothing new is taken from here on: the listening socket closes now.
    drop(acceptor);
    finishing.cancel();
    connections.close();
    if tokio::time::timeout(grace, connections.wait())
        .await
        .is_err()
    {
        tracing::info!(
            open = connections.len(),
            "connections still open after the grace period are closed"
        );
        dropping.cancel();
        connections.wait().await;
    }
    Ok(())
}

/// How every connection is served: HTTP/1.1 or HTTP/2 (prior knowledge), as the first bytes
/// say.
fn connection_builder() -> auto::Builder<TokioExecutor> {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().writev(true).max_buf_size(MAX_BUF_BYTES);
    builder
        .http2()
        .max_send_buf_size(H2_SEND_BUF_BYTES)
        .max_pending_accept_reset_streams(H2_MAX_PENDING_RESETS)
        .max_header_list_size(H2_MAX_HEADER_LIST)
        .max_concurrent_streams(H2_MAX_CONCURRENT_STREAMS);
    builder
}

/// One accepted connection and what serving it needs.
struct Connection<E> {
    stream: BoundedStream,
    local: LocalAddr,
    remote: RemoteAddr,
    endpoint: Arc<E>,
    builder: Arc<auto::Builder<TokioExecutor>>,
    /// Cancelled at shutdown: finish the request in hand, then close.
    finishing: CancellationToken,
    /// Cancelled when the grace period is over: close now.
    dropping: CancellationToken,
}

async fn serve_connection<E>(connection: Connection<E>)
where
    E: Endpoint<Output = Response> + 'static,
{
    let Connection {
        stream,
        local,
        remote,
        endpoint,
        builder,
        finishing,
        dropping,
    } = connection;
    let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
        let endpoint = endpoint.clone();
        let request = Request::from((request, local.clone(), remote.clone(), Scheme::HTTP));
        async move {
            let response = endpoint.get_response(request).await;
            Ok::<_, Infallible>(hyper::Response::<BoxBody<Bytes, io::Error>>::from(response))
        }
    });
    let served = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
    tokio::pin!(served);
    tokio::select! {
        // The connection's errors (a client gone mid-answer, a limit reached) end only it.
        _ = &mut served => return,
        () = finishing.cancelled() => {}
        () = dropping.cancelled() => return,
    }
    served.as_mut().graceful_shutdown();
    tokio::select! {
        _ = served => {}
        () = dropping.cancelled() => {}
    }
}
