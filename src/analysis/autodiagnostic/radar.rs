//! The geometry of the levers' radar, shared by the window and the PDF: one axis per part from
//! the top clockwise, each round at the share of the best points it reached, the parts' names
//! beside the ends of the axes.

use super::Score;

/// Where the names sit: at this share of an axis beyond its end.
pub const LABEL_AT: f64 = 1.12;

/// The grid's rings (thirds of the best points).
pub const RINGS: [f64; 3] = [1.0 / 3.0, 2.0 / 3.0, 1.0];

/// The number of axes a radar of `parts` parts draws (three at least, to make a surface).
pub fn axes(parts: usize) -> usize {
    parts.max(3)
}

/// The point at `r` on axis `i` of `count` (y up; axis 0 at the top, then clockwise).
pub fn axis(i: usize, count: usize, r: f64) -> [f64; 2] {
    let angle =
        std::f64::consts::FRAC_PI_2 - i as f64 * std::f64::consts::TAU / count.max(1) as f64;
    [r * angle.cos(), r * angle.sin()]
}

/// The share of the best points reached (0 when nothing was counted).
pub fn share(s: &Score) -> f64 {
    if s.max == 0 {
        0.0
    } else {
        f64::from(s.points) / f64::from(s.max)
    }
}

/// Which side of its axis's end a name goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Right,
    Left,
    Above,
    Below,
}

/// The side of the end `[x, y]` of an axis its name goes.
pub fn label_side([x, y]: [f64; 2]) -> LabelSide {
    if x > 0.2 {
        LabelSide::Right
    } else if x < -0.2 {
        LabelSide::Left
    } else if y > 0.0 {
        LabelSide::Above
    } else {
        LabelSide::Below
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_axes_start_at_the_top_and_turn_clockwise() {
        let near =
            |a: [f64; 2], b: [f64; 2]| (a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9;
        assert!(near(axis(0, 4, 1.0), [0.0, 1.0]));
        assert!(near(axis(1, 4, 1.0), [1.0, 0.0]));
        assert!(near(axis(2, 4, 1.0), [0.0, -1.0]));
        assert_eq!(label_side(axis(1, 4, LABEL_AT)), LabelSide::Right);
        assert_eq!(label_side(axis(3, 4, LABEL_AT)), LabelSide::Left);
        assert_eq!(label_side(axis(0, 4, LABEL_AT)), LabelSide::Above);
        assert_eq!(label_side(axis(2, 4, LABEL_AT)), LabelSide::Below);
    }
}
