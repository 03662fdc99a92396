//! Opus in Ogg (RFC 7845): libopus's packets, 20 ms each, in Ogg pages with the two header
//! packets first. What makes it gapless: the header's pre-skip is the encoder's lookahead
//! (the decoder drops that many samples at the start), and the last page's granule
//! position ends the stream at exactly the source's length, however much of the last
//! packet is padding.
//!
//! Why hard CBR, and pages of a fixed packet count: a browser (`<audio>`) seeks only in a
//! resource whose total size the first response gives, so a transcode still being made
//! must be answered with its exact final length from its first byte. With every packet
//! the same size (libopus pads each to its constant budget) and every page
//! `PACKETS_PER_PAGE` packets, the stream's length follows from its packet count, which
//! follows from the source's declared length (`predicted_len`). The cost is a few percent
//! of quality at a given bit rate against VBR, far below what the profiles' rates leave
//! audible.

use ogg::writing::{PacketWriteEndInfo, PacketWriter};
use opus::{Application, Bitrate, Channels, Encoder};

use super::TranscodeError;

/// Opus always runs at 48 kHz here; the header keeps the source's rate for information.
pub const RATE: u32 = 48_000;
/// 20 ms: the frame size libopus is tuned for, and what other encoders use for music.
const FRAME: usize = 960;
/// libopus's largest packet is 1275 bytes per frame; room for one 20 ms frame and more.
const MAX_PACKET: usize = 4000;
/// Packets on each audio page: 200 ms, so that a reader of a growing stream waits for
/// little more than that, and the page headers cost under 1 % at 64 kbit/s.
pub const PACKETS_PER_PAGE: u64 = 10;
/// An Ogg page's header before its segment table.
const PAGE_HEADER: u64 = 27;

/// The Ogg stream's serial number: any value is valid for a file with one stream; a fixed
/// one keeps a transcode of the same file and profile byte for byte the same.
const SERIAL: u32 = 0x6d75_6862; // "muhb"

pub struct OggOpus {
    encoder: Encoder,
    channels: usize,
    pre_skip: u16,
    pages: PacketWriter<'static, Vec<u8>>,
    /// Interleaved samples waiting for a whole frame.
    frame: Vec<f32>,
    packet: Vec<u8>,
    /// Samples (per channel, at 48 kHz) encoded so far, the pre-skip included.
    encoded: u64,
    /// A packet already encoded, held back so that the last one can be marked as such.
    held: Option<Vec<u8>>,
    /// Packets written into pages so far.
    packets: u64,
    /// What every packet weighs: libopus's constant budget at the bit rate.
    packet_bytes: usize,
    /// The two header pages' bytes.
    header_len: u64,
}

impl OggOpus {
    /// An encoder for `channels` (1 or 2) at `bitrate_kbps`, its two header packets already
    /// in the output. `source_rate` goes into the header as the input rate; `gain_db` is
    /// the header's output gain, applied by every decoder.
    pub fn new(
        channels: usize,
        bitrate_kbps: u32,
        source_rate: u32,
        gain_db: f32,
    ) -> Result<Self, TranscodeError> {
        let layout = if channels == 1 {
            Channels::Mono
        } else {
            Channels::Stereo
        };
        let mut encoder = Encoder::new(RATE, layout, Application::Audio).map_err(opus_error)?;
        let bits = i32::try_from(bitrate_kbps.saturating_mul(1000)).unwrap_or(i32::MAX);
        encoder
            .set_bitrate(Bitrate::Bits(bits))
            .map_err(opus_error)?;
        encoder.set_vbr(false).map_err(opus_error)?;
        // The rate libopus settled on (it clamps what it was asked), then its per-frame
        // budget as `opus_encode_native` computes it for CBR: bitrate × 20 ms in bits,
        // rounded to bytes.
        let bits = match encoder.get_bitrate().map_err(opus_error)? {
            Bitrate::Bits(bits) => bits,
            other => {
                return Err(TranscodeError::Encoder(format!(
                    "libopus reports a bit rate of {other:?}"
                )))
            }
        };
        let packet_bytes = usize::try_from((bits / 50 + 4) / 8)
            .ok()
            .filter(|&bytes| (3..=1275).contains(&bytes))
            .ok_or_else(|| TranscodeError::Encoder(format!("no CBR packet at {bits} bit/s")))?;
        let lookahead = encoder.get_lookahead().map_err(opus_error)?;
        let pre_skip = u16::try_from(lookahead)
            .map_err(|_| TranscodeError::Encoder(format!("lookahead of {lookahead} samples")))?;
        let mut pages = PacketWriter::new(Vec::new());
        let head = opus_head(channels as u8, pre_skip, source_rate, gain_db);
        // Each header packet on a page of its own (RFC 7845, section 3), granule 0.
        pages
            .write_packet(head, SERIAL, PacketWriteEndInfo::EndPage, 0)
            .map_err(TranscodeError::Io)?;
        pages
            .write_packet(opus_tags(), SERIAL, PacketWriteEndInfo::EndPage, 0)
            .map_err(TranscodeError::Io)?;
        let header_len = pages.inner_mut().len() as u64;
        Ok(OggOpus {
            encoder,
            channels,
            pre_skip,
            pages,
            frame: Vec::with_capacity(FRAME * channels),
            packet: vec![0; MAX_PACKET],
            encoded: 0,
            held: None,
            packets: 0,
            packet_bytes,
            header_len,
        })
    }

