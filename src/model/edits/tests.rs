//! The edits' rules, each tried alone on a small case.

use super::*;
use crate::model::Problem;

fn club() -> Case {
    let mut case = Case::new_blank(2025);
    let kind = KindId::new("cotisations").unwrap();
    case.snapshots[0].lines.push(ResourceLine::new(1, kind));
    case
}

#[test]
fn the_last_snapshot_cannot_be_deleted() {
    let mut case = club();
    let before = case.clone();
    assert_eq!(
        Edit::DeleteSnapshot(0).apply(&mut case),
        Err(EditError::LastSnapshot)
    );
    assert_eq!(case, before);
}

#[test]
fn a_target_copies_its_source_with_the_same_line_ids() {
    let mut case = club();
    let applied = Edit::AddSnapshot {
        from: 0,
        as_target: true,
    }
    .apply(&mut case)
    .unwrap();
    assert_eq!(applied, Applied::SelectSnapshot(1));
    assert_eq!(case.snapshots[1].label, "cible 2026");
    assert_eq!(case.snapshots[1].lines, case.snapshots[0].lines);
    Edit::AddSnapshot {
        from: 0,
        as_target: true,
    }
    .apply(&mut case)
    .unwrap();
    assert_eq!(case.snapshots[2].label, "cible 2027");
}

#[test]
fn snapshot_names_stay_unique_and_not_empty() {
    let mut case = club();
    Edit::AddSnapshot {
        from: 0,
        as_target: false,
    }
    .apply(&mut case)
    .unwrap();
    let before = case.clone();
    let rename = |label: &str| Edit::Snapshot {
        index: 1,
        field: SnapshotField::Label(label.to_owned()),
    };
    assert_eq!(
        rename("2025 réalisé").apply(&mut case),
        Err(EditError::LabelTaken("2025 réalisé".to_owned()))
    );
    assert_eq!(rename("   ").apply(&mut case), Err(EditError::EmptyLabel));
    assert_eq!(case, before);
    rename(" cible 2030 ").apply(&mut case).unwrap();
    assert_eq!(case.snapshots[1].label, "cible 2030");
}

#[test]
fn deleting_an_alliance_clears_the_links_to_it() {
    let mut case = club();
    let alliance = KindId::new("locaux_commodat").unwrap();
    case.snapshots[0].lines.push(ResourceLine::new(2, alliance));
    case.snapshots[0].lines[0].alliance = Some(2);
    Edit::DeleteLine {
        snapshot: 0,
        line: 2,
    }
    .apply(&mut case)
    .unwrap();
    assert_eq!(case.snapshots[0].lines.len(), 1);
    assert_eq!(case.snapshots[0].lines[0].alliance, None);
}

#[test]
fn a_negative_amount_is_refused_and_changes_nothing() {
    let mut case = club();
    let before = case.clone();
    let edit = Edit::Line {
        snapshot: 0,
        line: 1,
        field: LineField::Amount(Some(-3.0)),
    };
    assert!(matches!(
        edit.apply(&mut case),
        Err(EditError::Problem(Problem::Negative(_)))
    ));
    assert_eq!(case, before);
}

#[test]
fn a_line_that_changes_kind_takes_its_unit() {
    let mut case = club();
    let kind = KindId::new("volontaires").unwrap();
    let unit = match kind.def().unwrap().nature {
        Nature::Human { unit, .. } => unit,
        _ => unreachable!(),
    };
    Edit::Line {
        snapshot: 0,
        line: 1,
        field: LineField::Kind(kind),
    }
    .apply(&mut case)
    .unwrap();
    assert_eq!(case.snapshots[0].lines[0].unit, unit);
}

