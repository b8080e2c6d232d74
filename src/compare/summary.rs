//! A comparison said in French: the summary of what changed, and the one line of a snapshot's
//! move on the typology.

use crate::format::{euros, euros_change, one_line, percent};

use super::{Comparison, FieldChange, Position, SnapshotComparison, Status};

/// The readable French summary of a comparison.
pub fn summary(c: &Comparison) -> String {
    // One line per change: a name or a text that holds a line end is written escaped.
    let mut out = format!(
        "Comparaison : {} → {}\n",
        one_line(&c.before),
        one_line(&c.after)
    );
    if c.is_unchanged() {
        out.push_str("\nAucune différence.\n");
        return out;
    }
    let fields = |out: &mut String, indent: &str, fields: &[FieldChange]| {
        for f in fields {
            out.push_str(&format!(
                "{indent}{} : {} → {}\n",
                f.field,
                one_line(&f.before),
                one_line(&f.after)
            ));
        }
    };
    if !c.organisation.is_empty() {
        out.push_str("\nOrganisation\n");
        fields(&mut out, "  ", &c.organisation);
    }
    if !c.valuation.is_empty() {
        out.push_str("\nRéglages de valorisation\n");
        fields(&mut out, "  ", &c.valuation);
    }
    for s in c.snapshots.iter().filter(|s| !s.is_unchanged()) {
        match s.status {
            Some(status) => out.push_str(&format!(
                "\nInstantané « {} » : {}\n",
                one_line(&s.label),
                if status == Status::Removed {
                    "supprimé"
                } else {
                    "ajouté"
                }
            )),
            None => out.push_str(&format!("\nInstantané « {} »\n", one_line(&s.label))),
        }
        fields(&mut out, "  ", &s.fields);
        out.push_str(&format!("  Position : {}\n", one_line(&position_line(s))));
        for lever in &s.levers {
            if lever.lines.is_empty() && lever.before == lever.after {
                continue;
            }
            out.push_str(&format!(
                "  {} : {} → {} ({})\n",
                lever.lever.label(),
                euros(lever.before),
                euros(lever.after),
                euros_change(lever.after - lever.before)
            ));
            for line in &lever.lines {
                out.push_str(&format!(
                    "    {} {} : « {} » ({})\n",
                    line.status.sign(),
                    line.status.label(),
                    one_line(&line.label),
                    one_line(&line.values_text())
                ));
                fields(&mut out, "        ", &line.fields);
            }
        }
    }
    out
}

/// « M4 — … → M2 — … (changement de modèle) », or the one side that exists.
pub fn position_line(s: &SnapshotComparison) -> String {
    let shares = |p: &Position| {
        p.ternary.map_or(String::new(), |t| {
            format!(
                " [subventions {}, privé {}, activité {}]",
                percent(t.subsidies),
                percent(t.private),
                percent(t.activity)
            )
        })
    };
    match (&s.before, &s.after) {
        (Some(a), Some(b)) if s.model_changed() => format!(
            "{}{} → {}{} (changement de modèle)",
            a.label,
            shares(a),
            b.label,
            shares(b)
        ),
        (Some(a), Some(b)) => format!(
            "{}, inchangée{} → {}",
            a.label,
            shares(a),
            shares(b).trim_start()
        ),
        (Some(p), None) | (None, Some(p)) => format!("{}{}", p.label, shares(p)),
        (None, None) => "—".to_owned(),
    }
}
