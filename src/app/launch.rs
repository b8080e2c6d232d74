//! The window's launcher: the case or the start screen, what the command line asked to show
//! first (a view, a snapshot, a portfolio, a comparison, an import, a reference), the viewport and
//! the renderer, then egui's loop until the window closes.

use std::path::PathBuf;

use anyhow::Result;

use super::{App, AppPaths, Document, View};
use crate::model::Case;

/// What the window shows first.
pub struct Startup {
    pub view: View,
    pub snapshot: Option<String>,
    pub portfolio: Option<PathBuf>,
    pub compare: Option<PathBuf>,
    pub import: Option<PathBuf>,
    pub reference: Option<String>,
    /// A pause in every frame, as on a slow machine (the real-window typing test).
    pub frame_delay: Option<std::time::Duration>,
}

/// The app as the window first shows it: `file` open, or the start screen — also when `file`
/// cannot be opened, saying why in the window: a case double-clicked in a file manager has no
/// terminal to read an error in.
pub fn first_app(
    file: Option<PathBuf>,
    startup: Startup,
    typology_path: Option<PathBuf>,
    paths: AppPaths,
) -> Result<App> {
    let (doc, unopened) = match &file {
        Some(path) => match Document::open(path) {
            Ok(doc) => (doc, None),
            Err(err) => (Document::new(Case::new_blank(2026), None), Some(err)),
        },
        // Nothing to show until the start screen's choice.
        None => (Document::new(Case::new_blank(2026), None), None),
    };
    let start_screen = unopened.is_some()
        || (file.is_none()
            && startup.view == View::Matrix
            && startup.portfolio.is_none()
            && startup.compare.is_none()
            && startup.import.is_none());
    let mut app = App::new(doc, paths);
    if let Some(err) = &unopened {
        app.say_unopened(err);
    }
    if let Some(path) = typology_path {
        app.set_typology(Some(path));
    }
    app.view = if start_screen {
        View::Start
    } else {
        startup.view
    };
    app.frame_delay = startup.frame_delay;
    // What concerns the file (its snapshot, a comparison or an import into it) waits for a file
    // that opens: never on the blank case standing in for it.
    let opened = unopened.is_none();
    if let Some(label) = startup.snapshot.filter(|_| opened) {
        app.select_snapshot(&label);
    }
    if let Some(path) = startup.compare.filter(|_| opened) {
        app.compare_with(&path);
    }
    if let Some(dir) = startup.portfolio {
        app.open_portfolio(&dir);
    }
    if let Some(path) = startup.import.filter(|_| opened) {
        app.start_import(&path);
    }
    // `--reference` for this run, else the reference chosen last time.
    match startup.reference {
        Some(reference) => app.reference_from_command_line(&reference)?,
        None => app.restore_reference(),
    }
    Ok(app)
}

/// Opens the window on `file`, or on the start screen.
pub fn window(
    file: Option<PathBuf>,
    startup: Startup,
    typology_path: Option<PathBuf>,
    exit_after_frames: Option<u32>,
) -> Result<()> {
    let mut app = first_app(file, startup, typology_path, AppPaths::from_env())?;
    app.exit_after_frames = exit_after_frames;
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 600.0])
        .with_title(app.window_title())
        .with_app_id("atelier-mse")
        .with_drag_and_drop(true);
    if let Some(icon) = super::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // Vulkan first under Wine, where DirectX 12 fails (src/app/renderer.rs).
        wgpu_options: super::renderer::wgpu_options(),
        ..Default::default()
    };
    let start = move |cc: &eframe::CreationContext<'_>| -> Result<Box<dyn eframe::App>, _> {
        // The theme, text size and fonts before the first frame, which else is drawn in egui's
        // default theme (dark on most systems), then at once again in the user's.
        super::fonts::install(&cc.egui_ctx);
        app.apply_appearance(&cc.egui_ctx);
        // The plots' fill pipeline draws with one sample, as eframe's default `multisampling`
        // (0): if the options above ever ask for more, give its pipeline the same count.
        let solid_fills = (cc.wgpu_render_state.as_ref()).is_some_and(super::solid_fills::install);
        // An sRGB framebuffer would take the clear colour (egui's gamma values) as linear.
        let cleared = (cc.wgpu_render_state.as_ref()).is_some_and(|r| !r.target_format.is_srgb());
        cc.egui_ctx
            .add_plugin(super::background::ClearedBackground {
                cleared,
                solid_fills,
            });
        Ok(Box::new(app))
    };
    eframe::run_native("atelier-mse", options, Box::new(start))
        .map_err(|e| anyhow::anyhow!("la fenêtre n'a pas pu s'ouvrir : {e}"))?;
    Ok(())
}
