//! The session's rules as sentences, with seeded randomness and fixed times.

use super::*;
use rand::rngs::StdRng;
use rand::SeedableRng;

fn durations(ids: &[&str]) -> HashMap<String, i64> {
    ids.iter().map(|id| ((*id).to_owned(), 200_000)).collect()
}

fn queue(ids: &[&str]) -> Option<Vec<String>> {
    Some(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn track_ids(session: &Session) -> Vec<&str> {
    session.queue.iter().map(|e| e.track_id.as_str()).collect()
}

fn apply(session: &Session, change: Change, now: i64) -> (Session, Option<Play>) {
    let all = durations(&["a", "b", "c", "d", "e", "f", "g", "h"]);
    let mut rng = StdRng::seed_from_u64(7);
    session
        .apply(change, now, None, &all, &mut rng)
        .expect("the change applies")
}

fn playing_b() -> Session {
    let (session, _) = apply(
        &Session::empty(0),
        Change {
            queue: queue(&["a", "b", "c"]),
            current_index: Some(1),
            state: Some(PlayState::Playing),
            ..Change::default()
        },
        1_000,
    );
    session
}

#[test]
fn a_new_queue_starts_at_the_index_given_and_plays() {
    let session = playing_b();
    assert_eq!(track_ids(&session), ["a", "b", "c"]);
    assert_eq!(session.current, Some(1));
    assert_eq!(session.state, PlayState::Playing);
    assert_eq!(session.position_ms, 0);
    assert_eq!(session.revision, 1);
}

#[test]
fn the_position_moves_on_while_playing_and_stops_at_the_end() {
    let session = playing_b();
    let all = durations(&["a", "b", "c"]);
    assert_eq!(session.position_at(31_000, &all), 30_000);
    assert_eq!(session.position_at(10_000_000, &all), 200_000);
    // Pausing without a position keeps the one reached.
    let (paused, play) = apply(
        &session,
        Change {
            state: Some(PlayState::Paused),
            ..Change::default()
        },
        31_000,
    );
    assert_eq!(paused.position_ms, 30_000);
    assert_eq!(paused.position_at(90_000, &all), 30_000);
    assert_eq!(play, None, "the same track is still current");
}

#[test]
fn moving_on_after_half_a_track_records_it_as_played() {
    let session = playing_b();
    let (next, play) = apply(
        &session,
        Change {
            current_index: Some(2),
            ..Change::default()
        },
        101_000,
    );
    assert_eq!(next.current, Some(2));
    assert_eq!((next.position_ms, next.played_ms), (0, 0));
    assert_eq!(
        play,
        Some(Play {
            track_id: "b".into(),
            played_ms: 100_000,
            started_at: 1_000,
            device_id: None,
        })
    );
}

#[test]
fn seeking_is_not_listening_and_short_plays_do_not_count() {
    let session = playing_b();
    // 99 s of a 200 s track: not half of it.
    let (early, play) = apply(
        &session,
        Change {
            current_index: Some(0),
            ..Change::default()
        },
        100_000,
    );
    assert_eq!(play, None);
    // Paused, seek far in, then skip: nothing was listened to.
    let (paused, _) = apply(
        &early,
        Change {
            state: Some(PlayState::Paused),
            position_ms: Some(190_000),
            ..Change::default()
        },
        100_000,
    );
    assert_eq!((paused.position_ms, paused.played_ms), (190_000, 0));
    let (_, play) = apply(
        &paused,
        Change {
            current_index: Some(1),
            ..Change::default()
        },
        900_000,
    );
    assert_eq!(play, None);
    // Time played adds up across pauses and seeks back.
    let (resumed, _) = apply(
        &playing_b(),
        Change {
            state: Some(PlayState::Paused),
            ..Change::default()
        },
        61_000,
    );
    let (playing_again, _) = apply(
        &resumed,
        Change {
            state: Some(PlayState::Playing),
            position_ms: Some(0),
            ..Change::default()
        },
        500_000,
    );
    let (_, play) = apply(
        &playing_again,
        Change {
            current_index: Some(2),
            ..Change::default()
        },
        540_000,
    );
    // 60 s before the pause, 40 s after it.
    assert_eq!(play.map(|p| p.played_ms), Some(100_000));
    assert!(
        counts_as_play(240_000, 3_600_000),
        "four minutes of an hour-long mix"
    );
    assert!(!counts_as_play(29_999, 0), "unknown length: 30 s");
}

#[test]
fn an_unknown_duration_does_not_pin_the_position_to_zero() {
    let mut all = durations(&["a"]);
    all.insert("a".into(), 0);
    let mut rng = StdRng::seed_from_u64(1);
    let (session, _) = Session::empty(0)
        .apply(
            Change {
                queue: queue(&["a"]),
                position_ms: Some(5_000),
                state: Some(PlayState::Playing),
                ..Change::default()
            },
            0,
            None,
            &all,
            &mut rng,
        )
        .expect("applies");
    assert_eq!(session.position_ms, 5_000);
    assert_eq!(session.position_at(10_000, &all), 15_000);
}

#[test]
fn sending_the_same_queue_again_keeps_the_track_and_another_place_changes_it() {
    let (session, _) = apply(
        &Session::empty(0),
        Change {
            queue: queue(&["b", "x", "b"]),
            current_index: Some(0),
            state: Some(PlayState::Playing),
            ..Change::default()
        },
        0,
    );
    let mut all = durations(&["b"]);
    all.insert("x".into(), 200_000);
    let mut rng = StdRng::seed_from_u64(1);
    let again = Change {
        queue: queue(&["b", "x", "b"]),
        current_index: Some(0),
        ..Change::default()
    };
    let (same, play) = session
        .apply(again, 150_000, None, &all, &mut rng)
        .expect("applies");
    assert_eq!((same.position_ms, play), (150_000, None));
    let other_b = Change {
        queue: queue(&["b", "x", "b"]),
        current_index: Some(2),
        ..Change::default()
    };
    let (moved, play) = same
        .apply(other_b, 160_000, None, &all, &mut rng)
        .expect("applies");
    assert_eq!((moved.current, moved.position_ms), (Some(2), 0));
    assert_eq!(play.map(|p| p.played_ms), Some(160_000));
}

#[test]
fn skipping_a_track_that_never_played_records_nothing() {
    let (paused, _) = apply(
        &Session::empty(0),
        Change {
            queue: queue(&["a", "b"]),
            ..Change::default()
        },
        0,
    );
    assert_eq!(paused.state, PlayState::Stopped);
    let (_, play) = apply(
        &paused,
        Change {
            current_index: Some(1),
            ..Change::default()
        },
        50_000,
    );
    assert_eq!(play, None);
}

#[test]
fn a_new_queue_keeps_the_current_track_and_its_position() {
    let session = playing_b();
    let (next, play) = apply(
        &session,
        Change {
            queue: queue(&["d", "e", "b", "f"]),
            ..Change::default()
        },
        11_000,
    );
    assert_eq!(next.current, Some(2));
    assert_eq!(next.position_ms, 10_000);
    assert_eq!(play, None);
}

#[test]
fn a_stale_base_revision_is_refused() {
    let session = playing_b();
    let mut rng = StdRng::seed_from_u64(1);
    let refused = session.apply(
        Change {
            base_revision: Some(0),
            volume: Some(0.5),
            ..Change::default()
        },
        2_000,
        None,
        &durations(&["a", "b", "c"]),
        &mut rng,
    );
    assert_eq!(refused, Err(Refusal::Conflict { revision: 1 }));
}

#[test]
fn an_index_past_the_end_and_playing_nothing_are_refused() {
    let session = playing_b();
    let all = durations(&["a", "b", "c"]);
    let mut rng = StdRng::seed_from_u64(1);
    let past_end = Change {
        current_index: Some(3),
        ..Change::default()
    };
    assert_eq!(
        session.apply(past_end, 0, None, &all, &mut rng),
        Err(Refusal::IndexOutOfRange { len: 3 })
    );
    let past_new_end = Change {
        queue: Some(vec!["a".into()]),
        current_index: Some(1),
        ..Change::default()
    };
    assert_eq!(
        session.apply(past_new_end, 0, None, &all, &mut rng),
        Err(Refusal::IndexPastNewQueue { len: 1 })
    );
    let play_nothing = Change {
        queue: Some(Vec::new()),
        state: Some(PlayState::Playing),
        ..Change::default()
    };
    assert_eq!(
        session.apply(play_nothing, 0, None, &all, &mut rng),
        Err(Refusal::NothingToPlay)
    );
    let play_empty = Change {
        state: Some(PlayState::Paused),
        ..Change::default()
    };
    assert_eq!(
        Session::empty(0).apply(play_empty, 0, None, &all, &mut rng),
        Err(Refusal::QueueEmpty)
    );
    let (emptied, _) = apply(
        &session,
        Change {
            queue: Some(Vec::new()),
            ..Change::default()
        },
        5_000,
    );
    assert_eq!(
        (emptied.state, emptied.current, emptied.position_ms),
        (PlayState::Stopped, None, 0)
    );
}

#[test]
fn shuffle_keeps_what_played_and_unshuffling_restores_the_order() {
    let (session, _) = apply(
        &Session::empty(0),
        Change {
            queue: queue(&["a", "b", "c", "d", "e", "f", "g", "b"]),
            current_index: Some(1),
            ..Change::default()
        },
        0,
    );
    let (shuffled, _) = apply(
        &session,
        Change {
            shuffle: Some(true),
            ..Change::default()
        },
        0,
    );
    assert_eq!(shuffled.current, Some(1));
    assert_eq!(&track_ids(&shuffled)[..2], ["a", "b"]);
    let mut rest: Vec<&str> = track_ids(&shuffled)[2..].to_vec();
    assert_ne!(
        rest,
        ["c", "d", "e", "f", "g", "b"],
        "seed 7 moves something"
    );
    rest.sort_unstable();
    assert_eq!(rest, ["b", "c", "d", "e", "f", "g"]);

    // Move to the second "b" (natural index 7), then unshuffle: it stays current.
    let second_b = shuffled
        .queue
        .iter()
        .position(|e| e.natural_index == 7)
        .expect("queued");
    let (on_second_b, _) = apply(
        &shuffled,
        Change {
            current_index: Some(second_b),
            ..Change::default()
        },
        0,
    );
    let (unshuffled, _) = apply(
        &on_second_b,
        Change {
            shuffle: Some(false),
            ..Change::default()
        },
        0,
    );
    assert_eq!(
        track_ids(&unshuffled),
        ["a", "b", "c", "d", "e", "f", "g", "b"]
    );
    assert_eq!(unshuffled.current, Some(7));
}

#[test]
fn a_new_queue_with_shuffle_on_leads_with_the_current_track() {
    let (session, _) = apply(
        &Session::empty(0),
        Change {
            queue: queue(&["a", "b", "c", "d", "e"]),
            current_index: Some(3),
            shuffle: Some(true),
            ..Change::default()
        },
        0,
    );
    assert_eq!(session.current, Some(0));
    assert_eq!(track_ids(&session)[0], "d");
    assert_eq!(session.queue[0].natural_index, 3);
}

#[test]
fn tracks_that_left_the_library_drop_out_of_the_queue() {
    let session = playing_b();
    let without_b = durations(&["a", "c"]);
    let session = session.without_missing(&without_b, 50_000);
    assert_eq!(track_ids(&session), ["a", "c"]);
    assert_eq!(session.current, Some(1), "the next track becomes current");
    assert_eq!(session.position_ms, 0);
    assert_eq!(
        session.position_at(50_000, &without_b),
        0,
        "from its start, now"
    );
    assert_eq!(
        session
            .queue
            .iter()
            .map(|e| e.natural_index)
            .collect::<Vec<_>>(),
        [0, 1]
    );
    let gone = session.without_missing(&HashMap::new(), 60_000);
    assert_eq!((gone.current, gone.state), (None, PlayState::Stopped));
}

fn target(history_id: &str, track_id: &str) -> BackTarget {
    BackTarget {
        history_id: history_id.into(),
        track_id: track_id.into(),
    }
}

fn back(session: &Session, to: &BackTarget, now: i64) -> (Session, Option<Play>) {
    let all = durations(&["a", "b", "c", "d", "e", "f", "g", "h"]);
    session.back(to, now, Some("phone".into()), &all)
}

#[test]
fn back_to_a_track_not_queued_puts_it_just_before_the_current_one() {
    let session = playing_b();
    let (next, play) = back(&session, &target("plh_1", "x"), 11_000);
    assert_eq!(track_ids(&next), ["a", "x", "b", "c"]);
    assert_eq!(next.current, Some(1));
    let naturals: Vec<usize> = next.queue.iter().map(|e| e.natural_index).collect();
    assert_eq!(naturals, [0, 1, 2, 3], "before it in the natural order too");
    assert_eq!((next.position_ms, next.played_ms), (0, 0));
    assert_eq!(next.state, PlayState::Playing, "the state is kept");
    assert_eq!(next.revision, session.revision + 1);
    assert_eq!(next.device_id.as_deref(), Some("phone"));
    assert_eq!(next.back_from.as_deref(), Some("plh_1"));
    assert_eq!(play, None, "10 s of b is not a play");
}

#[test]
fn back_to_a_queued_track_takes_its_nearest_place_at_or_before_the_current_one() {
    let (session, _) = apply(
        &Session::empty(0),
        Change {
            queue: queue(&["a", "c", "b", "a", "c"]),
            current_index: Some(3),
            state: Some(PlayState::Paused),
            ..Change::default()
        },
        1_000,
    );
    let (to_c, _) = back(&session, &target("plh_1", "c"), 2_000);
    assert_eq!(
        to_c.current,
        Some(1),
        "the c before the current a, not the one after"
    );
    assert_eq!(track_ids(&to_c), track_ids(&session), "nothing inserted");
    let (to_a, _) = back(&session, &target("plh_1", "a"), 2_000);
    assert_eq!(to_a.current, Some(3), "the current track itself restarts");
    let (session_at_0, _) = apply(
        &session,
        Change {
            current_index: Some(0),
            ..Change::default()
        },
        3_000,
    );
    let (after, _) = back(&session_at_0, &target("plh_1", "b"), 4_000);
    assert_eq!(after.current, Some(2), "else the nearest after it");
    assert_eq!(after.state, PlayState::Paused);
}

#[test]
fn back_with_an_empty_queue_queues_the_track_stopped() {
    let (next, play) = back(&Session::empty(0), &target("plh_1", "a"), 5_000);
    assert_eq!(track_ids(&next), ["a"]);
    assert_eq!(next.current, Some(0));
    assert_eq!(next.state, PlayState::Stopped);
    assert_eq!(play, None);
}

#[test]
fn the_track_left_by_a_back_step_counts_as_played_and_only_a_new_track_ends_the_steps() {
    let session = playing_b();
    let (stepped, play) = back(&session, &target("plh_1", "a"), 151_000);
    assert_eq!(
        play,
        Some(Play {
            track_id: "b".into(),
            played_ms: 150_000,
            started_at: 1_000,
            device_id: None,
        })
    );
    assert_eq!(stepped.current, Some(0));
    // Pausing or seeking keeps the step, so the next one goes further back.
    let (paused, _) = apply(
        &stepped,
        Change {
            state: Some(PlayState::Paused),
            position_ms: Some(5_000),
            ..Change::default()
        },
        152_000,
    );
    assert_eq!(paused.back_from.as_deref(), Some("plh_1"));
    // Another track made current ends it.
    let (moved_on, _) = apply(
        &paused,
        Change {
            current_index: Some(2),
            ..Change::default()
        },
        153_000,
    );
    assert_eq!(moved_on.back_from, None);
    // So does the current track leaving the library.
    let gone = stepped.without_missing(&durations(&["b", "c"]), 160_000);
    assert_eq!(gone.back_from, None);
}
