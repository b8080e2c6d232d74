//! `simulate FILE`: « et si… ? » from the command line — a scenario's changes on a snapshot
//! (never written to it), the stress tests, and what it takes to reach a model, worked out as
//! the document of `report::json::simulate`: `--json` prints it (docs/simulate-json.md), the
//! words here read it.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::commands::{load_or_report, pick_snapshot, typology};
use super::{Usage, terminal};
use crate::format::{euros_change, euros_whole, one_line, parse_number, quantity};
use crate::model::{Case, Catalogue, Change, Delta, Group, KindId};
use crate::report::json::simulate;

/// What `simulate` is asked.
pub struct Request<'a> {
    pub snapshot: Option<&'a str>,
    pub scenario: Option<&'a str>,
    pub changes: &'a [String],
    pub lose: &'a [String],
    pub stress: bool,
    pub to: Option<&'a str>,
    pub strong: bool,
    pub json: bool,
}

/// `KIND=-30%`, `KIND=+5000` (euros), `KIND=à160000` (« mettre à »), where KIND is a resource kind (`subventions`) or a
/// group code (`S`, `RAm`, `D`…).
pub fn change_of(spec: &str) -> Result<Change, Usage> {
    let (what, how) = spec.split_once('=').ok_or_else(|| {
        Usage(format!(
            "--change « {spec} » : la forme est TYPE=-30%, TYPE=+5000 (euros) ou TYPE=à160000 (mettre à)"
        ))
    })?;
    // Numbers read as the window reads them (French or English separators, any space, « € »,
    // the minus sign), bounded below.
    let how = how.trim();
    let set_to = how.strip_prefix('à').or_else(|| how.strip_prefix('a'));
    let by = match (set_to, how.strip_suffix('%')) {
        (Some(amount), _) => parse_number(amount).map(Delta::SetTo),
        (None, Some(p)) => parse_number(p).map(Delta::Percent),
        (None, None) => parse_number(how).map(Delta::Euros),
    }
    .ok_or_else(|| {
        Usage(format!(
            "--change « {spec} » : « {how} » n'est pas un changement (ex. -30%, +5000 ou à160000)"
        ))
    })?;
    // The same bound as every amount of a case file.
    let size = match by {
        // « Mettre à » an amount: never below zero.
        Delta::SetTo(amount) => amount,
        _ => by.value().abs(),
    };
    if let Some(why) = crate::model::number_problem(size) {
        return Err(Usage(format!("--change « {spec} » : {why}")));
    }
    let what = what.trim();
    if let Some(group) = Group::COUNTED
        .iter()
        .find(|g| g.code().eq_ignore_ascii_case(what))
    {
        return Ok(Change::Group { group: *group, by });
    }
    match KindId::new(what) {
        Some(kind) => Ok(Change::Kind { kind, by }),
        None => {
            let kinds: Vec<&str> = Catalogue::builtin()
                .kinds
                .iter()
                .map(|k| k.id.as_str())
                .collect();
            let groups: Vec<&str> = Group::COUNTED.iter().map(|g| g.code()).collect();
            Err(Usage(format!(
                "--change : « {what} » n'est ni un type de ressource ({}) ni un groupe ({})",
                kinds.join(", "),
                groups.join(", ")
            )))
        }
    }
}

