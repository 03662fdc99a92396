//! What a stream request gets: the file as it is, or a transcode of it, decided from what
//! the request asks (`profile`, `format`, `maxBitrateKbps`, `timeOffsetMs`, `replayGain`),
//! the default profile its media token carries, and what the file already is.
//!
//! The rules, in order:
//! - `format=original` is the file as it is, whatever the token's default says; asking for
//!   anything that needs a transcode beside it is a contradiction, refused.
//! - A profile (the request's, else the token's when the request names no codec or bit
//!   rate) gives a codec and a bit rate; `format` and `maxBitrateKbps` override its parts.
//!   `maxBitrateKbps` alone is a cap: the file as it is when within it, else Opus at it.
//! - A file already in the wanted codec (any codec, for a bare cap) at no more than the
//!   bit rate is sent as it is: a transcode would only lose quality and time. A start
//!   offset or a ReplayGain ask always needs a transcode.

use serde::{Deserialize, Serialize};

use super::transcode::{Codec, Profile};

/// The contract's named transcodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ProfileName {
    Mobile,
    Cellular,
    Web,
    Legacy,
}

impl ProfileName {
    pub const ALL: [ProfileName; 4] = [
        ProfileName::Mobile,
        ProfileName::Cellular,
        ProfileName::Web,
        ProfileName::Legacy,
    ];

    pub fn codec(self) -> Codec {
        match self {
            ProfileName::Legacy => Codec::Mp3,
            _ => Codec::Opus,
        }
    }

    pub fn bitrate_kbps(self) -> u32 {
        match self {
            ProfileName::Mobile => 96,
            ProfileName::Cellular => 64,
            ProfileName::Web => 128,
            ProfileName::Legacy => 192,
        }
    }
}

/// `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Original,
    Opus,
    Mp3,
}

/// `replayGain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GainMode {
    #[default]
    Off,
    Track,
    Album,
}

/// What the request asked for, as parsed by the contract.
#[derive(Debug, Clone, Copy, Default)]
pub struct StreamAsk {
    pub profile: Option<ProfileName>,
    pub format: Option<Format>,
    pub max_bitrate_kbps: Option<u32>,
    pub time_offset_ms: Option<u64>,
    pub replay_gain: GainMode,
}

/// What the file is, as the catalogue has it.
#[derive(Debug, Clone, Copy)]
pub struct SourceFacts {
    /// `None` for anything but Opus and MP3, which are the only codecs a transcode makes.
    pub codec: Option<Codec>,
    pub bitrate_kbps: Option<u32>,
    pub duration_ms: u64,
    pub track_gain: Option<Gain>,
    pub album_gain: Option<Gain>,
}

/// A ReplayGain value with its peak (linear, 1.0 = full scale), as tagged.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gain {
    pub db: f64,
    pub peak: Option<f64>,
}

impl Gain {
    /// The gain with peak protection: never so much that the loudest sample passes full
    /// scale.
    pub fn protected_db(self) -> f64 {
        match self.peak {
            Some(peak) if peak > 0.0 && peak.is_finite() => self.db.min(-20.0 * peak.log10()),
            _ => self.db,
        }
    }
}

/// The decision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Plan {
    AsIs,
    Transcode { profile: Profile, start_ms: u64 },
}

/// Why a request's parameters cannot be honoured; each names the parameter to blame.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AskError {
    #[error(
        "format=original sends the file as it is; {parameter} needs a transcode (ask for \
         format=opus or mp3, or a profile)"
    )]
    OriginalWithTranscode { parameter: &'static str },
    #[error("timeOffsetMs {offset_ms} is at or past the end of the track ({duration_ms} ms long)")]
    OffsetPastEnd { offset_ms: u64, duration_ms: u64 },
}

impl AskError {
    pub fn parameter(&self) -> &'static str {
        match self {
            AskError::OriginalWithTranscode { parameter } => parameter,
            AskError::OffsetPastEnd { .. } => "timeOffsetMs",
        }
    }
}

