//! The matrix editor: the three levers as foldable sections, each line editable in place, with
//! subtotals and the change against the previous snapshot. Numbers are typed and shown the
//! French way; an invalid entry is flagged with its reason and never reaches the case.

use std::collections::HashMap;

use egui::{Align, Color32, Id, Layout, RichText, Stroke};

use super::i18n::Lang;
use super::workbook::Workbook;
use crate::analysis::{Changes, LineValue, changes, line_value, totals};
use crate::format::{euros_change, euros_whole, number, parse_amount, quantity};
use crate::model::{
    ActorType, Catalogue, KindId, Lever, Nature, PartnershipForm, ResourceLine, Unit,
};
use crate::palette;

/// Text being typed in number cells, and the reason of each invalid one.
#[derive(Default)]
pub struct CellEdits {
    text: HashMap<Id, String>,
    errors: HashMap<Id, String>,
}

impl CellEdits {
    pub fn clear(&mut self) {
        self.text.clear();
        self.errors.clear();
    }

    /// Reasons of the invalid entries, for the list under the matrix.
    pub fn errors(&self) -> impl Iterator<Item = &String> {
        self.errors.values()
    }
}

/// A number cell bound to an optional value: empty clears it, a valid number sets it, anything
/// else is shown in red with its reason and leaves the value as it was.
///
/// `name` names the cell for screen readers and in the list of invalid entries.
pub fn optional_number(
    ui: &mut egui::Ui,
    edits: &mut CellEdits,
    (id, name): (Id, &str),
    value: &mut Option<f64>,
    width: f32,
) -> egui::Response {
    let shown = || {
        value.map_or(String::new(), |v| {
            number(v, if v.fract() == 0.0 { 0 } else { 2 })
        })
    };
    let mut text = edits.text.get(&id).cloned().unwrap_or_else(shown);
    let invalid = edits.errors.contains_key(&id);
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id)
        .desired_width(width)
        .align(egui::Align2::RIGHT_CENTER);
    if invalid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = sized(ui, width, edit).accessible_name(name);
    if response.changed() {
        if text.trim().is_empty() {
            *value = None;
            edits.errors.remove(&id);
        } else {
            match parse_amount(&text) {
                Ok(v) => {
                    *value = Some(v);
                    edits.errors.remove(&id);
                }
                Err(reason) => {
                    edits.errors.insert(id, format!("{name} : {reason}"));
                }
            }
        }
        edits.text.insert(id, text);
    }
    if response.lost_focus() && !edits.errors.contains_key(&id) {
        edits.text.remove(&id);
    }
    if let Some(reason) = edits.errors.get(&id) {
        ui.painter().rect_stroke(
            response.rect.expand(1.0),
            2.0,
            Stroke::new(1.5, ui.visuals().error_fg_color),
            egui::StrokeKind::Outside,
        );
        return response.on_hover_text(format!("Valeur non appliquée — {reason}"));
    }
    response
}

/// The id of a line's row in the editor; each cell is `line_id(…).with(field)`, with field
/// one of `amount`, `quantity`, `people`.
pub fn line_id(snapshot: usize, line: u32) -> Id {
    Id::unique(("line", snapshot, line))
}

/// Adds a widget at a fixed width: inside a grid, a text field would otherwise keep the width
/// its column had on the first frame.
pub fn sized(ui: &mut egui::Ui, width: f32, widget: impl egui::Widget) -> egui::Response {
    let height = ui.spacing().interact_size.y;
    ui.add_sized([width, height], widget)
}

