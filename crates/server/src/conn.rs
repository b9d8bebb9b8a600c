//! The accept loop: how many connections the server holds, and how long a
//! connection may take to say what it wants. A client that sends half a
//! request and waits (a slowloris) is cut off; so is one that keeps a
//! connection open doing nothing, or stops reading its answer.
//!
//! - At most [`Limits::max_connections`] connections are open at once; the
//!   next ones wait in the listen queue of the kernel until one closes.
//! - [`Limits::header_timeout`]: from a request's first byte to the end of
//!   its headers.
//! - [`Limits::body_timeout`]: to receive a request's whole body
//!   (tower-http's `RequestBodyDeadline`; the handler reading it fails).
//! - [`Limits::idle_timeout`]: a kept-alive connection waiting for its next
//!   request, or an answer the client does not read.
//!
//! The timers of the headers and of the idle connection live in
//! `Guarded`, around the socket; the service tells it whether a request
//! is being handled (then neither applies).

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;
use tower_http::timeout::RequestBodyDeadlineLayer;

/// The limits of every connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Time from a request's first byte to the end of its headers.
    pub header_timeout: Duration,
    /// Time to receive a request's whole body.
    pub body_timeout: Duration,
    /// Time a connection may wait for its next request, or for the client
    /// to read the answer.
    pub idle_timeout: Duration,
    /// Connections open at once; more wait until one closes.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: 10_000,
        }
    }
}

