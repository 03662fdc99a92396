//! The pairing window: a single-use code, armed from the hub's own machine for a few
//! minutes, and the limits that make guessing it hopeless.
//!
//! Kept in memory on purpose: a restart ends any window, which is the safe default.

use std::collections::HashMap;
use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use rand::RngExt;
use subtle::ConstantTimeEq;

/// Wrong codes one client address may try in a window before it must wait.
pub const WRONG_CODES_PER_ADDRESS: u32 = 5;
/// Wrong codes from all addresses together before the window closes for good.
pub const WRONG_CODES_PER_WINDOW: u32 = 10;
/// Unambiguous characters (no 0/o, 1/l/i) so a code read aloud or typed is typed right.
const CODE_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
const CODE_LEN: usize = 8;

#[derive(Debug, Clone)]
pub struct Window {
    pub code: String,
    pub expires_at: DateTime<Utc>,
    wrong_total: u32,
    wrong_by_address: HashMap<Option<IpAddr>, u32>,
}

/// Why a pairing attempt is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Wrong, used or expired code, or no window: the same answer for each, so a caller
    /// cannot tell them apart.
    InvalidCode,
    /// Too many wrong codes; try again after this many seconds.
    TooManyAttempts { retry_after_secs: i64 },
}

#[derive(Debug, Default)]
pub struct Pairing {
    window: Option<Window>,
}

impl Pairing {
    /// Opens a new window with a fresh code, replacing any previous one.
    pub fn arm(&mut self, now: DateTime<Utc>, minutes: i64) -> Window {
        let mut rng = rand::rng();
        let code: String = (0..CODE_LEN)
            .map(|_| char::from(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())]))
            .collect();
        let window = Window {
            code,
            expires_at: now + Duration::minutes(minutes),
            wrong_total: 0,
            wrong_by_address: HashMap::new(),
        };
        self.window = Some(window.clone());
        window
    }

    pub fn disarm(&mut self) {
        self.window = None;
    }

    /// The open window, if any (an expired one is dropped).
    pub fn current(&mut self, now: DateTime<Utc>) -> Option<&Window> {
        if self.window.as_ref().is_some_and(|w| w.expires_at <= now) {
            self.window = None;
        }
        self.window.as_ref()
    }

    /// Checks a code. A right code is used up at once; a wrong one counts against the
    /// caller's address and the window.
    pub fn redeem(
        &mut self,
        now: DateTime<Utc>,
        code: &str,
        address: Option<IpAddr>,
    ) -> Result<(), Refusal> {
        let Some(window) = self.current(now).cloned() else {
            return Err(Refusal::InvalidCode);
        };
        let retry_after_secs = (window.expires_at - now).num_seconds().max(1);
        let tried = window.wrong_by_address.get(&address).copied().unwrap_or(0);
        if tried >= WRONG_CODES_PER_ADDRESS || window.wrong_total >= WRONG_CODES_PER_WINDOW {
            return Err(Refusal::TooManyAttempts { retry_after_secs });
        }
        let given = code.trim().to_ascii_lowercase();
        if bool::from(given.as_bytes().ct_eq(window.code.as_bytes())) {
            self.window = None;
            return Ok(());
        }
        if let Some(w) = self.window.as_mut() {
            w.wrong_total += 1;
            *w.wrong_by_address.entry(address).or_insert(0) += 1;
        }
        Err(Refusal::InvalidCode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> Option<IpAddr> {
        Some(IpAddr::from([192, 0, 2, last]))
    }

    #[test]
    fn a_code_works_once() {
        let now = Utc::now();
        let mut p = Pairing::default();
        let w = p.arm(now, 10);
        assert_eq!(w.code.len(), CODE_LEN);
        assert_eq!(p.redeem(now, &w.code.to_uppercase(), ip(1)), Ok(()));
        assert_eq!(p.redeem(now, &w.code, ip(1)), Err(Refusal::InvalidCode));
    }

    #[test]
    fn a_code_dies_with_its_window_and_with_rearming() {
        let now = Utc::now();
        let mut p = Pairing::default();
        let old = p.arm(now, 1);
        let new = p.arm(now, 1);
        assert_eq!(p.redeem(now, &old.code, ip(1)), Err(Refusal::InvalidCode));
        let later = now + Duration::seconds(61);
        assert_eq!(p.redeem(later, &new.code, ip(1)), Err(Refusal::InvalidCode));
    }

    #[test]
    fn wrong_codes_are_limited_per_address_then_per_window() {
        let now = Utc::now();
        let mut p = Pairing::default();
        let w = p.arm(now, 10);
        for _ in 0..WRONG_CODES_PER_ADDRESS {
            assert_eq!(p.redeem(now, "wrong", ip(1)), Err(Refusal::InvalidCode));
        }
        // Even the right code is refused to an address that used up its tries.
        assert!(matches!(
            p.redeem(now, &w.code, ip(1)),
            Err(Refusal::TooManyAttempts { .. })
        ));
        for _ in 0..(WRONG_CODES_PER_WINDOW - WRONG_CODES_PER_ADDRESS) {
            assert_eq!(p.redeem(now, "wrong", ip(2)), Err(Refusal::InvalidCode));
        }
        // The window as a whole is now closed to everyone.
        match p.redeem(now, &w.code, ip(3)) {
            Err(Refusal::TooManyAttempts { retry_after_secs }) => assert!(retry_after_secs > 0),
            other => panic!("{other:?}"),
        }
    }
}
