//! The end of an Opus stream made first (`transcode::tail`): the same pages a front-to-back
//! encode writes, a stream whose last pages come from a second encode that decodes to the
//! source's length and follows the source across the splice.

use super::*;
use crate::app::media::transcode::ogg_opus::{audio_page, PACKETS_PER_PAGE};
use crate::app::media::transcode::tail::{opus_tail, TAIL_BYTES};

/// 60 s of the tones at 48 kHz, stereo, and its front-to-back transcode.
fn sixty_seconds(dir: &Path) -> (PathBuf, Vec<u8>, Layout) {
    let wav = tone_wav(dir, 2, 48_000, 48_000 * 60 + 123);
    let profile = Profile::opus(128);
    let layout = Transcoder::new(&wav, profile)
        .expect("opened")
        .opus_layout()
        .expect("an Opus layout");
    let (bytes, _) = transcode(&wav, profile);
    assert_eq!(bytes.len() as u64, layout.stream_len());
    (wav, bytes, layout)
}

#[test]
fn pages_made_apart_are_the_ogg_writers_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, bytes, layout) = sixty_seconds(dir.path());
    let mut reader = ogg::PacketReader::new(Cursor::new(&bytes));
    let mut packets = Vec::new();
    while let Some(packet) = reader.read_packet().expect("ogg") {
        packets.push(packet.data);
    }
    let audio = &packets[2..];
    assert_eq!(audio.len() as u64, layout.packets());
    let per_page = PACKETS_PER_PAGE as usize;
    for page in [0, 1, layout.pages() - 2, layout.pages() - 1] {
        let from = page as usize * per_page;
        let chunk = &audio[from..(from + per_page).min(audio.len())];
        let made = audio_page(&layout, page, chunk);
        let at = layout.page_offset(page) as usize;
        assert_eq!(made, bytes[at..at + made.len()], "page {page}");
    }
}

#[test]
fn a_stream_ending_in_a_tail_made_first_is_whole_and_plays_the_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (wav, whole, layout) = sixty_seconds(dir.path());
    let tail = opus_tail(&wav, Profile::opus(128), Duration::ZERO, &layout)
        .expect("the tail encodes")
        .expect("a long stream gets a tail");
    assert!(whole.len() as u64 - tail.offset >= TAIL_BYTES);
    let mut spliced = whole[..tail.offset as usize].to_vec();
    spliced.extend_from_slice(&tail.bytes);
    assert_eq!(spliced.len(), whole.len(), "the promised length");
    // Pages, CRCs, sequence, granules and the end of stream as a reader checks them.
    let read = read_opus(&spliced);
    assert_eq!(read.final_granule, layout.end());
    let played = played(&read);
    let frames = played.len() / 2;
    assert_eq!(frames as u64, 48_000 * 60 + 123, "gapless");
    // Around the splice, and across the whole tail, the audio follows the source.
    let splice_page = (tail.offset - layout.header_len) / layout.page_len(PACKETS_PER_PAGE);
    let splice = (splice_page * PACKETS_PER_PAGE * 960) as usize - read.pre_skip;
    let around = relative_error(played, 2, splice - 960..splice + 960);
    assert!(around < 0.15, "relative error at the splice {around:.3}");
    let rest = relative_error(played, 2, splice..frames - 48);
    assert!(rest < 0.15, "relative error over the tail {rest:.3}");
    // The same check fails on audio that is not the source's there.
    let mut broken = played.to_vec();
    broken[splice * 2..(splice + 960) * 2].fill(0.0);
    assert!(relative_error(&broken, 2, splice - 960..splice + 960) > 0.15);
}

#[test]
fn a_short_stream_is_made_front_to_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wav = tone_wav(dir.path(), 2, 48_000, 48_000 * 5);
    let layout = Transcoder::new(&wav, Profile::opus(128))
        .expect("opened")
        .opus_layout()
        .expect("a layout");
    let tail = opus_tail(&wav, Profile::opus(128), Duration::ZERO, &layout).expect("ok");
    assert!(tail.is_none(), "5 s of Opus is under twice the tail");
}
