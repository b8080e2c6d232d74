//! The window's icon: the PNG rendered from `assets/icon/atelier-mse.svg` by
//! `scripts/icons.sh`, embedded in the binary.

const PNG: &[u8] = include_bytes!("../../assets/icon/png/256.png");

/// The icon as the window wants it (straight RGBA); `None` only if the embedded file were
/// broken (caught by the tests).
pub fn window_icon() -> Option<egui::IconData> {
    let pixmap = tiny_skia::Pixmap::decode_png(PNG).ok()?;
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    Some(egui::IconData {
        rgba,
        width: pixmap.width(),
        height: pixmap.height(),
    })
}
