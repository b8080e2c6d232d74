//! The floor of start-up: the smallest eframe window (one label), opened with the same eframe
//! features and `wgpu` options as Atelier MSE's window (`src/app/launch.rs`), that closes itself
//! after its third frame. `benches/perf.rs` times it next to the app: what the app takes beyond
//! this is its own start-up.

use eframe::egui;

/// The frames drawn before the window closes itself, as the app's `--exit-after-frames 3`.
const FRAMES: u32 = 3;

struct Bare {
    frames: u32,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("Atelier MSE");
        self.frames += 1;
        if self.frames >= FRAMES {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ui.ctx().request_repaint();
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_title("bare window"),
        wgpu_options: atelier_mse::app::renderer::wgpu_options(),
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_| Ok(Box::new(Bare { frames: 0 }))),
    )
}
