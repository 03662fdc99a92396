//! A request with two `Host` headers is refused at the edge with `400 duplicate_host`.
//! HTTP allows one; with two, this hub and any proxy in front of it may each believe a
//! different one, which is how a relayed call once passed as local (loopback first, the
//! real host second).

use poem::http::header;
use poem::{Endpoint, IntoResponse, Middleware, Request, Response};

use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;

pub struct SingleHost;

impl<E: Endpoint> Middleware<E> for SingleHost {
    type Output = SingleHostEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        SingleHostEndpoint(inner)
    }
}

pub struct SingleHostEndpoint<E>(E);

impl<E: Endpoint> Endpoint for SingleHostEndpoint<E> {
    type Output = Response;

    async fn call(&self, request: Request) -> poem::Result<Response> {
        if request
            .headers()
            .get_all(header::HOST)
            .iter()
            .nth(1)
            .is_some()
        {
            let refusal = HandlerError::BadRequest {
                code: ErrorCode::DuplicateHost,
                message: "The request has more than one Host header.".into(),
                parameter: Some("Host".into()),
            };
            return Ok(poem::error::ResponseError::as_response(&refusal));
        }
        self.0.call(request).await.map(IntoResponse::into_response)
    }
}
