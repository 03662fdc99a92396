//! Opaque list cursors: where the previous page ended, for the sort and order it was made
//! with. A cursor used with another sort or order, or one the hub never gave out, is a 400:
//! quietly starting over would make a client loop or skip.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::api::error::HandlerError;
use crate::db::catalog::{Keyset, SortValue};

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
        code: "invalid_parameter",
        message: "The parameter `cursor` is not a cursor this hub gave out for this sort and \
                  order; start again without it."
            .into(),
        parameter: Some("cursor".into()),
    }
}

pub fn encode(sort: &str, descending: bool, value: SortValue, id: &str) -> String {
    let data = CursorData {
        s: sort.to_owned(),
        d: descending,
        v: value,
        id: id.to_owned(),
    };
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(&data).unwrap_or_default())
}

/// The keyset a cursor stands for; `None` for the first page (no cursor, or an empty one).
pub fn decode(
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

/// Keeps `limit` of `limit + 1` fetched rows; the extra one only says another page follows,
/// whose cursor is made from the last row kept.
pub fn split_page<T>(
    mut rows: Vec<T>,
    limit: usize,
    cursor_of: impl Fn(&T) -> String,
) -> (Vec<T>, Option<String>) {
    let more = rows.len() > limit;
    rows.truncate(limit);
    let next = if more {
        rows.last().map(cursor_of)
    } else {
        None
    };
    (rows, next)
}
