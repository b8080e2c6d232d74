//! The command line's arguments (`clap`), mapped to the domain's types.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::text::{Lang, version_text};

#[derive(Debug, Parser)]
#[command(
    name = "atelier-mse",
    version = version(),
    about = "Atelier MSE : la matrice et la position du modèle socio-économique d'une association",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Dossier (.ron) à ouvrir dans la fenêtre ; par défaut, l'écran d'accueil (qui dit aussi
    /// pourquoi un dossier donné ne s'ouvre pas).
    pub file: Option<PathBuf>,

    /// Vue ouverte au démarrage.
    #[arg(long, value_enum, default_value_t = StartView::Matrix)]
    pub view: StartView,

    /// Instantané sélectionné au démarrage (par son nom, par ex. « 2025 réalisé »).
    #[arg(long)]
    pub snapshot: Option<String>,

    /// Ouvre aussi le portefeuille de ce répertoire (vue « Portefeuille »).
    #[arg(long, value_name = "RÉPERTOIRE")]
    pub portfolio: Option<PathBuf>,

    /// Compare le dossier ouvert avec ce dossier (vue « Comparaison »).
    #[arg(long, value_name = "FICHIER")]
    pub compare: Option<PathBuf>,

    /// Ouvre la revue d'import de cette balance comptable (CSV) dans le dossier ouvert.
    #[arg(long, value_name = "BALANCE.csv")]
    pub import: Option<PathBuf>,

    /// Se situer par rapport à cette référence : l'identifiant d'une référence fournie
    /// (paysage-associatif-2019) ou un fichier REF.ron.
    #[arg(long, value_name = "REF")]
    pub reference: Option<String>,

    /// Ferme la fenêtre après N images (mesure du démarrage par le banc d'essai).
    #[arg(long, hide = true)]
    pub exit_after_frames: Option<u32>,

    /// Attend N millisecondes à chaque image (essai d'une machine lente : les touches tapées
    /// vite arrivent plusieurs par image).
    #[arg(long, hide = true)]
    pub frame_delay_ms: Option<u64>,

    /// Fichier de typologie à utiliser à la place de la typologie intégrée.
    #[arg(long, global = true)]
    pub typology: Option<PathBuf>,

    /// Permet d'écrire une sortie (PDF, PNG, CSV, copie) par-dessus un dossier .ron existant
    /// (jamais par-dessus le fichier lu).
    #[arg(long, global = true)]
    pub force: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The view opened first (`--view`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StartView {
    /// La matrice des trois leviers.
    Matrix,
    /// Le positionnement sur la typologie.
    Position,
    /// Les scénarios « et si… ? », les tests de résistance et « que faudrait-il pour… ? ».
    Scenarios,
    /// L'autodiagnostic de maturité, question par question, et son résultat.
    Autodiagnostic,
    /// La comparaison avec un autre dossier (voir --compare).
    Compare,
    /// Le portefeuille d'un répertoire de dossiers (voir --portfolio).
    Portfolio,
    /// La revue d'un import de balance comptable (voir --import).
    Import,
}

impl From<StartView> for crate::app::View {
    fn from(view: StartView) -> Self {
        match view {
            StartView::Matrix => crate::app::View::Matrix,
            StartView::Position => crate::app::View::Position,
            StartView::Scenarios => crate::app::View::Scenarios,
            StartView::Autodiagnostic => crate::app::View::Autodiagnostic,
            StartView::Compare => crate::app::View::Compare,
            StartView::Portfolio => crate::app::View::Portfolio,
            StartView::Import => crate::app::View::Import,
        }
    }
}

/// What `export` puts in the report (`--content`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContentArg {
    /// La matrice et le positionnement.
    All,
    /// La matrice seule.
    Matrix,
    /// Le positionnement seul.
    Position,
    /// Le compte rendu de séance : l'organisation, la séance, les décisions, le plan d'action et
    /// sa validation, la trajectoire, puis le positionnement et la matrice.
    Report,
    /// Et si… ? : le positionnement, les scénarios de l'instantané, les tests de résistance et
    /// ce qu'il faudrait pour atteindre chaque modèle.
    Scenarios,
    /// Le dernier autodiagnostic de maturité : niveau, points et seuils par levier, ce qui pèse
    /// le plus pour passer au niveau suivant, les formats recommandés.
    Autodiagnostic,
}

impl From<ContentArg> for crate::report::Content {
    fn from(content: ContentArg) -> Self {
        match content {
            ContentArg::All => crate::report::Content::All,
            ContentArg::Matrix => crate::report::Content::Matrix,
            ContentArg::Position => crate::report::Content::Position,
            ContentArg::Report => crate::report::Content::Report,
            ContentArg::Scenarios => crate::report::Content::Scenarios,
            ContentArg::Autodiagnostic => crate::report::Content::Autodiagnostic,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Vérifie des dossiers : une ligne par dossier valide, une erreur en français sinon.
    /// Sort avec le code 0 seulement si tous sont valides.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Analyse un instantané : totaux, parts, position sur la typologie et pourquoi.
    Analyse {
        file: PathBuf,
        /// Nom de l'instantané (par défaut : le dernier « réalisé », sinon le dernier).
        #[arg(long)]
        snapshot: Option<String>,
        /// Sortie JSON (schéma décrit dans docs/analyse-json.md).
        #[arg(long)]
        json: bool,
        /// Une référence pour se situer : l'identifiant d'une référence fournie
        /// (paysage-associatif-2019) ou un fichier REF.ron.
        #[arg(long, value_name = "REF")]
        reference: Option<String>,
    },
    /// Et si… ? Applique des changements à un instantané sans le modifier (scénario), lance les
    /// tests de résistance et dit ce qu'il faudrait pour atteindre un modèle.
    Simulate {
        file: PathBuf,
        /// Nom de l'instantané de base (par défaut : celui du scénario, sinon le dernier
        /// « réalisé »).
        #[arg(long)]
        snapshot: Option<String>,
        /// Un scénario enregistré dans le dossier, par son nom.
        #[arg(long)]
        scenario: Option<String>,
        /// Un changement : TYPE=-30%, TYPE=+5000 (euros) ou TYPE=à160000 (mettre à), TYPE étant un type de ressource
        /// (subventions, dons…) ou un groupe (S, RAm, RAr, RAp, C, D, M, N). Répétable.
        #[arg(long = "change", value_name = "TYPE=VALEUR")]
        changes: Vec<String>,
        /// La perte d'un financeur ou partenaire : toutes ses lignes. Répétable.
        #[arg(long = "lose-funder", value_name = "NOM")]
        lose: Vec<String>,
        /// Les tests de résistance : perte du premier financeur, argent public −10 % et −30 %,
        /// fin des conventions non pluriannuelles, perte du premier partenaire entreprise.
        #[arg(long)]
        stress: bool,
        /// Que faudrait-il pour être classé dans ce modèle (M1 … M7) ?
        #[arg(long, value_name = "MODÈLE")]
        to: Option<String>,
        /// Avec --to : en confiance forte.
        #[arg(long, requires = "to")]
        strong: bool,
        /// Sortie JSON (schéma décrit dans docs/simulate-json.md).
        #[arg(long)]
        json: bool,
    },
    /// Exporte le rapport d'un instantané en PDF et/ou PNG, et le dossier en classeur Excel
    /// (sans affichage).
    Export {
        file: PathBuf,
        /// Nom de l'instantané (par défaut : le dernier « réalisé », sinon le dernier).
        #[arg(long)]
        snapshot: Option<String>,
        /// Fichier PDF à écrire.
        #[arg(long)]
        pdf: Option<PathBuf>,
        /// Fichier PNG à écrire.
        #[arg(long)]
        png: Option<PathBuf>,
        /// Avec --png : une diapositive 16:9 (1920 × 1080, grands caractères, sans en-tête ni
        /// pied de page) du positionnement, avec --content scenarios des scénarios, ou avec
        /// --against des deux instantanés comparés.
        #[arg(long, requires = "png")]
        slide: bool,
        /// Classeur Excel (.xlsx) à écrire : une feuille par instantané (matrice, sous-totaux en
        /// formules), chiffres clés et positions, scénarios, tests de résistance.
        #[arg(long, value_name = "FICHIER.xlsx")]
        xlsx: Option<PathBuf>,
        /// Contenu : tout, la matrice seule, le positionnement seul, le compte rendu de séance, les
        /// scénarios ou l'autodiagnostic.
        #[arg(long, value_enum, default_value_t = ContentArg::All)]
        content: ContentArg,
        /// Pages en format paysage (A4).
        #[arg(long)]
        landscape: bool,
        /// Un autre instantané mis côte à côte (chiffres, évolution par ligne, les deux points sur
        /// les cartes), par exemple « cible 2027 ».
        #[arg(long)]
        against: Option<String>,
        /// Se situer par rapport à une référence (identifiant d'une référence fournie ou
        /// fichier REF.ron) : ajoutée à la page de positionnement.
        #[arg(long, value_name = "REF")]
        reference: Option<String>,
    },
    /// Écrit une copie anonymisée d'un dossier (noms neutres, notes supprimées) ; l'original
    /// n'est pas modifié.
    Anonymise {
        file: PathBuf,
        /// Dossier anonymisé à écrire (différent de l'original).
        #[arg(long)]
        out: PathBuf,
    },
    /// Portefeuille : analyse tous les dossiers (.ron) d'un répertoire ; tableau sur la sortie
    /// standard, carte et tableau en PDF/PNG, tableau en CSV. Les fichiers illisibles sont listés
    /// avec leur erreur (code de sortie 1 s'il y en a).
    Portfolio {
        dir: PathBuf,
        /// Fichier PDF à écrire (carte et tableau).
        #[arg(long)]
        pdf: Option<PathBuf>,
        /// Fichier PNG à écrire (carte et tableau).
        #[arg(long)]
        png: Option<PathBuf>,
        /// Fichier CSV à écrire (une ligne par dossier ; séparateur « ; », virgule décimale).
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Classeur Excel (.xlsx) à écrire : une ligne par dossier, avec filtres.
        #[arg(long, value_name = "FICHIER.xlsx")]
        xlsx: Option<PathBuf>,
        /// Vue anonymisée : organisations numérotées, territoires et noms de fichiers masqués.
        #[arg(long)]
        anonymise: bool,
        /// Trace sur la carte le chemin de chaque dossier d'instantané en instantané.
        #[arg(long)]
        paths: bool,
        /// Ne garde que les dossiers de ce secteur.
        #[arg(long)]
        sector: Option<String>,
        /// Ne garde que les dossiers de ce territoire.
        #[arg(long)]
        territory: Option<String>,
        /// Ne garde que les dossiers de ce modèle (par ex. M4).
        #[arg(long)]
        model: Option<String>,
        /// Écrit une référence (médiane et quartiles des parts de chaque groupe, sans aucun nom)
        /// faite des dossiers affichés ; il en faut au moins 5.
        #[arg(long, value_name = "REF.ron")]
        reference_out: Option<PathBuf>,
    },
    /// Compare deux dossiers (deux versions d'un même dossier, ou sa relecture par un pair) :
    /// ce qui a été ajouté, supprimé ou modifié, par levier et par ligne, et le changement de
    /// modèle.
    Diff {
        before: PathBuf,
        after: PathBuf,
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Importe une balance comptable (CSV ou classeur .xlsx, .xls, .ods) ou un FEC dans un instantané d'un dossier : chaque compte est
    /// affecté à une nature de ressource selon le plan comptable des associations. Affiche la
    /// revue ; n'écrit rien tant qu'un compte reste à affecter ou à confirmer.
    ImportBalance {
        /// La balance exportée du logiciel comptable (CSV, classeur .xlsx, .xlsm, .xls, .ods) ou
        /// le FEC.
        file: PathBuf,
        /// Le dossier (.ron) à compléter ; il est réécrit atomiquement.
        #[arg(long)]
        into: PathBuf,
        #[command(flatten)]
        options: ImportOptions,
    },
    /// Autodiagnostic de maturité hors de l'atelier : le questionnaire vierge en classeur .xlsx
    /// (listes de réponses) que l'association remplit, ou en PDF à imprimer et cocher à la main,
    /// puis ce classeur relu dans le dossier comme un nouveau tour.
    Autodiagnostic {
        /// Le dossier (.ron) où ajouter les réponses de --fill ; il est réécrit atomiquement.
        file: Option<PathBuf>,
        /// Écrit le questionnaire vierge dans ce classeur (.xlsx) ou ce PDF à imprimer (.pdf).
        #[arg(long, value_name = "VIERGE.xlsx|.pdf")]
        blank: Option<PathBuf>,
        /// Lit ce classeur rempli et ajoute ses réponses au dossier, comme un nouveau tour.
        #[arg(long, value_name = "REMPLI.xlsx", requires = "file")]
        fill: Option<PathBuf>,
        /// Date du tour (par défaut : aujourd'hui), par ex. 2026-11-19.
        #[arg(long, requires = "fill")]
        date: Option<String>,
        /// Un autre questionnaire (.ron) que le questionnaire intégré.
        #[arg(long, value_name = "FICHIER.ron")]
        questionnaire: Option<std::path::PathBuf>,
    },
    /// Réécrit des dossiers au format courant (migration des anciens formats), atomiquement.
    Rewrite {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Écrit la page de manuel et les complétions des shells dans un répertoire (pour le
    /// paquet Debian).
    #[command(hide = true)]
    PackageFiles { dir: PathBuf },
}

/// How `import-balance` imports.
#[derive(Debug, clap::Args)]
pub struct ImportOptions {
    /// Nom de l'instantané à créer (par ex. « 2025 réalisé »).
    #[arg(long)]
    pub snapshot: String,
    /// Année de l'instantané (par défaut : celle de son nom).
    #[arg(long)]
    pub year: Option<i32>,
    /// Pour un classeur : la feuille à lire (par défaut : la première qui tient une balance).
    #[arg(long, value_name = "NOM")]
    pub sheet: Option<String>,
    /// Table de correspondance à utiliser à la place de celle intégrée (format de
    /// assets/balance-mapping.ron).
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// Affecte les comptes commençant par PRÉFIXE à une nature (par ex. 740=subventions) ;
    /// la règle est gardée dans le dossier pour les imports suivants. Répétable.
    #[arg(long = "assign", value_name = "PRÉFIXE=NATURE")]
    pub assign: Vec<String>,
    /// Remplace les ressources financières et les contributions en nature importées d'un
    /// instantané qui existe déjà.
    #[arg(long)]
    pub replace: bool,
    /// Affiche la revue sans rien écrire.
    #[arg(long)]
    pub dry_run: bool,
    /// Reprend les réserves de l'instantané des comptes de bilan (selon la convention de la
    /// table de correspondance : fonds propres, comptes 10 à 12) ; sinon, celles saisies restent.
    #[arg(long)]
    pub reserves_from_accounts: bool,
    /// Accepte les natures proposées d'après le libellé des comptes à confirmer (74, 755…) ;
    /// elles sont listées dans la revue et gardées dans le dossier.
    #[arg(long)]
    pub accept_proposals: bool,
}

/// `--version`'s words, French: « 0.1.0 — dossiers au format 4 (lit les formats 1 à 4), … ».
fn version() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| version_text(Lang::Fr))
}
