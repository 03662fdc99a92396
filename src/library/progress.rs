//! A running scan's live counters. The scan's threads bump atomics (no lock on the hot
//! path); readers (the status route, the progress feed, the command-line bar) take a
//! `Snapshot` whenever they like.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Where a scan is; the contract's `ScanPhase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Counting,
    Scanning,
    Pruning,
    Finalizing,
    Completed,
    Cancelled,
    Failed,
}

impl Phase {
    const ALL: [Phase; 7] = [
        Phase::Counting,
        Phase::Scanning,
        Phase::Pruning,
        Phase::Finalizing,
        Phase::Completed,
        Phase::Cancelled,
        Phase::Failed,
    ];

    pub fn is_final(self) -> bool {
        matches!(self, Phase::Completed | Phase::Cancelled | Phase::Failed)
    }

    fn code(self) -> u8 {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or(0) as u8
    }

    fn from_code(code: u8) -> Phase {
        Phase::ALL
            .get(usize::from(code))
            .copied()
            .unwrap_or(Phase::Failed)
    }
}

/// How far back "recently" goes for the rate.
const RATE_WINDOW: Duration = Duration::from_secs(5);

pub struct Progress {
    started: Instant,
    phase: AtomicU8,
    /// -1 until the counting walk is done.
    total: AtomicI64,
    pub seen: AtomicU64,
    pub processed: AtomicU64,
    pub unchanged: AtomicU64,
    pub added: AtomicU64,
    pub updated: AtomicU64,
    pub removed: AtomicU64,
    pub errors: AtomicU64,
    cancel: AtomicBool,
    current_path: Mutex<String>,
    /// (when, processed) samples, for a rate over the last few seconds.
    samples: Mutex<VecDeque<(Instant, u64)>>,
}

/// The counters at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub phase: Phase,
    pub cancelling: bool,
    pub total: Option<u64>,
    pub seen: u64,
    pub processed: u64,
    pub unchanged: u64,
    pub added: u64,
    pub updated: u64,
    pub removed: u64,
    pub errors: u64,
    pub elapsed: Duration,
    /// Files per second over the last few seconds.
    pub rate: Option<f64>,
    pub eta: Option<Duration>,
    pub percent: Option<f64>,
    pub current_path: Option<String>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}

impl Progress {
    pub fn new() -> Progress {
        Progress {
            started: Instant::now(),
            phase: AtomicU8::new(Phase::Counting.code()),
            total: AtomicI64::new(-1),
            seen: AtomicU64::new(0),
            processed: AtomicU64::new(0),
            unchanged: AtomicU64::new(0),
            added: AtomicU64::new(0),
            updated: AtomicU64::new(0),
            removed: AtomicU64::new(0),
            errors: AtomicU64::new(0),
            cancel: AtomicBool::new(false),
            current_path: Mutex::new(String::new()),
            samples: Mutex::new(VecDeque::new()),
        }
    }

    pub fn phase(&self) -> Phase {
        Phase::from_code(self.phase.load(Ordering::Acquire))
    }

    pub fn set_phase(&self, phase: Phase) {
        self.phase.store(phase.code(), Ordering::Release);
    }

    pub fn set_total(&self, total: u64) {
        self.total
            .store(i64::try_from(total).unwrap_or(i64::MAX), Ordering::Release);
    }

    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }

    pub fn set_current_path(&self, path: &str) {
        if let Ok(mut current) = self.current_path.lock() {
            current.clear();
            current.push_str(path);
        }
    }

    /// Asks the scan to stop at its next check.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Release);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Acquire)
    }

    pub fn snapshot(&self) -> Snapshot {
        let now = Instant::now();
        let phase = self.phase();
        let total = u64::try_from(self.total.load(Ordering::Acquire)).ok();
        let processed = self.processed.load(Ordering::Relaxed);
        let rate = self.sample_rate(now, processed);
        let remaining = total.map(|t| t.saturating_sub(processed));
        let eta = match (remaining, rate) {
            (Some(0), _) if !phase.is_final() => Some(Duration::ZERO),
            (Some(left), Some(rate)) if rate > 0.0 && !phase.is_final() => {
                Some(Duration::from_secs_f64(left as f64 / rate))
            }
            _ => None,
        };
        let percent = match total {
            _ if phase == Phase::Completed => Some(100.0),
            Some(0) => Some(if phase == Phase::Counting { 0.0 } else { 100.0 }),
            Some(t) => Some((processed as f64 / t as f64 * 100.0).min(100.0)),
            None => None,
        };
        let current_path = self
            .current_path
            .lock()
            .ok()
            .map(|p| p.clone())
            .filter(|p| !p.is_empty() && !phase.is_final());
        Snapshot {
            phase,
            cancelling: self.is_cancelled() && !phase.is_final(),
            total,
            seen: self.seen.load(Ordering::Relaxed),
            processed,
            unchanged: self.unchanged.load(Ordering::Relaxed),
            added: self.added.load(Ordering::Relaxed),
            updated: self.updated.load(Ordering::Relaxed),
            removed: self.removed.load(Ordering::Relaxed),
            errors: self.errors.load(Ordering::Relaxed),
            elapsed: now.duration_since(self.started),
            rate,
            eta,
            percent,
            current_path,
        }
    }

    /// Files per second between the oldest sample of the window and now.
    fn sample_rate(&self, now: Instant, processed: u64) -> Option<f64> {
        let mut samples = self.samples.lock().ok()?;
        while samples
            .front()
            .is_some_and(|(at, _)| now.duration_since(*at) > RATE_WINDOW)
        {
            samples.pop_front();
        }
        if samples
            .back()
            .is_none_or(|(at, _)| now.duration_since(*at) >= Duration::from_millis(100))
        {
            samples.push_back((now, processed));
        }
        let (since, then) = match samples.front() {
            Some(&(at, n)) if now.duration_since(at) >= Duration::from_millis(200) => (at, n),
            // Too early for a window: the average since the start.
            _ => (self.started, 0),
        };
        let seconds = now.duration_since(since).as_secs_f64();
        (seconds > 0.0 && processed > 0).then(|| processed.saturating_sub(then) as f64 / seconds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_eta_and_phases() {
        let progress = Progress::new();
        let s = progress.snapshot();
        assert_eq!(s.phase, Phase::Counting);
        assert_eq!((s.total, s.percent, s.eta), (None, None, None));
        progress.set_total(200);
        progress.set_phase(Phase::Scanning);
        Progress::add(&progress.processed, 50);
        std::thread::sleep(Duration::from_millis(20));
        let s = progress.snapshot();
        assert_eq!(s.percent, Some(25.0));
        assert!(s.rate.is_some_and(|r| r > 0.0), "{s:?}");
        assert!(s.eta.is_some(), "{s:?}");
        progress.cancel();
        assert!(progress.snapshot().cancelling);
        progress.set_phase(Phase::Cancelled);
        let s = progress.snapshot();
        assert!(!s.cancelling && s.eta.is_none() && s.phase.is_final());
    }
}
