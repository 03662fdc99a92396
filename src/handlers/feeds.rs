//! How the hub ends an open feed (`GET /api/library/events`, `GET /api/scan/progress`):
//! when it shuts down, and, for a feed opened with a device's token, when that token
//! expires or the device's tokens are revoked or replaced, so that a feed never outlives
//! the credentials it was opened with. Its last message says why.

use futures_util::future::{self, BoxFuture, FutureExt};
use futures_util::stream::{self, BoxStream, StreamExt};

use crate::api::access::Caller;
use crate::auth::{GrantEnd, Identity};
use crate::events::FeedEndReason;
use crate::hub::Hub;

/// Resolves with the reason the caller's feed must end.
pub(super) fn end_of(hub: &Hub, caller: &Caller) -> BoxFuture<'static, FeedEndReason> {
    let stopping = hub.closed().map(|()| FeedEndReason::HubStopping);
    let Identity::Device {
        device_id,
        grant: Some(grant),
    } = &caller.identity
    else {
        // The desktop and the static API token hold for as long as the hub runs.
        return stopping.boxed();
    };
    let grant_ends = hub
        .auth
        .grant_ends(hub.db.clone(), device_id.clone(), grant.clone())
        .map(|end| match end {
            GrantEnd::Expired => FeedEndReason::TokenExpired,
            GrantEnd::Revoked => FeedEndReason::DeviceRevoked,
        });
    future::select(stopping.boxed(), grant_ends.boxed())
        .map(|either| either.factor_first().0)
        .boxed()
}

/// `events` until `end` resolves, then the message `last` makes of its reason, then nothing.
pub(super) fn until_end<T: Send + 'static>(
    events: BoxStream<'static, T>,
    end: BoxFuture<'static, FeedEndReason>,
    last: impl FnOnce(FeedEndReason) -> Option<T> + Send + 'static,
) -> BoxStream<'static, T> {
    // Shared, so the tail reads the same reason that cut the events off.
    let end = end.shared();
    let tail = stream::once({
        let end = end.clone();
        async move { last(end.await) }
    })
    .filter_map(future::ready);
    events.take_until(end).chain(tail).boxed()
}
