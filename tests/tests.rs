//! The integration tests, one program (as ripgrep's `tests/tests.rs`): the GUI stack and the PDF
//! writer are linked once instead of once per file. Each module is named after what it checks;
//! `cargo test --test tests MODULE::` runs one of them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // test code may panic

mod common;

// Pure functions on the model, the analysis, the import and the storage: fast.
mod analysis;
mod corpus;
mod fec;
mod fec_exercice;
mod fec_variants;
mod import;
mod json_documents;
mod public_aids;
mod references;
mod reserves_from_accounts;
mod scenarios;
mod storage;
mod title_blocks;
mod workbook_import;

// The window, driven by egui_kittest without rendering: about 0.1 s a test.
mod autodiagnostic;
mod copy;
mod english;
mod house;
mod paste;
mod portfolio;
mod scenario_window;
mod session;
mod walkthrough;
mod workbook;

// Slow groups. Rendered on the software GPU (about 0.6 s an image):
mod rendering;
// The app's binary run as a process (command line, documents, kills, the Debian package):
mod cli;
mod crash;
mod documents;
mod export;
mod package;
mod ranges;
mod spreadsheets;
// The real window under Xvfb, typed by xdotool (about 20 s):
mod clipboard;
mod real_window;
mod trust;
// The Windows build under Wine: ignored by a plain `cargo test`, run by scripts/test.sh.
mod windows;
