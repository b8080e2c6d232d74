//! The system clipboard read the way another program reads it: the app's binary under Xvfb,
//! clicked by `xdotool`, then `xclip -selection clipboard` asks for the targets, the HTML, the
//! text and the PNG, as LibreOffice or PowerPoint would. The window is 1280 × 800 at the top
//! left of the screen (no window manager): the points clicked are in it (the summary strip on
//! one row: the tabs at y = 93). Slow: about 10 s.

use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Display, repo_path};

/// What another program reads on the clipboard of `display`.
fn xclip(display: &Display, target: &str) -> Output {
    display
        .command("xclip")
        .args(["-selection", "clipboard", "-t", target, "-o"])
        .output()
        .expect("xclip (package xclip, installed by scripts/test.sh)")
}

/// Asks the clipboard for `target` until it has it (the app answers between two frames).
fn clipboard(display: &Display, target: &str, holding: impl Fn(&[u8]) -> bool) -> Vec<u8> {
    let start = Instant::now();
    loop {
        let out = xclip(display, target);
        if out.status.success() && holding(&out.stdout) {
            return out.stdout;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no {target} on the clipboard: {out:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn copied_table_and_image_are_read_by_another_program_from_the_clipboard() {
    let display = Display::start();
    let dir = tempfile::tempdir().unwrap();
    let runtime = tempfile::tempdir().unwrap();
    let sample = repo_path("saves/cpie-vallee-verte.ron");
    let mut app = display.app(
        &[sample.as_os_str()],
        (dir.path(), runtime.path()),
        Stdio::null(),
    );
    display.wait_for_window("Atelier MSE");

    // « Copier le tableau » beside the matrix's heading.
    let start = Instant::now();
    let targets = loop {
        display.xdotool(&["mousemove", "975", "126", "click", "1"]);
        std::thread::sleep(Duration::from_millis(300));
        let out = xclip(&display, "TARGETS");
        let targets = String::from_utf8_lossy(&out.stdout).into_owned();
        if targets.contains("text/html") {
            break targets;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "nothing copied: {out:?}"
        );
    };
    assert!(targets.contains("UTF8_STRING"), "{targets}");
    let html = String::from_utf8(clipboard(&display, "text/html", |b| !b.is_empty())).unwrap();
    assert!(html.contains("<th>Financeur ou partenaire</th>"), "{html}");
    assert!(html.contains("<td>Région</td>"), "{html}");
    assert!(
        html.contains("<td align=\"right\">120\u{a0}000\u{a0}€</td>"),
        "{html}"
    );
    let text = String::from_utf8(clipboard(&display, "UTF8_STRING", |b| !b.is_empty())).unwrap();
    assert!(
        text.lines()
            .any(|l| l.contains("\tRégion\t") && l.contains("\t120\u{a0}000\u{a0}€\t")),
        "{text}"
    );

    // « Positionnement », then a right click on the ternary map and « Copier l'image ».
    display.xdotool(&["mousemove", "429", "93", "click", "1"]);
    std::thread::sleep(Duration::from_millis(500));
    display.xdotool(&["mousemove", "418", "240", "click", "3"]);
    std::thread::sleep(Duration::from_millis(500));
    display.xdotool(&["mousemove", "468", "257", "click", "1"]);
    let png = clipboard(&display, "image/png", |b| b.starts_with(b"\x89PNG"));
    let image = tiny_skia::Pixmap::decode_png(&png).expect("a decodable PNG");
    assert!(
        (400..=520).contains(&image.width()) && (320..=440).contains(&image.height()),
        "the map's size, not the window's: {} × {}",
        image.width(),
        image.height()
    );
    let colours: std::collections::BTreeSet<[u8; 4]> = image
        .pixels()
        .iter()
        .map(|p| [p.red(), p.green(), p.blue(), p.alpha()])
        .collect();
    assert!(colours.len() > 20, "a drawn map, not a blank image");
    let _ = app.kill();
    let _ = app.wait();
}
