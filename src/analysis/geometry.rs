//! Positions on the plots: the ternary map of the monetary mix and the barycentre heptagon.

/// What the poles of the ternary map hold, said under every map (window and documents).
pub const POLES: &str = "Ressources privées : cotisations, dons, mécénat et fondations, ressources mutualisées. Revenus d'activité : ventes, commande publique, tarification publique.";

use super::closeness::ModelWeight;
use super::groups::{GroupAmounts, RuleMix};
use super::typology::Typology;

/// Shares of the three poles of the ternary map, summing to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ternary {
    /// « Subventions publiques » (S).
    pub subsidies: f64,
    /// « Ressources privées » (C + D + M + N).
    pub private: f64,
    /// « Revenus d'activité » (RAp + RAm + RAr).
    pub activity: f64,
}

impl Ternary {
    pub fn from_amounts(amounts: &GroupAmounts) -> Option<Ternary> {
        Ternary::from_mix(&amounts.rule_mix())
    }

    pub fn from_mix(mix: &RuleMix) -> Option<Ternary> {
        let total = mix.sum();
        (total > 0.0).then(|| Ternary {
            subsidies: mix.s / total,
            private: (mix.c + mix.dm + mix.n) / total,
            activity: (mix.a + mix.rar) / total,
        })
    }

    /// Cartesian position in a triangle of side 1: « Subventions publiques » at the top,
    /// « Ressources privées » bottom left, « Revenus d'activité » bottom right.
    pub fn to_xy(self) -> [f64; 2] {
        let top = [0.5, 3f64.sqrt() / 2.0];
        let left = [0.0, 0.0];
        let right = [1.0, 0.0];
        [
            self.subsidies * top[0] + self.private * left[0] + self.activity * right[0],
            self.subsidies * top[1] + self.private * left[1] + self.activity * right[1],
        ]
    }
}

/// The 25 % grid of the ternary map: for each of 25, 50 and 75 % of each pole, the segment of
/// mixes with that share, as triangle coordinates.
pub fn ternary_grid() -> Vec<[[f64; 2]; 2]> {
    let mix = |subsidies, private, activity| {
        Ternary {
            subsidies,
            private,
            activity,
        }
        .to_xy()
    };
    let mut segments = Vec::new();
    for k in [0.25, 0.5, 0.75] {
        let r = 1.0 - k;
        segments.push([mix(k, r, 0.0), mix(k, 0.0, r)]);
        segments.push([mix(r, k, 0.0), mix(0.0, k, r)]);
        segments.push([mix(r, 0.0, k), mix(0.0, r, k)]);
    }
    segments
}

/// Vertex of the model `index` of `count` on a unit heptagon, the first at the top, clockwise.
pub fn ring_vertex(index: usize, count: usize) -> [f64; 2] {
    let angle = std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * index as f64 / count as f64;
    [angle.cos(), angle.sin()]
}

/// Σ w_k × vertex_k around the typology's ring; `None` without weights.
pub fn barycentre(weights: &[ModelWeight], typology: &Typology) -> Option<[f64; 2]> {
    if weights.is_empty() {
        return None;
    }
    let count = typology.ring.len();
    let mut point = [0.0, 0.0];
    for w in weights {
        if let Some(index) = typology.ring.iter().position(|id| *id == w.model) {
            let v = ring_vertex(index, count);
            point[0] += w.weight * v[0];
            point[1] += w.weight * v[1];
        }
    }
    Some(point)
}

/// Models whose anchors fall on the same spot of the ternary map, drawn as one marker.
#[derive(Clone, Debug, PartialEq)]
pub struct AnchorGroup {
    pub models: Vec<String>,
    pub xy: [f64; 2],
}

/// Distance under which two anchors are merged (in triangle units, side 1).
const SAME_SPOT: f64 = 0.02;

/// The anchors of the models on the ternary map, merged where they coincide.
pub fn anchor_groups(typology: &Typology) -> Vec<AnchorGroup> {
    let mut groups: Vec<AnchorGroup> = Vec::new();
    for model in &typology.models {
        let Some(xy) = Ternary::from_mix(&model.prototype).map(Ternary::to_xy) else {
            continue;
        };
        let near = groups
            .iter_mut()
            .find(|g| (g.xy[0] - xy[0]).hypot(g.xy[1] - xy[1]) < SAME_SPOT);
        match near {
            Some(group) => group.models.push(model.id.clone()),
            None => groups.push(AnchorGroup {
                models: vec![model.id.clone()],
                xy,
            }),
        }
    }
    groups
}

