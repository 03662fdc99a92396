//! What a request holds on a transcode: reads by position of the finished file or of the
//! growing one, and its length once final. Each handle counts as a reader of its entry
//! until dropped (`Inner::release`).

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{CacheError, CacheKey, Encode, Inner, Progress};
use crate::app::media::transcode::Codec;

/// The most one read returns: a bounded buffer whatever a caller asks for.
pub const READ_MAX: usize = 256 * 1024;

enum Body {
    /// Until `get` has found the bytes; dropping it still releases the reader count.
    Pending,
    Complete {
        file: Arc<File>,
        len: u64,
    },
    Growing {
        encode: Arc<Encode>,
        file: Arc<File>,
    },
}

pub struct Transcoded {
    inner: Arc<Inner>,
    name: String,
    codec: Codec,
    body: Body,
}

impl Transcoded {
    pub(super) fn reading(inner: Arc<Inner>, name: String, key: &CacheKey) -> Transcoded {
        Transcoded {
            inner,
            name,
            codec: key.profile.codec,
            body: Body::Pending,
        }
    }

    pub(super) fn complete_file(mut self, file: File) -> Result<Transcoded, CacheError> {
        let len = file
            .metadata()
            .map_err(|err| CacheError::Failed(err.to_string()))?
            .len();
        self.body = Body::Complete {
            file: Arc::new(file),
            len,
        };
        Ok(self)
    }

    /// Waits until the encoder has opened the source and made its file (the wait is short:
    /// opening reads a header), or failed.
    pub(super) async fn growing(mut self, encode: Arc<Encode>) -> Result<Transcoded, CacheError> {
        let mut progress = encode.progress.subscribe();
        let opened = tokio::time::timeout(
            self.inner.settings.wait,
            progress.wait_for(|p| !matches!(p, Progress::Opening)),
        )
        .await;
        {
            let state = match &opened {
                Err(_) => {
                    encode.keep_for_retry();
                    return Err(CacheError::Timeout);
                }
                Ok(Err(_)) => return Err(ended_silently()),
                Ok(Ok(state)) => state,
            };
            if let Progress::Failed(err) = &**state {
                return Err(err.clone());
            }
        }
        drop(opened);
        let file = encode.file.get().cloned().ok_or_else(ended_silently)?;
        self.body = Body::Growing { encode, file };
        Ok(self)
    }

    pub fn codec(&self) -> Codec {
        self.codec
    }

    /// The transcode's length, once it is complete (for `Content-Length`).
    pub fn final_len(&self) -> Option<u64> {
        match &self.body {
            Body::Complete { len, .. } => Some(*len),
            Body::Growing { encode, .. } => match *encode.progress.borrow() {
                Progress::Complete(len) => Some(len),
                _ => None,
            },
            Body::Pending => None,
        }
    }

    /// The transcode's exact final length as soon as it is known: from the moment the
    /// encode is opened when the source declares its length (both codecs are CBR, so the
    /// length follows from it), the file's length for a finished entry, else `None` until
    /// the encode completes. What the HTTP layer sends as `Content-Length` (or a
    /// `Content-Range` total) from the first response, which is what lets a browser seek a
    /// transcode still being made.
    pub fn predicted_len(&self) -> Option<u64> {
        match &self.body {
            Body::Growing { encode, .. } => encode
                .predicted_len
                .get()
                .copied()
                .flatten()
                .or_else(|| self.final_len()),
            _ => self.final_len(),
        }
    }

    /// The finished transcode as a file of its own (a handle on the same open file), for
    /// sending like any file; `None` while it is still being made.
    pub fn whole_file(&self) -> Option<std::io::Result<File>> {
        self.final_len()?;
        match &self.body {
            Body::Complete { file, .. } | Body::Growing { file, .. } => Some(file.try_clone()),
            Body::Pending => None,
        }
    }

    /// The bytes that can be read now without waiting.
    pub fn written(&self) -> u64 {
        match &self.body {
            Body::Complete { len, .. } => *len,
            Body::Growing { encode, .. } => match *encode.progress.borrow() {
                Progress::Writing(len) | Progress::Complete(len) => len,
                _ => 0,
            },
            Body::Pending => 0,
        }
    }

