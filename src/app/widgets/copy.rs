//! « Copier l'image » and « Copier le tableau » in the context menu (right click) of a plot: the
//! picture is the plot's pixels, taken on the next frame once the menu has closed, put on the
//! system clipboard by egui (arboard underneath); the table goes through a `Command`, as HTML
//! and tab-separated text together.

use egui::{Id, Rect, Response, Ui};

use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::report::table::CopiedTable;

/// Adds the copy items to `response`'s context menu: the image of `rect` and, with `table`,
/// the figures behind the plot.
pub fn copy_menu(
    ui: &Ui,
    (response, rect): (&Response, Rect),
    lang: Lang,
    table: Option<&dyn Fn() -> CopiedTable>,
    commands: &mut Vec<Command>,
) {
    let key = take_pending_image(ui, response);
    response.context_menu(|ui| {
        image_button(ui, key, rect, lang);
        if let Some(table) = table {
            copy_table_button(ui, lang, table, commands);
        }
    });
}

/// Adds « Copier l'image » (the pixels of `rect`) to `response`'s context menu.
pub fn copy_image_menu(ui: &Ui, (response, rect): (&Response, Rect), lang: Lang) {
    let key = take_pending_image(ui, response);
    response.context_menu(|ui| image_button(ui, key, rect, lang));
}

/// « Copier le tableau »: pushes the table built by `table` when clicked.
pub fn copy_table_button(
    ui: &mut Ui,
    lang: Lang,
    table: &dyn Fn() -> CopiedTable,
    commands: &mut Vec<Command>,
) {
    copy_button(ui, (lang, "Copier le tableau"), table, commands);
}

/// A copy button saying what it copies (`label`, French), pushing the table built by `table`.
pub fn copy_button(
    ui: &mut Ui,
    (lang, label): (Lang, &'static str),
    table: &dyn Fn() -> CopiedTable,
    commands: &mut Vec<Command>,
) {
    if ui
        .button(lang.t(label))
        .on_hover_text(lang.t(
            "Les chiffres en tableau (HTML et texte tabulé), à coller dans un tableur, un traitement de texte ou une présentation (Ctrl+C hors d'une cellule en saisie)",
        ))
        .clicked()
    {
        commands.push(Command::CopyTable(table()));
        ui.close();
    }
}

/// Ctrl+C while no text field holds the keyboard: the view's table, as its button copies it (in
/// a cell being typed, Ctrl+C stays the text's copy).
pub fn copy_on_shortcut(ui: &Ui, table: &dyn Fn() -> CopiedTable, commands: &mut Vec<Command>) {
    let asked = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
    if asked && !ui.ctx().egui_wants_keyboard_input() {
        commands.push(Command::CopyTable(table()));
    }
}

/// Asks for the screenshot of a copy chosen on the previous frame (the menu is gone now);
/// returns the key under which a new one is kept.
fn take_pending_image(ui: &Ui, response: &Response) -> Id {
    let key = response.id.with("copy-image");
    if let Some(Some(rect)) = ui.data_mut(|d| d.remove_temp::<Option<Rect>>(key)) {
        let ctx = ui.ctx().clone();
        let pixels_per_point = ctx.pixels_per_point();
        ui.ctx().request_screenshot(move |image| {
            ctx.copy_image(image.region(&rect, Some(pixels_per_point)));
            ctx.request_repaint();
        });
    }
    key
}

fn image_button(ui: &mut Ui, key: Id, rect: Rect, lang: Lang) {
    if ui
        .button(lang.t("Copier l'image"))
        .on_hover_text(lang.t("Le graphique en image, à coller dans une présentation"))
        .clicked()
    {
        ui.data_mut(|d| d.insert_temp(key, Some(rect)));
        ui.ctx().request_repaint();
        ui.close();
    }
}
