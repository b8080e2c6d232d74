//! An advisory lock per case file, held for a whole read-modify-write (a command's rewrite or
//! import, the window's save), so that two writers never lose each other's update: the second
//! waits a moment, then refuses with « ouvert ailleurs ».
//!
//! The lock is a file beside the case, `.cas.ron.verrou`, so that every writer that sees the case
//! sees its lock: a terminal and a window with different temporary folders, two computers on a
//! shared network folder. Nothing is put in a shared temporary folder. Only who may write in the
//! case's folder can put something at that name, and they could replace the case itself: the
//! lock opens no new way in. Still, it is opened without following a link and without blocking (a
//! pipe or a link put there is refused at once, never waited on), and a lock held by someone else
//! for ever makes a save refuse after a few seconds, never hang. On Unix the lock file is removed
//! when released (while still held, so that a waiter notices and takes a fresh one); on Windows
//! it stays, hidden.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::files::canonical;

/// How long a second writer waits for the first before giving up.
pub const LOCK_WAIT: Duration = Duration::from_secs(3);

/// Held while the case is read, changed and written; released when dropped.
#[derive(Debug)]
pub struct CaseLock {
    file: fs::File,
    /// Where the lock file is: removed from there when released (Unix).
    #[cfg_attr(not(unix), allow(dead_code))]
    path: PathBuf,
}

/// Why the lock of a case was not taken; worded by the text floor (`text::lock_refusal`).
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another writer holds it.
    Busy {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
    /// Something that is not a lock (a link, a pipe, a folder) stands at the lock's name.
    NotALock {
        path: PathBuf,
        lock: PathBuf,
    },
}

/// The lock file of the case at `case`: `.NAME.verrou` beside the file the path leads to.
pub fn lock_path(case: &Path) -> PathBuf {
    let case = canonical(case);
    let name = case.file_name().unwrap_or_default().to_string_lossy();
    case.with_file_name(format!(".{name}.verrou"))
}

/// Takes the lock of the case at `path`, waiting up to `wait` for another writer to finish.
pub fn lock_case(path: &Path, wait: Duration) -> Result<CaseLock, LockError> {
    let lock = lock_path(path);
    let start = Instant::now();
    loop {
        match try_lock(&lock) {
            Ok(Some(held)) => return Ok(held),
            Ok(None) if start.elapsed() < wait => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                return Err(LockError::Busy {
                    path: path.to_owned(),
                });
            }
            Err(Refusal::NotALock) => {
                return Err(LockError::NotALock {
                    path: path.to_owned(),
                    lock,
                });
            }
            Err(Refusal::Io(err)) => {
                return Err(LockError::Io {
                    path: path.to_owned(),
                    source: err,
                });
            }
        }
    }
}

enum Refusal {
    NotALock,
    Io(io::Error),
}

impl From<io::Error> for Refusal {
    fn from(err: io::Error) -> Self {
        if is_a_link(&err) {
            Refusal::NotALock
        } else {
            Refusal::Io(err)
        }
    }
}

/// One attempt: the lock held, `None` when another writer holds it (or it was just replaced).
fn try_lock(lock: &Path) -> Result<Option<CaseLock>, Refusal> {
    let Some(file) = open_lock(lock)? else {
        return Ok(None);
    };
    if !file.metadata()?.is_file() {
        return Err(Refusal::NotALock);
    }
    match file.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => return Ok(None),
        Err(fs::TryLockError::Error(err)) => return Err(err.into()),
    }
    let held = CaseLock {
        file,
        path: lock.to_owned(),
    };
    // A holder removes the file as it lets go: the one we opened may no longer be the lock.
    Ok(held.still_at_its_path().then_some(held))
}

#[cfg(unix)]
fn open_lock(lock: &Path) -> io::Result<Option<fs::File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let flags = libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC;
    // Reading is enough to take the lock: another user who may write the case (a shared folder)
    // can take a lock file this user created.
    match fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(lock)
    {
        Ok(file) => return Ok(Some(file)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    match fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .mode(0o644)
        .custom_flags(flags)
        .open(lock)
    {
        Ok(file) => Ok(Some(file)),
        // Another writer created it first: the next attempt opens theirs.
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => Ok(None),
        Err(err) => Err(err),
    }
}

#[cfg(windows)]
fn open_lock(lock: &Path) -> io::Result<Option<fs::File>> {
    use std::os::windows::fs::OpenOptionsExt;
    /// Opens a link itself rather than what it leads to.
    const FILE_FLAG_OPEN_REPARSE_POINT: u32 = 0x0020_0000;
    const FILE_ATTRIBUTE_HIDDEN: u32 = 0x2;
    let file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .custom_flags(FILE_FLAG_OPEN_REPARSE_POINT)
        .attributes(FILE_ATTRIBUTE_HIDDEN)
        .open(lock)?;
    if file.metadata()?.file_type().is_symlink() {
        return Err(io::Error::from_raw_os_error(ERROR_CANT_ACCESS_FILE));
    }
    Ok(Some(file))
}

/// What Windows says of a link opened as a file (our sign that the lock is not a plain file).
#[cfg(windows)]
const ERROR_CANT_ACCESS_FILE: i32 = 1920;

/// Whether opening failed because the name is a link (refused, never followed).
fn is_a_link(err: &io::Error) -> bool {
    #[cfg(unix)]
    return err.raw_os_error() == Some(libc::ELOOP);
    #[cfg(windows)]
    return err.raw_os_error() == Some(ERROR_CANT_ACCESS_FILE);
    #[cfg(not(any(unix, windows)))]
    return false;
}

impl CaseLock {
    /// Whether the file at the lock's path is still the one this lock holds.
    fn still_at_its_path(&self) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            match (self.file.metadata(), fs::symlink_metadata(&self.path)) {
                (Ok(held), Ok(there)) => held.dev() == there.dev() && held.ino() == there.ino(),
                _ => false,
            }
        }
        #[cfg(not(unix))]
        true
    }
}

impl Drop for CaseLock {
    fn drop(&mut self) {
        // Removed while still held, and only if it is still ours: a writer waiting on this file
        // then sees it gone and takes a new one.
        #[cfg(unix)]
        if self.still_at_its_path() {
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
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

    #[test]
    fn the_lock_is_beside_the_case_and_gone_once_released() {
        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("cas.ron");
        let lock = lock_case(&case, LOCK_WAIT).unwrap();
        let file = dir.path().join(".cas.ron.verrou");
        assert!(file.is_file());
        drop(lock);
        #[cfg(unix)]
        assert!(!file.exists(), "no lock file left after the save");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_or_a_pipe_in_place_of_the_lock_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("cas.ron");
        let victim = dir.path().join("victime.txt");
        fs::write(&victim, "à garder").unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join(".cas.ron.verrou")).unwrap();
        let err = lock_case(&case, LOCK_WAIT).unwrap_err();
        assert!(matches!(err, LockError::NotALock { .. }), "{err}");
        assert_eq!(fs::read_to_string(&victim).unwrap(), "à garder");

        let other = dir.path().join("autre.ron");
        let fifo = dir.path().join(".autre.ron.verrou");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let start = Instant::now();
        let err = lock_case(&other, LOCK_WAIT).unwrap_err();
        assert!(err.to_string().contains("n'est pas un verrou"), "{err}");
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "never waits on a pipe"
        );
    }
}
