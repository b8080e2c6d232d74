//! The interface strings, French first. Code writes the French text; `Lang::t` returns it, or
//! its English translation from the one catalogue below. Domain terms (the levers, « budget
//! valorisé », the models' names…) are the users' own words and stay French in both languages.

pub use crate::text::Lang;

impl Lang {
    /// `template` in this language with each « {} » replaced by the next of `parts`, in order.
    pub fn f(self, template: &'static str, parts: &[&str]) -> String {
        let mut out = String::new();
        let mut rest = self.t(template);
        for part in parts {
            match rest.split_once("{}") {
                Some((before, after)) => {
                    out.push_str(before);
                    out.push_str(part);
                    rest = after;
                }
                None => break,
            }
        }
        out.push_str(rest);
        out
    }

    /// The text in this language: `fr` itself, or its English entry in the catalogue.
    pub fn t(self, fr: &'static str) -> &'static str {
        match self {
            Lang::Fr => fr,
            Lang::En => CATALOGUE
                .iter()
                .find(|(f, _)| *f == fr)
                .map_or(fr, |(_, en)| en),
        }
    }
}

/// (French, English). Domain vocabulary is deliberately absent: it stays French.
pub const CATALOGUE: &[(&str, &str)] = &[
    ("Plan d'action", "Action plan"),
    ("Aide", "Help"),
    ("À propos…", "About…"),
    ("À propos d'Atelier MSE", "About Atelier MSE"),
    ("à confirmer (proposé)", "to confirm (proposed)"),
    ("Enregistrer comme référence…", "Save as a reference…"),
    ("Se situer par rapport à", "Compare with the reference"),
    ("aucune référence", "no reference"),
    ("Comparer avec", "Compare with"),
    ("aucun autre instantané", "no other snapshot"),
    ("Supprimer cette action", "Delete this action"),
    ("Ajouter une action", "Add an action"),
    ("Validé par", "Validated by"),
    ("le", "on"),
    ("Fichier", "File"),
    ("Nouveau", "New"),
    ("Ouvrir…", "Open…"),
    ("Ouvrir récent", "Open recent"),
    ("Aucun fichier récent", "No recent file"),
    ("Enregistrer", "Save"),
    ("Enregistrer sous…", "Save as…"),
    ("Exporter…", "Export…"),
    (
        "Exporter une copie anonymisée…",
        "Export an anonymised copy…",
    ),
    ("Quitter", "Quit"),
    ("Édition", "Edit"),
    ("Annuler", "Undo"),
    ("Rétablir", "Redo"),
    ("Affichage", "View"),
    ("Langue", "Language"),
    ("Taille du texte", "Text size"),
    ("Matrice", "Matrix"),
    ("Positionnement", "Position"),
    ("Comparaison", "Comparison"),
    ("Portefeuille", "Portfolio"),
    ("Import de balance", "Trial balance import"),
    ("Importer une balance comptable…", "Import a trial balance…"),
    ("Ouvrir un portefeuille…", "Open a portfolio…"),
    (
        "Comparer avec un autre dossier…",
        "Compare with another case file…",
    ),
    ("Aucun portefeuille ouvert.", "No portfolio open."),
    ("Aucune comparaison ouverte.", "No comparison open."),
    ("Organisation", "Organisation"),
    ("Nom", "Name"),
    ("Forme juridique", "Legal form"),
    ("Intérêt général", "General interest"),
    (
        "Reconnue d'utilité publique",
        "Recognised as public utility",
    ),
    ("Agréments", "Approvals"),
    ("Secteur", "Sector"),
    ("Territoire", "Territory"),
    ("Année de création", "Year founded"),
    ("Phase du projet", "Project phase"),
    ("Projet associatif", "Association's project"),
    ("Accompagnement", "Accompaniment"),
    ("Accompagnateur", "Consultant"),
    ("Décisions", "Decisions"),
    ("Instantanés", "Snapshots"),
    ("Ajouter un instantané", "Add a snapshot"),
    ("Créer une cible à partir de…", "Create a target from…"),
    ("Renommer", "Rename"),
    ("Supprimer", "Delete"),
    ("Monter", "Move up"),
    ("Descendre", "Move down"),
    ("Dupliquer", "Duplicate"),
    ("Ajouter une ligne", "Add a line"),
    ("Type", "Kind"),
    ("Libellé", "Label"),
    ("Financeur", "Funder"),
    ("Partenaire", "Partner"),
    ("Type d'acteur", "Actor type"),
    ("Montant", "Amount"),
    ("Personnes", "People"),
    ("Quantité", "Quantity"),
    ("Unité", "Unit"),
    ("Valorisé", "Valued"),
    ("Valeur", "Value"),
    ("Évolution", "Change"),
    ("Forme", "Form"),
    ("Importance", "Importance"),
    ("Note", "Note"),
    ("Sous-total", "Subtotal"),
    ("Réglages de valorisation…", "Valuation settings…"),
    ("Autre référence (fichier)…", "Other reference (file)…"),
    (
        "Le fichier couvre les exercices",
        "The file covers the fiscal years",
    ),
    ("exercice à importer", "fiscal year to import"),
    (
        "Une référence au format .ron, par exemple celle que votre réseau a faite de son portefeuille (Portefeuille › Enregistrer comme référence).",
        "A reference in .ron format, such as the one your network made from its portfolio (Portfolio › Save as reference).",
    ),
    ("Réglages de valorisation", "Valuation settings"),
    ("Catégorie", "Category"),
    ("Taux horaire", "Hourly rate"),
    ("Méthode", "Method"),
    ("Année", "Year"),
    ("Source", "Source"),
    ("Coefficient", "Coefficient"),
    ("Heures par ETP", "Hours per FTE"),
    ("Heures par jour", "Hours per day"),
    ("Heures par mois", "Hours per month"),
    ("Fermer", "Close"),
    ("Modifications non enregistrées", "Unsaved changes"),
    ("Ne pas enregistrer", "Don't save"),
    ("Annuler l'action", "Cancel"),
    ("Restaurer", "Restore"),
    ("Ignorer", "Discard"),
    ("Récupération", "Recovery"),
    ("Supprimer l'instantané ?", "Delete the snapshot?"),
    ("Confiance", "Confidence"),
    ("ETP salariés", "Salaried FTE"),
    ("Heures bénévoles", "Volunteer hours"),
    ("Partenaires", "Partners"),
    ("Modèle", "Model"),
    ("Thème sombre", "Dark theme"),
    ("Charges annuelles", "Annual expenses"),
    ("Réserves", "Reserves"),
    ("Typologie…", "Typology…"),
    ("Typologie intégrée", "Built-in typology"),
    ("Pourquoi ?", "Why?"),
    (
        "Proximité aux sept modèles",
        "Closeness to the seven models",
    ),
    ("Carte ternaire", "Ternary map"),
    ("Composition", "Composition"),
    ("Trajectoire", "Trajectory"),
    ("Alliance liée", "Linked alliance"),
    ("aucune", "none"),
    ("CPO", "Multi-year"),
    ("Exporter", "Export"),
    ("Format", "Format"),
    ("PDF (document imprimable)", "PDF (printable document)"),
    ("PNG (image pour diaporama)", "PNG (image for slides)"),
    ("Classeur Excel", "Excel workbook"),
    ("Copier l'image", "Copy image"),
    (
        "Coller des lignes d'un tableur",
        "Paste lines from a spreadsheet",
    ),
    ("Dans le levier", "Into the lever"),
    ("(à vérifier)", "(to check)"),
    ("Ajouter ces lignes", "Add these lines"),
    ("Copier le tableau", "Copy table"),
    ("Copier les chiffres clés", "Copy the key figures"),
    ("Copier ce qu'il faudrait", "Copy what it would take"),
    ("Copier la comparaison", "Copy the comparison"),
    (
        "Le graphique en image, à coller dans une présentation",
        "The chart as a picture, to paste into a presentation",
    ),
    (
        "Les chiffres en tableau (HTML et texte tabulé), à coller dans un tableur, un traitement de texte ou une présentation",
        "The figures as a table (HTML and tab-separated text), to paste into a spreadsheet, a word processor or a presentation",
    ),
    (
        "Les chiffres en tableau (HTML et texte tabulé), à coller dans un tableur, un traitement de texte ou une présentation (Ctrl+C hors d'une cellule en saisie)",
        "The figures as a table (HTML and tab-separated text), to paste into a spreadsheet, a word processor or a presentation (Ctrl+C outside a cell being typed in)",
    ),
    ("Diapositive 16:9", "16:9 slide"),
    (
        "Image 1920 × 1080 en grands caractères : le positionnement, les scénarios, ou la comparaison avec l'instantané choisi",
        "A 1920 × 1080 picture in large type: the position, the scenarios, or the comparison with the chosen snapshot",
    ),
    (
        "Tout le dossier : une feuille par instantané, sous-totaux en formules, chiffres clés, scénarios",
        "The whole case: one sheet per snapshot, subtotals as formulas, key figures, scenarios",
    ),
    ("Contenu", "Content"),
    ("Tout", "Everything"),
    ("Orientation", "Orientation"),
    ("Portrait (A4)", "Portrait (A4)"),
    ("Paysage (A4)", "Landscape (A4)"),
    (
        "Choisir le fichier et exporter…",
        "Choose the file and export…",
    ),
    (
        "Aucun instantané : ajoutez-en un dans le panneau de gauche.",
        "No snapshot: add one in the left panel.",
    ),
    ("Aucune ligne pour ce levier.", "No line for this lever."),
    (
        "Note, lien, déplacer, dupliquer, supprimer",
        "Note, link, move, duplicate, delete",
    ),
    ("Valeur déclarée €", "Declared value €"),
    ("Montant €", "Amount €"),
    ("CPO · fléché", "Multi-year · earmarked"),
    ("Valeur €", "Value €"),
    ("Aucun instantané.", "No snapshot."),
    (
        "Carte ternaire des ressources monétaires",
        "Ternary map of monetary resources",
    ),
    (
        "Barycentre des sept modèles",
        "Barycentre of the seven models",
    ),
    (
        "Composition des ressources monétaires",
        "Composition of monetary resources",
    ),
    (
        "Budget valorisé : monnaie et contributions valorisées",
        "Budget valorisé: money and valued contributions",
    ),
    (
        "Richesses humaines : ETP salariés et bénévoles",
        "Richesses humaines: salaried FTE and volunteers",
    ),
    (
        "Pas de ressources monétaires : la proximité aux modèles ne se calcule pas.",
        "No monetary resources: closeness to the models cannot be computed.",
    ),
    ("Ajouter une séance", "Add a session"),
    ("Aucun instantané", "No snapshot"),
    (
        "Contributions volontaires en nature : méthode, taux et sources, enregistrés dans le dossier.",
        "Contributions volontaires en nature: method, rates and sources, stored in the case file.",
    ),
    ("Note sur le coefficient", "Note on the coefficient"),
    ("Fichier modifié ailleurs", "File changed elsewhere"),
    ("Écraser quand même", "Overwrite anyway"),
    ("Fléché", "Earmarked"),
    ("tous", "all"),
    ("⟳ Actualiser", "⟳ Reload"),
    (
        "Relit les fichiers du dossier",
        "Reads the folder's files again",
    ),
    ("Exporter en PDF…", "Export to PDF…"),
    ("Exporter en PNG…", "Export to PNG…"),
    ("Exporter le tableau en CSV…", "Export the table to CSV…"),
    (
        "Exporter le tableau en classeur Excel…",
        "Export the table to an Excel workbook…",
    ),
    ("Fermer le portefeuille", "Close the portfolio"),
    ("Phase", "Phase"),
    ("Anonymiser", "Anonymise"),
    (
        "Pour montrer le portefeuille à un tiers : organisations numérotées, territoires et noms de fichiers masqués",
        "To show the portfolio to a third party: organisations numbered, territories and file names hidden",
    ),
    ("Trajectoires", "Paths"),
    (
        "Détails masqués dans la vue anonymisée.",
        "Details hidden in the anonymised view.",
    ),
    ("N°", "No."),
    ("Instantané", "Snapshot"),
    ("Qualificatifs", "Qualifiers"),
    ("⇄ Inverser", "⇄ Swap"),
    ("Échange l'avant et l'après", "Swaps before and after"),
    ("Fermer la comparaison", "Close the comparison"),
    (
        "L'instantané choisi dans le panneau de gauche, s'il est dans les deux dossiers.",
        "The snapshot chosen in the left panel, if it is in both files.",
    ),
    (
        "Aucun instantané commun aux deux dossiers : pas de position à comparer.",
        "No snapshot common to both files: no position to compare.",
    ),
    ("Changement de modèle", "Change of model"),
    ("Même modèle", "Same model"),
    (
        "Aucune différence entre les deux dossiers.",
        "No difference between the two files.",
    ),
    ("Aucun import en cours.", "No import under way."),
    ("Autre table…", "Other table…"),
    (
        "Une table au format de assets/balance-mapping.ron, par exemple adaptée au plan comptable de votre réseau.",
        "A table in the format of assets/balance-mapping.ron, for example fitted to your network's chart of accounts.",
    ),
    (
        "Mémoriser mes affectations dans ce dossier (pour l'import de l'an prochain)",
        "Remember my assignments in this case file (for next year's import)",
    ),
    ("Annuler l'import", "Cancel the import"),
    (
        "✓ Prêt : chaque compte a sa place et les totaux concordent.",
        "✓ Ready: every account has its place and the totals agree.",
    ),
    ("Instantané à créer :", "Snapshot to create:"),
    ("Année :", "Year:"),
    (
        "remplacer ses ressources financières et contributions en nature",
        "replace its financial resources and contributions in kind",
    ),
    (
        "Les lignes de temps et de partenariats saisies à la main restent.",
        "Lines of time and partnerships typed by hand stay.",
    ),
    (
        "Produits du fichier (classes 7 et 87)",
        "Resources in the file (classes 7 and 87)",
    ),
    ("  importés", "  imported"),
    (
        "  ignorés (reprises, fonds dédiés…)",
        "  ignored (reversals, dedicated funds…)",
    ),
    ("  à affecter", "  to assign"),
    ("Contrôle", "Check"),
    (
        "✓ les totaux concordent avec le fichier",
        "✓ the totals agree with the file",
    ),
    (
        "✗ les totaux ne concordent pas",
        "✗ the totals do not agree",
    ),
    ("Après import", "After import"),
    ("Charges annuelles (classe 6)", "Annual expenses (class 6)"),
    (
        "Plusieurs feuilles du classeur tiennent une balance",
        "Several sheets of the workbook hold a balance",
    ),
    ("feuille à importer", "sheet to import"),
    (
        "Reprendre les réserves des comptes :",
        "Take the reserves from the accounts:",
    ),
    (
        "Sinon, les réserves saisies dans l'instantané restent.",
        "Otherwise the reserves typed in the snapshot stay.",
    ),
    ("Répartir entre :", "Split between:"),
    ("Confirmer la répartition", "Confirm the split"),
    (
        "Le compte ne dit pas s'il s'agit de subventions ou d'achats publics : confirmez la répartition.",
        "The account does not say whether these are subsidies or public purchases: confirm the split.",
    ),
    ("à affecter", "to assign"),
    ("à confirmer", "to confirm"),
    ("Choisir une affectation…", "Choose a destination…"),
    ("Compte", "Account"),
    ("Affectation", "Destination"),
    ("État", "Status"),
    (
        "Créer une cible à partir de l'instantané",
        "Create a target from the snapshot",
    ),
    (
        "Ajouter une ligne de richesses humaines",
        "Add a line of « richesses humaines »",
    ),
    (
        "Ajouter une ligne de ressources financières",
        "Add a line of « ressources financières »",
    ),
    (
        "Ajouter une ligne d'alliances stratégiques",
        "Add a line of « alliances stratégiques »",
    ),
    ("Nouveau dossier", "New case"),
    ("Fichiers récents", "Recent files"),
    ("Exemples", "Examples"),
    ("Exemple :", "Example:"),
    (
        "La matrice et la position du modèle socio-économique d'une association.",
        "The matrix and the position of an association's « modèle socio-économique ».",
    ),
    (
        "Des associations fictives aux chiffres plausibles. Un exemple s'ouvre comme une copie sans titre : « Enregistrer » demande où l'enregistrer, l'exemple n'est jamais modifié.",
        "Fictional associations with plausible figures. An example opens as an untitled copy: « Save » asks where to save it; the example itself is never changed.",
    ),
    (
        "Aucune fenêtre de choix de fichier n'est disponible sur ce poste : saisissez le chemin complet.",
        "No file dialog is available on this computer: type the full path.",
    ),
    ("Chemin du fichier", "File path"),
    ("Valider", "OK"),
    ("Quantité / an", "Quantity / year"),
    ("Ouvrir un dossier", "Open a case file"),
    (
        "Ouvrir un portefeuille (répertoire)",
        "Open a portfolio (folder)",
    ),
    (
        "Comparer avec un autre dossier",
        "Compare with another case file",
    ),
    ("Importer une balance comptable", "Import a trial balance"),
    ("Autre table de correspondance", "Another account mapping"),
    ("Typologie", "Typology"),
    ("Enregistrer sous", "Save as"),
    ("Exporter une copie anonymisée", "Export an anonymised copy"),
    (
        "Par an, pour toutes les personnes de la ligne, ou pour chacune avec une unité « chacun » (heures, jours, mois ou ETP)",
        "Per year, for all the people of the line, or for each with a unit « chacun » (hours, days, months or FTE)",
    ),
    (
        "Valorisé : le temps compte dans le budget valorisé",
        "Valued: the time counts in the budget valorisé",
    ),
    (
        "Coût déclaré (pour le prêteur, l'entreprise) ; vide : heures × taux",
        "Declared cost (for the lender, the company); empty: hours × rate",
    ),
    (
        "Ce que la ligne apporte au budget valorisé",
        "What the line brings to the budget valorisé",
    ),
    (
        "Convention pluriannuelle (CPO) · financement fléché",
        "Multi-year agreement (CPO) · earmarked funding",
    ),
    (
        "Valeur en nature ou coûts évités, par an",
        "Value in kind or avoided costs, per year",
    ),
    ("Saisie non appliquée : {}", "Entry not applied: {}"),
    ("Évolution par rapport à « {} »", "Change since « {} »"),
    ("nouvelle", "new"),
    (
        "Pour toute la ligne, ou « chacun » : par personne (personnes × quantité)",
        "For the whole line, or « chacun »: per person (people × quantity)",
    ),
    (
        "Par rapport à l'instantané précédent",
        "Against the previous snapshot",
    ),
    ("Questions", "Questions"),
    ("Résultat", "Result"),
    ("Nouveau tour", "New round"),
    (
        "Commencer l'autodiagnostic (Entrée)",
        "Start the autodiagnostic (Enter)",
    ),
    ("réponses données", "answers given"),
    (
        "Touches 1 à 4 : répondre · 0 ou ? : je ne sais pas · Entrée : question suivante · Retour arrière ou Maj+Tab : question précédente",
        "Keys 1 to 4: answer · 0 or ?: « je ne sais pas » · Enter: next question · Backspace or Shift+Tab: previous question",
    ),
    ("Niveau par levier", "Level per lever"),
    (
        "Ce qui pèse le plus pour passer au niveau suivant",
        "What weighs most to reach the next level",
    ),
    ("Formats recommandés", "Recommended formats"),
    ("Pas encore de réponse.", "No answer yet."),
    ("Réponses de ce tour", "Answers of this round"),
    ("Supprimer ce tour", "Delete this round"),
    (
        "Questionnaire d'autodiagnostic…",
        "Autodiagnostic questionnaire…",
    ),
    ("Questionnaire intégré", "Built-in questionnaire"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_one_entry_per_french_text() {
        let mut keys: Vec<_> = CATALOGUE.iter().map(|(fr, _)| fr).collect();
        keys.sort();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len());
    }

    #[test]
    fn english_falls_back_to_french_for_domain_terms() {
        assert_eq!(Lang::En.t("Enregistrer"), "Save");
        assert_eq!(Lang::Fr.t("Enregistrer"), "Enregistrer");
        assert_eq!(Lang::En.t("Budget valorisé"), "Budget valorisé");
    }

    #[test]
    fn a_template_takes_its_parts_in_either_language() {
        let parts = ["2024 réalisé"];
        assert_eq!(
            Lang::Fr.f("Évolution par rapport à « {} »", &parts),
            "Évolution par rapport à « 2024 réalisé »"
        );
        assert_eq!(
            Lang::En.f("Évolution par rapport à « {} »", &parts),
            "Change since « 2024 réalisé »"
        );
    }
}
