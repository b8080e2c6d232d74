//! The refusals of storage (a case file not read or not written, another file not read, a lock
//! not taken, a recovery copy set aside, the system's reason) and of an edit, worded by the text
//! floor: each in French as the window and the command line have always said it, and in English.

use std::io;
use std::path::PathBuf;

use atelier_mse::model::edits::Gone;
use atelier_mse::model::problem::{Counted, Place};
use atelier_mse::model::scenario::ScenarioError;
use atelier_mse::model::{EditError, Problem};
use atelier_mse::storage::{
    ForbiddenName, LoadError, LockError, OutputError, ReadError, RecoveryError, SaveError,
};
use atelier_mse::text::{
    Lang, edit_refusal, io_reason, load_reason, load_refusal, lock_refusal, output_refusal,
    read_refusal, recovery_refusal, save_refusal,
};

use super::refusals::french_words;

fn path() -> PathBuf {
    PathBuf::from("cas.ron")
}

fn full() -> io::Error {
    io::Error::from(io::ErrorKind::StorageFull)
}

/// A case file not read: each kind, French and English.
fn load_table() -> Vec<(LoadError, &'static str, &'static str)> {
    vec![
        (
            LoadError::Io {
                path: path(),
                source: io::Error::from(io::ErrorKind::NotFound),
            },
            "Impossible de lire « cas.ron » : fichier ou dossier introuvable.",
            "“cas.ron” cannot be read: file or folder not found.",
        ),
        (
            LoadError::NotAFile { path: path() },
            "« cas.ron » n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : ce n'est pas un dossier de l'atelier.",
            "“cas.ron” is not a regular file (a folder, a pipe or a device): it is not an Atelier MSE case file.",
        ),
        (
            LoadError::TooLarge {
                path: path(),
                size: 20,
                max: 10,
            },
            "« cas.ron » est trop volumineux (20 octets, au plus 10) : ce n'est pas un dossier de l'atelier.",
            "“cas.ron” is too large (20 bytes, at most 10): it is not an Atelier MSE case file.",
        ),
        (
            LoadError::NotUtf8 {
                path: path(),
                line: 3,
                column: 7,
            },
            "« cas.ron », ligne 3, colonne 7 : caractère illisible, le fichier n'est pas un texte UTF-8 (est-ce bien un dossier .ron de l'atelier ?).",
            "“cas.ron”, line 3, column 7: unreadable character, the file is not UTF-8 text (is it really a .ron Atelier MSE case file?).",
        ),
        (
            LoadError::FutureVersion {
                path: path(),
                found: 7,
                supported: 4,
            },
            "« cas.ron » a été enregistré au format 7 par une version plus récente de l'atelier ; cette version lit jusqu'au format 4. Mettez Atelier MSE à jour pour l'ouvrir (le fichier n'a pas été modifié).",
            "“cas.ron” was saved in format 7 by a newer version of Atelier MSE; this version reads up to format 4. Update Atelier MSE to open it (the file was not changed).",
        ),
        (
            LoadError::NoVersion { path: path() },
            "« cas.ron » : le champ « format_version » manque : ce n'est pas un dossier de l'atelier.",
            "“cas.ron”: the field “format_version” is missing: it is not an Atelier MSE case file.",
        ),
        (
            LoadError::Invalid {
                path: path(),
                problem: Problem::Importance(7).at(Place::Line(3, "Mécénat".to_owned())),
            },
            "« cas.ron » : ligne 3 (Mécénat) : importance stratégique 7, elle va de 1 à 3.",
            "“cas.ron”: line 3 (Mécénat): strategic importance 7, it goes from 1 to 3.",
        ),
        (
            LoadError::Crashed { path: path() },
            "« cas.ron » : l'analyse de ce dossier a échoué (erreur interne) ; le fichier n'a pas été modifié.",
            "“cas.ron”: the analysis of this case failed (internal error); the file was not changed.",
        ),
    ]
}

