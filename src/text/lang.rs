//! The language a person reads: French first, English on request (« Affichage › Langue »).
//! Domain terms (the levers, « budget valorisé », the models' names…) are the users' own words
//! and stay French in both.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

/// A text said in both languages, for what is worded once and shown later, maybe after the
/// language changed (the undo names of the « Édition » menu).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub fr: String,
    pub en: String,
}

impl Said {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

impl Lang {
    /// `text` quoted as this language quotes: « text » or “text”.
    pub fn quoted(self, text: &str) -> String {
        match self {
            Lang::Fr => format!("« {text} »"),
            Lang::En => format!("“{text}”"),
        }
    }

    /// `what` found at `line`, `column` of a file: « ligne 3, colonne 7 : … ».
    pub fn at_position(self, line: usize, column: usize, what: &str) -> String {
        match self {
            Lang::Fr => format!("ligne {line}, colonne {column} : {what}"),
            Lang::En => format!("line {line}, column {column}: {what}"),
        }
    }

    /// The French or the English, as this language asks.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}
