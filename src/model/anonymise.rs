//! « Exporter une copie anonymisée »: the same case with neutral names, for peer review or a
//! portfolio. Figures, kinds, types and links stay; names and free text go.

use std::collections::HashMap;

use super::case::Case;
use super::catalogue::{Lever, Nature, Origin};
use super::snapshot::{ActorType, ResourceLine};

/// A copy of `case` with the organisation, funders, partners and people replaced by neutral
/// labels (« Financeur public 1 », « Partenaire 2 »), line labels by their kind, and every
/// free-text note dropped. The same name gets the same label in every snapshot.
pub fn anonymise(case: &Case) -> Case {
    let mut copy = case.clone();
    let org = &mut copy.organisation;
    org.name = "Organisation anonymisée".to_owned();
    org.approvals.clear();
    org.territory.clear();
    org.project.clear();
    copy.accompaniment.consultant.clear();
    copy.accompaniment.decisions.clear();
    for session in &mut copy.accompaniment.sessions {
        session.notes.clear();
    }
    let mut names = Names::default();
    for snapshot in &mut copy.snapshots {
        for line in &mut snapshot.lines {
            if !line.counterparty.trim().is_empty() {
                line.counterparty = names.label_for(line);
            }
            line.label = line.kind.def().map_or(String::new(), |d| d.label.clone());
            line.note.clear();
        }
    }
    copy
}

#[derive(Default)]
struct Names {
    given: HashMap<String, String>,
    counts: HashMap<&'static str, usize>,
}

impl Names {
    fn label_for(&mut self, line: &ResourceLine) -> String {
        let key = line.counterparty.trim().to_lowercase();
        if let Some(label) = self.given.get(&key) {
            return label.clone();
        }
        let role = role(line);
        let count = self.counts.entry(role).or_insert(0);
        *count += 1;
        let label = format!("{role} {count}");
        self.given.insert(key, label.clone());
        label
    }
}

fn role(line: &ResourceLine) -> &'static str {
    let public_actor = matches!(
        line.counterparty_type,
        Some(
            ActorType::Etat
                | ActorType::Region
                | ActorType::Departement
                | ActorType::CommuneEpci
                | ActorType::UnionEuropeenne
                | ActorType::OrganismeSocial
                | ActorType::Collectivite
        )
    );
    match line.kind.def().map(|d| (d.lever, d.nature)) {
        Some((
            _,
            Nature::Money {
                origin: Origin::Public,
                ..
            },
        )) => "Financeur public",
        Some((
            _,
            Nature::Money {
                origin: Origin::Membres,
                ..
            },
        )) => "Membres",
        Some((_, Nature::Money { .. })) if public_actor => "Financeur public",
        Some((_, Nature::Money { .. })) => "Financeur privé",
        Some((Lever::AlliancesStrategiques, _)) if public_actor => "Partenaire public",
        Some((Lever::AlliancesStrategiques, _)) => "Partenaire",
        _ => "Structure",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{KindId, Session, Snapshot};

    #[test]
    fn names_and_notes_go_figures_stay() {
        let mut case = Case::new_blank(2025);
        case.organisation.name = "Les Amis du Moulin".to_owned();
        case.accompaniment.sessions.push(Session {
            date: "2026-01-01".to_owned(),
            notes: "Mme Durand inquiète".to_owned(),
        });
        let mut line = ResourceLine::new(1, KindId::new("subventions").unwrap());
        line.counterparty = "Région Occitanie".to_owned();
        line.label = "Subvention de Mme Durand".to_owned();
        line.note = "confidentiel".to_owned();
        line.amount = Some(1000.0);
        let mut gift = ResourceLine::new(2, KindId::new("dons").unwrap());
        gift.counterparty = "Fondation X".to_owned();
        case.snapshots = vec![Snapshot {
            label: "2025".to_owned(),
            lines: vec![line, gift],
            ..Snapshot::default()
        }];
        case.snapshots.push(Snapshot {
            label: "2026".to_owned(),
            ..case.snapshots[0].clone()
        });
        let copy = anonymise(&case);
        let text = format!("{copy:?}");
        for secret in [
            "Amis du Moulin",
            "Durand",
            "Occitanie",
            "confidentiel",
            "Fondation X",
        ] {
            assert!(!text.contains(secret), "{secret} left in the copy");
        }
        assert_eq!(
            copy.snapshots[0].lines[0].counterparty,
            "Financeur public 1"
        );
        assert_eq!(
            copy.snapshots[1].lines[0].counterparty,
            "Financeur public 1"
        );
        assert_eq!(copy.snapshots[0].lines[1].counterparty, "Financeur privé 1");
        assert_eq!(copy.snapshots[0].lines[0].amount, Some(1000.0));
        assert_eq!(
            case.organisation.name, "Les Amis du Moulin",
            "original untouched"
        );
    }
}
