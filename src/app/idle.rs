//! The kiosk's idle clock: when to warn a visitor and when to start over.
//! Time is passed in, so the logic is tested without sleeping.

use std::time::{Duration, Instant};

/// The warning shows this long before a reset (WCAG 2.2.1 asks for 20 s).
pub const WARNING: Duration = Duration::from_secs(30);

#[derive(Clone, Debug)]
pub struct IdleClock {
    timeout: Duration,
    last_input: Instant,
}

impl IdleClock {
    pub fn new(timeout: Duration, now: Instant) -> Self {
        IdleClock {
            timeout,
            last_input: now,
        }
    }

    /// A key or click: the visitor is still here.
    pub fn touch(&mut self, now: Instant) {
        self.last_input = now;
    }

    /// Time left before the reset.
    pub fn remaining(&self, now: Instant) -> Duration {
        self.timeout
            .saturating_sub(now.saturating_duration_since(self.last_input))
    }

    pub fn expired(&self, now: Instant) -> bool {
        self.remaining(now).is_zero()
    }

    /// Whole seconds left, while the warning should show: the last
    /// [`WARNING`] of the timeout, or its last half when it is shorter than
    /// twice that, so a visitor is never warned the whole time.
    pub fn countdown(&self, now: Instant) -> Option<u64> {
        let left = self.remaining(now);
        (left <= WARNING.min(self.timeout / 2) && !left.is_zero())
            .then(|| left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_for_the_last_thirty_seconds_then_expires() {
        let t0 = Instant::now();
        let clock = IdleClock::new(Duration::from_secs(120), t0);
        assert_eq!(clock.countdown(t0 + Duration::from_secs(89)), None);
        assert_eq!(clock.countdown(t0 + Duration::from_secs(90)), Some(30));
        assert_eq!(
            clock.countdown(t0 + Duration::from_millis(119_500)),
            Some(1)
        );
        assert!(!clock.expired(t0 + Duration::from_millis(119_999)));
        assert!(clock.expired(t0 + Duration::from_secs(120)));
        assert_eq!(clock.countdown(t0 + Duration::from_secs(121)), None);
    }

    #[test]
    fn any_input_restarts_the_clock() {
        let t0 = Instant::now();
        let mut clock = IdleClock::new(Duration::from_secs(60), t0);
        clock.touch(t0 + Duration::from_secs(50));
        assert!(!clock.expired(t0 + Duration::from_secs(100)));
        assert_eq!(clock.countdown(t0 + Duration::from_secs(100)), Some(10));
    }

    #[test]
    fn a_short_timeout_warns_for_its_last_half() {
        let t0 = Instant::now();
        let clock = IdleClock::new(Duration::from_secs(10), t0);
        assert_eq!(clock.countdown(t0), None);
        assert_eq!(clock.countdown(t0 + Duration::from_secs(4)), None);
        assert_eq!(clock.countdown(t0 + Duration::from_secs(5)), Some(5));
        assert_eq!(clock.countdown(t0 + Duration::from_secs(9)), Some(1));
    }
}
