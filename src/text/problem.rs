//! The words of a case's problems (`model::Problem`): a value out of bounds, a text too long,
//! a link to nowhere, and where it stands — in French (also its `Display`, for the command line
//! and the case file's refusal) or English.

use std::fmt;

use super::Lang;
use crate::model::problem::{Counted, Field, Place, Problem};

/// `problem` in `lang`.
pub fn problem(problem: &Problem, lang: Lang) -> String {
    let q = |text: &str| lang.quoted(text);
    match (problem, lang) {
        (Problem::At(at, inner), Lang::Fr) => {
            format!("{} : {}", place(at, lang), self::problem(inner, lang))
        }
        (Problem::At(at, inner), Lang::En) => {
            format!("{}: {}", place(at, lang), self::problem(inner, lang))
        }
        (Problem::NoSnapshot, Lang::Fr) => {
            "le dossier ne contient aucun instantané (« snapshots » est vide)".to_owned()
        }
        (Problem::NoSnapshot, Lang::En) => {
            "the case holds no snapshot (“snapshots” is empty)".to_owned()
        }
        (Problem::TooMany { what, count, most }, _) => too_many(*what, *count, *most, lang),
        (Problem::TooLong { field, chars, most }, Lang::Fr) => format!(
            "le champ « {} » fait {chars} caractères, au plus {most} sont acceptés",
            field_name(*field, lang)
        ),
        (Problem::TooLong { field, chars, most }, Lang::En) => format!(
            "the field “{}” has {chars} characters, at most {most} are accepted",
            field_name(*field, lang)
        ),
        (Problem::NotFinite, Lang::Fr) => {
            "valeur non finie (NaN ou infini) : un nombre est attendu".to_owned()
        }
        (Problem::NotFinite, Lang::En) => {
            "value not finite (NaN or infinity): a number is expected".to_owned()
        }
        // A short form: « -1e-300 » would otherwise print with 300 zeros.
        (Problem::Negative(value), Lang::Fr) => format!(
            "valeur négative ({value:.3e}) : les montants et quantités sont positifs ou nuls"
        ),
        (Problem::Negative(value), Lang::En) => {
            format!("negative value ({value:.3e}): amounts and quantities are zero or more")
        }
        (Problem::TooLarge(value), Lang::Fr) => {
            format!("valeur trop grande ({value:.3e}) : au plus 1 000 milliards (1e12)")
        }
        (Problem::TooLarge(value), Lang::En) => {
            format!("value too large ({value:.3e}): at most a thousand billion (1e12)")
        }
        (Problem::EtpHours(hours), Lang::Fr) => format!(
            "heures par ETP : {hours} n'est pas une durée de travail annuelle (au moins 1 heure ; 1 607 heures pour un temps plein légal)"
        ),
        (Problem::EtpHours(hours), Lang::En) => format!(
            "hours per ETP: {hours} is not a yearly working time (at least 1 hour; 1 607 hours for a legal full time)"
        ),
        (Problem::AccountPrefix(prefix), Lang::Fr) => {
            format!("préfixe de compte invalide {} (1 à 20 chiffres)", q(prefix))
        }
        (Problem::AccountPrefix(prefix), Lang::En) => {
            format!("invalid account prefix {} (1 to 20 digits)", q(prefix))
        }
        (Problem::EmptyChoice { prefix }, Lang::Fr) => {
            format!("choix vide pour le préfixe {prefix}")
        }
        (Problem::EmptyChoice { prefix }, Lang::En) => {
            format!("empty choice for the prefix {prefix}")
        }
        (Problem::ReasonTooLong { prefix }, Lang::Fr) => {
            format!("raison trop longue pour le préfixe {prefix}")
        }
        (Problem::ReasonTooLong { prefix }, Lang::En) => {
            format!("reason too long for the prefix {prefix}")
        }
        (Problem::UnnamedSnapshot, Lang::Fr) => {
            "un instantané n'a pas de nom (« label » vide)".to_owned()
        }
        (Problem::UnnamedSnapshot, Lang::En) => "a snapshot has no name (empty “label”)".to_owned(),
        (Problem::SameName(name), Lang::Fr) => {
            format!("deux instantanés portent le même nom {}", q(name))
        }
        (Problem::SameName(name), Lang::En) => {
            format!("two snapshots have the same name {}", q(name))
        }
        (Problem::LineIdUsed { line, id }, Lang::Fr) => {
            format!("ligne {line} : l'identifiant {id} est déjà utilisé par une autre ligne")
        }
        (Problem::LineIdUsed { line, id }, Lang::En) => {
            format!("line {line}: the id {id} is already used by another line")
        }
        (Problem::Importance(importance), Lang::Fr) => {
            format!("importance stratégique {importance}, elle va de 1 à 3")
        }
        (Problem::Importance(importance), Lang::En) => {
            format!("strategic importance {importance}, it goes from 1 to 3")
        }
        (Problem::NotAnAlliance(target), Lang::Fr) => {
            format!("le lien vers l'alliance {target} désigne une ligne qui n'est pas une alliance")
        }
        (Problem::NotAnAlliance(target), Lang::En) => {
            format!("the link to the alliance {target} points to a line that is not an alliance")
        }
        (Problem::NoAlliance(target), Lang::Fr) => {
            format!("le lien vers l'alliance {target} ne désigne aucune ligne de l'instantané")
        }
        (Problem::NoAlliance(target), Lang::En) => {
            format!("the link to the alliance {target} points to no line of the snapshot")
        }
    }
}