#[test]
fn the_funder_type_follows_the_kind_unless_the_consultant_set_it() {
    let mut case = club();
    let kind_to = |case: &mut Case, kind: &str| {
        Edit::Line {
            snapshot: 0,
            line: 1,
            field: LineField::Kind(KindId::new(kind).unwrap()),
        }
        .apply(case)
        .unwrap();
    };
    assert_eq!(
        case.snapshots[0].lines[0].counterparty_type,
        Some(ActorType::Particuliers)
    );
    kind_to(&mut case, "fondations");
    assert_eq!(
        case.snapshots[0].lines[0].counterparty_type,
        Some(ActorType::Fondation),
        "the usual type of the old kind follows the new kind"
    );
    case.snapshots[0].lines[0].counterparty_type = Some(ActorType::Entreprise);
    kind_to(&mut case, "cotisations");
    assert_eq!(
        case.snapshots[0].lines[0].counterparty_type,
        Some(ActorType::Entreprise),
        "a type the consultant chose stays"
    );
}

#[test]
fn a_new_line_takes_the_usual_funder_type_of_its_kind() {
    let mut case = club();
    assert_eq!(
        case.snapshots[0].lines[0].counterparty_type,
        Some(ActorType::Particuliers),
        "cotisations come from members"
    );
    Edit::AddLine {
        snapshot: 0,
        kind: KindId::new("fondations").unwrap(),
    }
    .apply(&mut case)
    .unwrap();
    let line = case.snapshots[0].lines.last().unwrap();
    assert_eq!(line.counterparty_type, Some(ActorType::Fondation));
}

#[test]
fn lines_move_among_the_lines_of_their_lever() {
    let mut case = club();
    let human = KindId::new("benevolat_activite").unwrap();
    let money = KindId::new("dons").unwrap();
    case.snapshots[0].lines.push(ResourceLine::new(2, human));
    case.snapshots[0].lines.push(ResourceLine::new(3, money));
    Edit::MoveLine {
        snapshot: 0,
        line: 3,
        up: true,
    }
    .apply(&mut case)
    .unwrap();
    let ids: Vec<u32> = case.snapshots[0].lines.iter().map(|l| l.id).collect();
    assert_eq!(ids, [3, 2, 1]);
}

#[test]
fn typing_on_in_one_field_is_one_step() {
    let amount = |v| Edit::Line {
        snapshot: 0,
        line: 1,
        field: LineField::Amount(Some(v)),
    };
    assert!(amount(1.0).continued_by(&amount(2.0)));
    let label = Edit::Line {
        snapshot: 0,
        line: 1,
        field: LineField::Label("x".to_owned()),
    };
    assert!(!amount(1.0).continued_by(&label));
}

#[test]
fn a_scenario_follows_its_renamed_base_and_outlives_a_deleted_one() {
    let mut case = club();
    Edit::AddSnapshot {
        from: 0,
        as_target: true,
    }
    .apply(&mut case)
    .unwrap();
    Edit::AddScenario { base: 0 }.apply(&mut case).unwrap();
    assert_eq!(case.scenarios[0].name, "Scénario 1");
    Edit::Snapshot {
        index: 0,
        field: SnapshotField::Label("2025 définitif".to_owned()),
    }
    .apply(&mut case)
    .unwrap();
    assert_eq!(case.scenarios[0].base, "2025 définitif");
    Edit::DeleteSnapshot(0).apply(&mut case).unwrap();
    assert_eq!(case.scenarios.len(), 1, "kept, flagged by its missing base");
    assert_eq!(
        Edit::ScenarioAsTarget(0).apply(&mut case),
        Err(EditError::NoSnapshot)
    );
    let label = case.snapshots[0].label.clone();
    Edit::Scenario {
        index: 0,
        field: ScenarioField::Base(label.clone()),
    }
    .apply(&mut case)
    .unwrap();
    assert_eq!(case.scenarios[0].base, label);
}

#[test]
fn a_case_keeps_at_most_its_limit_of_autodiagnostic_rounds() {
    use crate::model::diagnostic::{DiagnosticField, QuestionnaireRef};
    let mut case = club();
    let add = Edit::Diagnostic(DiagnosticField::AddRound {
        date: "2026-12-05".to_owned(),
        questionnaire: QuestionnaireRef {
            id: "mse-maturite".to_owned(),
            version: 1,
        },
    });
    for _ in 0..crate::model::limits::MAX_ROUNDS {
        add.apply(&mut case).unwrap();
    }
    let before = case.clone();
    assert!(add.apply(&mut case).is_err());
    assert_eq!(case, before);
}
