//! Per-address limits in front of the public share routes: a token bucket for bootstraps
//! and one for heartbeats, and a count of misses (unknown share ids, wrong passwords) that
//! shuts every share route to an address that guesses too much, until its window passes.
//!
//! The table is bounded: an address's entry is forgotten once it is idle and its buckets
//! are full again, and when the table is at its bound the idlest entries go first, so a
//! flood of addresses costs at most `MAX_ADDRESSES` small entries (about 100 bytes each).
//! IPv6 addresses count by their /64, which one client usually holds whole.

use std::collections::HashMap;
use std::net::IpAddr;

use parking_lot::Mutex;

use super::ShareError;
use crate::clock::SharedClock;

/// Which public route a call is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareRoute {
    Bootstrap,
    Heartbeat,
}

/// The limits; `Default` is the issue's.
#[derive(Debug, Clone, Copy)]
pub struct LimitSettings {
    /// Bootstraps an address may make in a minute (and in a burst).
    pub bootstraps_per_minute: u32,
    /// Heartbeats an address may send in a minute (and in a burst).
    pub heartbeats_per_minute: u32,
    /// Misses an address may make in `miss_window_ms` before it is shut out.
    pub misses: u32,
    pub miss_window_ms: i64,
}

impl Default for LimitSettings {
    fn default() -> Self {
        LimitSettings {
            bootstraps_per_minute: 60,
            heartbeats_per_minute: 120,
            misses: 20,
            miss_window_ms: 10 * 60 * 1000,
        }
    }
}

/// Addresses tracked at once, at most.
pub const MAX_ADDRESSES: usize = 100_000;

const MINUTE_MS: i64 = 60_000;

/// A token bucket that refills `per_minute` tokens a minute up to `per_minute`. Tokens are
/// counted in thousandths, so that refills between calls a few milliseconds apart add up.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    milli_tokens: i64,
    updated_ms: i64,
}

impl Bucket {
    fn full(per_minute: u32, now: i64) -> Bucket {
        Bucket {
            milli_tokens: i64::from(per_minute) * 1000,
            updated_ms: now,
        }
    }

    fn refill(&mut self, per_minute: u32, now: i64) {
        let capacity = i64::from(per_minute) * 1000;
        let elapsed = (now - self.updated_ms).max(0);
        let added = elapsed.saturating_mul(i64::from(per_minute) * 1000) / MINUTE_MS;
        self.milli_tokens = (self.milli_tokens + added).min(capacity);
        self.updated_ms = now;
    }

    /// Takes a token, or says in how many milliseconds one will be there.
    fn take(&mut self, per_minute: u32, now: i64) -> Result<(), i64> {
        self.refill(per_minute, now);
        if self.milli_tokens >= 1000 {
            self.milli_tokens -= 1000;
            return Ok(());
        }
        let missing = 1000 - self.milli_tokens;
        let rate = i64::from(per_minute.max(1)) * 1000;
        Err((missing * MINUTE_MS + rate - 1) / rate)
    }

    fn is_full(&self, per_minute: u32, now: i64) -> bool {
        let mut probe = *self;
        probe.refill(per_minute, now);
        probe.milli_tokens >= i64::from(per_minute) * 1000
    }
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    bootstraps: Bucket,
    heartbeats: Bucket,
    /// The misses in the window that started at `window_start_ms`.
    misses: u32,
    window_start_ms: i64,
    last_seen_ms: i64,
}

impl Entry {
    fn new(settings: &LimitSettings, now: i64) -> Entry {
        Entry {
            bootstraps: Bucket::full(settings.bootstraps_per_minute, now),
            heartbeats: Bucket::full(settings.heartbeats_per_minute, now),
            misses: 0,
            window_start_ms: now,
            last_seen_ms: now,
        }
    }

    /// When the address is shut out, until when.
    fn shut_until(&self, settings: &LimitSettings, now: i64) -> Option<i64> {
        let until = self.window_start_ms + settings.miss_window_ms;
        (self.misses >= settings.misses && until > now).then_some(until)
    }

    /// Whether forgetting the entry changes nothing: no misses in a live window, full
    /// buckets.
    fn idle(&self, settings: &LimitSettings, now: i64) -> bool {
        (self.misses == 0 || self.window_start_ms + settings.miss_window_ms <= now)
            && self.bootstraps.is_full(settings.bootstraps_per_minute, now)
            && self.heartbeats.is_full(settings.heartbeats_per_minute, now)
    }
}

/// Whether a refusal looks like guessing: an id that opens nothing (unknown, deleted,
/// expired, of another kind) or a wrong password. A share whose sessions are used up is not
/// (reloading a real link is not guessing one), nor is a missing password (the page asks for
/// it), nor a failure of the hub's own.
pub fn is_miss(refusal: &ShareError) -> bool {
    matches!(
        refusal,
        ShareError::NotAvailable | ShareError::PasswordRequired { wrong: true }
    )
}

