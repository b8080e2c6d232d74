//! The matrix: the names screen readers give each cell of a row, the hints and the tips of its
//! cells and column heads, the pasted lines' window.

pub(super) const ENTRIES: &[(&str, &str)] = &[
    ("libellé", "label"),
    ("Libellé — ligne {}", "Label — line {}"),
    ("Actions — {}", "Actions — {}"),
    ("Type — {}", "Kind — {}"),
    ("Unité — {}", "Unit — {}"),
    ("Valorisé — {}", "Valued — {}"),
    ("CPO — {}", "Multi-year — {}"),
    ("Fléché — {}", "Earmarked — {}"),
    ("Forme — {}", "Form — {}"),
    ("Importance — {}", "Importance — {}"),
    ("Type d'acteur — {}", "Actor type — {}"),
    ("Valeur déclarée", "Declared value"),
    ("partenaire", "partner"),
    ("Financeur ou partenaire", "Funder or partner"),
    (
        "Par an, pour toutes les personnes de la ligne (heures, jours, mois ou ETP selon l'unité)",
        "Per year, for all the people of the line (hours, days, months or FTE by the unit)",
    ),
    (
        "Valeur déclarée (coût pour le prêteur, coût déclaré) ; vide : heures × taux",
        "Declared value (cost to the lender, declared cost); empty: hours × rate",
    ),
    ("{} personnes × {} {} = ", "{} people × {} {} = "),
    (
        "Par personne : indiquez le nombre de personnes. ",
        "Per person: give the number of people. ",
    ),
    ("{}{} heures/an", "{}{} hours/year"),
    (
        "{}{} heures/an, non valorisées : cochez « Valorisé » pour les compter (la gouvernance ne l'est pas par défaut)",
        "{}{} hours/year, not valued: tick « Valued » to count them (governance is not valued by default)",
    ),
    (
        "Information seulement : ce temps n'est pas une ressource valorisée",
        "For information only: this time is not a valued resource",
    ),
    (
        "Convention pluriannuelle (CPO)",
        "Multi-year agreement (CPO)",
    ),
    ("Financement fléché", "Earmarked funding"),
    (
        "Valeur en nature (valeur de marché ou locative) ou coûts évités estimés",
        "Value in kind (market or rental value) or estimated avoided costs",
    ),
];
