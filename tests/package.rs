//! The Debian package: built by `scripts/package.sh` from the binary this test run built, it
//! holds what the README says; its desktop entry and MIME type validate; installed into a
//! temporary root, its binary checks its own sample cases and says its version; its man page
//! renders. Skipped, saying so, where `dpkg-deb` is missing (not a Debian system).

use std::process::Command;

use crate::common::repo_path;

fn ok(command: &mut Command) -> String {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(out.status.success(), "{command:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_debian_package_installs_an_app_that_checks_its_samples() {
    for tool in [
        "dpkg-deb",
        "gio",
        "update-mime-database",
        "desktop-file-validate",
        "xmllint",
    ] {
        assert!(
            Command::new(tool).arg("--version").output().is_ok(),
            "{tool} is missing: scripts/test.sh installs it (scripts/packages.sh)"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    // Uncompressed: what the package holds is checked, not how xz packs it (half a minute).
    let out = ok(Command::new(repo_path("scripts/package.sh"))
        .env("DEB_COMPRESSION", "none")
        .arg(env!("CARGO_BIN_EXE_atelier-mse"))
        .arg(dir.path()));
    let deb = out.trim().lines().last().unwrap().to_owned();
    let listing = ok(Command::new("dpkg-deb").args(["-c", &deb]));
    for path in [
        "./usr/bin/atelier-mse",
        "./usr/share/applications/atelier-mse.desktop",
        "./usr/share/mime/packages/atelier-mse.xml",
        "./usr/share/icons/hicolor/scalable/apps/atelier-mse.svg",
        "./usr/share/icons/hicolor/48x48/apps/atelier-mse.png",
        "./usr/share/icons/hicolor/256x256/apps/atelier-mse.png",
        "./usr/share/atelier-mse/exemples/cpie-vallee-verte.ron",
        "./usr/share/man/man1/atelier-mse.1.gz",
        "./usr/share/bash-completion/completions/atelier-mse",
        "./usr/share/zsh/vendor-completions/_atelier-mse",
        "./usr/share/fish/vendor_completions.d/atelier-mse.fish",
        "./usr/share/doc/atelier-mse/DejaVu-LICENSE.txt",
    ] {
        assert!(
            listing.contains(path),
            "{path} is not in the package:\n{listing}"
        );
    }
    let info = ok(Command::new("dpkg-deb").args(["-f", &deb, "Package", "Section"]));
    assert!(
        info.contains("atelier-mse") && info.contains("office"),
        "{info}"
    );

    let root = dir.path().join("root");
    ok(Command::new("dpkg-deb").args(["-x", &deb]).arg(&root));
    let share = root.join("usr/share");
    ok(Command::new("desktop-file-validate").arg(share.join("applications/atelier-mse.desktop")));
    ok(Command::new("xmllint")
        .arg("--noout")
        .arg(share.join("mime/packages/atelier-mse.xml")));
    let desktop = std::fs::read_to_string(share.join("applications/atelier-mse.desktop")).unwrap();
    assert!(desktop.contains("Exec=atelier-mse %f") && desktop.contains("Categories=Office;"));
    assert!(desktop.contains("Name[fr]=") && desktop.contains("Comment[fr]="));
    // The MIME magic is the first line the app writes in every case file.
    let mime = std::fs::read_to_string(share.join("mime/packages/atelier-mse.xml")).unwrap();
    let sample =
        std::fs::read_to_string(share.join("atelier-mse/exemples/club-randonnee.ron")).unwrap();
    assert!(
        sample.starts_with("// Dossier Atelier MSE")
            && mime.contains("value=\"// Dossier Atelier MSE\"")
    );

    // What a file manager makes of it (GIO on a MIME database holding the package's type): a
    // case file, one with a byte-order mark, and another RON file that is not a case.
    {
        let data = dir.path().join("data");
        let packages = data.join("mime/packages");
        std::fs::create_dir_all(&packages).unwrap();
        std::fs::copy(
            share.join("mime/packages/atelier-mse.xml"),
            packages.join("atelier-mse.xml"),
        )
        .unwrap();
        ok(Command::new("update-mime-database").arg(data.join("mime")));
        let files = dir.path().join("fichiers");
        std::fs::create_dir(&files).unwrap();
        std::fs::write(files.join("cas.ron"), &sample).unwrap();
        std::fs::write(files.join("bom.ron"), format!("\u{feff}{sample}")).unwrap();
        std::fs::write(
            files.join("autre.ron"),
            "(name: \"un autre fichier RON\")\n",
        )
        .unwrap();
        let kind = |name: &str| {
            let out = ok(Command::new("gio")
                .env("XDG_DATA_DIRS", format!("{}:/usr/share", data.display()))
                .args(["info", "-a", "standard::content-type"])
                .arg(files.join(name)));
            out.lines()
                .find_map(|l| l.trim().strip_prefix("standard::content-type: "))
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(kind("cas.ron"), "application/x-atelier-mse");
        assert_eq!(kind("bom.ron"), "application/x-atelier-mse");
        assert_eq!(
            kind("autre.ron"),
            "text/x-ron",
            "other RON files are not claimed"
        );
    }

    let binary = root.join("usr/bin/atelier-mse");
    let samples: Vec<_> = std::fs::read_dir(share.join("atelier-mse/exemples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(samples.len(), 4);
    let checked = ok(Command::new(&binary).arg("check").args(&samples));
    assert_eq!(checked.lines().count(), 4, "{checked}");
    let version = ok(Command::new(&binary).arg("--version"));
    assert!(
        version.contains(&format!("format {}", atelier_mse::model::FORMAT_VERSION)),
        "{version}"
    );
    let man = ok(Command::new("man")
        .env("MANWIDTH", "80")
        .args(["-P", "cat", "-l"])
        .arg(share.join("man/man1/atelier-mse.1.gz")));
    assert!(
        man.contains("atelier-mse") && man.contains("simulate"),
        "{man}"
    );
}

#[test]
fn the_window_has_its_icon() {
    let icon = atelier_mse::app::icon::window_icon().expect("the embedded icon decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Its corners are transparent (rounded), its centre is not.
    assert_eq!(icon.rgba[3], 0);
    assert_eq!(icon.rgba[(128 * 256 + 128) * 4 + 3], 255);
}