/// On which side of its marker an anchor's label goes on the ternary map: outside the edge the
/// anchor sits on, so that labels never cover the organisation's path inside the triangle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Left,
    Right,
    Below,
}

pub fn anchor_label_side([x, y]: [f64; 2]) -> LabelSide {
    if y < 0.02 {
        if x < 0.03 {
            LabelSide::Left
        } else if x > 0.97 {
            LabelSide::Right
        } else {
            LabelSide::Below
        }
    } else if x > 0.5 || y > 3f64.sqrt() / 2.0 - 0.05 {
        LabelSide::Right
    } else {
        LabelSide::Left
    }
}

/// Points of a path that are close to each other share one label: returns each label's
/// position (its first point) and the indices it names, in path order.
pub fn label_groups(points: &[(usize, [f64; 2])], same_spot: f64) -> Vec<([f64; 2], Vec<usize>)> {
    let mut groups: Vec<([f64; 2], Vec<usize>)> = Vec::new();
    for (index, xy) in points {
        match groups
            .iter_mut()
            .find(|(p, _)| (p[0] - xy[0]).hypot(p[1] - xy[1]) < same_spot)
        {
            Some((_, members)) => members.push(*index),
            None => groups.push((*xy, vec![*index])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::RuleMix;

    fn close(a: [f64; 2], b: [f64; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9
    }

    #[test]
    fn pure_mixes_map_to_the_vertices() {
        let pure = |mix: RuleMix| Ternary::from_mix(&mix).unwrap().to_xy();
        let top = [0.5, 3f64.sqrt() / 2.0];
        assert!(close(
            pure(RuleMix {
                s: 5.0,
                ..RuleMix::default()
            }),
            top
        ));
        assert!(close(
            pure(RuleMix {
                dm: 1.0,
                ..RuleMix::default()
            }),
            [0.0, 0.0]
        ));
        assert!(close(
            pure(RuleMix {
                c: 2.0,
                n: 1.0,
                ..RuleMix::default()
            }),
            [0.0, 0.0]
        ));
        assert!(close(
            pure(RuleMix {
                a: 1.0,
                rar: 3.0,
                ..RuleMix::default()
            }),
            [1.0, 0.0]
        ));
    }

    #[test]
    fn equal_mix_maps_to_the_centre() {
        let mix = RuleMix {
            s: 1.0,
            c: 1.0,
            a: 1.0,
            ..RuleMix::default()
        };
        let xy = Ternary::from_mix(&mix).unwrap().to_xy();
        assert!(close(xy, [0.5, 3f64.sqrt() / 6.0]));
    }

    #[test]
    fn empty_mix_has_no_position() {
        assert!(Ternary::from_mix(&RuleMix::default()).is_none());
    }

    #[test]
    fn coinciding_anchors_are_merged() {
        let groups = anchor_groups(Typology::builtin());
        let merged = groups
            .iter()
            .find(|g| g.models.len() > 1)
            .expect("M1 and M7 coincide");
        assert_eq!(merged.models, ["M1", "M7"]);
        assert_eq!(groups.iter().map(|g| g.models.len()).sum::<usize>(), 7);
    }

    #[test]
    fn close_points_share_a_label_in_path_order() {
        let points = [(0, [0.1, 0.1]), (1, [0.11, 0.1]), (2, [0.5, 0.5])];
        let groups = label_groups(&points, 0.05);
        assert_eq!(
            groups,
            vec![([0.1, 0.1], vec![0, 1]), ([0.5, 0.5], vec![2])]
        );
    }

    #[test]
    fn pure_weight_sits_on_its_vertex() {
        let typology = Typology::builtin();
        let weights = vec![ModelWeight {
            model: "M4".to_owned(),
            weight: 1.0,
        }];
        let index = typology.ring.iter().position(|m| m == "M4").unwrap();
        assert!(close(
            barycentre(&weights, typology).unwrap(),
            ring_vertex(index, 7)
        ));
    }
}
