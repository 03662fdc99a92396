//! Time as the hub sees it. Expiry rules (tokens, pairing windows, retry delays) read the
//! time through a `Clock` so that tests can move it forward instead of sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// Milliseconds since the Unix epoch, as the database stores time.
    fn now_ms(&self) -> i64 {
        self.now().timestamp_millis()
    }
}

pub type SharedClock = Arc<dyn Clock>;

/// The real time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to: for tests of expiry.
pub struct ManualClock {
    ms: AtomicI64,
}

impl ManualClock {
    pub fn starting_now() -> Arc<ManualClock> {
        Arc::new(ManualClock {
            ms: AtomicI64::new(Utc::now().timestamp_millis()),
        })
    }

    pub fn advance(&self, by: std::time::Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.ms.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        from_ms(self.ms.load(Ordering::SeqCst))
    }
}

/// A database timestamp as a date-time.
pub fn from_ms(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}
