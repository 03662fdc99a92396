//! Changing the sample rate on the way to an encoder, in a stream: rubato's FFT resampler
//! (the ratio is fixed for a file), its start-up delay cut off, and its output made exactly
//! as long as the source at the new rate, so that the encoder gets the source's duration
//! to the sample (the gapless promise starts here).

use rubato::audioadapter_buffers::direct::SequentialSliceOfVecs;
use rubato::{Fft, FixedSync, Indexing, Resampler};

use super::TranscodeError;

/// Input frames per resampler call: large enough for the FFT to be cheap per frame, small
/// enough that what waits in the buffers stays a fraction of a second.
const CHUNK_FRAMES: usize = 1024;

/// A source rate made into the encoder's rate, or passed through when they are equal.
pub struct RateChange {
    inner: Option<Inner>,
    input_rate: u32,
    output_rate: u32,
    /// Input frames taken so far.
    taken: u64,
    /// Output frames handed out so far.
    given: u64,
}

struct Inner {
    resampler: Fft<f32>,
    scratch: Vec<Vec<f32>>,
    /// Output frames still to drop: the resampler's delay.
    to_trim: usize,
}

impl RateChange {
    pub fn new(input_rate: u32, output_rate: u32, channels: usize) -> Result<Self, TranscodeError> {
        let inner = if input_rate == output_rate {
            None
        } else {
            let resampler = Fft::<f32>::new(
                input_rate as usize,
                output_rate as usize,
                CHUNK_FRAMES,
                channels,
                FixedSync::Input,
            )
            .map_err(|err| TranscodeError::Encoder(format!("resampler: {err}")))?;
            let to_trim = resampler.output_delay();
            let scratch = vec![vec![0.0; resampler.output_frames_max()]; channels];
            Some(Inner {
                resampler,
                scratch,
                to_trim,
            })
        };
        Ok(RateChange {
            inner,
            input_rate,
            output_rate,
            taken: 0,
            given: 0,
        })
    }

    /// The output length for `frames` input frames: the same duration, to the nearest
    /// output frame.
    pub fn output_len(&self, frames: u64) -> u64 {
        let (input, output) = (u128::from(self.input_rate), u128::from(self.output_rate));
        ((u128::from(frames) * output + input / 2) / input) as u64
    }

    /// Moves what `input` holds of whole resampler chunks into `output`, converted; the rest
    /// waits in `input` for more.
    pub fn push(
        &mut self,
        input: &mut [Vec<f32>],
        output: &mut [Vec<f32>],
    ) -> Result<(), TranscodeError> {
        let Some(inner) = &mut self.inner else {
            let frames = input.first().map_or(0, Vec::len);
            for (out, plane) in output.iter_mut().zip(input.iter_mut()) {
                out.append(plane);
            }
            self.taken += frames as u64;
            self.given += frames as u64;
            return Ok(());
        };
        let available = input.first().map_or(0, Vec::len);
        let mut offset = 0;
        while available - offset >= inner.resampler.input_frames_next() {
            let indexing = Indexing::new().input_offset(offset);
            let (used, made) = inner.run(input, available, &indexing)?;
            offset += used;
            self.taken += used as u64;
            self.given += inner.keep(made, output, u64::MAX) as u64;
        }
        for plane in input.iter_mut() {
            plane.drain(..offset);
        }
        Ok(())
    }

    /// Converts what is left in `input` and flushes the resampler, so that `output` has
    /// received exactly `output_len(all input frames)` frames in all.
    pub fn finish(
        &mut self,
        input: &mut [Vec<f32>],
        output: &mut [Vec<f32>],
    ) -> Result<(), TranscodeError> {
        self.push(input, output)?;
        if self.inner.is_none() {
            return Ok(());
        }
        let rest = input.first().map_or(0, Vec::len);
        self.taken += rest as u64;
        let wanted = self.output_len(self.taken);
        let Some(inner) = &mut self.inner else {
            return Ok(());
        };
        // The last partial chunk, then silence until the delayed tail has come out.
        let mut partial = rest;
        while self.given < wanted {
            let indexing = Indexing::new().partial_len(partial);
            let (_, made) = inner.run(input, rest, &indexing)?;
            partial = 0;
            let room = wanted - self.given;
            self.given += inner.keep(made, output, room) as u64;
        }
        for plane in input.iter_mut() {
            plane.clear();
        }
        Ok(())
    }
}

impl Inner {
    fn run(
        &mut self,
        input: &[Vec<f32>],
        frames: usize,
        indexing: &Indexing,
    ) -> Result<(usize, usize), TranscodeError> {
        let channels = input.len();
        let adapter = SequentialSliceOfVecs::new(input, channels, frames)
            .map_err(|err| TranscodeError::Encoder(format!("resampler input: {err}")))?;
        let out_frames = self.scratch.first().map_or(0, Vec::len);
        let mut out = SequentialSliceOfVecs::new_mut(&mut self.scratch, channels, out_frames)
            .map_err(|err| TranscodeError::Encoder(format!("resampler output: {err}")))?;
        self.resampler
            .process_into_buffer(&adapter, &mut out, Some(indexing))
            .map_err(|err| TranscodeError::Encoder(format!("resampling: {err}")))
    }

    /// Appends the `made` frames now in `scratch` to `output`, less what is still to trim
    /// at the start and at most `room` frames; answers how many were appended.
    fn keep(&mut self, made: usize, output: &mut [Vec<f32>], room: u64) -> usize {
        let skip = self.to_trim.min(made);
        self.to_trim -= skip;
        let count = (made - skip).min(usize::try_from(room).unwrap_or(usize::MAX));
        for (out, plane) in output.iter_mut().zip(&self.scratch) {
            out.extend_from_slice(&plane[skip..skip + count]);
        }
        count
    }
}