pub fn simulate(
    file: &Path,
    request: &Request<'_>,
    typology_path: Option<&Path>,
) -> Result<ExitCode> {
    let mut changes = request
        .changes
        .iter()
        .map(|s| change_of(s))
        .collect::<Result<Vec<_>, _>>()?;
    for name in request.lose {
        if name.trim().is_empty() {
            return Err(Usage(
                "--lose-funder : le nom du financeur ou partenaire est vide (un nom vide désignerait toutes les lignes sans financeur)"
                    .to_owned(),
            )
            .into());
        }
        changes.push(Change::LoseFunder { name: name.clone() });
    }
    let Some(case) = load_or_report(file) else {
        return Ok(ExitCode::FAILURE);
    };
    let typology = typology(typology_path)?;
    let mut label = request.snapshot;
    if let Some(name) = request.scenario {
        let Some(saved) = case.scenarios.iter().find(|s| s.name == name) else {
            let names: Vec<&str> = case.scenarios.iter().map(|s| s.name.as_str()).collect();
            return Err(Usage(format!(
                "aucun scénario « {name} » dans le dossier (scénarios : {})",
                if names.is_empty() {
                    "aucun".to_owned()
                } else {
                    names.join(", ")
                }
            ))
            .into());
        };
        let mut all = saved.changes.clone();
        all.extend(changes);
        changes = all;
        label = label.or(Some(saved.base.as_str()));
    }
    let base = pick_snapshot(&case, label)?;
    if changes.is_empty() && !request.stress && request.to.is_none() {
        return Err(Usage(
            "rien à simuler : indiquez --change, --lose-funder, --scenario, --stress ou --to MODÈLE"
                .to_owned(),
        )
        .into());
    }
    let asked = simulate::Asked {
        stress: request.stress,
        reach: request.to.map(|model| (model, request.strong)),
    };
    let result = simulate::document(&case, base, (&changes, &asked), &typology)
        .map_err(|e| Usage(e.to_string()))?;
    let mut out = terminal::stdout();
    if request.json {
        out.json(&result)?;
    } else {
        out.write_all(text(&case, &result).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn text(case: &Case, r: &simulate::Document) -> String {
    let mut t = format!(
        "{} — {}\n",
        one_line(&case.organisation.name),
        one_line(&r.snapshot)
    );
    if let Some(s) = &r.scenario {
        t.push_str(&format!(
            "\nScénario : {}\n",
            one_line(&s.changes.join(" ; "))
        ));
        for notice in &s.notices {
            t.push_str(&format!("  ! {}\n", one_line(notice)));
        }
        t.push_str(&format!(
            "  Budget monétaire : {} → {} ({})\n",
            euros_whole(s.before.budget_monetaire),
            euros_whole(s.after.budget_monetaire),
            euros_change(s.budget_change.round())
        ));
        t.push_str(&format!(
            "  Position : {}\n           → {}\n",
            one_line(&s.before.headline),
            one_line(&s.after.headline)
        ));
        if let (Some(b), Some(a)) = (s.before.reserve_months, s.after.reserve_months) {
            t.push_str(&format!(
                "  Réserves : {} → {} mois de charges\n",
                quantity(b),
                quantity(a)
            ));
        }
        if !s.new_qualifiers.is_empty() {
            t.push_str(&format!("  Apparaît : {}\n", s.new_qualifiers.join(", ")));
        }
    }
    if !r.stress.is_empty() {
        t.push_str(
            "\nTests de résistance (à charges constantes, la perte est prise sur les réserves) :\n",
        );
        for s in &r.stress {
            t.push_str(&format!("  {}\n", one_line(&s.name)));
            let eaten = s
                .reserves_said
                .as_ref()
                .map_or(String::new(), |said| format!(" · {said}"));
            t.push_str(&format!(
                "    budget monétaire perdu : {}{eaten}\n    après : {}\n",
                euros_whole(s.budget_lost),
                one_line(&s.after.headline)
            ));
            if !s.new_qualifiers.is_empty() {
                t.push_str(&format!("    apparaît : {}\n", s.new_qualifiers.join(", ")));
            }
        }
    }
    if let Some(reach) = &r.reach {
        t.push_str(&format!(
            "\nQue faudrait-il pour… {} ?\n  {}\n",
            one_line(&reach.model),
            one_line(&reach.sentence)
        ));
        for way in reach.ways.iter().skip(2).take(4) {
            t.push_str(&format!(
                "  ou {}{} € sur le groupe {} (→ {})\n",
                if way.euros >= 0.0 { "+" } else { "" },
                quantity(way.euros.round()),
                way.group,
                one_line(&way.position_after)
            ));
        }
    }
    t
}
