//! A scenario's change said in a few words (« perte de « Région » », « Subventions −20 % »), as
//! its list, its documents and `simulate` show it. The kinds' and groups' names are the field's
//! own words, French in both languages.

use super::Lang;
use crate::format::{euros_whole, quantity};
use crate::model::scenario::kind_label;
use crate::model::{Change, Delta, Snapshot};

/// `change` on `base`, in `lang`.
pub fn change_words(change: &Change, base: &Snapshot, lang: Lang) -> String {
    let sign = |v: f64| if v < 0.0 { "−" } else { "+" };
    let by = |by: &Delta| match *by {
        Delta::Percent(p) => format!("{}{} %", sign(p), quantity(p.abs())),
        Delta::Euros(e) => format!("{}{}", sign(e), euros_whole(e.abs())),
        Delta::SetTo(t) => match lang {
            Lang::Fr => format!("à {}", euros_whole(t)),
            Lang::En => format!("to {}", euros_whole(t)),
        },
    };
    let quoted = |text: &str| match lang {
        Lang::Fr => format!("« {text} »"),
        Lang::En => format!("“{text}”"),
    };
    match change {
        Change::Line { id, by: d } => {
            let name = base.line(*id).map_or_else(
                || format!("{} {id}", lang.pick("ligne", "line")),
                |l| l.display_label().to_owned(),
            );
            format!("{} {}", quoted(&name), by(d))
        }
        Change::Kind { kind, by: d } => format!("{} {}", kind_label(kind), by(d)),
        Change::Group { group, by: d } => {
            format!("{} ({}) {}", group.label(), group.code(), by(d))
        }
        Change::LoseFunder { name } => match lang {
            Lang::Fr => format!("perte de {}", quoted(name)),
            Lang::En => format!("loss of {}", quoted(name)),
        },
        Change::NewLine { line } => match lang {
            Lang::Fr => format!("nouvelle ligne {}", quoted(line.display_label())),
            Lang::En => format!("new line {}", quoted(line.display_label())),
        },
    }
}