pub fn ui(ui: &mut egui::Ui, wb: &mut Workbook) {
    let lang = wb.lang();
    let selected = wb.selected;
    let Some(snapshot) = wb.doc.case.snapshots.get(selected) else {
        ui.label(lang.t("Aucun instantané : ajoutez-en un dans le panneau de gauche."));
        return;
    };
    let previous = selected
        .checked_sub(1)
        .and_then(|i| wb.doc.case.snapshots.get(i));
    let change = previous.map(|p| {
        (
            p.label.clone(),
            changes(p, snapshot, &wb.doc.case.valuation),
        )
    });
    let totals = totals(snapshot, &wb.doc.case.valuation);

    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!(
                "{} — {}",
                wb.doc.case.organisation.name, snapshot.label
            ))
            .heading(),
        );
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui.button(lang.t("Réglages de valorisation…")).clicked() {
                wb.valuation_open = true;
            }
        });
    });
    if let Some((label, _)) = &change {
        ui.label(RichText::new(format!("Évolution par rapport à « {label} »")).weak());
    }
    let errors: Vec<String> = wb.edits.errors().cloned().collect();
    for error in errors {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("Saisie non appliquée : {error}"),
        );
    }

    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for lever in Lever::ALL {
                let subtotal = match lever {
                    Lever::RichessesHumaines => totals.human,
                    Lever::RessourcesFinancieres => totals.financial,
                    Lever::AlliancesStrategiques => totals.alliances,
                };
                let title = RichText::new(format!(
                    "{}  —  {} : {}",
                    lever.label(),
                    lang.t("Sous-total"),
                    euros_whole(subtotal)
                ))
                .heading();
                egui::CollapsingHeader::new(title)
                    .id_salt(("lever", lever))
                    .default_open(true)
                    .show(ui, |ui| {
                        lever_ui(ui, wb, lever, change.as_ref().map(|(_, c)| c));
                    });
                ui.add_space(6.0);
            }
        });
}

/// What the user asked of a line through its buttons.
enum RowAction {
    Up(usize),
    Down(usize),
    Duplicate(usize),
    Delete(usize),
}

fn lever_ui(ui: &mut egui::Ui, wb: &mut Workbook, lever: Lever, change: Option<&Changes>) {
    let lang = wb.lang();
    let selected = wb.selected;
    let valuation = wb.doc.case.valuation.clone();
    let Some(snapshot) = wb.doc.case.snapshots.get_mut(selected) else {
        return;
    };
    let alliances: Vec<(u32, String)> = snapshot
        .lines_of(Lever::AlliancesStrategiques)
        .map(|l| (l.id, format!("{} ({})", l.counterparty, l.display_label())))
        .collect();
    let indices: Vec<usize> = snapshot
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.lever() == lever)
        .map(|(i, _)| i)
        .collect();
    let mut action = None;
    // On a wide screen the labels get the room the fixed columns leave.
    let label_width = 165.0 + (ui.available_width() - 1_000.0).clamp(0.0, 200.0);

    if indices.is_empty() {
        ui.label(RichText::new(lang.t("Aucune ligne pour ce levier.")).weak());
    } else {
        egui::Grid::new(("grid", lever, selected))
            .striped(true)
            .min_col_width(24.0)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                header_ui(ui, lang, lever);
                for (position, &index) in indices.iter().enumerate() {
                    let Some(line) = snapshot.lines.get_mut(index) else {
                        continue;
                    };
                    // Rows out of view only keep their height: a 2 000-line matrix costs
                    // what its visible rows cost.
                    let row_height = ui.spacing().interact_size.y;
                    let top = ui.cursor().min;
                    let row = egui::Rect::from_min_size(
                        top,
                        egui::vec2(ui.available_width().max(1.0), row_height),
                    );
                    if !ui.is_rect_visible(row) {
                        ui.allocate_space(egui::vec2(1.0, row_height));
                        ui.end_row();
                        continue;
                    }
                    let id = line_id(selected, line.id);
                    let value = line_value(line, &valuation);
                    kind_ui(ui, id, line, lever);
                    let name = format!("Libellé — ligne {}", line.id);
                    sized(
                        ui,
                        label_width,
                        egui::TextEdit::singleline(&mut line.label).hint_text("libellé"),
                    )
                    .accessible_name(name);
                    match lever {
                        Lever::RichessesHumaines => {
                            human_cells(ui, &mut wb.edits, id, line, &value)
                        }
                        Lever::RessourcesFinancieres => {
                            money_cells(ui, &mut wb.edits, id, line, lang)
                        }
                        Lever::AlliancesStrategiques => alliance_cells(ui, &mut wb.edits, id, line),
                    }
                    change_cell(ui, change, line.id);
                    let note_mark = if line.note.is_empty() { "…" } else { "✎" };
                    let last = position + 1 == indices.len();
                    ui.menu_button(note_mark, |ui| {
                        line_menu_ui(ui, lang, line, &alliances, (position, last), &mut action);
                    })
                    .response
                    .accessible_name(format!("Actions — {}", line.display_label()))
                    .on_hover_text(if line.note.is_empty() {
                        lang.t("Note, lien, déplacer, dupliquer, supprimer")
                    } else {
                        line.note.as_str()
                    });
                    ui.end_row();
                }
            });
    }
    let add = ui.button(format!("+ {}", lang.t("Ajouter une ligne")));
    let new_kind = Catalogue::builtin()
        .kinds_of(lever)
        .next()
        .map(|k| k.id.clone());
    if add.clicked()
        && let Some(kind) = new_kind.as_deref().and_then(KindId::new)
    {
        wb.doc.checkpoint();
        let id = wb.doc.case.next_line_id();
        if let Some(snapshot) = wb.doc.case.snapshots.get_mut(selected) {
            snapshot.lines.push(ResourceLine::new(id, kind));
        }
    }
    if let Some(action) = action {
        wb.doc.checkpoint();
        let next_id = wb.doc.case.next_line_id();
        if let Some(snapshot) = wb.doc.case.snapshots.get_mut(selected) {
            apply(action, &indices, &mut snapshot.lines, next_id);
        }
        wb.edits.clear();
    }
}