    pub fn pre_skip(&self) -> u16 {
        self.pre_skip
    }

    /// Where every page of a stream of `total` samples lies, for `tail`.
    pub fn layout(&self, total: u64) -> Layout {
        Layout {
            pre_skip: self.pre_skip,
            packet_bytes: self.packet_bytes as u64,
            header_len: self.header_len,
            total,
        }
    }

    /// The stream's exact length in bytes once `finish(total)` has ended it: the header
    /// pages, then the packets that cover the pre-skip and `total` samples, in pages of
    /// `PACKETS_PER_PAGE`, each page a header, a lacing value per 255 bytes of each packet
    /// (plus one that ends it) and the packets.
    pub fn predicted_len(&self, total: u64) -> u64 {
        self.layout(total).stream_len()
    }

    /// Encodes the frames in `planes` (48 kHz), leaving a partial frame's worth waiting.
    pub fn encode(&mut self, planes: &mut [Vec<f32>]) -> Result<(), TranscodeError> {
        let frames = planes.first().map_or(0, Vec::len);
        for i in 0..frames {
            for plane in planes.iter().take(self.channels) {
                self.frame.push(plane[i]);
            }
            if self.frame.len() == FRAME * self.channels {
                self.encode_frame()?;
            }
        }
        for plane in planes.iter_mut() {
            plane.clear();
        }
        Ok(())
    }

    /// Ends the stream after `total` source samples (at 48 kHz): pads with silence until
    /// the encoder has let out the last of them (its lookahead delays them), and sets the
    /// last granule position to `pre_skip + total`, which is where players stop.
    pub fn finish(&mut self, total: u64) -> Result<(), TranscodeError> {
        let end = u64::from(self.pre_skip) + total;
        let fed = self.encoded + (self.frame.len() / self.channels) as u64;
        let mut missing = end.saturating_sub(fed);
        // The last page must carry a packet (the pre-skip makes sure there is one).
        while missing > 0 || !self.frame.is_empty() || self.held.is_none() {
            self.frame.push(0.0);
            if self.frame.len().is_multiple_of(self.channels) {
                missing = missing.saturating_sub(1);
            }
            if self.frame.len() == FRAME * self.channels {
                self.encode_frame()?;
            }
        }
        let last = self.held.take().ok_or_else(|| {
            TranscodeError::Encoder("the stream ended without a packet to end it".into())
        })?;
        self.pages
            .write_packet(last, SERIAL, PacketWriteEndInfo::EndStream, end)
            .map_err(TranscodeError::Io)?;
        Ok(())
    }

    /// The pages completed since the last call.
    pub fn take_pages(&mut self) -> &mut Vec<u8> {
        self.pages.inner_mut()
    }

    fn encode_frame(&mut self) -> Result<(), TranscodeError> {
        let len = self
            .encoder
            .encode_float(&self.frame, &mut self.packet)
            .map_err(opus_error)?;
        // The length promised rests on this; a libopus that ever did otherwise must fail
        // the transcode rather than serve a stream of another length than announced.
        if len != self.packet_bytes {
            return Err(TranscodeError::Encoder(format!(
                "libopus made a packet of {len} bytes in CBR, not {}",
                self.packet_bytes
            )));
        }
        self.frame.clear();
        if let Some(held) = self.held.take() {
            self.packets += 1;
            // Pages end by packet count, never by where a step happened to end, so that
            // the length follows from the count alone.
            let end = if self.packets.is_multiple_of(PACKETS_PER_PAGE) {
                PacketWriteEndInfo::EndPage
            } else {
                PacketWriteEndInfo::NormalPacket
            };
            self.pages
                .write_packet(held, SERIAL, end, self.encoded)
                .map_err(TranscodeError::Io)?;
        }
        self.encoded += FRAME as u64;
        self.held = Some(self.packet[..len].to_vec());
        Ok(())
    }
}

/// The shape of a finished stream, known before its first packet: what `tail` needs to
/// write its last pages first, at their final places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub pre_skip: u16,
    pub packet_bytes: u64,
    pub header_len: u64,
    /// Samples (48 kHz) the stream plays, the pre-skip not included.
    pub total: u64,
}

