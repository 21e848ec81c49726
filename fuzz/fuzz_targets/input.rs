//! Any bytes a terminal (or an attacker on its line) can send, read in any
//! pieces at any times, must decode without a panic and leave nothing
//! waiting once time has passed: the explorer never hangs on its input.
#![no_main]

use std::time::{Duration, Instant};

use crewpath::input::{Decoder, Waiting};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let start = Instant::now();
    let mut at = start;
    let mut decoder = Decoder::default();
    let mut events = Vec::new();
    // Each read: one byte for the time since the last one (in ms), one for
    // its length, then its bytes.
    let mut rest = data;
    while let [gap, len, tail @ ..] = rest {
        let len = usize::from(*len).min(tail.len());
        let (read, next) = tail.split_at(len);
        at += Duration::from_millis(u64::from(*gap));
        decoder.feed_at(read, at, &mut events);
        rest = next;
    }
    decoder.time_passed(&mut events);
    assert_eq!(decoder.waiting(), Waiting::Nothing);
});
