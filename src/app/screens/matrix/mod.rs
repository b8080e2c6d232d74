//! The matrix editor: the three levers as foldable sections, each line editable in place, with
//! subtotals and the change against the previous snapshot. Numbers are typed and shown the
//! French way; a cell is applied when left, as one edit, and an invalid entry never reaches
//! the case.

mod cells;
mod columns;
mod header;
mod paste;

use egui::{Align, Id, Key, Layout, RichText};

use crate::analysis::{Changes, LineValue, changes, line_value};
use crate::app::action::Action;
use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::app::view::CaseView;
use crate::app::widgets::cells::{
    Cell, Drafts, combo_cell, combo_cell_named, number_cell, text_cell,
};
use crate::app::widgets::choice::typed_choice;
use crate::app::widgets::colours::colour;
use crate::format::{euros_change, euros_whole, quantity};
use crate::model::edits::{LineField, first_kind};
use crate::model::{
    ActorType, Catalogue, Edit, KindId, Lever, Nature, PartnershipForm, ResourceLine, Unit,
    ValuationSettings,
};
use crate::palette;
use cells::{Cells, change_cell, kind_ui};
use columns::{Columns, SPACING};
use header::header_ui;

/// The id of a line's row in the editor; each cell is `line_id(…).with(field)`, with field
/// one of `label`, `amount`, `quantity`, `people`.
pub fn line_id(snapshot: usize, line: u32) -> Id {
    Id::unique(("line", snapshot, line))
}

#[derive(Default)]
pub struct MatrixScreen {
    drafts: Drafts,
    /// The `drafts_epoch` of the view the drafts were typed in.
    drafts_epoch: u64,
    /// The added line whose label was last given the focus (`CaseView::added_line`).
    focused_line: Option<(u64, u32)>,
    /// The id egui gave each line's kind list when last drawn, for the keyboard.
    kind_ids: std::collections::HashMap<u32, Id>,
    /// Rows pasted from a spreadsheet, waiting for confirmation.
    pasted: Option<paste::PendingPaste>,
}

/// What one row needs to know besides its line.
struct Row<'a> {
    snapshot: usize,
    lang: Lang,
    valuation: &'a ValuationSettings,
    alliances: &'a [(u32, String)],
    change: Option<&'a Changes>,
    /// Room for a row, from which each lever's columns take their widths.
    width: f32,
}

