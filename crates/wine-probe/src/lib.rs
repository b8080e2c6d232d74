//! Whether this Windows program runs under Wine — the one question of Atelier MSE that takes an
//! `unsafe` call, kept in this small crate so that the application itself forbids `unsafe`
//! (`[lints.rust] unsafe_code = "forbid"` in its `Cargo.toml`).
//!
//! Wine's `ntdll.dll`, loaded in every process, exports `wine_get_version`, and Windows' never
//! does: the test WineHQ itself recommends. It needs no other crate (two functions of
//! `kernel32`, which every Windows program links) and no file or registry key that a user or an
//! installer could create or remove.

/// Whether this program runs under Wine (always false outside Windows).
#[cfg(windows)]
pub fn running_under_wine() -> bool {
    use std::ffi::{c_char, c_void};
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetModuleHandleW(name: *const u16) -> *mut c_void;
        fn GetProcAddress(module: *mut c_void, name: *const c_char) -> *mut c_void;
    }
    let ntdll: Vec<u16> = "ntdll.dll".encode_utf16().chain([0]).collect();
    // SAFETY: both names are NUL-terminated and outlive the calls; ntdll is never unloaded, and
    // the address found is only compared with null, never called.
    unsafe {
        let module = GetModuleHandleW(ntdll.as_ptr());
        !module.is_null() && !GetProcAddress(module, c"wine_get_version".as_ptr()).is_null()
    }
}

/// Not Windows: not Wine either.
#[cfg(not(windows))]
pub fn running_under_wine() -> bool {
    false
}
