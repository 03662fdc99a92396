//! hyper's own answers to requests it cannot parse, in the contract's form.
//!
//! A request line longer than hyper reads (`414`), too many header fields (`431`) or bytes
//! that are not HTTP (`400`) are refused by hyper before any route, middleware or error
//! handler of ours sees the request, with an empty body; and hyper offers no hook to write
//! another. Every 4xx of the hub is an `ApiError`, so the one place that sees those answers,
//! the connection's write side, rewrites them. They are recognisable exactly: an HTTP/1.1
//! head of status 400, 414 or 431 with `content-length: 0` and no `content-type`, which no
//! answer of the application ever is (all of its errors carry a JSON body).

use crate::api::generated::ErrorCode;

/// A head is this long at most when it is one of hyper's parse errors.
const MAX_HEAD: usize = 512;

/// The `ApiError` answer that replaces `head`, when `head` is hyper's answer to a request it
/// could not parse; `None` for anything else (which is written as it is).
pub(super) fn rewrite(head: &[u8]) -> Option<Vec<u8>> {
    if head.len() > MAX_HEAD || !head.starts_with(b"HTTP/1.1 4") {
        return None;
    }
    let mut fields = [httparse::EMPTY_HEADER; 8];
    let mut response = httparse::Response::new(&mut fields);
    let Ok(httparse::Status::Complete(length)) = response.parse(head) else {
        return None;
    };
    // Exactly the head: a response followed by a body is the application's.
    if length != head.len() {
        return None;
    }
    let (code, message) = match response.code? {
        400 => (
            ErrorCode::MalformedRequest,
            "The request is not HTTP this hub can read.",
        ),
        414 => (
            ErrorCode::UriTooLong,
            "The request's path and query are too long.",
        ),
        431 => (
            ErrorCode::HeadersTooLarge,
            "The request has too many header fields, or too large ones.",
        ),
        _ => return None,
    };
    let field = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value)
    };
    if field("content-length") != Some(b"0".as_slice()) || field("content-type").is_some() {
        return None;
    }
    let body = serde_json::json!({ "error": code.as_str(), "message": message }).to_string();
    let mut out = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json; charset=utf-8\r\n\
         connection: close\r\ncontent-length: {length}\r\n",
        status = response.code?,
        reason = response.reason.unwrap_or_default(),
        length = body.len(),
    )
    .into_bytes();
    if let Some(date) = field("date") {
        out.extend_from_slice(b"date: ");
        out.extend_from_slice(date);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body.as_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyper_error(status: &str) -> Vec<u8> {
        format!(
            "HTTP/1.1 {status}\r\nconnection: close\r\ncontent-length: 0\r\n\
             date: Thu, 26 Nov 2026 02:49:11 GMT\r\n\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn hypers_parse_errors_become_api_errors() {
        for (status, code) in [
            ("400 Bad Request", "malformed_request"),
            ("414 URI Too Long", "uri_too_long"),
            ("431 Request Header Fields Too Large", "headers_too_large"),
        ] {
            let rewritten = rewrite(&hyper_error(status)).expect("rewritten");
            let text = String::from_utf8(rewritten).expect("text");
            let (head, body) = text.split_once("\r\n\r\n").expect("head and body");
            assert!(
                head.starts_with(&format!("HTTP/1.1 {status}\r\n")),
                "{head}"
            );
            assert!(head.contains("content-type: application/json"), "{head}");
            assert!(head.contains("date: Thu, 26 Nov 2026"), "{head}");
            assert!(
                head.contains(&format!("content-length: {}", body.len())),
                "{head}"
            );
            let json: serde_json::Value = serde_json::from_str(body).expect("json");
            assert_eq!(json["error"], code);
        }
    }

    #[test]
    fn the_applications_answers_are_left_alone() {
        let ours = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\
                     content-length: 2\r\n\r\n{}";
        assert_eq!(rewrite(ours), None);
        let with_type = b"HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\n\
                          content-length: 0\r\n\r\n";
        assert_eq!(rewrite(with_type), None);
        assert_eq!(rewrite(&hyper_error("404 Not Found")), None);
        assert_eq!(
            rewrite(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"),
            None
        );
        assert_eq!(rewrite(b"HTTP/1.1 4"), None);
    }
}
