//! The system clipboard for « Copier le tableau »: HTML and tab-separated text together, through
//! arboard (the crate egui's own copy uses). The clipboard is kept open while the app runs: on
//! X11 the copied table is served by the program that copied it, as long as it lives.

use crate::report::table::CopiedTable;

#[derive(Default)]
pub struct Clipboard {
    system: Option<arboard::Clipboard>,
    /// The last table copied, as it was put on the clipboard.
    pub last_table: Option<CopiedTable>,
}

/// The system clipboard could not be used; `why` in arboard's words, or none when there is none.
#[derive(Debug)]
pub struct Unavailable {
    pub why: Option<String>,
}

impl Unavailable {
    /// Why nothing was copied, in `lang`.
    pub fn said(&self, lang: crate::text::Lang) -> String {
        let why = self
            .why
            .clone()
            .unwrap_or_else(|| lang.t("aucun presse-papiers").to_owned());
        lang.f(
            "Le presse-papiers du système n'est pas disponible ({}) : rien n'a été copié.",
            &[&why],
        )
    }
}

impl Clipboard {
    /// Puts `table` on the clipboard; says why it could not.
    pub fn copy_table(&mut self, table: CopiedTable) -> Result<(), Unavailable> {
        let (html, text) = (table.html(), table.tab_separated());
        self.last_table = Some(table);
        if self.system.is_none() {
            self.system = Some(arboard::Clipboard::new().map_err(unavailable)?);
        }
        let Some(system) = self.system.as_mut() else {
            return Err(Unavailable { why: None });
        };
        system.set().html(html, Some(text)).map_err(unavailable)
    }
}

fn unavailable(error: arboard::Error) -> Unavailable {
    Unavailable {
        why: Some(error.to_string()),
    }
}
