//! An advisory lock per case file, held for a whole read-modify-write (a command's rewrite or
//! import, the window's save), so that two writers never lose each other's update: the second
//! waits a moment, then refuses with « ouvert ailleurs ». The lock files live in the system's
//! temporary folder, named after the case's absolute path, never beside the consultant's files.

use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::io_reason;
use super::files::canonical;

/// How long a second writer waits for the first before giving up.
pub const LOCK_WAIT: Duration = Duration::from_secs(3);

/// Held while the case is read, changed and written; released when dropped.
#[derive(Debug)]
pub struct CaseLock {
    _file: fs::File,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "« {} » est ouvert ailleurs : un autre programme ou une autre fenêtre l'enregistre en ce moment. Rien n'a été écrit ; réessayez dans un instant.",
        path.display()
    )]
    Busy { path: PathBuf },
    #[error("Le verrou de « {} » ne peut pas être pris : {why}.", path.display())]
    Io { path: PathBuf, why: String },
}

fn lock_path(case: &Path) -> PathBuf {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical(case).hash(&mut hasher);
    std::env::temp_dir()
        .join("atelier-mse-verrous")
        .join(format!("{:016x}.lock", hasher.finish()))
}

/// Takes the lock of the case at `path`, waiting up to `wait` for another writer to finish.
pub fn lock_case(path: &Path, wait: Duration) -> Result<CaseLock, LockError> {
    let io = |err: std::io::Error| LockError::Io {
        path: path.to_owned(),
        why: io_reason(&err),
    };
    let lock = lock_path(path);
    if let Some(dir) = lock.parent() {
        fs::create_dir_all(dir).map_err(io)?;
    }
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock)
        .map_err(io)?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(CaseLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(LockError::Busy {
                    path: path.to_owned(),
                });
            }
            Err(fs::TryLockError::Error(err)) => return Err(io(err)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_waits_then_refuses() {
        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("cas.ron");
        let first = lock_case(&case, LOCK_WAIT).unwrap();
        let err = lock_case(&case, Duration::from_millis(100)).unwrap_err();
        assert!(err.to_string().contains("ouvert ailleurs"), "{err}");
        drop(first);
        assert!(lock_case(&case, Duration::from_millis(100)).is_ok());
    }
}
