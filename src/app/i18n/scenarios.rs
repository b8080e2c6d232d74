//! The « Scénarios » view: the scenarios of a snapshot, their changes, their result, the stress
//! tests and « Que faudrait-il pour… ? ». « budget monétaire », « budget valorisé » and the
//! three poles of the ternary map are domain words: they stay French.

pub(super) const ENTRIES: &[(&str, &str)] = &[
    ("Scénarios", "Scenarios"),
    ("Scénario", "Scenario"),
    ("Budget monétaire", "Budget monétaire"),
    ("Position", "Position"),
    ("Nouveau scénario sur « {} »", "New scenario on « {} »"),
    (
        "Un scénario essaie des changements sur un instantané sans le modifier : « et si la subvention baissait de 30 % ? ». Créez-en un sur l'instantané choisi à gauche.",
        "A scenario tries changes on a snapshot without changing it: “what if the subsidy fell by 30 %?”. Create one on the snapshot chosen on the left.",
    ),
    (
        "L'instantané de base « {} » n'existe plus. Rattachez le scénario à un autre instantané :",
        "The base snapshot « {} » no longer exists. Attach the scenario to another snapshot:",
    ),
    ("Les scénarios sur « {} »", "The scenarios on « {} »"),
    ("{} mois", "{} months"),
    ("sur « {} »", "on « {} »"),
    ("Enregistrer comme cible", "Save as a target"),
    (
        "Ajoute un instantané « cible » avec le résultat du scénario (Annuler le retire).",
        "Adds a « cible » (target) snapshot with the scenario's result (Undo takes it away).",
    ),
    ("Supprimer le scénario", "Delete the scenario"),
    ("Changements", "Changes"),
    (
        "Aucun changement : ajoutez-en un ci-dessous.",
        "No change yet: add one below.",
    ),
    ("Forme du changement {}", "Form of change {}"),
    ("± %, ± € ou « à » un montant", "± %, ± € or “to” an amount"),
    ("Changement {}", "Change {}"),
    ("Retirer ce changement", "Remove this change"),
    ("perte de « {} »", "loss of « {} »"),
    ("ligne « {} »", "line « {} »"),
    ("nouvelle ligne : {}", "new line: {}"),
    ("choisir…", "choose…"),
    ("Ajouter", "Add"),
    ("rechercher…", "search…"),
    (
        "Aucun choix ne contient ce texte.",
        "No choice contains this text.",
    ),
    ("Ajouter le changement", "Add the change"),
    ("à €", "to €"),
    ("Groupe : {} ({})", "Group: {} ({})"),
    ("Type : {}", "Kind: {}"),
    ("Perte de « {} »", "Loss of « {} »"),
    ("Ligne : {}", "Line: {}"),
    ("Nouvelle ligne : {}", "New line: {}"),
    (
        "Budget monétaire : {} → {} ({})",
        "Budget monétaire: {} → {} ({})",
    ),
    ("Budget valorisé : {} → {}", "Budget valorisé: {} → {}"),
    (
        "Réserves : {} mois de charges",
        "Reserves: {} months of expenses",
    ),
    ("Proximité : {}", "Closeness: {}"),
    ("Apparaît : {}", "Appears: {}"),
    (
        "Point du scénario : subventions {}, ressources privées {}, revenus d'activité {}",
        "The scenario's point: subventions {}, ressources privées {}, revenus d'activité {}",
    ),
    ("Tests de résistance sur « {} »", "Stress tests on « {} »"),
    (
        "À charges constantes, la perte de budget est prise sur les réserves. T1, T2… : leur point sur la carte ci-dessous.",
        "With expenses unchanged, the lost budget is taken from the reserves. T1, T2…: their point on the map below.",
    ),
    (
        "À charges constantes, la perte de budget est prise sur les réserves. T1, T2… : leur point sur la carte du scénario.",
        "With expenses unchanged, the lost budget is taken from the reserves. T1, T2…: their point on the scenario's map.",
    ),
    (
        "Aucun financeur ni argent public : pas de test de résistance.",
        "No funder and no public money: no stress test.",
    ),
    ("budget monétaire perdu : {}", "budget monétaire lost: {}"),
    ("après : {}", "after: {}"),
    ("apparaît : {}", "appears: {}"),
    (
        "Que faudrait-il pour atteindre",
        "What would it take to reach",
    ),
    ("choisir un modèle…", "choose a model…"),
    ("en confiance forte", "with « forte » confidence"),
    ("ou {} (→ {})", "or {} (→ {})"),
];