impl Layout {
    /// The granule position the stream ends at.
    pub fn end(&self) -> u64 {
        u64::from(self.pre_skip) + self.total
    }

    /// Packets in the stream (as `OggOpus::finish` makes them).
    pub fn packets(&self) -> u64 {
        self.end().div_ceil(FRAME as u64).max(1)
    }

    /// Bytes of a page of `count` packets.
    pub fn page_len(&self, count: u64) -> u64 {
        PAGE_HEADER + count * (self.packet_bytes / 255 + 1) + count * self.packet_bytes
    }

    /// Where audio page `page` (0 = the first after the headers) starts.
    pub fn page_offset(&self, page: u64) -> u64 {
        self.header_len + page * self.page_len(PACKETS_PER_PAGE)
    }

    /// Audio pages in the stream.
    pub fn pages(&self) -> u64 {
        self.packets().div_ceil(PACKETS_PER_PAGE)
    }

    /// The stream's length.
    pub fn stream_len(&self) -> u64 {
        let (full, rest) = (
            self.packets() / PACKETS_PER_PAGE,
            self.packets() % PACKETS_PER_PAGE,
        );
        let last = if rest > 0 { self.page_len(rest) } else { 0 };
        self.header_len + full * self.page_len(PACKETS_PER_PAGE) + last
    }
}

/// Audio page `page` of a stream, as the `ogg` crate's writer makes it (the tests compare
/// the two byte for byte): its sequence number after the two header pages, the granule of
/// its last packet (the stream's end on the last page, flagged as such), and a CRC.
pub fn audio_page(layout: &Layout, page: u64, packets: &[Vec<u8>]) -> Vec<u8> {
    let first_packet = page * PACKETS_PER_PAGE;
    let last = page + 1 == layout.pages();
    let granule = if last {
        layout.end()
    } else {
        (first_packet + packets.len() as u64) * FRAME as u64
    };
    let mut lacing = Vec::new();
    for packet in packets {
        lacing.extend(std::iter::repeat_n(255u8, packet.len() / 255));
        lacing.push((packet.len() % 255) as u8);
    }
    let mut bytes = Vec::with_capacity(27 + lacing.len() + packets.len() * 1300);
    bytes.extend_from_slice(b"OggS\0");
    bytes.push(if last { 0x04 } else { 0 });
    bytes.extend_from_slice(&granule.to_le_bytes());
    bytes.extend_from_slice(&SERIAL.to_le_bytes());
    bytes.extend_from_slice(&((page + 2) as u32).to_le_bytes());
    bytes.extend_from_slice(&[0; 4]);
    bytes.push(lacing.len() as u8);
    bytes.extend_from_slice(&lacing);
    for packet in packets {
        bytes.extend_from_slice(packet);
    }
    let crc = ogg_crc(&bytes);
    bytes[22..26].copy_from_slice(&crc.to_le_bytes());
    bytes
}

/// Ogg's CRC-32: polynomial 0x04c11db7, not reflected, starting at 0.
fn ogg_crc(bytes: &[u8]) -> u32 {
    let mut crc = 0u32;
    for &byte in bytes {
        crc ^= u32::from(byte) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04c1_1db7
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn opus_error(err: opus::Error) -> TranscodeError {
    TranscodeError::Encoder(format!("libopus: {err}"))
}

/// The identification header (RFC 7845, section 5.1), channel mapping family 0.
fn opus_head(channels: u8, pre_skip: u16, source_rate: u32, gain_db: f32) -> Vec<u8> {
    let mut head = Vec::with_capacity(19);
    head.extend_from_slice(b"OpusHead");
    head.push(1); // version
    head.push(channels);
    head.extend_from_slice(&pre_skip.to_le_bytes());
    head.extend_from_slice(&source_rate.to_le_bytes());
    head.extend_from_slice(&gain_q78(gain_db).to_le_bytes());
    head.push(0); // mapping family: mono or stereo, no table
    head
}

/// A gain in dB as the header's Q7.8 fixed point, saturated to its range (±128 dB).
pub fn gain_q78(gain_db: f32) -> i16 {
    let scaled = (f64::from(gain_db) * 256.0).round();
    if scaled.is_nan() {
        0
    } else {
        scaled.clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16
    }
}

/// The comment header (RFC 7845, section 5.2): the encoder as vendor, no comments (the
/// tags stay the library's; players take them from the hub, not from the stream).
fn opus_tags() -> Vec<u8> {
    let vendor = format!("{} (music-hub)", opus::version());
    let mut tags = Vec::with_capacity(16 + vendor.len());
    tags.extend_from_slice(b"OpusTags");
    tags.extend_from_slice(&(vendor.len() as u32).to_le_bytes());
    tags.extend_from_slice(vendor.as_bytes());
    tags.extend_from_slice(&0u32.to_le_bytes());
    tags
}
