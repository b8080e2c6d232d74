//! Editable cells that work on a draft: what is typed stays in the cell until Enter, Tab or
//! leaving it, and only then, if valid, is it handed back to be applied as one edit. An invalid
//! number stays red with its reason while the cell has the focus (Enter keeps it there);
//! Escape, or leaving it, brings the stored value back. Nothing half-typed reaches the case.

use std::collections::HashMap;

use egui::{Id, Key, Stroke};

use crate::app::i18n::Lang;
use crate::format::{number, parse_amount};

/// Text being typed in cells, and the reason of each invalid number.
#[derive(Default)]
pub struct Drafts {
    text: HashMap<Id, String>,
    errors: HashMap<Id, String>,
    /// The cell that had the focus when last drawn.
    focused: Option<Id>,
}

impl Drafts {
    pub fn clear(&mut self) {
        self.text.clear();
        self.errors.clear();
    }

    /// Reasons of the invalid entries being typed.
    pub fn errors(&self) -> impl Iterator<Item = &String> {
        self.errors.values()
    }

    /// Whether the cell `id` holds an invalid entry.
    pub fn has_error(&self, id: Id) -> bool {
        self.errors.contains_key(&id)
    }

    /// Called before a cell is drawn: a cell the keyboard just entered (Tab, Enter) has its
    /// whole content selected, so that typing replaces it, as in a spreadsheet. A click keeps
    /// its own cursor.
    fn enter(&mut self, ui: &egui::Ui, id: Id, text: &str) {
        if ui.memory(|m| m.has_focus(id)) && self.focused != Some(id) {
            let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::select_all_str(text)));
            state.store(ui.ctx(), id);
            self.focused = Some(id);
        }
    }

    /// Called after a cell is drawn, with whether it has the focus.
    fn left(&mut self, id: Id, focused: bool) {
        if focused {
            self.focused = Some(id);
        } else if self.focused == Some(id) {
            self.focused = None;
        }
    }

    fn forget(&mut self, id: Id) {
        self.text.remove(&id);
        self.errors.remove(&id);
    }
}

/// What became of a cell this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<T> {
    Unchanged,
    /// A valid entry to apply.
    Commit(T),
    /// An invalid entry left behind: the stored value stays, and this says why.
    Refused(String),
}

/// A number cell showing `current` (empty for none); `name` names it for screen readers and in
/// messages, said in `lang`.
pub fn number_cell(
    ui: &mut egui::Ui,
    drafts: &mut Drafts,
    (id, name, lang): (Id, &str, Lang),
    current: Option<f64>,
    width: f32,
) -> (egui::Response, Cell<Option<f64>>) {
    let shown = current.map_or(String::new(), |v| {
        number(v, if v.fract() == 0.0 { 0 } else { 2 })
    });
    draft_cell(ui, drafts, (id, name, lang), (current, shown), parse, width)
}

/// A year cell (« 1994 », no thousands space), empty for none.
pub fn year_cell(
    ui: &mut egui::Ui,
    drafts: &mut Drafts,
    (id, name, lang): (Id, &str, Lang),
    current: Option<i32>,
    width: f32,
) -> (egui::Response, Cell<Option<i32>>) {
    let shown = current.map_or(String::new(), |y| y.to_string());
    draft_cell(
        ui,
        drafts,
        (id, name, lang),
        (current, shown),
        parse_year,
        width,
    )
}

fn parse_year(text: &str, lang: Lang) -> Result<Option<i32>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<i32>() {
        Ok(year) if (1000..=2100).contains(&year) => Ok(Some(year)),
        _ => Err(lang.f("« {} » n'est pas une année (de 1000 à 2100)", &[text])),
    }
}

/// A cell whose text is `shown` for the stored `current`, typed as a draft and handed back
/// through `parse` when left.
fn draft_cell<T: PartialEq>(
    ui: &mut egui::Ui,
    drafts: &mut Drafts,
    (id, name, lang): (Id, &str, Lang),
    (current, shown): (T, String),
    parse: fn(&str, Lang) -> Result<T, String>,
    width: f32,
) -> (egui::Response, Cell<T>) {
    let mut text = drafts.text.get(&id).cloned().unwrap_or(shown);
    drafts.enter(ui, id, &text);
    let invalid = drafts.errors.contains_key(&id);
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id)
        .desired_width(width)
        .align(egui::Align2::RIGHT_CENTER);
    if invalid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = sized(ui, width, edit).accessible_name(name);
    drafts.left(id, response.has_focus());
    if response.changed() {
        match parse(&text, lang) {
            Ok(_) => drafts.errors.remove(&id),
            Err(reason) => drafts
                .errors
                .insert(id, lang.f("{} : {}", &[name, &reason])),
        };
        drafts.text.insert(id, text);
    }
    let mut outcome = Cell::Unchanged;
    if response.lost_focus() {
        let (escape, enter) = ui.input(|i| (i.key_pressed(Key::Escape), i.key_pressed(Key::Enter)));
        if let Some(draft) = drafts.text.get(&id).cloned() {
            match parse(&draft, lang) {
                _ if escape => drafts.forget(id),
                Ok(value) => {
                    drafts.forget(id);
                    if value != current {
                        outcome = Cell::Commit(value);
                    }
                }
                // Enter on an invalid entry keeps it in the cell, to be corrected.
                Err(_) if enter => response.request_focus(),
                Err(reason) => {
                    drafts.forget(id);
                    outcome = Cell::Refused(lang.f(
                        "{} : {} — saisie non appliquée, la valeur précédente est conservée.",
                        &[name, &reason],
                    ));
                }
            }
        }
    }
    if let Some(reason) = drafts.errors.get(&id) {
        ui.painter().rect_stroke(
            response.rect.expand(1.0),
            2.0,
            Stroke::new(1.5, ui.visuals().error_fg_color),
            egui::StrokeKind::Outside,
        );
        let response = response.on_hover_text(lang.f("Valeur non appliquée — {}", &[reason]));
        return (response, outcome);
    }
    (response, outcome)
}