fn apply(action: RowAction, indices: &[usize], lines: &mut Vec<ResourceLine>, next_id: u32) {
    let at = |p: usize| indices.get(p).copied();
    match action {
        RowAction::Up(p) => {
            if let (Some(a), Some(b)) = (p.checked_sub(1).and_then(at), at(p)) {
                lines.swap(a, b);
            }
        }
        RowAction::Down(p) => {
            if let (Some(a), Some(b)) = (at(p), at(p + 1)) {
                lines.swap(a, b);
            }
        }
        RowAction::Duplicate(p) => {
            if let Some(i) = at(p)
                && let Some(line) = lines.get(i).cloned()
            {
                lines.insert(
                    i + 1,
                    ResourceLine {
                        id: next_id,
                        ..line
                    },
                );
            }
        }
        RowAction::Delete(p) => {
            if let Some(i) = at(p) {
                let removed = lines.remove(i);
                // A link to a deleted alliance would point nowhere.
                for line in lines.iter_mut() {
                    if line.alliance == Some(removed.id) {
                        line.alliance = None;
                    }
                }
            }
        }
    }
}

fn header_ui(ui: &mut egui::Ui, lang: Lang, lever: Lever) {
    let mut columns = vec![lang.t("Type"), lang.t("Libellé")];
    columns.extend(match lever {
        Lever::RichessesHumaines => vec![
            lang.t("Personnes"),
            lang.t("Quantité"),
            lang.t("Unité"),
            lang.t("Valorisé"),
            lang.t("Valeur déclarée €"),
            "Valeur",
        ],
        Lever::RessourcesFinancieres => vec![
            lang.t("Financeur"),
            lang.t("Type d'acteur"),
            lang.t("Montant €"),
            lang.t("CPO · fléché"),
        ],
        Lever::AlliancesStrategiques => vec![
            lang.t("Partenaire"),
            lang.t("Type d'acteur"),
            lang.t("Forme"),
            lang.t("Importance"),
            lang.t("Valeur €"),
        ],
    });
    columns.push(lang.t("Évolution"));
    columns.push("");
    for column in columns {
        ui.label(RichText::new(column).small().strong());
    }
    ui.end_row();
}

fn kind_ui(ui: &mut egui::Ui, id: Id, line: &mut ResourceLine, lever: Lever) {
    let current = line.kind.def().map_or(String::new(), |d| d.label.clone());
    egui::ComboBox::from_id_salt(id.with("kind"))
        .width(170.0)
        .truncate()
        .selected_text(current.clone())
        .show_ui(ui, |ui| {
            for def in Catalogue::builtin().kinds_of(lever) {
                let chosen = line.kind.as_str() == def.id;
                if ui.selectable_label(chosen, &def.label).clicked()
                    && !chosen
                    && let Some(kind) = KindId::new(&def.id)
                {
                    line.kind = kind;
                    if let Nature::Human { unit, .. } = def.nature {
                        line.unit = unit;
                    }
                }
            }
        })
        .response
        .accessible_name(format!("Type — {}", line.display_label()))
        .on_hover_text(current);
}