/// Where a problem stands.
fn place(place: &Place, lang: Lang) -> String {
    let q = |text: &str| lang.quoted(text);
    match (place, lang) {
        (Place::Action(n), Lang::Fr) => format!("plan d'action, action {n}"),
        (Place::Action(n), Lang::En) => format!("action plan, action {n}"),
        (Place::Valuation, _) => lang
            .pick("réglages de valorisation", "valuation settings")
            .to_owned(),
        (Place::AccountRules, _) => lang
            .pick(
                "règles d'import de la balance",
                "import rules of the balance",
            )
            .to_owned(),
        (Place::Snapshot(name), Lang::Fr) => format!("instantané {}", q(name)),
        (Place::Snapshot(name), Lang::En) => format!("snapshot {}", q(name)),
        (Place::Scenario(name), Lang::Fr) => format!("scénario {}", q(name)),
        (Place::Scenario(name), Lang::En) => format!("scenario {}", q(name)),
        (Place::Round(n), Lang::Fr) => format!("autodiagnostic, tour {n}"),
        (Place::Round(n), Lang::En) => format!("autodiagnostic, round {n}"),
        (Place::Line(n, label), Lang::Fr) => format!("ligne {n} ({label})"),
        (Place::Line(n, label), Lang::En) => format!("line {n} ({label})"),
        (Place::NewLine(n), Lang::Fr) => format!("ligne {n}"),
        (Place::NewLine(n), Lang::En) => format!("line {n}"),
    }
}

/// More of something than a case accepts; the bounds grouped by thousands.
fn too_many(what: Counted, count: usize, most: usize, lang: Lang) -> String {
    let most = grouped(most);
    match (what, lang) {
        (Counted::Snapshots, Lang::Fr) => {
            format!("{count} instantanés, au plus {most} sont acceptés")
        }
        (Counted::Snapshots, Lang::En) => format!("{count} snapshots, at most {most} are accepted"),
        (Counted::Actions, Lang::Fr) => {
            format!("{count} actions au plan, au plus {most} sont acceptées")
        }
        (Counted::Actions, Lang::En) => {
            format!("{count} actions in the plan, at most {most} are accepted")
        }
        (Counted::AccountRules, Lang::Fr) => {
            format!("{count} règles de comptes, au plus {most} sont acceptées")
        }
        (Counted::AccountRules, Lang::En) => {
            format!("{count} account rules, at most {most} are accepted")
        }
        (Counted::Rounds, Lang::Fr) => {
            format!("{count} tours d'autodiagnostic, au plus {most} sont acceptés")
        }
        (Counted::Rounds, Lang::En) => {
            format!("{count} rounds of autodiagnostic, at most {most} are accepted")
        }
        (Counted::Answers, Lang::Fr) => format!("{count} réponses, au plus {most} sont acceptées"),
        (Counted::Answers, Lang::En) => format!("{count} answers, at most {most} are accepted"),
        (Counted::Scenarios, Lang::Fr) => {
            format!("{count} scénarios, au plus {most} sont acceptés")
        }
        (Counted::Scenarios, Lang::En) => format!("{count} scenarios, at most {most} are accepted"),
        (Counted::Changes, Lang::Fr) => format!("plus de {most} changements"),
        (Counted::Changes, Lang::En) => format!("more than {most} changes"),
        (Counted::Lines, Lang::Fr) => format!("{count} lignes, au plus {most} sont acceptées"),
        (Counted::Lines, Lang::En) => format!("{count} lines, at most {most} are accepted"),
    }
}

/// `n` with its thousands apart, as the limits have always been written: « 1 000 », « 50 000 ».
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(digit);
    }
    out
}

