//! The end of an Opus transcode, made before the rest of it.
//!
//! Why: a player opening an Ogg file reads its last pages before it plays a note, for the
//! duration (their last granule position). Chromium does (FFmpeg's Ogg demuxer asks for the
//! last 64 KiB; measured: `Range: bytes=<size − 72 KiB>-` before `loadedmetadata`), and so
//! does ExoPlayer's Ogg seeker. Made front to back, those bytes come last, so a listener
//! would wait for the whole encode before hearing anything.
//!
//! How: the stream's layout is known before its first packet (constant-size packets, pages
//! of a fixed packet count: `ogg_opus`), so its last pages can be made by a second encode of
//! the source's end and written at their final place. That encode starts a few packets
//! early (`PREROLL_PACKETS`, dropped) so that its encoder has settled by the first packet
//! kept; the main encode then stops exactly where the tail begins. Page sequence numbers,
//! granule positions, the end of stream and the CRCs are those of a stream written front
//! to back (`ogg_opus::audio_page`); only the audio of the tail's packets comes from
//! another libopus state, which the pre-roll makes inaudible at the splice (the tests
//! compare it with the source there).

use std::io::Cursor;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use super::ogg_opus::{self, Layout, PACKETS_PER_PAGE};
use super::{Profile, TranscodeError, Transcoder};

/// At least this much of the end comes first: Chromium's 72 KiB and other players' reads
/// of the end, with room to spare.
pub const TAIL_BYTES: u64 = 192 * 1024;

/// Packets the tail's encoder makes and drops before its first kept one: 200 ms.
const PREROLL_PACKETS: u64 = 10;

/// One packet: 20 ms.
const PACKET: Duration = Duration::from_millis(20);

/// The last pages of a stream, and where they go.
#[derive(Debug)]
pub struct Tail {
    pub offset: u64,
    pub bytes: Vec<u8>,
}

/// The last pages of the Opus transcode of `path` from `start` with `profile`, laid out as
/// `layout` says; `None` when the stream is too short for its end to be worth making first,
/// or the second encode does not line up with the first (then the stream is made front to
/// back, as any other).
pub fn opus_tail(
    path: &Path,
    profile: Profile,
    start: Duration,
    layout: &Layout,
) -> Result<Option<Tail>, TranscodeError> {
    let tail_pages = TAIL_BYTES.div_ceil(layout.page_len(PACKETS_PER_PAGE)) + 1;
    let pages = layout.pages();
    if pages < 2 * tail_pages + 1 {
        return Ok(None);
    }
    let first_page = pages - tail_pages;
    let first_packet = first_page * PACKETS_PER_PAGE;
    let from_packet = first_packet - PREROLL_PACKETS;
    let from = start + PACKET * u32::try_from(from_packet).unwrap_or(u32::MAX);
    let mut encoder = Transcoder::new_at(path, profile, from)?;
    if encoder.opus_pre_skip() != Some(layout.pre_skip) {
        return Ok(None);
    }
    let mut out = Cursor::new(Vec::new());
    encoder.run(&mut out, &AtomicBool::new(false))?;
    let mut reader = ogg::reading::PacketReader::new(Cursor::new(out.into_inner()));
    let mut packets = Vec::new();
    while let Some(packet) = reader
        .read_packet()
        .map_err(|err| TranscodeError::Encoder(format!("the tail's own stream: {err}")))?
    {
        packets.push(packet.data);
    }
    // The two header packets, then the pre-roll.
    let skip = 2 + usize::try_from(PREROLL_PACKETS).unwrap_or(usize::MAX);
    let kept = packets.get(skip..).unwrap_or_default();
    let wanted = layout.packets() - first_packet;
    let sizes_match = kept.iter().all(|p| p.len() as u64 == layout.packet_bytes);
    if kept.len() as u64 != wanted || !sizes_match {
        tracing::debug!(
            kept = kept.len(),
            wanted,
            "the tail's encode does not line up; the stream is made front to back"
        );
        return Ok(None);
    }
    let offset = layout.page_offset(first_page);
    let mut bytes = Vec::with_capacity(usize::try_from(layout.stream_len() - offset).unwrap_or(0));
    let per_page = usize::try_from(PACKETS_PER_PAGE).unwrap_or(10);
    for (n, page) in kept.chunks(per_page).enumerate() {
        bytes.extend(ogg_opus::audio_page(layout, first_page + n as u64, page));
    }
    if offset + bytes.len() as u64 != layout.stream_len() {
        return Err(TranscodeError::Encoder(format!(
            "the tail ends at {} instead of {}",
            offset + bytes.len() as u64,
            layout.stream_len()
        )));
    }
    Ok(Some(Tail { offset, bytes }))
}
