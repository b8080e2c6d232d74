//! Limits against hostile or broken files, the case's invariants: every floor that reads or
//! builds a case keeps to them. A real case is far below each of them.

/// Largest case file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// Deepest nesting of brackets accepted by the parser (a case needs about 6).
pub const MAX_DEPTH: usize = 32;
/// Longest text field, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Most snapshots in a case.
pub const MAX_SNAPSHOTS: usize = 100;
/// Most rounds of autodiagnostic in a case.
pub const MAX_ROUNDS: usize = 100;
/// Most lines in one snapshot.
pub const MAX_LINES: usize = 50_000;
