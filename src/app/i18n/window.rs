//! The window's frame: the menus' items and tips, the side panel (snapshots, organisation,
//! sessions, action plan), the dialogs (questions, export, valuation, about, path prompt) and
//! the widgets they share (the reference's reading).

pub(super) const ENTRIES: &[(&str, &str)] = &[
    // The menus: what Undo and Redo will do, and the Shift key in shortcuts.
    ("{} : {}", "{}: {}"),
    // The draft cells: why an entry is not applied (the reason worded by the text floor).
    (
        "« {} » n'est pas une année (de 1000 à 2100)",
        "“{}” is not a year (from 1000 to 2100)",
    ),
    (
        "{} : {} — saisie non appliquée, la valeur précédente est conservée.",
        "{}: {} — entry not applied, the previous value is kept.",
    ),
    ("Valeur non appliquée — {}", "Value not applied — {}"),
    // Why a reference or a case file to compare with was not read (the reference's own words
    // stay French; storage's are worded by the text floor).
    (
        "{}. La référence en usage n'a pas changé.",
        "{}. The reference in use has not changed.",
    ),
    (
        "La référence choisie la dernière fois n'a pas pu être relue : {}. Aucune référence n'est choisie.",
        "The reference chosen last time could not be read again: {}. No reference is chosen.",
    ),
    (
        "Le presse-papiers du système n'est pas disponible ({}) : rien n'a été copié.",
        "The system clipboard is not available ({}): nothing was copied.",
    ),
    ("aucun presse-papiers", "no clipboard"),
    (
        "{} Aucune comparaison n'a été faite.",
        "{} No comparison was made.",
    ),
    // What a case file, the preferences or the recovery copy not read or written leaves as it
    // was (the refusal itself worded by the text floor in the window's language).
    (
        "{} Le dossier ouvert n'a pas changé.",
        "{} The open case has not changed.",
    ),
    (
        "{} Vos modifications restent ouvertes : réessayez ou choisissez « Enregistrer sous… ».",
        "{} Your changes stay open: try again or choose “Save as…”.",
    ),
    (
        "Les préférences n'ont pas pu être enregistrées : {}",
        "The preferences could not be saved: {}",
    ),
    (
        "La copie de récupération n'a pas pu être écrite : {}",
        "The recovery copy could not be written: {}",
    ),
    (
        "Une copie de récupération existe mais ne peut pas être lue : {}",
        "A recovery copy exists but cannot be read: {}",
    ),
    ("Modification non appliquée : {}.", "Edit not applied: {}."),
    ("Rien n'a été écrit : {}.", "Nothing was written: {}."),
    ("Rien n'a été exporté : {}.", "Nothing was exported: {}."),
    (
        "{}. La typologie intégrée est utilisée.",
        "{}. The built-in typology is used instead.",
    ),
    (
        "Aucun instantané {} dans ce dossier.",
        "No snapshot {} in this case.",
    ),
    (
        "L'export vers {} a échoué : {}. Aucun fichier n'a été écrit.",
        "The export to {} failed: {}. No file was written.",
    ),
    // The summary strip's key figures (analysis::key_figures names them).
    ("Budget valorisé", "Budget valorisé"),
    (
        "Part des contributions valorisées",
        "Share of valued contributions",
    ),
    ("Bénévoles", "Volunteers"),
    (
        "Comparer avec la version enregistrée",
        "Compare with the saved version",
    ),
    (
        "Ce qui a changé depuis le dernier enregistrement",
        "What changed since the last save",
    ),
    (
        "Une copie aux noms neutres, sans notes, aux mêmes chiffres, pour un pair",
        "A copy with neutral names, without notes, with the same figures, for a peer",
    ),
    ("Référence (fichier .ron)", "Reference (.ron file)"),
    (
        "Questionnaire d'autodiagnostic",
        "Autodiagnostic questionnaire",
    ),
    (
        "Copie l'instantané sélectionné comme point de départ d'une cible",
        "Copies the selected snapshot as the starting point of a target",
    ),
    (
        "Éligible aux dons ouvrant droit à réduction d'impôt",
        "Eligible for tax-deductible donations",
    ),
    ("Exporté : {}", "Exported: {}"),
    ("Séance {}", "Session {}"),
    ("date", "date"),
    ("Notes de la séance {}", "Notes of session {}"),
    ("Action {}", "Action {}"),
    ("Supprimer l'action {}", "Delete action {}"),
    ("action", "action"),
    ("Texte de l'action {}", "Text of action {}"),
    ("Transversal", "Cross-cutting"),
    ("Levier de l'action {}", "Lever of action {}"),
    ("Statut de l'action {}", "Status of action {}"),
    ("responsable", "owner"),
    ("Responsable de l'action {}", "Owner of action {}"),
    ("échéance", "due date"),
    ("Échéance de l'action {}", "Due date of action {}"),
    (
        "« {} » a des modifications non enregistrées. Voulez-vous les enregistrer ?",
        "« {} » has unsaved changes. Do you want to save them?",
    ),
    (
        "« {} » a été modifié sur le disque depuis son ouverture (par un autre programme ou un dossier synchronisé). L'enregistrer ici effacerait ces modifications.",
        "« {} » was changed on disk since it was opened (by another program or a synchronised folder). Saving it here would erase those changes.",
    ),
    (
        "L'instantané « {} » et toutes ses lignes seront supprimés (Ctrl+Z pour revenir en arrière).",
        "The snapshot « {} » and all its lines will be deleted (Ctrl+Z to go back).",
    ),
    ("un dossier sans titre", "an untitled case file"),
    (
        "L'atelier ne s'est pas fermé normalement. Des modifications non enregistrées de {} ({}) ont été conservées. Voulez-vous les restaurer ?",
        "Atelier MSE did not close normally. Unsaved changes of {} ({}) were kept. Do you want to restore them?",
    ),
    ("Typologie utilisée", "Typology in use"),
    ("{} (« {} », version {})", "{} (« {} », version {})"),
    ("Source : {}", "Source: {}"),
    (
        "Police des documents exportés",
        "Font of the exported documents",
    ),
    (
        "DejaVu Sans (normale et grasse), sous la licence libre de Bitstream Vera et des polices DejaVu (texte de la licence, en anglais) :",
        "DejaVu Sans (regular and bold), under the free licence of Bitstream Vera and of the DejaVu fonts:",
    ),
    ("Taux horaire €", "Hourly rate €"),
    ("Taux horaire — {}", "Hourly rate — {}"),
    ("Méthode — {}", "Method — {}"),
    ("Année — {}", "Year — {}"),
    ("Source — {}", "Source — {}"),
    (
        "Un réglage de valorisation a toujours une valeur : saisie non appliquée.",
        "A valuation setting always has a value: entry not applied.",
    ),
    (
        "Rapport de l'instantané « {} », pour le conseil d'administration ou une présentation.",
        "Report of the snapshot « {} », for the board or a presentation.",
    ),
    ("Compte rendu de séance", "Session minutes"),
    ("Autodiagnostic", "Autodiagnostic"),
    ("Se situer : {}", "Where it stands: {}"),
    (
        "Pas de ressources monétaires : rien à comparer.",
        "No monetary resources: nothing to compare.",
    ),
    (" ({} organisations)", " ({} organisations)"),
    ("Groupe", "Group"),
    ("Dossier", "Case"),
    ("Référence", "Reference"),
    ("Lecture", "Reading"),
    (
        "Les groupes que la source ne donne pas ne sont pas comparés. Sans quartiles, « dans la moyenne » veut dire à {} points du chiffre publié.",
        "Groups the source does not give are not compared. Without quartiles, « dans la moyenne » (average) means within {} points of the published figure.",
    ),
];