/// A refusal: wait this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub i64);

fn seconds(ms: i64) -> i64 {
    (ms.max(1) + 999) / 1000
}

/// The key an address is counted under.
fn key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut octets = v6.octets();
                octets[8..].fill(0);
                IpAddr::from(octets)
            }
        },
        v4 => v4,
    }
}

pub struct ShareLimits {
    settings: LimitSettings,
    clock: SharedClock,
    entries: Mutex<HashMap<IpAddr, Entry>>,
    max_addresses: usize,
}

impl ShareLimits {
    pub fn new(settings: LimitSettings, clock: SharedClock) -> Self {
        Self::bounded(settings, clock, MAX_ADDRESSES)
    }

    fn bounded(settings: LimitSettings, clock: SharedClock, max_addresses: usize) -> Self {
        ShareLimits {
            settings,
            clock,
            entries: Mutex::new(HashMap::new()),
            max_addresses,
        }
    }

    /// Lets a call to `route` from `address` through, or says how long to wait. A call
    /// with no address (none is known) shares one entry with every other such call.
    pub fn admit(&self, address: Option<IpAddr>, route: ShareRoute) -> Result<(), RetryAfter> {
        let now = self.clock.now_ms();
        let settings = self.settings;
        self.with_entry(address, now, |entry| {
            entry.last_seen_ms = now;
            if let Some(until) = entry.shut_until(&settings, now) {
                return Err(RetryAfter(seconds(until - now)));
            }
            let taken = match route {
                ShareRoute::Bootstrap => entry.bootstraps.take(settings.bootstraps_per_minute, now),
                ShareRoute::Heartbeat => entry.heartbeats.take(settings.heartbeats_per_minute, now),
            };
            taken.map_err(|wait| RetryAfter(seconds(wait)))
        })
    }

    /// Counts a refusal of a public share route against `address` when it is a miss: the
    /// one rule every share route (API and page) follows.
    pub fn refused(&self, address: Option<IpAddr>, refusal: &ShareError) {
        if is_miss(refusal) {
            self.miss(address);
        }
    }

    /// Counts a miss (an unknown share, a wrong password) against the address.
    fn miss(&self, address: Option<IpAddr>) {
        let now = self.clock.now_ms();
        let settings = self.settings;
        self.with_entry(address, now, |entry| {
            entry.last_seen_ms = now;
            if entry.window_start_ms + settings.miss_window_ms <= now {
                entry.window_start_ms = now;
                entry.misses = 0;
            }
            entry.misses = entry.misses.saturating_add(1);
        });
    }

    /// How many addresses are tracked now.
    pub fn tracked(&self) -> usize {
        self.entries.lock().len()
    }

    fn with_entry<R>(
        &self,
        address: Option<IpAddr>,
        now: i64,
        f: impl FnOnce(&mut Entry) -> R,
    ) -> R {
        let address = key(address.unwrap_or(IpAddr::from([0, 0, 0, 0])));
        let mut entries = self.entries.lock();
        if !entries.contains_key(&address) && entries.len() >= self.max_addresses {
            self.make_room(&mut entries, now);
        }
        let entry = entries
            .entry(address)
            .or_insert_with(|| Entry::new(&self.settings, now));
        f(entry)
    }

