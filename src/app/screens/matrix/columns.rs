//! The widths of the matrix's columns, from the room the window gives: the fixed columns
//! (numbers, lists, the change) keep a readable width; the kind, the label and the funder or
//! partner share what is left, so that a wide screen shows whole names and a 1 024-pixel one
//! still shows the kind and the amount without scrolling.

use crate::model::Lever;

/// Room between two columns of the grid.
pub const SPACING: f32 = 6.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Columns {
    pub kind: f32,
    pub label: f32,
    pub counterparty: f32,
    pub actor: f32,
    pub form: f32,
    pub importance: f32,
    pub people: f32,
    pub quantity: f32,
    pub unit: f32,
    pub amount: f32,
    pub value: f32,
    pub change: f32,
}

const MENU: f32 = 26.0;
pub const CHECK: f32 = 22.0;

impl Columns {
    /// The narrowest readable widths for `lever`.
    fn narrowest(lever: Lever) -> Columns {
        let base = Columns {
            kind: 100.0,
            label: 100.0,
            counterparty: 90.0,
            actor: 96.0,
            form: 96.0,
            importance: 60.0,
            people: 48.0,
            quantity: 58.0,
            unit: 78.0,
            amount: 86.0,
            value: 74.0,
            change: 64.0,
        };
        match lever {
            // Nine columns: the names give a little.
            Lever::AlliancesStrategiques => Columns {
                kind: 96.0,
                label: 86.0,
                counterparty: 80.0,
                actor: 84.0,
                form: 84.0,
                importance: 70.0,
                amount: 80.0,
                ..base
            },
            _ => base,
        }
    }

    /// The widths for `lever` in `available` points.
    pub fn of(lever: Lever, available: f32) -> Columns {
        let mut c = Columns::narrowest(lever);
        let mut spare = (available - c.total(lever)).max(0.0);
        // First the lists, up to their whole longest choice (« heures/an », « Particuliers »; « h/an chacun » where « heures/an chacun » does not fit).
        let lists: Vec<(&mut f32, f32)> = match lever {
            Lever::RichessesHumaines => vec![(&mut c.unit, 100.0)],
            Lever::RessourcesFinancieres => vec![(&mut c.actor, 126.0)],
            Lever::AlliancesStrategiques => vec![
                (&mut c.actor, 126.0),
                (&mut c.form, 150.0),
                (&mut c.importance, 76.0),
            ],
        };
        for (width, whole) in lists {
            let more = (whole - *width).clamp(0.0, spare);
            *width += more;
            spare -= more;
        }
        // The names take the room, the kind only until it reads whole.
        let kind = (spare * 0.2).min(200.0);
        c.kind += kind;
        let rest = spare - kind;
        match lever {
            Lever::RichessesHumaines => c.label += rest,
            Lever::RessourcesFinancieres | Lever::AlliancesStrategiques => {
                c.label += rest * 0.55;
                c.counterparty += rest * 0.45;
            }
        }
        c
    }

    /// The width of a row of `lever`, spacing included.
    pub fn total(&self, lever: Lever) -> f32 {
        let cells: &[f32] = match lever {
            Lever::RichessesHumaines => &[
                self.kind,
                self.label,
                self.people,
                self.quantity,
                self.unit,
                CHECK,
                self.amount,
                self.value,
                self.change,
                MENU,
            ],
            Lever::RessourcesFinancieres => &[
                self.kind,
                self.label,
                self.counterparty,
                self.actor,
                self.amount,
                2.0 * CHECK + SPACING,
                self.change,
                MENU,
            ],
            Lever::AlliancesStrategiques => &[
                self.kind,
                self.label,
                self.counterparty,
                self.actor,
                self.form,
                self.importance,
                self.amount,
                self.change,
                MENU,
            ],
        };
        cells.iter().sum::<f32>() + SPACING * (cells.len() as f32 - 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lever_fits_a_1024_pixel_window() {
        // 1 024 px less the side panel (230 + 8) and the margins, indent and scroll bar (~45),
        // and 20 points to spare.
        let available = 1024.0 - 238.0 - 45.0 - 20.0;
        for lever in Lever::ALL {
            let c = Columns::of(lever, available);
            assert!(
                c.total(lever) <= available + 0.5,
                "{lever:?}: {}",
                c.total(lever)
            );
        }
    }

    #[test]
    fn a_wide_window_goes_to_the_names() {
        let narrow = Columns::of(Lever::RessourcesFinancieres, 700.0);
        let wide = Columns::of(Lever::RessourcesFinancieres, 1_600.0);
        assert!(wide.label > narrow.label + 300.0);
        assert!(wide.counterparty > narrow.counterparty + 250.0);
        assert_eq!(wide.amount, narrow.amount, "numbers keep their width");
        assert!((wide.total(Lever::RessourcesFinancieres) - 1_600.0).abs() < 0.5);
    }
}
