//! Turns a case and its analysis into what leaves the app: JSON for scripts, PNG and PDF.

pub mod json;
