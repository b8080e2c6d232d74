//! The one palette of the app, used by every view and every export. Colours come from the
//! Okabe–Ito set, which stays distinct for colour-blind readers; the typology's model colours
//! (data) use the same set.

/// RGB colour.
pub type Rgb = [u8; 3];

pub const INK: Rgb = [33, 37, 41];
pub const MUTED: Rgb = [108, 117, 125];
pub const GRID: Rgb = [206, 212, 218];
/// Money (« budget monétaire »).
pub const MONEY: Rgb = [0, 114, 178];
/// Valued non-monetary contributions.
pub const VALUED: Rgb = [230, 159, 0];
/// Salaried staff.
pub const STAFF: Rgb = [86, 180, 233];
/// Volunteers.
pub const VOLUNTEERS: Rgb = [0, 158, 115];
/// The organisation's own point and path.
pub const ORGANISATION: Rgb = [0, 0, 0];
/// Targets (« cible »): drawn hollow, in this colour.
pub const TARGET: Rgb = [213, 94, 0];
pub const ERROR: Rgb = [200, 30, 30];
pub const INCREASE: Rgb = [0, 130, 90];
pub const DECREASE: Rgb = [200, 60, 0];

/// Colours of the monetary groups C, RAp, RAm, RAr, S, D, M, N (stacked bars).
pub fn group(index: usize) -> Rgb {
    const GROUPS: [Rgb; 8] = [
        [204, 121, 167],
        [230, 159, 0],
        [240, 200, 90],
        [213, 94, 0],
        [0, 114, 178],
        [0, 158, 115],
        [120, 200, 170],
        [110, 110, 110],
    ];
    GROUPS.get(index).copied().unwrap_or(MUTED)
}