/// The bit rate when a codec is asked for with none.
fn default_kbps(codec: Codec) -> u32 {
    match codec {
        Codec::Opus => ProfileName::Web.bitrate_kbps(),
        Codec::Mp3 => ProfileName::Legacy.bitrate_kbps(),
    }
}

/// MP3's constant bit rates (MPEG-1 layer III).
const MP3_KBPS: [u32; 13] = [32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

/// The highest MP3 rate at or under `kbps` (32 at least).
fn mp3_rate_under(kbps: u32) -> u32 {
    MP3_KBPS
        .iter()
        .copied()
        .filter(|&rate| rate <= kbps)
        .max()
        .unwrap_or(MP3_KBPS[0])
}

pub fn plan(
    ask: &StreamAsk,
    token_default: Option<ProfileName>,
    source: &SourceFacts,
) -> Result<Plan, AskError> {
    let offset = ask.time_offset_ms.filter(|&ms| ms > 0);
    let gain_asked = ask.replay_gain != GainMode::Off;
    if ask.format == Some(Format::Original) {
        let clash = if ask.profile.is_some() {
            Some("profile")
        } else if ask.max_bitrate_kbps.is_some() {
            Some("maxBitrateKbps")
        } else if offset.is_some() {
            Some("timeOffsetMs")
        } else if gain_asked {
            Some("replayGain")
        } else {
            None
        };
        return match clash {
            Some(parameter) => Err(AskError::OriginalWithTranscode { parameter }),
            None => Ok(Plan::AsIs),
        };
    }
    let names_codec_or_rate = ask.format.is_some() || ask.max_bitrate_kbps.is_some();
    let profile = ask
        .profile
        .or(token_default.filter(|_| !names_codec_or_rate));
    let wanted_codec = match ask.format {
        Some(Format::Opus) => Some(Codec::Opus),
        Some(Format::Mp3) => Some(Codec::Mp3),
        _ => profile.map(ProfileName::codec),
    };
    let must_transcode = offset.is_some() || gain_asked;
    if wanted_codec.is_none() && ask.max_bitrate_kbps.is_none() && !must_transcode {
        return Ok(Plan::AsIs);
    }
    // A bare cap (no codec asked, no profile) keeps any codec within it.
    let any_codec = wanted_codec.is_none();
    let codec = wanted_codec.unwrap_or(Codec::Opus);
    let cap = ask
        .max_bitrate_kbps
        .or(profile.map(ProfileName::bitrate_kbps))
        .unwrap_or_else(|| default_kbps(codec));
    // A file within the cap itself is sent as it is; only the encoder needs MP3's rates.
    let within = source.bitrate_kbps.is_some_and(|rate| rate <= cap)
        && (any_codec || source.codec == Some(codec));
    let kbps = match codec {
        Codec::Mp3 => mp3_rate_under(cap),
        Codec::Opus => cap,
    };
    if within && !must_transcode {
        return Ok(Plan::AsIs);
    }
    let start_ms = offset.unwrap_or(0);
    // A duration of 0 is one the tags could not tell: the encoder judges the offset then.
    if start_ms > 0 && source.duration_ms > 0 && start_ms >= source.duration_ms {
        return Err(AskError::OffsetPastEnd {
            offset_ms: start_ms,
            duration_ms: source.duration_ms,
        });
    }
    let gain = match ask.replay_gain {
        GainMode::Off => None,
        GainMode::Track => source.track_gain,
        // Without an album peak, the track's own peak is what clipping depends on.
        GainMode::Album => source
            .album_gain
            .map(|album| Gain {
                peak: album
                    .peak
                    .or(source.track_gain.and_then(|track| track.peak)),
                ..album
            })
            .or(source.track_gain),
    };
    let mut profile = match codec {
        Codec::Opus => Profile::opus(kbps),
        Codec::Mp3 => Profile::mp3(kbps),
    };
    profile.output_gain_db = gain.map_or(0.0, |g| g.protected_db() as f32);
    Ok(Plan::Transcode { profile, start_ms })
}

/// What `X-Transcode` says of a transcode.
pub fn describe(profile: &Profile) -> String {
    let codec = profile.codec.name();
    let mut text = format!("{codec}; bitrate={}", profile.bitrate_kbps);
    if profile.output_gain_db != 0.0 {
        text.push_str(&format!("; gain={:.2}", profile.output_gain_db));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flac() -> SourceFacts {
        SourceFacts {
            codec: None,
            bitrate_kbps: Some(900),
            duration_ms: 200_000,
            track_gain: Some(Gain {
                db: -7.5,
                peak: Some(0.9),
            }),
            album_gain: None,
        }
    }

    fn opus(kbps: u32) -> SourceFacts {
        SourceFacts {
            codec: Some(Codec::Opus),
            bitrate_kbps: Some(kbps),
            ..flac()
        }
    }

    fn transcode(codec: Codec, kbps: u32) -> Plan {
        Plan::Transcode {
            profile: match codec {
                Codec::Opus => Profile::opus(kbps),
                Codec::Mp3 => Profile::mp3(kbps),
            },
            start_ms: 0,
        }
    }

    #[test]
    fn nothing_asked_is_the_file() {
        assert_eq!(plan(&StreamAsk::default(), None, &flac()), Ok(Plan::AsIs));
    }

    #[test]
    fn profiles_name_a_codec_and_a_rate() {
        let cases = [
            (ProfileName::Mobile, Codec::Opus, 96),
            (ProfileName::Cellular, Codec::Opus, 64),
            (ProfileName::Web, Codec::Opus, 128),
            (ProfileName::Legacy, Codec::Mp3, 192),
        ];
        for (name, codec, kbps) in cases {
            let ask = StreamAsk {
                profile: Some(name),
                ..StreamAsk::default()
            };
            assert_eq!(plan(&ask, None, &flac()), Ok(transcode(codec, kbps)));
        }
    }

    #[test]
    fn a_file_within_the_ask_is_sent_as_it_is() {
        let mobile = StreamAsk {
            profile: Some(ProfileName::Mobile),
            ..StreamAsk::default()
        };
        assert_eq!(plan(&mobile, None, &opus(64)), Ok(Plan::AsIs));
        assert_eq!(
            plan(&mobile, None, &opus(160)),
            Ok(transcode(Codec::Opus, 96))
        );
        // Another codec is transcoded even when small: the player asked for Opus.
        let mp3_64 = SourceFacts {
            codec: Some(Codec::Mp3),
            bitrate_kbps: Some(64),
            ..flac()
        };
        assert_eq!(plan(&mobile, None, &mp3_64), Ok(transcode(Codec::Opus, 96)));
        // A bare cap keeps any codec within it.
        let cap = StreamAsk {
            max_bitrate_kbps: Some(128),
            ..StreamAsk::default()
        };
        assert_eq!(plan(&cap, None, &mp3_64), Ok(Plan::AsIs));
        assert_eq!(plan(&cap, None, &flac()), Ok(transcode(Codec::Opus, 128)));
        // A file whose bit rate is unknown is never assumed small.
        let unknown = SourceFacts {
            bitrate_kbps: None,
            ..opus(0)
        };
        assert_eq!(
            plan(&mobile, None, &unknown),
            Ok(transcode(Codec::Opus, 96))
        );
    }

    #[test]
    fn format_and_rate_override_a_profile_and_mp3_rates_round_down() {
        let ask = StreamAsk {
            profile: Some(ProfileName::Mobile),
            format: Some(Format::Mp3),
            ..StreamAsk::default()
        };
        assert_eq!(plan(&ask, None, &flac()), Ok(transcode(Codec::Mp3, 96)));
        let ask = StreamAsk {
            format: Some(Format::Mp3),
            max_bitrate_kbps: Some(150),
            ..StreamAsk::default()
        };
        assert_eq!(plan(&ask, None, &flac()), Ok(transcode(Codec::Mp3, 128)));
        // An MP3 within the cap as asked is sent as it is, though MP3 has no 150.
        let mp3_140 = SourceFacts {
            codec: Some(Codec::Mp3),
            bitrate_kbps: Some(140),
            ..flac()
        };
        assert_eq!(plan(&ask, None, &mp3_140), Ok(Plan::AsIs));
        let ask = StreamAsk {
            format: Some(Format::Opus),
            ..StreamAsk::default()
        };
        assert_eq!(plan(&ask, None, &flac()), Ok(transcode(Codec::Opus, 128)));
    }

    #[test]
    fn the_tokens_default_applies_unless_the_request_says_otherwise() {
        let none = StreamAsk::default();
        let cellular = Some(ProfileName::Cellular);
        assert_eq!(
            plan(&none, cellular, &flac()),
            Ok(transcode(Codec::Opus, 64))
        );
        let original = StreamAsk {
            format: Some(Format::Original),
            ..StreamAsk::default()
        };
        assert_eq!(plan(&original, cellular, &flac()), Ok(Plan::AsIs));
        let mp3 = StreamAsk {
            format: Some(Format::Mp3),
            ..StreamAsk::default()
        };
        assert_eq!(
            plan(&mp3, cellular, &flac()),
            Ok(transcode(Codec::Mp3, 192))
        );
    }

    #[test]
    fn original_with_a_transcode_ask_is_refused_naming_the_parameter() {
        let ask = StreamAsk {
            format: Some(Format::Original),
            max_bitrate_kbps: Some(96),
            ..StreamAsk::default()
        };
        let err = plan(&ask, None, &flac()).expect_err("a contradiction");
        assert_eq!(err.parameter(), "maxBitrateKbps");
        let ask = StreamAsk {
            format: Some(Format::Original),
            replay_gain: GainMode::Track,
            ..StreamAsk::default()
        };
        assert_eq!(
            plan(&ask, None, &flac()).map_err(|e| e.parameter()),
            Err("replayGain")
        );
    }

    #[test]
    fn an_offset_or_a_gain_always_transcodes() {
        let ask = StreamAsk {
            time_offset_ms: Some(30_000),
            ..StreamAsk::default()
        };
        assert_eq!(
            plan(&ask, None, &opus(64)),
            Ok(Plan::Transcode {
                profile: Profile::opus(128),
                start_ms: 30_000
            })
        );
        let past = StreamAsk {
            time_offset_ms: Some(200_000),
            ..StreamAsk::default()
        };
        assert_eq!(
            plan(&past, None, &flac()).map_err(|e| e.parameter()),
            Err("timeOffsetMs")
        );
        let gain = StreamAsk {
            replay_gain: GainMode::Album,
            ..StreamAsk::default()
        };
        let Ok(Plan::Transcode { profile, .. }) = plan(&gain, None, &opus(64)) else {
            panic!("a transcode");
        };
        // No album gain: the track's, and its peak (0.9) allows +0.92 dB, not less.
        assert!((profile.output_gain_db - -7.5).abs() < 1e-6);
    }

    #[test]
    fn peak_protection_lowers_a_gain_that_would_clip() {
        let gain = Gain {
            db: 6.0,
            peak: Some(0.8),
        };
        let protected = gain.protected_db();
        assert!((protected - 1.938).abs() < 0.01, "{protected}");
        assert_eq!(
            Gain {
                db: -3.0,
                peak: None
            }
            .protected_db(),
            -3.0
        );
    }

    #[test]
    fn the_header_names_codec_rate_and_gain() {
        assert_eq!(describe(&Profile::opus(96)), "opus; bitrate=96");
        let mut mp3 = Profile::mp3(192);
        mp3.output_gain_db = -6.2;
        assert_eq!(describe(&mp3), "mp3; bitrate=192; gain=-6.20");
    }
}