fn human_cells(
    ui: &mut egui::Ui,
    edits: &mut CellEdits,
    id: Id,
    line: &mut ResourceLine,
    value: &LineValue,
) {
    let row = line.display_label().to_owned();
    let mut people = line.people.map(f64::from);
    if optional_number(
        ui,
        edits,
        (id.with("people"), &format!("Personnes — {row}")),
        &mut people,
        60.0,
    )
    .changed()
    {
        line.people = people.map(|p| p.round().min(f64::from(u32::MAX)) as u32);
    }
    optional_number(
        ui,
        edits,
        (id.with("quantity"), &format!("Quantité — {row}")),
        &mut line.quantity,
        70.0,
    );
    egui::ComboBox::from_id_salt(id.with("unit"))
        .width(80.0)
        .selected_text(line.unit.label())
        .show_ui(ui, |ui| {
            for unit in Unit::ALL {
                ui.selectable_value(&mut line.unit, unit, unit.label());
            }
        })
        .response
        .accessible_name(format!("Unité — {row}"));
    let can_be_valued = matches!(
        line.kind.def().map(|d| d.nature),
        Some(Nature::Human {
            category: Some(_),
            ..
        })
    );
    let mut valued = line.is_valued();
    if ui
        .add_enabled(can_be_valued, egui::Checkbox::without_text(&mut valued))
        .accessible_name(format!("Valorisé — {row}"))
        .changed()
    {
        line.valued = Some(valued);
    }
    optional_number(
        ui,
        edits,
        (id.with("amount"), &format!("Valeur déclarée — {row}")),
        &mut line.amount,
        105.0,
    )
    .on_hover_text("Valeur déclarée (coût pour le prêteur, coût déclaré) ; vide : heures × taux");
    let shown = if value.valued > 0.0 {
        RichText::new(euros_whole(value.valued))
    } else if value.info > 0.0 {
        RichText::new(format!("({})", euros_whole(value.info))).weak()
    } else {
        RichText::new("—").weak()
    };
    ui.label(shown)
        .on_hover_text(format!("{} heures/an", quantity(value.hours)));
}

fn money_cells(
    ui: &mut egui::Ui,
    edits: &mut CellEdits,
    id: Id,
    line: &mut ResourceLine,
    lang: Lang,
) {
    let row = line.display_label().to_owned();
    sized(
        ui,
        140.0,
        egui::TextEdit::singleline(&mut line.counterparty).hint_text(lang.t("Financeur")),
    )
    .accessible_name(format!("Financeur — {row}"));
    actor_type_ui(ui, id, &mut line.counterparty_type, &row);
    optional_number(
        ui,
        edits,
        (id.with("amount"), &format!("Montant — {row}")),
        &mut line.amount,
        100.0,
    );
    ui.horizontal(|ui| {
        ui.add(egui::Checkbox::without_text(&mut line.multi_year))
            .accessible_name(format!("CPO — {row}"))
            .on_hover_text("Convention pluriannuelle (CPO)");
        ui.add(egui::Checkbox::without_text(&mut line.earmarked))
            .accessible_name(format!("Fléché — {row}"))
            .on_hover_text("Financement fléché");
    });
}