    /// How much of the source is encoded, from 0 to 1 (1 for a finished transcode; `None`
    /// when the source declares no length).
    pub fn progress(&self) -> Option<f64> {
        match &self.body {
            Body::Growing { encode, .. } => {
                let permille = encode.permille.load(Ordering::Relaxed);
                (permille != u32::MAX).then(|| f64::from(permille) / 1000.0)
            }
            _ => Some(1.0),
        }
    }

    /// Waits, with no limit, for the encode to end: its final length, or why it failed.
    pub async fn finished(&self) -> Result<u64, CacheError> {
        let encode = match &self.body {
            Body::Growing { encode, .. } => encode,
            _ => return self.final_len().ok_or_else(ended_silently),
        };
        let mut progress = encode.progress.subscribe();
        let state = progress
            .wait_for(|p| matches!(p, Progress::Complete(_) | Progress::Failed(_)))
            .await
            .map_err(|_| ended_silently())?;
        match &*state {
            Progress::Complete(len) => Ok(*len),
            Progress::Failed(err) => Err(err.clone()),
            _ => Err(ended_silently()),
        }
    }

    /// Up to `max` bytes (and `READ_MAX`) from `offset`. Bytes already written come at
    /// once; at or beyond the bytes written, the read waits for the encoder (the cache's
    /// `wait`, then `Timeout`) and returns what it wrote; at or past the final length it
    /// returns nothing.
    pub async fn read_at(&self, offset: u64, max: usize) -> Result<Vec<u8>, CacheError> {
        let (file, end) = match &self.body {
            Body::Complete { file, len } => (file.clone(), *len),
            Body::Growing { encode, file } => (file.clone(), self.wait_past(encode, offset).await?),
            Body::Pending => return Err(ended_silently()),
        };
        if offset >= end || max == 0 {
            return Ok(Vec::new());
        }
        let len = (end - offset).min(max.min(READ_MAX) as u64) as usize;
        tokio::task::spawn_blocking(move || {
            let mut buf = vec![0; len];
            file.read_exact_at(&mut buf, offset).map(|()| buf)
        })
        .await
        .map_err(|err| CacheError::Failed(err.to_string()))?
        .map_err(|err| CacheError::Failed(err.to_string()))
    }

    /// Returns once `offset` can be read at once (or is past the end), waiting for the
    /// encoder as `read_at` would: so that a range far ahead of the encoder is answered
    /// only when its first bytes exist, and a wait that runs out is an answer of its own
    /// (`Timeout`) rather than a connection cut after the headers.
    pub async fn ready_at(&self, offset: u64) -> Result<(), CacheError> {
        match &self.body {
            Body::Growing { encode, .. } => self.wait_past(encode, offset).await.map(|_| ()),
            Body::Complete { .. } => Ok(()),
            Body::Pending => Err(ended_silently()),
        }
    }

    /// The bytes readable once the encoder wrote past `offset` or ended.
    async fn wait_past(&self, encode: &Encode, offset: u64) -> Result<u64, CacheError> {
        // The stream's end, written ahead of the rest: final already.
        let in_tail = || encode.tail_from.get().is_some_and(|&from| offset >= from);
        let mut progress = encode.progress.subscribe();
        let waited = tokio::time::timeout(
            self.inner.settings.wait,
            progress.wait_for(|p| match p {
                Progress::Opening => false,
                Progress::Writing(written) => *written > offset || in_tail(),
                Progress::Complete(_) | Progress::Failed(_) => true,
            }),
        )
        .await;
        let state = match &waited {
            Err(_) => {
                encode.keep_for_retry();
                return Err(CacheError::Timeout);
            }
            Ok(Err(_)) => return Err(ended_silently()),
            Ok(Ok(state)) => state,
        };
        match &**state {
            Progress::Writing(_) if in_tail() => encode
                .predicted_len
                .get()
                .copied()
                .flatten()
                .ok_or_else(ended_silently),
            Progress::Writing(len) | Progress::Complete(len) => Ok(*len),
            Progress::Failed(err) => Err(err.clone()),
            Progress::Opening => Err(ended_silently()),
        }
    }
}

/// The encoder's thread went away without saying how it ended (it panicked).
fn ended_silently() -> CacheError {
    CacheError::Failed("the encoder ended without finishing".into())
}

impl Drop for Transcoded {
    fn drop(&mut self) {
        self.inner.release(&self.name);
    }
}
