//! Where the labels of a map go so that none covers another, a point or a model's name: each
//! label tries eight places around its point, nearest first, then the same farther away (the
//! map then draws a leader line). Pure geometry in plot units, shared by the window and the
//! report.

/// A rectangle in plot units (y up): its lower-left corner and its size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub min: [f64; 2],
    pub size: [f64; 2],
}

impl LabelBox {
    /// The box of `size` centred on `centre`.
    pub fn centred(centre: [f64; 2], size: [f64; 2]) -> LabelBox {
        LabelBox {
            min: [centre[0] - size[0] / 2.0, centre[1] - size[1] / 2.0],
            size,
        }
    }

    pub fn centre(&self) -> [f64; 2] {
        [
            self.min[0] + self.size[0] / 2.0,
            self.min[1] + self.size[1] / 2.0,
        ]
    }

    /// The point of the box nearest to `p`: where a leader line from `p` ends.
    pub fn nearest(&self, p: [f64; 2]) -> [f64; 2] {
        let max = self.max();
        [
            p[0].clamp(self.min[0], max[0]),
            p[1].clamp(self.min[1], max[1]),
        ]
    }

    fn max(&self) -> [f64; 2] {
        [self.min[0] + self.size[0], self.min[1] + self.size[1]]
    }

    /// The area both boxes cover.
    fn overlap(&self, other: &LabelBox) -> f64 {
        let (a, b) = (self.max(), other.max());
        let w = a[0].min(b[0]) - self.min[0].max(other.min[0]);
        let h = a[1].min(b[1]) - self.min[1].max(other.min[1]);
        if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
    }

    /// The area of this box outside `bounds`.
    fn outside(&self, bounds: &LabelBox) -> f64 {
        self.size[0] * self.size[1] - self.overlap(bounds)
    }
}

/// A placed label: its box, and whether it stands away from its point (draw a leader line).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub area: LabelBox,
    pub far: bool,
}

/// The places tried around a point, nearest first: above and below read best, then the
/// sides, then the corners; then the same three times farther.
fn candidates(point: [f64; 2], [w, h]: [f64; 2], gap: f64) -> impl Iterator<Item = Placed> {
    [(gap, false), (gap * 3.0, true)]
        .into_iter()
        .flat_map(move |(distance, far)| {
            let (dx, dy) = (w / 2.0 + distance, h / 2.0 + distance);
            [
                [0.0, dy],
                [0.0, -dy],
                [dx, 0.0],
                [-dx, 0.0],
                [dx, dy],
                [-dx, dy],
                [dx, -dy],
                [-dx, -dy],
            ]
            .into_iter()
            .map(move |[x, y]| Placed {
                area: LabelBox::centred([point[0] + x, point[1] + y], [w, h]),
                far,
            })
        })
}

fn crowding(area: &LabelBox, taken: &[LabelBox], bounds: &LabelBox) -> f64 {
    taken.iter().map(|t| t.overlap(area)).sum::<f64>() + 4.0 * area.outside(bounds)
}

/// A free place for a label of `size` next to `point`, `gap` away, clear of the `taken` boxes
/// (which it then joins) and inside `bounds`; `None` when every place is crowded.
pub fn free_place(
    point: [f64; 2],
    size: [f64; 2],
    gap: f64,
    taken: &mut Vec<LabelBox>,
    bounds: LabelBox,
) -> Option<Placed> {
    let placed =
        candidates(point, size, gap).find(|p| crowding(&p.area, taken, &bounds) <= f64::EPSILON)?;
    taken.push(placed.area);
    Some(placed)
}

/// Places a label of `size` next to `point`: in a free place if there is one, else in the
/// least crowded.
pub fn place_label(
    point: [f64; 2],
    size: [f64; 2],
    gap: f64,
    taken: &mut Vec<LabelBox>,
    bounds: LabelBox,
) -> Placed {
    if let Some(placed) = free_place(point, size, gap, taken, bounds) {
        return placed;
    }
    let placed = candidates(point, size, gap)
        .min_by(|a, b| {
            crowding(&a.area, taken, &bounds).total_cmp(&crowding(&b.area, taken, &bounds))
        })
        .unwrap_or(Placed {
            area: LabelBox::centred(point, size),
            far: false,
        });
    taken.push(placed.area);
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: LabelBox = LabelBox {
        min: [0.0, 0.0],
        size: [10.0, 10.0],
    };

    #[test]
    fn a_label_goes_above_its_point_when_free() {
        let mut taken = Vec::new();
        let p = place_label([5.0, 5.0], [2.0, 0.5], 0.1, &mut taken, BOUNDS);
        assert!(p.area.min[1] > 5.0 && !p.far);
        assert_eq!(taken.len(), 1);
    }

    #[test]
    fn labels_of_close_points_never_overlap() {
        let mut taken = vec![LabelBox::centred([5.0, 5.0], [0.3, 0.3])];
        let points = [[5.0, 5.0], [5.1, 5.05], [5.2, 4.95], [4.9, 5.1]];
        let placed: Vec<Placed> = points
            .iter()
            .map(|p| place_label(*p, [2.0, 0.5], 0.1, &mut taken, BOUNDS))
            .collect();
        for (i, a) in placed.iter().enumerate() {
            for b in placed.iter().skip(i + 1) {
                assert_eq!(a.area.overlap(&b.area), 0.0, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_label_near_the_edge_stays_inside() {
        let mut taken = Vec::new();
        let p = place_label([9.8, 9.8], [2.0, 0.5], 0.1, &mut taken, BOUNDS);
        assert_eq!(p.area.outside(&BOUNDS), 0.0, "{p:?}");
    }
}