/// Serves `router` on `listener` within `limits` until `shutdown` ends, then
/// lets the connections finish the requests in flight.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let router = router.layer(RequestBodyDeadlineLayer::new(limits.body_timeout));
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let builder = hyper::server::conn::http1::Builder::new();
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            accepted = accept(&listener, &permits) => accepted,
        };
        let (stream, remote, permit) = accepted;
        let _ = stream.set_nodelay(true);
        let busy = Arc::new(Activity::default());
        let io = TokioIo::new(Guarded::new(stream, limits, busy.clone()));
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: axum::http::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo(remote));
            let handling = Handling::start(&busy);
            let answer = router.clone().oneshot(request);
            async move {
                let answer = answer.await;
                drop(handling);
                answer
            }
        });
        let connection = graceful.watch(builder.serve_connection(io, service));
        tokio::spawn(async move {
            // A connection that fails (timed out, reset) just ends.
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// The next connection, once there is room for it.
async fn accept(
    listener: &TcpListener,
    permits: &Arc<Semaphore>,
) -> (TcpStream, SocketAddr, tokio::sync::OwnedSemaphorePermit) {
    let permit = permits.clone().acquire_owned().await.expect("the semaphore is never closed");
    loop {
        match listener.accept().await {
            Ok((stream, remote)) => return (stream, remote, permit),
            Err(err) if is_connection_error(&err) => {}
            Err(err) => {
                // Out of file descriptors, for example: wait instead of
                // spinning; the connections in the queue wait too.
                tracing::warn!(%err, "cannot accept a connection");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

fn is_connection_error(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::ConnectionRefused | io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset
    )
}

/// The requests of one connection: how many are being handled, and how
/// many were handled in all (so the reader sees a request that began and
/// ended between two of its reads).
#[derive(Default)]
struct Activity {
    busy: AtomicUsize,
    handled: AtomicUsize,
    /// The task that last read while a request was handled. Reading then
    /// arms no timer, so once the request ends the reader must be polled
    /// again to arm the idle timer (hyper, already waiting for the socket,
    /// would not poll it by itself).
    reader: Mutex<Option<Waker>>,
}

/// Counts a request being handled on a connection while it lives.
struct Handling(Arc<Activity>);

impl Handling {
    fn start(activity: &Arc<Activity>) -> Handling {
        activity.busy.fetch_add(1, Ordering::SeqCst);
        Handling(activity.clone())
    }
}

impl Drop for Handling {
    fn drop(&mut self) {
        self.0.handled.fetch_add(1, Ordering::SeqCst);
        if self.0.busy.fetch_sub(1, Ordering::SeqCst) == 1
            && let Some(reader) = self.0.reader.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take()
        {
            reader.wake();
        }
    }
}

/// A socket with the header and idle timers: reading fails with
/// `TimedOut` once the connection has waited too long for a request's
/// headers or for a new request, and writing once the client has not read
/// for the idle time. While a request is handled neither read timer runs.
struct Guarded {
    stream: TcpStream,
    limits: Limits,
    /// The requests of this connection.
    activity: Arc<Activity>,
    /// Whether a request was being handled at the last read.
    was_busy: bool,
    /// How many requests had been handled at the last read.
    handled: usize,
    /// When the connection last became idle.
    idle_since: Instant,
    /// When the first byte of the request being read arrived.
    head_started: Option<Instant>,
    /// When writing last had to wait.
    write_blocked_since: Option<Instant>,
    read_timer: Pin<Box<Sleep>>,
    write_timer: Pin<Box<Sleep>>,
}

impl Guarded {
    fn new(stream: TcpStream, limits: Limits, activity: Arc<Activity>) -> Guarded {
        let now = Instant::now();
        Guarded {
            stream,
            limits,
            activity,
            was_busy: false,
            handled: 0,
            idle_since: now,
            head_started: None,
            write_blocked_since: None,
            read_timer: Box::pin(tokio::time::sleep_until(now + limits.idle_timeout)),
            write_timer: Box::pin(tokio::time::sleep_until(now + limits.idle_timeout)),
        }
    }
}

/// Whether `timer`, set to `deadline`, has passed (registering the waker
/// if not).
fn expired(timer: &mut Pin<Box<Sleep>>, deadline: Instant, cx: &mut Context<'_>) -> bool {
    if timer.deadline() != deadline {
        timer.as_mut().reset(deadline);
    }
    timer.as_mut().poll(cx).is_ready()
}

impl AsyncRead for Guarded {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let busy = this.activity.busy.load(Ordering::SeqCst) > 0;
        let handled = this.activity.handled.load(Ordering::SeqCst);
        if busy {
            this.was_busy = true;
            this.head_started = None;
            *this.activity.reader.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(cx.waker().clone());
        } else if this.was_busy || handled != this.handled {
            // A request ended since the last read (perhaps one this read
            // never saw as busy): the connection is idle from now on.
            this.was_busy = false;
            this.head_started = None;
            this.idle_since = Instant::now();
        }
        this.handled = handled;
        let filled = buf.filled().len();
        match Pin::new(&mut this.stream).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if !busy && this.head_started.is_none() && buf.filled().len() > filled {
                    this.head_started = Some(Instant::now());
                }
                Poll::Ready(Ok(()))
            }
            Poll::Pending if !busy => {
                let deadline = match this.head_started {
                    Some(started) => started + this.limits.header_timeout,
                    None => this.idle_since + this.limits.idle_timeout,
                };
                if expired(&mut this.read_timer, deadline, cx) {
                    let what = if this.head_started.is_some() { "the request headers" } else { "a request" };
                    Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, format!("waited too long for {what}"))))
                } else {
                    Poll::Pending
                }
            }
            other => other,
        }
    }
}

impl Guarded {
    /// Runs a write, failing it once the client has not read for the idle
    /// time.
    fn guard_write<T>(
        &mut self,
        cx: &mut Context<'_>,
        write: impl FnOnce(Pin<&mut TcpStream>, &mut Context<'_>) -> Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        match write(Pin::new(&mut self.stream), cx) {
            Poll::Pending => {
                let since = *self.write_blocked_since.get_or_insert_with(Instant::now);
                if expired(&mut self.write_timer, since + self.limits.idle_timeout, cx) {
                    Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "the client stopped reading")))
                } else {
                    Poll::Pending
                }
            }
            ready => {
                self.write_blocked_since = None;
                ready
            }
        }
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.guard_write(cx, |stream, cx| stream.poll_write(cx, buf))
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.guard_write(cx, |stream, cx| stream.poll_write_vectored(cx, bufs))
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.guard_write(cx, |stream, cx| stream.poll_flush(cx))
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}