fn parse(text: &str, lang: Lang) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        amount(text, lang).map(Some)
    }
}

/// A typed amount the model accepts (finite, not negative, at most a thousand billion), or why
/// not, in `lang`.
fn amount(text: &str, lang: Lang) -> Result<f64, String> {
    let value = parse_amount(text).map_err(|e| crate::text::number_refusal(&e, lang))?;
    crate::model::number_problem(value).map_or(Ok(value), |p| Err(crate::text::problem(&p, lang)))
}

/// A text cell showing `current`, at `width` if given; the text typed is handed back on Enter, Tab or
/// leaving the cell, and Escape brings `current` back.
pub fn text_cell(
    ui: &mut egui::Ui,
    drafts: &mut Drafts,
    id: Id,
    (current, width): (&str, Option<f32>),
    edit: impl FnOnce(&mut String) -> egui::TextEdit<'_>,
) -> (egui::Response, Option<String>) {
    let mut text = drafts
        .text
        .get(&id)
        .cloned()
        .unwrap_or_else(|| current.to_owned());
    drafts.enter(ui, id, &text);
    let widget = edit(&mut text).id(id);
    let response = match width {
        Some(width) => sized(ui, width, widget),
        None => ui.add(widget),
    };
    drafts.left(id, response.has_focus());
    if response.changed() {
        drafts.text.insert(id, text);
    }
    let mut committed = None;
    if response.lost_focus() {
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        if let Some(draft) = drafts.text.remove(&id)
            && !escape
            && draft != current
        {
            committed = Some(draft);
        }
    }
    (response, committed)
}

/// Adds a widget at a fixed width: inside a grid, a text field would otherwise keep the width
/// its column had on the first frame.
pub fn sized(ui: &mut egui::Ui, width: f32, widget: impl egui::Widget) -> egui::Response {
    let height = ui.spacing().interact_size.y;
    ui.add_sized([width, height], widget)
}

/// A list in a cell of `width`: its text cut to the cell, whole on hover.
pub fn combo_cell(
    ui: &mut egui::Ui,
    cell: (Id, f32),
    text: &str,
    options: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    combo_cell_named(ui, cell, (text, text), options)
}

/// A list in a cell showing `full` when it fits in the cell, `short` otherwise (two kinds cut
/// to « Subventio… » would read the same); the whole name on hover.
pub fn combo_cell_named(
    ui: &mut egui::Ui,
    (salt, width): (Id, f32),
    (full, short): (&str, &str),
    options: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    let room = width - ui.spacing().icon_width - 2.0 * ui.spacing().button_padding.x - 4.0;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let needed = ui
        .painter()
        .layout_no_wrap(full.to_owned(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x;
    let text = if needed <= room { full } else { short };
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            egui::ComboBox::from_id_salt(salt)
                .width(width)
                .truncate()
                .selected_text(text)
                .show_ui(ui, options)
                .response
        },
    )
    .inner
    .on_hover_text(full)
}

/// A typed amount in euros, written and read the French way (« 60 000 », « -1 234,5 »);
/// `signed` writes « + » before a rise (a change rather than an amount).
pub fn euros_value(value: &mut f64, signed: bool) -> egui::DragValue<'_> {
    egui::DragValue::new(value)
        .speed(100.0)
        .suffix("\u{a0}€")
        .custom_formatter(move |v, _| {
            let decimals = if (v * 100.0).round() % 100.0 == 0.0 {
                0
            } else {
                2
            };
            let text = crate::format::number(v, decimals);
            if signed && v > 0.0 {
                format!("+{text}")
            } else {
                text
            }
        })
        .custom_parser(move |text| {
            if signed {
                crate::format::parse_change(text)
            } else {
                // Whether the model accepts it; the reason (in any language) is not shown here.
                amount(text, Lang::Fr).ok()
            }
        })
}
