//! Any bytes given to the case-file loader give a case or a French error, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(err) = atelier_mse::storage::parse(data, Path::new("fuzz.ron")) {
        assert!(!err.to_string().is_empty());
    }
});
