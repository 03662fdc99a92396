//! Opaque list cursors: where the previous page ended, for the sort and order it was made
//! with. A cursor used with another sort or order, or one the hub never gave out, is a 400:
//! quietly starting over would make a client loop or skip.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::api::generated::SortOrder;
use crate::app::{Keyset, PageSpec, Sort, SortValue};

#[derive(serde::Serialize, serde::Deserialize)]
struct CursorData {
    /// The sort the cursor belongs to.
    s: String,
    /// The descending flag it was made with.
    d: bool,
    v: SortValue,
    id: String,
}

fn bad_cursor() -> HandlerError {
    HandlerError::BadRequest {
        code: ErrorCode::InvalidParameter,
        message: "The parameter `cursor` is not a cursor this hub gave out for this sort and \
                  order; start again without it."
            .into(),
        parameter: Some("cursor".into()),
    }
}

fn encode(sort: &str, descending: bool, keyset: Keyset) -> String {
    let data = CursorData {
        s: sort.to_owned(),
        d: descending,
        v: keyset.value,
        id: keyset.id,
    };
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(&data).unwrap_or_default())
}

/// The keyset a cursor stands for; `None` for the first page (no cursor, or an empty one).
fn decode(
    cursor: Option<&str>,
    sort: &str,
    descending: bool,
) -> Result<Option<Keyset>, HandlerError> {
    let Some(cursor) = cursor.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| bad_cursor())?;
    let data: CursorData = serde_json::from_slice(&bytes).map_err(|_| bad_cursor())?;
    if data.s != sort || data.d != descending {
        return Err(bad_cursor());
    }
    Ok(Some(Keyset {
        value: data.v,
        id: data.id,
    }))
}

/// The page a list request asks for: its sort, the direction asked (or the sort's own), where
/// its cursor says the previous page ended, and its limit.
pub fn page_spec<O: Sort>(
    order: O,
    direction: Option<SortOrder>,
    cursor: Option<&str>,
    limit: i32,
) -> Result<PageSpec<O>, HandlerError> {
    let descending = match direction {
        Some(SortOrder::Asc) => false,
        Some(SortOrder::Desc) => true,
        None => order.descending_by_default(),
    };
    Ok(PageSpec {
        order,
        descending,
        after: decode(cursor, order.key(), descending)?,
        // The contract keeps every list's limit within 1..=500.
        limit: usize::try_from(limit).unwrap_or(50),
    })
}

/// The cursor of the page after one read with `spec`, if another follows.
pub fn next<O: Sort>(spec: &PageSpec<O>, next: Option<Keyset>) -> Option<String> {
    next.map(|keyset| encode(spec.order.key(), spec.descending, keyset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text, and any bytes dressed as a cursor, is a cursor or a 400: never a panic.
        #[test]
        fn any_cursor_is_read_or_refused(text in ".{0,80}", bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
            let _ = page_spec(TrackOrder::Year, None, Some(&text), 50);
            let dressed = URL_SAFE_NO_PAD.encode(&bytes);
            let _ = page_spec(TrackOrder::Title, Some(SortOrder::Asc), Some(&dressed), 50);
        }
    }
    use crate::app::catalogue::TrackOrder;

    #[test]
    fn a_cursor_belongs_to_its_sort_and_order() {
        let first = page_spec(TrackOrder::Year, None, None, 50).map_err(|e| e.to_string());
        let Ok(first) = first else {
            panic!("the first page needs no cursor: {first:?}");
        };
        assert!(first.descending, "years list newest first unless asked");
        let keyset = Keyset {
            value: SortValue::Int(1999),
            id: "trk_1".into(),
        };
        let cursor = next(&first, Some(keyset.clone()));
        let again = page_spec(TrackOrder::Year, None, cursor.as_deref(), 50);
        assert_eq!(again.ok().and_then(|s| s.after), Some(keyset));
        for (order, direction) in [
            (TrackOrder::Title, None),
            (TrackOrder::Year, Some(SortOrder::Asc)),
        ] {
            assert!(page_spec(order, direction, cursor.as_deref(), 50).is_err());
        }
        assert!(page_spec(TrackOrder::Year, None, Some("not a cursor"), 50).is_err());
    }
}
