//! The other views: the position's charts, the comparison, the portfolio, the import review,
//! the autodiagnostic and the start screen's examples.

pub(super) const ENTRIES: &[(&str, &str)] = &[
    (
        "◆ : le ou les modèles que retiennent les règles de la typologie ; les barres montrent la proximité de la composition à chaque modèle.",
        "◆: the model or models the typology's rules retain; the bars show how close the composition is to each model.",
    ),
    ("Contributions valorisées", "Valued contributions"),
    ("réf. {}", "ref. {}"),
    ("Bénévoles (équivalent ETP)", "Volunteers (FTE equivalent)"),
    ("Comparaison : {} → {}", "Comparison: {} → {}"),
    ("avant", "before"),
    ("après", "after"),
    ("Position — « {} »", "Position — « {} »"),
    ("Instantané « {} » — ajouté", "Snapshot « {} » — added"),
    ("Instantané « {} » — supprimé", "Snapshot « {} » — deleted"),
    (
        "Instantané « {} » — inchangé",
        "Snapshot « {} » — unchanged",
    ),
    ("Instantané « {} »", "Snapshot « {} »"),
    ("Position : {}", "Position: {}"),
    (
        "Autodiagnostic des membres (dernier tour) : {} dossiers",
        "Members' autodiagnostic (last round): {} case files",
    ),
    (
        "Autodiagnostic des membres (dernier tour) : {} dossier",
        "Members' autodiagnostic (last round): {} case file",
    ),
    (
        "Formats conseillés (membres) : {}",
        "Advised formats (members): {}",
    ),
    ("Portefeuille — {}", "Portfolio — {}"),
    ("⚠ {} fichier(s) non chargé(s)", "⚠ {} file(s) not loaded"),
    (
        "{} dossier(s) affiché(s) sur {} — cliquez un titre pour trier, double-cliquez une ligne pour ouvrir le dossier.",
        "{} case file(s) shown of {} — click a heading to sort, double-click a row to open the case file.",
    ),
    (
        "Importer une balance comptable — {}",
        "Import a trial balance — {}",
    ),
    ("Lu : {}.", "Read: {}."),
    (
        "{} ligne(s) du fichier laissée(s) de côté",
        "{} line(s) of the file left aside",
    ),
    ("Table de correspondance : {}.", "Account mapping: {}."),
    ("À traiter ({} sur {})", "To handle ({} of {})"),
    ("Tous les comptes ({})", "All accounts ({})"),
    ("Importer {} ligne(s)", "Import {} line(s)"),
    // A file of accounts that cannot be read, or read again (the refusal itself is the text
    // floor's).
    ("Balance : {}", "Balance: {}"),
    (
        "{} Le dossier n'a pas changé.",
        "{} The case file has not changed.",
    ),
    (
        "{} L'import en cours n'a pas changé.",
        "{} The import under way has not changed.",
    ),
    (
        "{} a changé depuis sa lecture (ce n'est plus le même classeur) : annulez l'import et recommencez.",
        "{} has changed since it was read (it is no longer the same workbook): cancel the import and start again.",
    ),
    (
        "{} a changé depuis sa lecture (ce n'est plus le même FEC) : annulez l'import et recommencez.",
        "{} has changed since it was read (it is no longer the same FEC): cancel the import and start again.",
    ),
    ("Ignorer ce compte", "Ignore this account"),
    ("écarté par l'accompagnateur", "set aside by the consultant"),
    ("compte {}", "account {}"),
    ("règle du préfixe {}", "rule of the prefix {}"),
    ("aucune règle", "no rule"),
    ("ligne {} du fichier ; {}", "line {} of the file; {}"),
    (
        "Proposé d'après le libellé : {}",
        "Proposed from the label: {}",
    ),
    ("réparti", "split"),
    ("Ignoré : {}", "Ignored: {}"),
    ("Affectation — {}", "Destination — {}"),
    ("{} (le reste)", "{} (the rest)"),
    (
        "Le questionnaire « {} » (version {}) de ce tour n'est pas celui de cette version de l'atelier.",
        "The questionnaire « {} » (version {}) of this round is not the one of this version of Atelier MSE.",
    ),
    (
        "{} questions sur les trois leviers et le projet, une à la fois : la maturité de l'association, pour choisir le parcours qui lui convient (« premiers pas », « actifs », « pionniers »).",
        "{} questions on the three levers and the project, one at a time: the association's « maturité », to choose the path that suits it (« premiers pas », « actifs », « pionniers »).",
    ),
    ("0 ou ?   {}", "0 or ?   {}"),
    ("Ensemble", "Overall"),
    ("Depuis le tour du {}", "Since the round of {}"),
    (
        "Un petit club de membres, ~8 000 € : modèle des membres (M1)",
        "A small members' club, ~8 000 €: « modèle des membres » (M1)",
    ),
    (
        "Un centre d'éducation à l'environnement, ~600 000 €, 10 ETP : entre M4 et M2",
        "An environmental education centre, ~600 000 €, 10 FTE: « entre M4 et M2 »",
    ),
    (
        "Un opérateur national du sanitaire et social, ~1,4 Md€ : M3",
        "A national health and social care operator, ~1.4 bn€: M3",
    ),
    (
        "Une association de recherche financée par un téléthon, ~140 M€ : M6",
        "A research association funded by a telethon, ~140 M€: M6",
    ),
];