    /// Forgets idle entries; if that is not enough, the quarter least recently seen of
    /// those not shut out (an address shut out for guessing is the last to be forgotten,
    /// so a flood of other addresses does not free it early). When fewer than a quarter
    /// are not shut out (a flood of guessing addresses), the quarter least recently seen
    /// of all: each call then frees a quarter of the table, so the scan under the lock
    /// runs once in many new addresses, not for every one.
    fn make_room(&self, entries: &mut HashMap<IpAddr, Entry>, now: i64) {
        let settings = self.settings;
        entries.retain(|_, entry| !entry.idle(&settings, now));
        if entries.len() < self.max_addresses {
            return;
        }
        let shut = |entry: &Entry| entry.shut_until(&settings, now).is_some();
        let mut seen: Vec<i64> = entries
            .values()
            .filter(|e| !shut(e))
            .map(|e| e.last_seen_ms)
            .collect();
        let spare_the_shut = seen.len() >= self.max_addresses / 4;
        if !spare_the_shut {
            seen = entries.values().map(|e| e.last_seen_ms).collect();
        }
        let cut = seen.len() / 4;
        let (_, threshold, _) = seen.select_nth_unstable(cut);
        let threshold = *threshold;
        entries
            .retain(|_, entry| (spare_the_shut && shut(entry)) || entry.last_seen_ms > threshold);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;
    use crate::clock::ManualClock;

    fn limits(clock: &Arc<ManualClock>) -> ShareLimits {
        ShareLimits::new(LimitSettings::default(), clock.clone())
    }

    const A: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(203, 0, 113, 7)));
    const B: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(203, 0, 113, 8)));

    #[test]
    fn a_burst_past_the_bucket_waits_for_one_token() {
        let clock = ManualClock::starting_now();
        let limits = limits(&clock);
        for _ in 0..60 {
            assert_eq!(limits.admit(A, ShareRoute::Bootstrap), Ok(()));
        }
        assert_eq!(limits.admit(A, ShareRoute::Bootstrap), Err(RetryAfter(1)));
        assert_eq!(limits.admit(B, ShareRoute::Bootstrap), Ok(()));
        assert_eq!(limits.admit(A, ShareRoute::Heartbeat), Ok(()));
        clock.advance(Duration::from_secs(1));
        assert_eq!(limits.admit(A, ShareRoute::Bootstrap), Ok(()));
    }

    #[test]
    fn misses_shut_every_route_until_the_window_passes() {
        let clock = ManualClock::starting_now();
        let limits = limits(&clock);
        for _ in 0..19 {
            limits.miss(A);
        }
        assert_eq!(limits.admit(A, ShareRoute::Heartbeat), Ok(()));
        limits.miss(A);
        assert_eq!(limits.admit(A, ShareRoute::Heartbeat), Err(RetryAfter(600)));
        assert_eq!(limits.admit(B, ShareRoute::Bootstrap), Ok(()));
        clock.advance(Duration::from_secs(599));
        assert_eq!(limits.admit(A, ShareRoute::Bootstrap), Err(RetryAfter(1)));
        clock.advance(Duration::from_secs(1));
        assert_eq!(limits.admit(A, ShareRoute::Bootstrap), Ok(()));
    }

    #[test]
    fn only_guessing_counts_as_a_miss() {
        let clock = ManualClock::starting_now();
        let limits = limits(&clock);
        for _ in 0..20 {
            limits.refused(A, &ShareError::UsedUp);
            limits.refused(A, &ShareError::PasswordRequired { wrong: false });
            limits.refused(A, &ShareError::Internal("disk".into()));
        }
        assert_eq!(limits.admit(A, ShareRoute::Bootstrap), Ok(()));
        for n in 0..20 {
            let refusal = if n % 2 == 0 {
                ShareError::NotAvailable
            } else {
                ShareError::PasswordRequired { wrong: true }
            };
            limits.refused(A, &refusal);
        }
        assert!(limits.admit(A, ShareRoute::Bootstrap).is_err());
    }

    #[test]
    fn the_table_stays_within_its_bound() {
        let clock = ManualClock::starting_now();
        let limits = ShareLimits::bounded(LimitSettings::default(), clock.clone(), 1000);
        for n in 0..5000u32 {
            let address = IpAddr::from((0x0a00_0000 + n).to_be_bytes());
            let _ = limits.admit(Some(address), ShareRoute::Bootstrap);
            assert!(limits.tracked() <= 1000);
        }
        // An address that guesses is remembered while idle ones are let go.
        for _ in 0..20 {
            limits.miss(A);
        }
        clock.advance(Duration::from_secs(120));
        for n in 0..2000u32 {
            let address = IpAddr::from((0x0b00_0000 + n).to_be_bytes());
            let _ = limits.admit(Some(address), ShareRoute::Bootstrap);
        }
        assert!(limits.admit(A, ShareRoute::Bootstrap).is_err());
    }

    #[test]
    fn a_table_full_of_guessers_frees_a_quarter_at_a_time() {
        let clock = ManualClock::starting_now();
        let limits = ShareLimits::bounded(LimitSettings::default(), clock.clone(), 1000);
        // 990 addresses shut out for guessing, 10 that only opened a share.
        for n in 0..1000u32 {
            let address = Some(IpAddr::from((0x0a00_0000 + n).to_be_bytes()));
            if n < 990 {
                for _ in 0..20 {
                    limits.miss(address);
                }
            } else {
                let _ = limits.admit(address, ShareRoute::Bootstrap);
            }
        }
        assert_eq!(limits.tracked(), 1000);
        let _ = limits.admit(B, ShareRoute::Bootstrap);
        assert!(limits.tracked() <= 751, "{}", limits.tracked());
    }

    #[test]
    fn a_full_table_costs_less_than_20_mb() {
        // hashbrown keeps at most 8/7 of its entries' slots (a power of two), one control
        // byte each.
        let slots = (MAX_ADDRESSES * 8 / 7).next_power_of_two();
        let bytes = slots * (std::mem::size_of::<(IpAddr, Entry)>() + 1);
        assert!(bytes < 20 * 1024 * 1024, "{bytes}");
    }

    #[test]
    fn an_ipv6_client_counts_by_its_prefix() {
        let one: IpAddr = "2001:db8:1:2::1".parse().expect("v6");
        let other: IpAddr = "2001:db8:1:2:ffff::9".parse().expect("v6");
        assert_eq!(key(one), key(other));
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().expect("mapped");
        assert_eq!(Some(key(mapped)), A);
    }
}
