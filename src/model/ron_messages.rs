//! French wording of the RON parser's errors, for every file the app reads in RON: cases,
//! typologies, references, account mappings. Here, below every floor that parses RON.

use ron::error::Error;

/// What went wrong, in French, without the position (the caller adds it).
pub fn french(code: &Error) -> String {
    match code {
        Error::Eof => "fin de fichier inattendue : le fichier semble tronqué".to_owned(),
        Error::Message(message) => message.clone(),
        Error::ExceededRecursionLimit => {
            "imbrication trop profonde de parenthèses ou de crochets".to_owned()
        }
        Error::ExpectedComma => "une virgule est attendue".to_owned(),
        Error::ExpectedArray => "une liste « [ » est attendue".to_owned(),
        Error::ExpectedArrayEnd => "un « ] » fermant est attendu".to_owned(),
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
            "une parenthèse ouvrante « ( » est attendue".to_owned()
        }
        Error::ExpectedStructLikeEnd | Error::ExpectedOptionEnd => {
            "une parenthèse fermante « ) » est attendue".to_owned()
        }
        Error::ExpectedMapColon => "deux-points « : » attendus après le nom du champ".to_owned(),
        Error::ExpectedBoolean => "true ou false est attendu".to_owned(),
        Error::ExpectedFloat | Error::ExpectedInteger => "un nombre est attendu".to_owned(),
        Error::ExpectedString | Error::ExpectedStringEnd => {
            "un texte entre guillemets est attendu".to_owned()
        }
        Error::ExpectedOption => "Some(…) ou None est attendu".to_owned(),
        Error::ExpectedIdentifier => "un nom de champ ou de valeur est attendu".to_owned(),
        Error::IntegerOutOfBounds => "nombre entier hors limites".to_owned(),
        Error::UnexpectedChar(c) => format!("caractère inattendu {c:?}"),
        Error::TrailingCharacters => "texte en trop après la fin du dossier".to_owned(),
        Error::UnclosedBlockComment => "commentaire /* … */ non refermé".to_owned(),
        Error::InvalidEscape(_) => "séquence d'échappement invalide dans un texte".to_owned(),
        Error::InvalidValueForType { expected, found } => format!(
            "valeur inattendue ({found}) : {} est attendu",
            expected_in_french(expected)
        ),
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "valeur « {found} » inconnue{} (valeurs possibles : {})",
            outer_in_french(outer.as_deref()),
            expected.join(", ")
        ),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "champ inconnu « {found} »{} (champs possibles : {})",
            outer_in_french(outer.as_deref()),
            expected.join(", ")
        ),
        Error::MissingStructField { field, outer } => format!(
            "champ obligatoire « {field} » manquant{}",
            outer_in_french(outer.as_deref())
        ),
        Error::DuplicateStructField { field, outer } => format!(
            "champ « {field} » présent deux fois{}",
            outer_in_french(outer.as_deref())
        ),
        other => format!("contenu invalide ({other})"),
    }
}

/// Where the problem is, in the consultant's words rather than the code's type names.
fn outer_in_french(outer: Option<&str>) -> String {
    let place = match outer {
        None => return String::new(),
        Some("Case" | "CaseV1" | "VersionProbe") => "le dossier",
        Some("Organisation") => "l'organisation",
        Some("Accompaniment") => "l'accompagnement",
        Some("Session") => "une séance",
        Some("ValuationSettings" | "ValuationV1") => "les réglages de valorisation",
        Some("HourlyRate") => "un taux horaire",
        Some("TypologyRef") => "la référence de typologie",
        Some("Snapshot") => "un instantané",
        Some("ResourceLine") => "une ligne de la matrice",
        Some("AccountRule") => "une règle d'import de balance",
        Some("Action") => "une action du plan",
        Some("Scenario") => "un scénario",
        Some("DiagnosticRound") => "un tour d'autodiagnostic",
        Some("QuestionnaireRef") => "la référence du questionnaire",
        Some("Questionnaire" | "FormatProbe") => "le questionnaire",
        Some("Choice") => "une réponse de l'échelle",
        Some("LevelThresholds") => "les seuils d'un niveau",
        Some("Question") => "une question",
        Some("Section") => "une partie du questionnaire",
        Some("FormatDef") => "un format",
        Some("Recommendation") => "une recommandation",
        Some("Reference") => "la référence",
        Some("ReferenceMix") => "une répartition de la référence",
        Some("GroupFigure") => "un groupe de la référence",
        Some("Typology") => "la typologie",
        Some("Thresholds") => "les seuils de la typologie",
        Some("ModelDef") => "un modèle de la typologie",
        Some("RuleMix") => "un mélange type de la typologie",
        Some("Mapping") => "la table de correspondance",
        // A type this list does not know: the file, whatever it is, rather than a wrong name.
        Some(_) => "le fichier",
    };
    format!(" dans {place}")
}

fn expected_in_french(expected: &str) -> String {
    let words = match expected {
        "a boolean" => "true ou false",
        "f64" | "f32" | "a float" => "un nombre",
        "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "an integer" => "un nombre entier",
        "a string" => "un texte entre guillemets",
        "a sequence" => "une liste [ … ]",
        "option" => "Some(…) ou None",
        other if other.starts_with("struct ") => "une structure ( … )",
        other if other.starts_with("enum ") => "une valeur de liste",
        other => other,
    };
    words.to_owned()
}
