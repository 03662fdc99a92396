//! `Range: bytes=…` as browsers and players send it, judged against a file's size.
//!
//! Parsing is `http-range-header`'s (strict, bounded: at most 100 ranges, 30 digits each);
//! this module decides what the hub does with the result:
//! - one range, or the first of several (the hub never answers `multipart/byteranges`:
//!   players ask for one range at a time, and a single part keeps streaming simple);
//! - an end past the file is clipped to it; a suffix longer than the file is the whole file;
//! - a range starting past the end is unsatisfiable (`416`);
//! - a header that is not a valid byte range, or several overlapping ranges the parser
//!   rejects, is ignored: RFC 9110 §14.2 lets a server ignore `Range`, and the whole file is
//!   always a correct answer.

use http_range_header::RangeUnsatisfiableError;

/// An inclusive byte range inside a file: `start <= end < size`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteRange {
    pub start: u64,
    pub end: u64,
}

impl ByteRange {
    pub fn len(&self) -> u64 {
        self.end - self.start + 1
    }

    /// Never true: a range holds at least one byte. Here for clippy's `len_without_is_empty`.
    pub fn is_empty(&self) -> bool {
        false
    }
}

/// What a `Range` header asks of a file of a given size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeRequest {
    /// No usable range: send the whole file (`200`).
    Whole,
    /// Send this part (`206`).
    Part(ByteRange),
    /// Nothing of the file matches (`416`, `Content-Range: bytes */size`).
    Unsatisfiable,
}

/// Judges a `Range` header value against a file of `size` bytes.
pub fn judge(header: &str, size: u64) -> RangeRequest {
    let Ok(parsed) = http_range_header::parse_range_header(header) else {
        return RangeRequest::Whole;
    };
    match parsed.validate(size) {
        Ok(ranges) => match ranges.first() {
            Some(first) => RangeRequest::Part(ByteRange {
                start: *first.start(),
                end: *first.end(),
            }),
            // Only an empty file validates to no range: all of it is nothing.
            None => RangeRequest::Whole,
        },
        Err(RangeUnsatisfiableError::Unsatisfiable) => RangeRequest::Unsatisfiable,
        // An empty file has no byte any range could name.
        Err(_) if size == 0 => RangeRequest::Unsatisfiable,
        Err(_) => RangeRequest::Whole,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn part(start: u64, end: u64) -> RangeRequest {
        RangeRequest::Part(ByteRange { start, end })
    }

    #[test]
    fn the_shapes_players_send() {
        assert_eq!(judge("bytes=0-99", 1000), part(0, 99));
        assert_eq!(judge("bytes=100-", 1000), part(100, 999));
        assert_eq!(judge("bytes=-100", 1000), part(900, 999));
        assert_eq!(judge("bytes=0-", 1000), part(0, 999));
        assert_eq!(judge("bytes=999-999", 1000), part(999, 999));
    }

    #[test]
    fn ends_past_the_file_are_clipped_and_long_suffixes_are_everything() {
        assert_eq!(judge("bytes=500-5000", 1000), part(500, 999));
        assert_eq!(judge("bytes=-5000", 1000), part(0, 999));
    }

    #[test]
    fn a_start_past_the_end_is_unsatisfiable() {
        assert_eq!(judge("bytes=1000-", 1000), RangeRequest::Unsatisfiable);
        assert_eq!(judge("bytes=1000-2000", 1000), RangeRequest::Unsatisfiable);
        assert_eq!(judge("bytes=-0", 1000), RangeRequest::Unsatisfiable);
        assert_eq!(judge("bytes=0-", 0), RangeRequest::Unsatisfiable);
    }

    #[test]
    fn several_ranges_give_the_first() {
        assert_eq!(judge("bytes=0-9, 20-29", 1000), part(0, 9));
        assert_eq!(judge("bytes=20-29,0-9", 1000), part(20, 29));
        // The first is past the end, the second is not: the satisfiable one is sent.
        assert_eq!(judge("bytes=5000-6000, 0-9", 1000), part(0, 9));
    }

    #[test]
    fn malformed_headers_are_ignored() {
        for header in [
            "",
            "bytes",
            "bytes=",
            "items=0-9",
            "bytes=9-0",
            "bytes=a-b",
            "bytes=--1",
            "bytes=0-9 ",
            "bytes=0-1,0-2,0-3,0-4",
        ] {
            assert_eq!(judge(header, 1000), RangeRequest::Whole, "{header:?}");
        }
    }

    /// The range the RFC describes, computed the slow, obvious way.
    fn oracle(start: Option<u64>, end: Option<u64>, size: u64) -> RangeRequest {
        match (start, end) {
            (Some(s), _) if s >= size => RangeRequest::Unsatisfiable,
            (Some(s), Some(e)) => part(s, e.min(size - 1)),
            (Some(s), None) => part(s, size - 1),
            (None, Some(0)) => RangeRequest::Unsatisfiable,
            // An empty file: a non-empty suffix is satisfiable, and is all of nothing.
            (None, Some(_)) if size == 0 => RangeRequest::Whole,
            (None, Some(n)) => part(size.saturating_sub(n), size - 1),
            (None, None) => RangeRequest::Whole,
        }
    }

    proptest! {
        #[test]
        fn one_range_matches_the_rfc(
            size in 0u64..5000,
            a in 0u64..6000,
            len in 0u64..6000,
            shape in 0u8..3,
        ) {
            let (header, start, end) = match shape {
                0 => (format!("bytes={a}-{}", a + len), Some(a), Some(a + len)),
                1 => (format!("bytes={a}-"), Some(a), None),
                _ => (format!("bytes=-{len}"), None, Some(len)),
            };
            let judged = judge(&header, size);
            prop_assert_eq!(judged, oracle(start, end, size), "{}", header);
            if let RangeRequest::Part(range) = judged {
                prop_assert!(range.start <= range.end && range.end < size);
            }
        }

        #[test]
        fn any_text_gives_a_range_inside_the_file_or_none(header in ".{0,40}", size in 0u64..5000) {
            if let RangeRequest::Part(range) = judge(&header, size) {
                prop_assert!(range.start <= range.end && range.end < size);
            }
        }
    }
}