/// The name of a text field, as the consultant sees it.
fn field_name(field: Field, lang: Lang) -> &'static str {
    let (fr, en) = match field {
        Field::OrganisationName => ("nom de l'organisation", "organisation's name"),
        Field::Approvals => ("agréments", "approvals"),
        Field::Sector => ("secteur", "sector"),
        Field::Territory => ("territoire", "territory"),
        Field::Project => ("projet associatif", "association's project"),
        Field::Consultant => ("accompagnateur", "consultant"),
        Field::Decisions => ("décisions", "decisions"),
        Field::SessionNotes => ("notes de séance", "session notes"),
        Field::SessionDate => ("date de séance", "session date"),
        Field::Action => ("action", "action"),
        Field::Owner => ("responsable", "owner"),
        Field::Due => ("échéance", "due"),
        Field::ValidatedBy => ("validé par", "validated by"),
        Field::ValidatedOn => ("date de validation", "validation date"),
        Field::Autodiagnostic => ("autodiagnostic", "autodiagnostic"),
        Field::Name => ("nom", "name"),
        Field::BaseSnapshot => ("instantané de base", "base snapshot"),
        Field::Funder => ("financeur", "funder"),
        Field::Label => ("libellé", "label"),
        Field::Counterparty => ("financeur ou partenaire", "funder or partner"),
        Field::Note => ("note", "note"),
    };
    lang.pick(fr, en)
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&problem(self, Lang::Fr))
    }
}

impl std::error::Error for Problem {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each problem said in French as the case file's refusal always said it, and in English.
    #[test]
    fn problems_are_said_in_french_and_in_english() {
        let in_line = Problem::Importance(7).at(Place::Line(3, "Mécénat".to_owned()));
        let cases = [
            (
                Problem::TooLong {
                    field: Field::Counterparty,
                    chars: 100_001,
                    most: 100_000,
                }
                .at(Place::Snapshot("2025 réalisé".to_owned())),
                "instantané « 2025 réalisé » : le champ « financeur ou partenaire » fait 100001 caractères, au plus 100000 sont acceptés",
                "snapshot “2025 réalisé”: the field “funder or partner” has 100001 characters, at most 100000 are accepted",
            ),
            (
                in_line.clone(),
                "ligne 3 (Mécénat) : importance stratégique 7, elle va de 1 à 3",
                "line 3 (Mécénat): strategic importance 7, it goes from 1 to 3",
            ),
            (
                Problem::TooMany {
                    what: Counted::Actions,
                    count: 1_001,
                    most: 1_000,
                },
                "1001 actions au plan, au plus 1 000 sont acceptées",
                "1001 actions in the plan, at most 1 000 are accepted",
            ),
            (
                Problem::TooMany {
                    what: Counted::Changes,
                    count: 1_001,
                    most: 1_000,
                }
                .at(Place::Scenario("Perte".to_owned())),
                "scénario « Perte » : plus de 1 000 changements",
                "scenario “Perte”: more than 1 000 changes",
            ),
            (
                Problem::Negative(-1e-300).at(Place::NewLine(2)),
                "ligne 2 : valeur négative (-1.000e-300) : les montants et quantités sont positifs ou nuls",
                "line 2: negative value (-1.000e-300): amounts and quantities are zero or more",
            ),
            (
                Problem::EmptyChoice {
                    prefix: "74".to_owned(),
                }
                .at(Place::AccountRules),
                "règles d'import de la balance : choix vide pour le préfixe 74",
                "import rules of the balance: empty choice for the prefix 74",
            ),
            (
                Problem::EtpHours(0.5).at(Place::Valuation),
                "réglages de valorisation : heures par ETP : 0.5 n'est pas une durée de travail annuelle (au moins 1 heure ; 1 607 heures pour un temps plein légal)",
                "valuation settings: hours per ETP: 0.5 is not a yearly working time (at least 1 hour; 1 607 hours for a legal full time)",
            ),
            (
                Problem::LineIdUsed { line: 4, id: 9 },
                "ligne 4 : l'identifiant 9 est déjà utilisé par une autre ligne",
                "line 4: the id 9 is already used by another line",
            ),
        ];
        for (problem, fr, en) in cases {
            assert_eq!(self::problem(&problem, Lang::Fr), fr);
            assert_eq!(problem.to_string(), fr, "Display is the French");
            assert_eq!(self::problem(&problem, Lang::En), en);
        }
    }

    #[test]
    fn limits_are_grouped_by_thousands() {
        assert_eq!(grouped(100), "100");
        assert_eq!(grouped(1_000), "1 000");
        assert_eq!(grouped(50_000), "50 000");
        assert_eq!(grouped(1_000_000), "1 000 000");
    }
}