#[test]
fn a_case_file_not_read_is_the_known_french_and_english() {
    for (err, french, english) in load_table() {
        assert_eq!(load_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(load_refusal(&err, Lang::En), english);
        assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
    }
    // The model's wording of a RON error stays French inside the English sentence.
    let syntax = LoadError::Syntax {
        path: path(),
        line: 2,
        column: 5,
        message: "une parenthèse fermante « ) » est attendue".to_owned(),
    };
    assert_eq!(
        syntax.to_string(),
        "« cas.ron », ligne 2, colonne 5 : une parenthèse fermante « ) » est attendue."
    );
    assert_eq!(
        load_refusal(&syntax, Lang::En),
        "“cas.ron”, line 2, column 5: une parenthèse fermante « ) » est attendue."
    );
}

/// A case not written: each kind, French and English.
fn save_table() -> Vec<(SaveError, &'static str, &'static str)> {
    let refused = |why| SaveError::Refused {
        path: path(),
        why: Box::new(why),
    };
    vec![
        (
            SaveError::Io {
                path: path(),
                source: full(),
            },
            "Impossible d'enregistrer « cas.ron » : le disque est plein. Le fichier sur le disque n'a pas été modifié.",
            "“cas.ron” cannot be saved: the disk is full. The file on disk was not changed.",
        ),
        (
            SaveError::ReadOnly { path: path() },
            "« cas.ron » est en lecture seule : il n'a pas été modifié. Retirez la lecture seule du fichier, ou enregistrez sous un autre nom.",
            "“cas.ron” is read-only: it was not changed. Make the file writable, or save under another name.",
        ),
        (
            SaveError::NotAFile { path: path() },
            "« cas.ron » n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : rien n'y a été écrit.",
            "“cas.ron” is not a regular file (a folder, a pipe or a device): nothing was written to it.",
        ),
        (
            refused(LoadError::Invalid {
                path: path(),
                problem: Problem::TooMany {
                    what: Counted::Actions,
                    count: 1_001,
                    most: 1_000,
                },
            }),
            "« cas.ron » n'a pas été enregistré : 1001 actions au plan, au plus 1 000 sont acceptées. Le fichier sur le disque n'a pas été modifié ; corrigez le dossier puis enregistrez de nouveau.",
            "“cas.ron” was not saved: 1001 actions in the plan, at most 1 000 are accepted. The file on disk was not changed; correct the case, then save again.",
        ),
        (
            refused(LoadError::TooLarge {
                path: path(),
                size: 20,
                max: 10,
            }),
            "« cas.ron » n'a pas été enregistré : il ferait 20 octets, au plus 10 sont acceptés. Le fichier sur le disque n'a pas été modifié ; corrigez le dossier puis enregistrez de nouveau.",
            "“cas.ron” was not saved: it would be 20 bytes, at most 10 are accepted. The file on disk was not changed; correct the case, then save again.",
        ),
    ]
}

#[test]
fn a_case_not_written_is_the_known_french_and_english() {
    for (err, french, english) in save_table() {
        assert_eq!(save_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(save_refusal(&err, Lang::En), english);
        assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
    }
    // A name Windows refuses, worded here; the serialiser's message is quoted as it comes.
    let forbidden = SaveError::Forbidden {
        why: ForbiddenName::Device {
            name: "CON.ron".to_owned(),
            device: "CON".to_owned(),
        },
    };
    assert_eq!(
        forbidden.to_string(),
        "« CON.ron » porte un nom que Windows réserve à un périphérique (CON) : choisissez un autre nom. Rien n'a été écrit."
    );
    assert_eq!(
        save_refusal(&forbidden, Lang::En),
        "“CON.ron” has a name Windows reserves for a device (CON): choose another name. Nothing was written."
    );
    let names = [
        (
            ForbiddenName::TrailingDotOrSpace {
                name: "cas.".to_owned(),
            },
            "« cas. » finit par un point ou une espace, ce que Windows n'accepte pas : choisissez un autre nom",
            "“cas.” ends with a dot or a space, which Windows does not accept: choose another name",
        ),
        (
            ForbiddenName::Character {
                name: "a?b.pdf".to_owned(),
                character: '?',
            },
            "« a?b.pdf » contient « ? », que Windows n'accepte pas dans un nom de fichier : choisissez un autre nom",
            "“a?b.pdf” contains “?”, which Windows does not accept in a file name: choose another name",
        ),
    ];
    for (why, french, english) in names {
        let refused = OutputError::Forbidden { why };
        assert_eq!(refused.to_string(), french);
        assert_eq!(output_refusal(&refused, Lang::En), english);
    }
    let format = SaveError::Format("oops".to_owned());
    assert_eq!(
        format.to_string(),
        "Impossible de mettre le dossier en forme : oops."
    );
    assert_eq!(
        save_refusal(&format, Lang::En),
        "The case could not be converted to text: oops."
    );
    let syntax = LoadError::Syntax {
        path: path(),
        line: 2,
        column: 5,
        message: "fin".to_owned(),
    };
    assert_eq!(load_reason(&syntax, Lang::Fr), "ligne 2, colonne 5 : fin");
    assert_eq!(load_reason(&syntax, Lang::En), "line 2, column 5: fin");
}

#[test]
fn another_file_not_read_a_lock_not_taken_and_a_recovery_copy_set_aside_are_the_known_french_and_english()
 {
    let reads = [
        (
            ReadError::Io {
                path: path(),
                source: io::Error::from(io::ErrorKind::PermissionDenied),
            },
            "« cas.ron » ne peut pas être lu : permission refusée.",
            "“cas.ron” cannot be read: permission denied.",
        ),
        (
            ReadError::NotAFile { path: path() },
            "« cas.ron » n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : il n'a pas été lu.",
            "“cas.ron” is not a regular file (a folder, a pipe or a device): it was not read.",
        ),
        (
            ReadError::TooLarge {
                path: path(),
                size: 20,
                max: 10,
            },
            "« cas.ron » est trop volumineux (20 octets, au plus 10) : il n'a pas été lu.",
            "“cas.ron” is too large (20 bytes, at most 10): it was not read.",
        ),
        (
            ReadError::NotText { path: path() },
            "« cas.ron » n'est pas un texte UTF-8.",
            "“cas.ron” is not UTF-8 text.",
        ),
    ];
    for (err, french, english) in reads {
        assert_eq!(read_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(read_refusal(&err, Lang::En), english);
    }
    let locks = [
        (
            LockError::Busy { path: path() },
            "« cas.ron » est ouvert ailleurs : un autre programme ou une autre fenêtre l'enregistre en ce moment. Rien n'a été écrit ; réessayez dans un instant.",
            "“cas.ron” is open elsewhere: another program or another window is saving it right now. Nothing was written; try again in a moment.",
        ),
        (
            LockError::Io {
                path: path(),
                source: full(),
            },
            "Le verrou de « cas.ron » ne peut pas être pris : le disque est plein. Le fichier sur le disque n'a pas été modifié.",
            "The lock on “cas.ron” could not be taken: the disk is full. The file on disk was not changed.",
        ),
        (
            LockError::NotALock {
                path: path(),
                lock: PathBuf::from(".cas.ron.verrou"),
            },
            "« .cas.ron.verrou », à côté de « cas.ron », n'est pas un verrou de l'atelier (un lien, un tube ou un dossier) : rien n'a été écrit. Supprimez-le, puis réessayez.",
            "“.cas.ron.verrou”, beside “cas.ron”, is not an Atelier MSE lock (a link, a pipe or a folder): nothing was written. Delete it, then try again.",
        ),
    ];
    for (err, french, english) in locks {
        assert_eq!(lock_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(lock_refusal(&err, Lang::En), english);
        assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
    }
    let recovery = |set_aside| RecoveryError {
        error: LoadError::NoVersion { path: path() },
        set_aside,
    };
    let aside = recovery(Some(PathBuf::from("cas.ron.illisible-1")));
    assert_eq!(
        aside.to_string(),
        "« cas.ron » : le champ « format_version » manque : ce n'est pas un dossier de l'atelier. Elle a été mise de côté, sans rien en effacer, sous « cas.ron.illisible-1 »."
    );
    assert_eq!(
        recovery_refusal(&aside, Lang::En),
        "“cas.ron”: the field “format_version” is missing: it is not an Atelier MSE case file. It was set aside as “cas.ron.illisible-1”, with nothing deleted."
    );
    let left = recovery(None);
    assert_eq!(
        left.to_string(),
        "« cas.ron » : le champ « format_version » manque : ce n'est pas un dossier de l'atelier. Elle a été laissée en place, sans rien en effacer."
    );
    assert_eq!(
        recovery_refusal(&left, Lang::En),
        "“cas.ron”: the field “format_version” is missing: it is not an Atelier MSE case file. It was left in place, with nothing deleted."
    );
}

#[test]
fn a_file_not_to_be_written_is_the_known_french_and_english() {
    let table = [
        (
            OutputError::IsTheInput { path: path() },
            "« cas.ron » est un fichier lu : il ne peut pas être aussi le fichier écrit",
            "“cas.ron” is one of the files being read: it cannot also be the file written",
        ),
        (
            OutputError::IsACase { path: path() },
            "« cas.ron » est un dossier de l'atelier : l'écraser effacerait un dossier (ajoutez --force si c'est voulu)",
            "“cas.ron” is an Atelier MSE case file: overwriting it would erase a case (add --force if that is intended)",
        ),
        (
            OutputError::ReadOnly { path: path() },
            "« cas.ron » est en lecture seule : il n'a pas été remplacé (retirez la lecture seule, ou choisissez un autre nom)",
            "“cas.ron” is read-only: it was not replaced (make it writable, or choose another name)",
        ),
        (
            OutputError::NotAFile { path: path() },
            "« cas.ron » n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : rien n'y sera écrit",
            "“cas.ron” is not a regular file (a folder, a pipe or a device): nothing will be written to it",
        ),
        (
            OutputError::InsideTheFolder { path: path() },
            "« cas.ron » est dans le dossier lu comme portefeuille : un fichier .ron écrit là serait lu comme un dossier aux prochains passages ; choisissez un autre dossier",
            "“cas.ron” is in the folder read as a portfolio: a .ron file written there would be read as a case on later runs; choose another folder",
        ),
    ];
    for (err, french, english) in table {
        assert_eq!(output_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(output_refusal(&err, Lang::En), english);
        assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
    }
}

#[test]
fn an_export_refused_for_its_path_is_said_in_the_windows_language() {
    use atelier_mse::app::workspaces::export_refused;
    let open = [std::path::Path::new("cas.ron")];
    assert_eq!(
        export_refused(&path(), &open, Lang::Fr).unwrap(),
        "Rien n'a été exporté : « cas.ron » est un fichier lu : il ne peut pas être aussi le fichier écrit."
    );
    let english = export_refused(&path(), &open, Lang::En).unwrap();
    assert_eq!(
        english,
        "Nothing was exported: “cas.ron” is one of the files being read: it cannot also be the file written."
    );
    assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
}

#[test]
fn the_systems_reasons_are_said_in_french_and_in_english() {
    let table = [
        (
            io::ErrorKind::NotFound,
            "fichier ou dossier introuvable",
            "file or folder not found",
        ),
        (
            io::ErrorKind::PermissionDenied,
            "permission refusée",
            "permission denied",
        ),
        (
            io::ErrorKind::StorageFull,
            "le disque est plein",
            "the disk is full",
        ),
        (
            io::ErrorKind::ReadOnlyFilesystem,
            "le disque est en lecture seule",
            "the disk is read-only",
        ),
        (
            io::ErrorKind::IsADirectory,
            "c'est un dossier, pas un fichier",
            "it is a folder, not a file",
        ),
    ];
    for (kind, french, english) in table {
        assert_eq!(io_reason(&io::Error::from(kind), Lang::Fr), french);
        assert_eq!(io_reason(&io::Error::from(kind), Lang::En), english);
    }
    let other = io::Error::other("boom");
    assert_eq!(io_reason(&other, Lang::Fr), "erreur du système (boom)");
    assert_eq!(io_reason(&other, Lang::En), "system error (boom)");
}

#[test]
fn an_edit_refused_is_the_known_french_and_english() {
    let table = [
        (
            EditError::NoSnapshot,
            "cet instantané n'existe plus",
            "this snapshot no longer exists",
        ),
        (
            EditError::NoLine,
            "cette ligne n'existe plus",
            "this line no longer exists",
        ),
        (
            EditError::Gone(Gone::Session),
            "cette séance n'existe plus",
            "this session no longer exists",
        ),
        (
            EditError::Gone(Gone::Action),
            "cette action n'existe plus",
            "this action no longer exists",
        ),
        (
            EditError::Gone(Gone::Rate),
            "ce taux n'existe plus",
            "this rate no longer exists",
        ),
        (
            EditError::Gone(Gone::Scenario),
            "ce scénario n'existe plus",
            "this scenario no longer exists",
        ),
        (
            EditError::Gone(Gone::Change),
            "ce changement n'existe plus",
            "this change no longer exists",
        ),
        (
            EditError::Gone(Gone::Round),
            "ce tour d'autodiagnostic n'existe plus",
            "this round of autodiagnostic no longer exists",
        ),
        (
            EditError::EmptyLabel,
            "le nom d'un instantané ne peut pas être vide",
            "a snapshot's name cannot be empty",
        ),
        (
            EditError::LabelTaken("2025 réalisé".to_owned()),
            "un autre instantané s'appelle déjà « 2025 réalisé »",
            "another snapshot is already called “2025 réalisé”",
        ),
        (
            EditError::LastSnapshot,
            "un dossier garde au moins un instantané",
            "a case must keep at least one snapshot",
        ),
        (
            EditError::UnnamedScenario,
            "un scénario a besoin d'un nom",
            "a scenario needs a name",
        ),
        (
            EditError::ScenarioNameTaken("Perte".to_owned()),
            "un autre scénario s'appelle déjà « Perte »",
            "another scenario is already called “Perte”",
        ),
        (
            EditError::NoLineId,
            "plus de numéro de ligne libre dans ce dossier",
            "no free line number left in this case",
        ),
        (
            EditError::LineTextTooLong {
                line: 2,
                most: 100_000,
            },
            "ligne 2 : un texte dépasse 100000 caractères",
            "line 2: a text is longer than 100000 characters",
        ),
        (
            EditError::TooManyLines {
                adding: 3,
                most: 50_000,
            },
            "3 lignes de plus dépasseraient les 50000 lignes d'un instantané",
            "3 more lines would exceed the limit of 50000 lines per snapshot",
        ),
        (
            EditError::RoundRefused {
                most: 100,
                chars: 100_000,
            },
            "au plus 100 tours d'autodiagnostic par dossier, datés en moins de 100000 caractères",
            "at most 100 autodiagnostic rounds per case, each dated in at most 100000 characters",
        ),
        (
            EditError::Problem(Problem::EtpHours(0.5).at(Place::Valuation)),
            "réglages de valorisation : heures par ETP : 0.5 n'est pas une durée de travail annuelle (au moins 1 heure ; 1 607 heures pour un temps plein légal)",
            "valuation settings: hours per ETP: 0.5 is not a yearly working time (at least 1 hour; 1 607 hours for a legal full time)",
        ),
        (
            EditError::Scenario(ScenarioError::BlankFunder),
            "la perte d'un financeur demande son nom : un nom vide désignerait toutes les lignes sans financeur",
            "the loss of a funder needs its name: a blank name would mean every line without a funder",
        ),
    ];
    for (err, french, english) in table {
        assert_eq!(edit_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(edit_refusal(&err, Lang::En), english);
        assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
    }
}