impl MatrixScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        let selected = view.selected;
        let (Some(snapshot), Some(analysis)) = (view.snapshot(), view.analysis()) else {
            ui.label(lang.t("Aucun instantané : ajoutez-en un dans le panneau de gauche."));
            return;
        };
        if self.drafts_epoch != view.drafts_epoch {
            self.drafts.clear();
            self.drafts_epoch = view.drafts_epoch;
        }
        if view.added_line != self.focused_line {
            self.focused_line = view.added_line;
            if let Some((_, line)) = view.added_line {
                let id = line_id(selected, line).with("label");
                ui.memory_mut(|m| m.request_focus(id));
            }
        }
        if let Some(pending) = paste::take_block(ui) {
            self.pasted = Some(pending);
        }
        if let Some(pending) = &mut self.pasted
            && !paste::confirm_ui(ui.ctx(), pending, (selected, lang), commands)
        {
            self.pasted = None;
        }
        // The order of the cells is only worked out when Tab or Enter is pressed.
        let moving = if ui.input(|i| i.key_pressed(Key::Tab) || i.key_pressed(Key::Enter)) {
            let order = cell_order(snapshot);
            let ids: Vec<Id> = order
                .iter()
                .map(|(line, key, _)| {
                    match *key {
                        // A list's id is egui's, known once drawn.
                        "kind" => self.kind_ids.get(line).copied(),
                        _ => None,
                    }
                    .unwrap_or_else(|| line_id(selected, *line).with(*key))
                })
                .collect();
            self.keyboard_move(ui, &order, &ids)
        } else {
            None
        };
        // The focus moves now, before any cell is drawn: the cell left sees it lost the focus
        // (and applies its entry), and what is typed in the same instant goes to the next cell.
        // Enter keeps a wrong entry in its cell, to be corrected; Tab leaves it (and the cell
        // brings its stored value back).
        if let Some(Move::Focus { from, to, by_enter }) = &moving
            && !(*by_enter && self.drafts.has_error(*from))
        {
            if *by_enter {
                // The cell below must not take this Enter as its own (and let go at once).
                ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter));
            }
            ui.memory_mut(|m| m.request_focus(*to));
        }
        let case = view.case;
        let previous = selected.checked_sub(1).and_then(|i| case.snapshots.get(i));
        let change = previous.map(|p| (p.label.clone(), changes(p, snapshot, &case.valuation)));
        let totals = &analysis.totals;

        // The heading whole, the button after it, on the next line when the window is narrow.
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("{} — {}", case.organisation.name, snapshot.label)).heading(),
            );
            if ui.button(lang.t("Réglages de valorisation…")).clicked() {
                commands.push(Command::Action(Action::ValuationSettings));
            }
            let table = || crate::report::table::matrix_table(case, snapshot);
            crate::app::widgets::copy::copy_table_button(ui, lang, &table, commands);
            crate::app::widgets::copy::copy_on_shortcut(ui, &table, commands);
        });
        // One line, always there: what the « Évolution » column compares with, or the entry
        // being refused. It never pushes the table, so the next click lands where aimed.
        let status = match (self.drafts.errors().next(), &change) {
            (Some(error), _) => {
                RichText::new(lang.f("Saisie non appliquée : {}", &[&error.to_string()]))
                    .color(ui.visuals().error_fg_color)
            }
            (None, Some((label, _))) => {
                RichText::new(lang.f("Évolution par rapport à « {} »", &[label])).weak()
            }
            (None, None) => RichText::new(" "),
        };
        ui.add(egui::Label::new(status).truncate());
        let alliances: Vec<(u32, String)> = snapshot
            .lines_of(Lever::AlliancesStrategiques)
            .map(|l| (l.id, format!("{} ({})", l.counterparty, l.display_label())))
            .collect();

        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let row = Row {
                    snapshot: selected,
                    lang,
                    valuation: &case.valuation,
                    alliances: &alliances,
                    change: change.as_ref().map(|(_, c)| c),
                    // Less the indent of the lever's section and the scroll bar.
                    width: ui.available_width() - 28.0,
                };
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
                            self.lever_ui(ui, &row, snapshot.lines_of(lever).collect(), commands);
                            if ui
                                .button(format!("+ {}", lang.t("Ajouter une ligne")))
                                .clicked()
                                && let Some(kind) = first_kind(lever)
                            {
                                commands.push(Command::Edit(Edit::AddLine {
                                    snapshot: selected,
                                    kind,
                                }));
                            }
                        });
                    ui.add_space(6.0);
                }
            });
        // Enter on the last line of a lever: a new line of the same kind, as in a sheet.
        if let Some(Move::NewLineAfter { from, line }) = moving
            && !self.drafts.has_error(from)
        {
            commands.push(Command::Edit(Edit::InsertLine {
                snapshot: selected,
                after: line,
            }));
        }
    }

    /// Tab, Shift+Tab and Enter in a cell of the matrix: the cell to go to (from the cell that
    /// has the focus). Tab goes across the editable cells only, Enter down to the same column
    /// of the next line.
    fn keyboard_move(
        &mut self,
        ui: &mut egui::Ui,
        order: &[(u32, &'static str, Lever)],
        ids: &[Id],
    ) -> Option<Move> {
        let focused = ui.memory(|m| m.focused())?;
        let at = ids.iter().position(|id| *id == focused)?;
        let (tab, shift, enter) = ui.input(|i| {
            (
                i.key_pressed(Key::Tab),
                crate::app::keys::shift_tab(i),
                i.key_pressed(Key::Enter),
            )
        });
        if tab {
            let next = if shift {
                at.checked_sub(1)
            } else {
                Some(at + 1)
            };
            // Past the last cell (or before the first) egui's own Tab goes on out of the
            // matrix, and the cell left applies its entry.
            let to = *next.and_then(|i| ids.get(i))?;
            // egui would go to the next widget, a box or a button: the matrix decides instead.
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
            return Some(Move::Focus {
                from: focused,
                to,
                by_enter: false,
            });
        }
        // Enter in a list chooses in it; in a cell it goes down the column, in the same lever.
        let &(line, key, lever) = order.get(at)?;
        if !enter || key == "kind" {
            return None;
        }
        let below = order
            .iter()
            .zip(ids)
            .skip(at + 1)
            .take_while(|((_, _, l), _)| *l == lever)
            .find(|((_, k, _), _)| *k == key)
            .map(|(_, id)| *id);
        Some(match below {
            Some(to) => Move::Focus {
                from: focused,
                to,
                by_enter: true,
            },
            None => Move::NewLineAfter {
                from: focused,
                line,
            },
        })
    }

    fn lever_ui(
        &mut self,
        ui: &mut egui::Ui,
        row: &Row<'_>,
        lines: Vec<&ResourceLine>,
        commands: &mut Vec<Command>,
    ) {
        let Some(lever) = lines.first().map(|l| l.lever()) else {
            ui.label(RichText::new(row.lang.t("Aucune ligne pour ce levier.")).weak());
            return;
        };
        let columns = Columns::of(lever, row.width);
        egui::Grid::new(("grid", lever, row.snapshot))
            .striped(true)
            .min_col_width(20.0)
            .spacing([SPACING, 4.0])
            .show(ui, |ui| {
                header_ui(ui, row.lang, lever, &columns);
                for (position, line) in lines.iter().enumerate() {
                    // Rows out of view only keep their height: a 2 000-line matrix costs
                    // what its visible rows cost.
                    let row_height = ui.spacing().interact_size.y;
                    let top = ui.cursor().min;
                    let rect = egui::Rect::from_min_size(
                        top,
                        egui::vec2(ui.available_width().max(1.0), row_height),
                    );
                    if !ui.is_rect_visible(rect) {
                        ui.allocate_space(egui::vec2(1.0, row_height));
                        ui.end_row();
                        continue;
                    }
                    let last = position + 1 == lines.len();
                    let mut fields = Vec::new();
                    let mut action = None;
                    let place = (&columns, position, last);
                    self.row_ui(ui, row, line, place, (&mut fields, &mut action));
                    for field in fields {
                        commands.push(Command::Edit(Edit::Line {
                            snapshot: row.snapshot,
                            line: line.id,
                            field,
                        }));
                    }
                    if let Some(action) = action {
                        commands.push(action);
                    }
                    ui.end_row();
                }
            });
    }

    fn row_ui(
        &mut self,
        ui: &mut egui::Ui,
        row: &Row<'_>,
        line: &ResourceLine,
        (columns, position, last): (&Columns, usize, bool),
        (fields, action): (&mut Vec<LineField>, &mut Option<Command>),
    ) {
        let id = line_id(row.snapshot, line.id);
        let lever = line.lever();
        let kind = kind_ui(ui, (id, columns.kind), (line, lever, row.lang), fields);
        self.kind_ids.insert(line.id, kind);
        let (response, label) = text_cell(
            ui,
            &mut self.drafts,
            id.with("label"),
            (&line.label, Some(columns.label)),
            |t| egui::TextEdit::singleline(t).hint_text(row.lang.t("libellé")),
        );
        response.accessible_name(row.lang.f("Libellé — ligne {}", &[&line.id.to_string()]));
        if let Some(label) = label {
            fields.push(LineField::Label(label));
        }
        let value = line_value(line, row.valuation);
        let mut cells = Cells {
            ui,
            drafts: &mut self.drafts,
            id,
            line,
            fields,
            columns,
            refused: None,
            lang: row.lang,
        };
        match lever {
            Lever::RichessesHumaines => cells.human(&value),
            Lever::RessourcesFinancieres => cells.money(),
            Lever::AlliancesStrategiques => cells.alliance(),
        }
        if let Some(why) = cells.refused.take() {
            *action = Some(Command::Tell(why));
        }
        change_cell(ui, row.change, (line.id, row.lang), columns.change);
        let note_mark = if line.note.is_empty() { "…" } else { "✎" };
        let lang = row.lang;
        ui.menu_button(note_mark, |ui| {
            self.line_menu_ui(ui, row, line, (position, last), fields, action);
        })
        .response
        .accessible_name(lang.f("Actions — {}", &[line.display_label()]))
        .on_hover_text(if line.note.is_empty() {
            lang.t("Note, lien, déplacer, dupliquer, supprimer")
        } else {
            line.note.as_str()
        });
    }

    fn line_menu_ui(
        &mut self,
        ui: &mut egui::Ui,
        row: &Row<'_>,
        line: &ResourceLine,
        (position, last): (usize, bool),
        fields: &mut Vec<LineField>,
        action: &mut Option<Command>,
    ) {
        let lang = row.lang;
        let id = line_id(row.snapshot, line.id);
        ui.set_min_width(320.0);
        ui.label(lang.t("Note"));
        let (response, note) = text_cell(
            ui,
            &mut self.drafts,
            id.with("note"),
            (&line.note, None),
            |t| {
                egui::TextEdit::multiline(t)
                    .desired_rows(3)
                    .desired_width(300.0)
            },
        );
        response.accessible_name(lang.t("Note"));
        if let Some(note) = note {
            fields.push(LineField::Note(note));
        }
        if line.lever() != Lever::AlliancesStrategiques {
            ui.label(lang.t("Alliance liée"));
            let current = line
                .alliance
                .and_then(|a| row.alliances.iter().find(|(id, _)| *id == a))
                .map_or(lang.t("aucune").to_owned(), |(_, l)| l.clone());
            let mut chosen = line.alliance;
            egui::ComboBox::from_id_salt(("alliance", line.id))
                .width(300.0)
                .selected_text(current)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, lang.t("aucune"));
                    for (id, label) in row.alliances {
                        ui.selectable_value(&mut chosen, Some(*id), label);
                    }
                })
                .response
                .accessible_name(lang.t("Alliance liée"));
            if chosen != line.alliance {
                fields.push(LineField::Alliance(chosen));
            }
        }
        ui.separator();
        let (snapshot, line_id) = (row.snapshot, line.id);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    position > 0,
                    egui::Button::new(format!("▲ {}", lang.t("Monter"))),
                )
                .clicked()
            {
                *action = Some(Command::Edit(Edit::MoveLine {
                    snapshot,
                    line: line_id,
                    up: true,
                }));
                ui.close();
            }
            if ui
                .add_enabled(
                    !last,
                    egui::Button::new(format!("▼ {}", lang.t("Descendre"))),
                )
                .clicked()
            {
                *action = Some(Command::Edit(Edit::MoveLine {
                    snapshot,
                    line: line_id,
                    up: false,
                }));
                ui.close();
            }
        });
        if ui.button(lang.t("Dupliquer")).clicked() {
            *action = Some(Command::Edit(Edit::DuplicateLine {
                snapshot,
                line: line_id,
            }));
            ui.close();
        }
        if ui.button(lang.t("Supprimer")).clicked() {
            *action = Some(Command::Edit(Edit::DeleteLine {
                snapshot,
                line: line_id,
            }));
            ui.close();
        }
    }
}

/// Where the keyboard goes from a cell.
enum Move {
    Focus { from: Id, to: Id, by_enter: bool },
    NewLineAfter { from: Id, line: u32 },
}

/// The cells one types in, line by line in the order of the matrix: (line id, cell, lever).
/// The kind comes first: typing its first letters chooses it.
fn cell_order(snapshot: &crate::model::Snapshot) -> Vec<(u32, &'static str, Lever)> {
    let mut order = Vec::new();
    for lever in Lever::ALL {
        let keys: &[&'static str] = match lever {
            Lever::RichessesHumaines => &["kind", "label", "people", "quantity", "amount"],
            Lever::RessourcesFinancieres | Lever::AlliancesStrategiques => {
                &["kind", "label", "counterparty", "amount"]
            }
        };
        for line in snapshot.lines_of(lever) {
            order.extend(keys.iter().map(|k| (line.id, *k, lever)));
        }
    }
    order
}
