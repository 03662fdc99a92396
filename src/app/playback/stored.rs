//! The session's stored form: a `Session` to and from its row. The queue is kept as JSON in
//! one column, so reading it can fail; a queue that does not parse is reported as damaged,
//! never read as empty (which would quietly lose it at the next change).

use crate::db::playback::SessionRow;

use super::rules::{PlayState, QueueEntry, Repeat, Session};

/// The stored queue is not one this hub wrote.
#[derive(Debug, thiserror::Error)]
#[error("the stored playback queue cannot be read: {0}")]
pub struct DamagedQueue(pub String);

pub fn session_from_row(row: SessionRow) -> Result<Session, DamagedQueue> {
    let queue: Vec<QueueEntry> =
        serde_json::from_str(&row.queue_json).map_err(|e| DamagedQueue(e.to_string()))?;
    let current = row
        .queue_index
        .and_then(|i| usize::try_from(i).ok())
        .filter(|&i| i < queue.len())
        .or((!queue.is_empty()).then_some(0));
    Ok(Session {
        revision: row.revision,
        state: PlayState::parse(&row.state),
        queue,
        current,
        position_ms: row.position_ms,
        played_ms: row.played_ms,
        shuffle: row.shuffle,
        repeat: Repeat::parse(&row.repeat_mode),
        volume: row.volume,
        updated_at: row.updated_at,
        device_id: row.updated_by_device_id,
        back_from: row.back_history_id,
    })
}

pub fn session_to_row(session: &Session) -> Result<SessionRow, serde_json::Error> {
    Ok(SessionRow {
        state: session.state.as_str().to_owned(),
        position_ms: session.position_ms,
        played_ms: session.played_ms,
        queue_json: serde_json::to_string(&session.queue)?,
        queue_index: session.current.and_then(|i| i32::try_from(i).ok()),
        shuffle: session.shuffle,
        repeat_mode: session.repeat.as_str().to_owned(),
        volume: session.volume,
        revision: session.revision,
        updated_at: session.updated_at,
        updated_by_device_id: session.device_id.clone(),
        back_history_id: session.back_from.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(queue_json: &str) -> SessionRow {
        SessionRow {
            state: "paused".into(),
            position_ms: 1_000,
            played_ms: 500,
            queue_json: queue_json.into(),
            queue_index: Some(1),
            shuffle: false,
            repeat_mode: "all".into(),
            volume: 0.5,
            revision: 7,
            updated_at: 42,
            updated_by_device_id: Some("dev".into()),
            back_history_id: Some("plh_1".into()),
        }
    }

    #[test]
    fn a_session_survives_its_stored_form() {
        let stored = row(r#"[{"trackId":"a","naturalIndex":0},{"trackId":"b","naturalIndex":1}]"#);
        let session = session_from_row(stored).expect("a queue this hub wrote");
        assert_eq!(session.current, Some(1));
        let again =
            session_from_row(session_to_row(&session).expect("serializable")).expect("read back");
        assert_eq!(again, session);
    }

    #[test]
    fn a_queue_the_hub_did_not_write_is_damaged_not_empty() {
        for bad in [r#"[{"id":"a"}]"#, "[1, 2]", "not json"] {
            assert!(session_from_row(row(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_index_past_the_queue_falls_back_to_its_start() {
        let mut stored = row(r#"[{"trackId":"a","naturalIndex":0}]"#);
        stored.queue_index = Some(5);
        assert_eq!(session_from_row(stored).expect("readable").current, Some(0));
        assert_eq!(session_from_row(row("[]")).expect("readable").current, None);
    }
}
