//! `scan`: start, status, cancel and the progress feed (SSE), through the scanning service
//! (`app::scanning`). A running scan is reported live by the scanner; a finished one from
//! its `scan_runs` row, so the last scan's status survives a restart.

use futures_util::stream::{self, StreamExt};
use poem::web::sse::Event as SseEvent;
use poem_openapi::payload::EventStream;
use poem_openapi::types::ToJSON;
use tokio::sync::broadcast::error::RecvError;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    CancelScanRequest, CancelScanResponse, FeedEndReason, GetScanStatusRequest,
    GetScanStatusResponse, ScanApi, ScanPhase, ScanProgressEvent, StartScanRequest,
    StartScanResponse, StreamScanProgressRequest, StreamScanProgressResponse,
};
use crate::api::payload::Json;
use crate::events::FeedEndReason as Reason;
use crate::handlers::{feeds, views};
use crate::hub::Hub;

impl ScanApi for Hub {
    async fn start_scan(
        &self,
        _caller: Caller,
        request: StartScanRequest,
    ) -> Result<StartScanResponse, HandlerError> {
        let full = request.body.is_some_and(|b| b.full);
        let running = self.scanning.start(full)?;
        Ok(StartScanResponse::Accepted(Json(views::live_status(
            &running,
            Vec::new(),
        ))))
    }

    async fn get_scan_status(
        &self,
        _caller: Caller,
        _request: GetScanStatusRequest,
    ) -> Result<GetScanStatusResponse, HandlerError> {
        let report = self.scanning.status().await?;
        Ok(GetScanStatusResponse::Ok(Json(views::scan_status(report))))
    }

    async fn cancel_scan(
        &self,
        _caller: Caller,
        _request: CancelScanRequest,
    ) -> Result<CancelScanResponse, HandlerError> {
        let running = self.scanning.cancel()?;
        Ok(CancelScanResponse::Accepted(Json(views::live_status(
            &running,
            Vec::new(),
        ))))
    }

    async fn stream_scan_progress(
        &self,
        caller: Caller,
        _request: StreamScanProgressRequest,
    ) -> Result<StreamScanProgressResponse, HandlerError> {
        let (latest, live) = self.scanning.follow();
        let scanning = self.scanning.clone();
        let first = views::progress_event(&latest);
        let updates = stream::unfold(live, |mut live| async move {
            loop {
                match live.recv().await {
                    Ok(update) => return Some((views::progress_event(&update), live)),
                    // A follower too slow for the feed just gets the next message: each
                    // one carries the whole state.
                    Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => return None,
                }
            }
        });
        let events = feeds::until_end(
            stream::iter([first]).chain(updates).boxed(),
            feeds::end_of(self, &caller),
            // The state as it is when the feed ends, marked with why.
            move |reason| {
                let mut last = views::progress_event(&scanning.follow().0);
                last.feed_ended = Some(feed_end_reason(reason));
                Some(last)
            },
        );
        Ok(StreamScanProgressResponse::Ok(
            EventStream::new(events)
                .keep_alive(self.config.keep_alive)
                .to_event(sse_message),
        ))
    }
}

/// `event: ended` for the last message of a feed the hub ends, `event: completed` for the
/// last message of a scan, `event: progress` otherwise.
fn sse_message(event: ScanProgressEvent) -> SseEvent {
    let kind = match event.phase {
        _ if event.feed_ended.is_some() => "ended",
        ScanPhase::Completed | ScanPhase::Cancelled | ScanPhase::Failed => "completed",
        _ => "progress",
    };
    SseEvent::message(event.to_json_string()).event_type(kind)
}

fn feed_end_reason(reason: Reason) -> FeedEndReason {
    match reason {
        Reason::TokenExpired => FeedEndReason::TokenExpired,
        Reason::DeviceRevoked => FeedEndReason::DeviceRevoked,
        Reason::HubStopping => FeedEndReason::HubStopping,
    }
}