fn alliance_cells(ui: &mut egui::Ui, edits: &mut CellEdits, id: Id, line: &mut ResourceLine) {
    let row = line.display_label().to_owned();
    sized(
        ui,
        140.0,
        egui::TextEdit::singleline(&mut line.counterparty).hint_text("partenaire"),
    )
    .accessible_name(format!("Partenaire — {row}"));
    actor_type_ui(ui, id, &mut line.counterparty_type, &row);
    egui::ComboBox::from_id_salt(id.with("form"))
        .width(135.0)
        .truncate()
        .selected_text(line.partnership.map_or("—", |f| f.label()))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut line.partnership, None, "—");
            for form in PartnershipForm::ALL {
                ui.selectable_value(&mut line.partnership, Some(form), form.label());
            }
        })
        .response
        .accessible_name(format!("Forme — {row}"));
    egui::ComboBox::from_id_salt(id.with("importance"))
        .width(50.0)
        .selected_text(
            line.importance
                .map_or("—".to_owned(), |i| "★".repeat(usize::from(i))),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut line.importance, None, "—");
            for i in 1..=3u8 {
                ui.selectable_value(&mut line.importance, Some(i), "★".repeat(usize::from(i)));
            }
        })
        .response
        .accessible_name(format!("Importance — {row}"));
    optional_number(
        ui,
        edits,
        (id.with("amount"), &format!("Valeur — {row}")),
        &mut line.amount,
        90.0,
    )
    .on_hover_text("Valeur en nature (valeur de marché ou locative) ou coûts évités estimés");
}

fn actor_type_ui(ui: &mut egui::Ui, id: Id, value: &mut Option<ActorType>, row: &str) {
    egui::ComboBox::from_id_salt(id.with("actor"))
        .width(115.0)
        .truncate()
        .selected_text(value.map_or("—", |a| a.label()))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, "—");
            for actor in ActorType::ALL {
                ui.selectable_value(value, Some(actor), actor.label());
            }
        })
        .response
        .accessible_name(format!("Type d'acteur — {row}"));
}

fn change_cell(ui: &mut egui::Ui, change: Option<&Changes>, id: u32) {
    let Some(line) = change.and_then(|c| c.line(id)) else {
        ui.label("");
        return;
    };
    let colour = |rgb: palette::Rgb| Color32::from_rgb(rgb[0], rgb[1], rgb[2]);
    let text = match line.before {
        None => RichText::new("nouvelle").italics(),
        Some(_) if line.delta().abs() < 0.005 => RichText::new("=").weak(),
        Some(_) if line.delta() > 0.0 => {
            RichText::new(euros_change(line.delta().round())).color(colour(palette::INCREASE))
        }
        Some(_) => {
            RichText::new(euros_change(line.delta().round())).color(colour(palette::DECREASE))
        }
    };
    ui.label(text);
}

fn line_menu_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    line: &mut ResourceLine,
    alliances: &[(u32, String)],
    (position, last): (usize, bool),
    action: &mut Option<RowAction>,
) {
    ui.set_min_width(320.0);
    ui.label(lang.t("Note"));
    ui.add(
        egui::TextEdit::multiline(&mut line.note)
            .desired_rows(3)
            .desired_width(300.0),
    )
    .accessible_name(lang.t("Note"));
    if line.lever() != Lever::AlliancesStrategiques {
        ui.label(lang.t("Alliance liée"));
        let current = line
            .alliance
            .and_then(|a| alliances.iter().find(|(id, _)| *id == a))
            .map_or(lang.t("aucune").to_owned(), |(_, l)| l.clone());
        egui::ComboBox::from_id_salt(("alliance", line.id))
            .width(300.0)
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut line.alliance, None, lang.t("aucune"));
                for (id, label) in alliances {
                    ui.selectable_value(&mut line.alliance, Some(*id), label);
                }
            })
            .response
            .accessible_name(lang.t("Alliance liée"));
    }
    ui.separator();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                position > 0,
                egui::Button::new(format!("▲ {}", lang.t("Monter"))),
            )
            .clicked()
        {
            *action = Some(RowAction::Up(position));
            ui.close();
        }
        if ui
            .add_enabled(
                !last,
                egui::Button::new(format!("▼ {}", lang.t("Descendre"))),
            )
            .clicked()
        {
            *action = Some(RowAction::Down(position));
            ui.close();
        }
    });
    if ui.button(lang.t("Dupliquer")).clicked() {
        *action = Some(RowAction::Duplicate(position));
        ui.close();
    }
    if ui.button(lang.t("Supprimer")).clicked() {
        *action = Some(RowAction::Delete(position));
        ui.close();
    }
}
