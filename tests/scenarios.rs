//! « Et si… ? »: scenarios never touch their base; stress tests on a hand-computed case; « que
//! faudrait-il pour… ? » checked against the rules themselves (property over random mixes and
//! the samples): the answer reaches the model and one euro less does not; the command line.

use crate::common::{case_of, repo_path, run, samples, snapshot_of};
use atelier_mse::analysis::reach::what_it_takes;
use atelier_mse::analysis::scenario::{apply, outcome, stress_tests};
use atelier_mse::analysis::{Context, Rule, RuleGroup, RuleMix, Typology, analyse, classify};
use atelier_mse::model::{ActorType, Change, Delta, Group, KindId};
use atelier_mse::storage;
use atelier_mse::text::{Lang, reach_sentence};
use proptest::prelude::*;

fn reached(mix: &RuleMix, context: &Context, model: &str, strong: bool) -> bool {
    let c = classify(mix, context, Typology::builtin());
    c.rule != Rule::Hybrid
        && c.model.as_deref() == Some(model)
        && (!strong || c.confidence == Some(atelier_mse::analysis::Confidence::Forte))
}

fn moved(mix: &RuleMix, group: RuleGroup, euros: f64) -> RuleMix {
    let mut m = *mix;
    m.add(group, euros);
    m
}

/// Every way given reaches the model, and the same way one euro smaller does not.
fn check_reach(mix: &RuleMix, context: &Context) {
    for model in &Typology::builtin().models {
        for strong in [false, true] {
            let reach =
                what_it_takes(mix, context, Typology::builtin(), (&model.id, strong)).unwrap();
            assert_eq!(reach.already, reached(mix, context, &model.id, strong));
            for way in &reach.ways {
                let after = moved(mix, way.group, way.euros);
                assert!(
                    reached(&after, context, &model.id, strong),
                    "{} {:?} {} does not reach {}",
                    atelier_mse::text::way_words(way, atelier_mse::text::Lang::Fr),
                    mix,
                    way.euros,
                    model.id
                );
                let smaller = way.euros - way.euros.signum();
                if smaller.abs() >= 1.0 {
                    assert!(
                        !reached(&moved(mix, way.group, smaller), context, &model.id, strong),
                        "{} is not the smallest for {}: {smaller} reaches it too",
                        atelier_mse::text::way_words(way, atelier_mse::text::Lang::Fr),
                        model.id
                    );
                }
            }
            if !reach.already && reach.ways.is_empty() {
                assert!(
                    reach.unreachable.is_some(),
                    "says why {} is out of reach",
                    model.id
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn what_it_takes_reaches_the_model_and_no_smaller_change_does(
        amounts in proptest::collection::vec(0u32..200_000, 6),
        etp in 0u32..3,
    ) {
        let a: Vec<f64> = amounts.iter().map(|v| f64::from(*v)).collect();
        let mix = RuleMix { c: a[0], a: a[1], rar: a[2], s: a[3], dm: a[4], n: a[5] };
        check_reach(&mix, &Context { salaried_etp: f64::from(etp) });
    }
}

#[test]
fn what_it_takes_holds_on_every_sample_and_names_the_threshold() {
    for sample in samples() {
        let case = storage::load(&sample).unwrap();
        let a = analyse(&case, case.default_snapshot().unwrap(), Typology::builtin());
        let context = Context {
            salaried_etp: a.totals.salaried_etp,
        };
        check_reach(&a.totals.amounts.rule_mix(), &context);
    }
    // The environment centre: gifts and patronage to reach the cofinancing model, with the rule.
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let a = analyse(
        &case,
        case.snapshot("2025 réalisé").unwrap(),
        Typology::builtin(),
    );
    let context = Context {
        salaried_etp: a.totals.salaried_etp,
    };
    let reach = what_it_takes(
        &a.totals.amounts.rule_mix(),
        &context,
        Typology::builtin(),
        ("M5", false),
    )
    .unwrap();
    let sentence = reach_sentence(&reach, Typology::builtin(), Lang::Fr);
    assert!(
        sentence.contains("de dons, mécénat et fondations"),
        "{sentence}"
    );
    assert!(sentence.contains("Le cofinancement (M5)"), "{sentence}");
    assert!(sentence.contains("seuil du cofinancement"), "{sentence}");
    // « En confiance forte » names the strong threshold, not only the dominance's.
    let strong = what_it_takes(
        &a.totals.amounts.rule_mix(),
        &context,
        Typology::builtin(),
        ("M6", true),
    )
    .unwrap();
    let in_english = reach_sentence(&strong, Typology::builtin(), Lang::En);
    let strong = reach_sentence(&strong, Typology::builtin(), Lang::Fr);
    assert!(
        in_english.ends_with("(threshold: 50\u{a0}%); at least 70\u{a0}%: strong dominance."),
        "{in_english}"
    );
    assert!(
        strong.ends_with("(seuil : 50\u{a0}%) ; au moins 70\u{a0}% : dominance forte."),
        "{strong}"
    );
    // The cofinancing rule never gives « forte »: said, not searched for ever.
    let strong = what_it_takes(
        &a.totals.amounts.rule_mix(),
        &context,
        Typology::builtin(),
        ("M5", true),
    )
    .unwrap();
    assert!(strong.ways.is_empty());
    assert!(
        atelier_mse::text::unreachable(&strong.unreachable.unwrap(), Lang::Fr)
            .contains("jamais une confiance forte")
    );
    // An unknown model names the choices.
    let err = what_it_takes(
        &a.totals.amounts.rule_mix(),
        &context,
        Typology::builtin(),
        ("M9", false),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("M9") && err.contains("M1, M2"), "{err}");
}

#[test]
fn a_calibrated_typology_gives_another_answer() {
    let mix = RuleMix {
        c: 10_000.0,
        s: 30_000.0,
        dm: 5_000.0,
        ..RuleMix::default()
    };
    let context = Context { salaried_etp: 1.0 };
    let builtin = what_it_takes(&mix, &context, Typology::builtin(), ("M4", false)).unwrap();
    let mut calibrated = Typology::builtin().clone();
    calibrated.thresholds.dominant = 0.75;
    let other = what_it_takes(&mix, &context, &calibrated, ("M4", false)).unwrap();
    assert!(
        builtin.already,
        "66 % of subsidies is M4 at the 50 % threshold"
    );
    assert!(!other.already);
    assert!(!other.ways.is_empty(), "a way to 75 % of subsidies");
}

#[test]
fn a_scenario_changes_a_copy_clamps_at_zero_and_names_what_it_cannot_find() {
    let case = case_of(snapshot_of(&[
        ("subventions", 60_000.0),
        ("dons", 40_000.0),
    ]));
    let base = &case.snapshots[0];
    let applied = apply(
        base,
        &[
            Change::Kind {
                kind: KindId::new("subventions").unwrap(),
                by: Delta::Percent(-30.0),
            },
            Change::Group {
                group: Group::D,
                by: Delta::Euros(-50_000.0),
            },
        ],
    )
    .unwrap();
    assert_eq!(applied.snapshot.lines[0].amount, Some(42_000.0));
    assert_eq!(
        applied.snapshot.lines[1].amount,
        Some(0.0),
        "clamped at zero"
    );
    assert!(
        atelier_mse::text::notice(&applied.notices[0], Lang::Fr).contains("ramené à 0"),
        "{:?}",
        applied.notices
    );
    assert_eq!(
        base.lines[1].amount,
        Some(40_000.0),
        "the base is untouched"
    );

    let err = apply(
        base,
        &[Change::LoseFunder {
            name: "Personne".to_owned(),
        }],
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("Personne") && err.contains("Financeur 0"),
        "{err}"
    );
    let err = apply(
        base,
        &[Change::Line {
            id: 99,
            by: Delta::Percent(10.0),
        }],
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("99"), "{err}");
}

#[test]
fn stress_tests_on_a_hand_computed_case() {
    // 100 000 € of money: Région 50 000 (yearly grant), Ville 20 000 (multi-year grant),
    // Entreprise Dupont 30 000 (patronage). Expenses 120 000 € a year, reserves 60 000 € (6 months).
    let mut snapshot = snapshot_of(&[
        ("subventions", 50_000.0),
        ("subventions", 20_000.0),
        ("mecenat_financier", 30_000.0),
    ]);
    snapshot.lines[0].counterparty = "Région".to_owned();
    snapshot.lines[1].counterparty = "Ville".to_owned();
    snapshot.lines[1].multi_year = true;
    snapshot.lines[2].counterparty = "Entreprise Dupont".to_owned();
    snapshot.lines[2].counterparty_type = Some(ActorType::Entreprise);
    snapshot.annual_expenses = Some(120_000.0);
    snapshot.reserves = Some(60_000.0);
    let case = case_of(snapshot);
    let base = &case.snapshots[0];
    let t = Typology::builtin();
    let before = analyse(&case, base, t);
    let tests = stress_tests(&case, base);
    let names: Vec<String> = tests
        .iter()
        .map(|s| atelier_mse::text::stress_name(&s.stress, Lang::Fr))
        .collect();
    assert_eq!(
        names,
        [
            "Perte du premier financeur (Région)",
            "Argent public −10 %",
            "Argent public −30 %",
            "Fin des conventions non pluriannuelles",
            "Perte du premier partenaire entreprise (Entreprise Dupont)",
        ]
    );
    let run = |i: usize| outcome(&case, base, &tests[i].changes, t).unwrap();
    // Loss of the Région: −50 000 €, 5 months of reserves eaten, 1 month left: « réserves
    // faibles » appears; what is left is 40 % grants, 60 % patronage: M6 above 50 %.
    let region = run(0);
    assert_eq!(region.budget_change, -50_000.0);
    assert!((region.reserve_months.unwrap() - 1.0).abs() < 1e-9);
    assert!(
        region
            .analysis
            .qualifiers
            .iter()
            .any(|q| q.id == "reserves_faibles")
    );
    assert!(!before.qualifiers.iter().any(|q| q.id == "reserves_faibles"));
    assert_eq!(region.analysis.classification.model.as_deref(), Some("M6"));
    // Public money −30 %: −21 000 €.
    assert!((run(2).budget_change + 21_000.0).abs() < 1e-6);
    // The yearly grant ends, the multi-year one stays: −50 000 €.
    assert_eq!(run(3).budget_change, -50_000.0);
    // The company leaves: −30 000 €, 70 000 € of grants only: M4, strongly.
    let company = run(4);
    assert_eq!(company.budget_change, -30_000.0);
    assert_eq!(company.analysis.classification.model.as_deref(), Some("M4"));
}

#[test]
fn simulate_on_the_command_line_in_words_and_json() {
    let sample = repo_path("saves/cpie-vallee-verte.ron");
    let file = sample.to_str().unwrap();
    let before = std::fs::read(&sample).unwrap();
    let out = run(&[
        "simulate",
        file,
        "--change",
        "subventions=-30%",
        "--lose-funder",
        "Région",
        "--stress",
        "--to",
        "M5",
    ]);
    assert!(out.status.success(), "{out:?}");
    // Amounts read as the window reads them: narrow no-break spaces, « € », the minus sign.
    let typed = run(&[
        "simulate",
        file,
        "--change",
        "subventions=\u{2212}81\u{202f}000 €",
        "--json",
    ]);
    let plain = run(&["simulate", file, "--change", "subventions=-81000", "--json"]);
    assert!(typed.status.success(), "{typed:?}");
    assert_eq!(typed.stdout, plain.stdout);
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .replace(['\u{a0}', '\u{202f}'], " ");
    for expected in [
        "Scénario : Subventions publiques",
        "perte de « Région »",
        "Budget monétaire : 601 500 €",
        "Tests de résistance",
        "Argent public −30 %",
        "Que faudrait-il pour… M5 ?",
    ] {
        assert!(text.contains(expected), "missing « {expected} » in\n{text}");
    }
    assert_eq!(
        std::fs::read(&sample).unwrap(),
        before,
        "the case is never written"
    );

    let out = run(&[
        "simulate", file, "--change", "S=-10%", "--stress", "--to", "M4", "--strong", "--json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["snapshot"], "2025 réalisé");
    assert!(
        json["scenario"]["after"]["budget_monetaire"]
            .as_f64()
            .unwrap()
            < 601_500.0
    );
    assert!(json["stress"].as_array().unwrap().len() >= 4);
    assert_eq!(json["reach"]["model"], "M4");
    assert_eq!(json["reach"]["strong"], true);
    // Every field printed is in the documented schema.
    let doc = std::fs::read_to_string(repo_path("docs/simulate-json.md")).unwrap();
    let mut fields: Vec<String> = json.as_object().unwrap().keys().cloned().collect();
    for part in ["scenario", "reach"] {
        fields.extend(json[part].as_object().unwrap().keys().cloned());
    }
    fields.extend(json["stress"][0].as_object().unwrap().keys().cloned());
    fields.extend(
        json["scenario"]["after"]
            .as_object()
            .unwrap()
            .keys()
            .cloned(),
    );
    for field in fields {
        assert!(
            doc.contains(&field),
            "docs/simulate-json.md does not say what `{field}` is"
        );
    }

    // Bad input: a French message naming it and the choices, exit 2.
    for (args, expected) in [
        (vec!["--change", "inconnu=5%"], "ni un type de ressource"),
        (vec!["--change", "dons=beaucoup"], "n'est pas un changement"),
        (vec!["--change", "dons=+1e13"], "au plus 1 000 milliards"),
        (vec!["--change", "dons=à-5\u{202f}000"], "valeur négative"),
        (vec!["--lose-funder", "Personne"], "Agence de l'eau"),
        (vec!["--to", "M9"], "M1, M2"),
        (vec![], "rien à simuler"),
    ] {
        let mut all = vec!["simulate", file];
        all.extend(args);
        let out = run(&all);
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{err}");
    }
}

#[test]
fn the_scenarios_page_of_the_report_tells_the_same_results() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("scenarios.pdf");
    let sample = repo_path("saves/cpie-vallee-verte.ron");
    let out = run(&[
        "export",
        sample.to_str().unwrap(),
        "--content",
        "scenarios",
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = crate::common::words(&crate::common::pdftotext(&pdf));
    let case = storage::load(&sample).unwrap();
    let scenario = &case.scenarios[0];
    let o =
        atelier_mse::analysis::scenario::simulate(&case, scenario, Typology::builtin()).unwrap();
    for expected in [
        scenario.name.as_str(),
        "Tests de résistance",
        "Argent public −30 %",
        "Que faudrait-il pour",
        &atelier_mse::format::euros_whole(o.analysis.totals.monetary_budget),
        &atelier_mse::text::headline(&o.analysis.classification, atelier_mse::text::Lang::Fr),
    ] {
        assert!(
            text.contains(&crate::common::words(expected)),
            "missing: {expected}"
        );
    }
}

/// An association with 1,7 months of reserves (60 000 €) that loses a funder of 176 000 €: the
/// reserves run out and 116 000 € are missing — never « 5 mois de réserves consommés ».
#[test]
fn a_stress_test_never_eats_more_reserves_than_are_held_and_says_what_is_missing() {
    use atelier_mse::analysis::scenario::stress_outcomes;
    let mut snapshot = snapshot_of(&[("subventions", 176_000.0), ("ventes_privees", 233_100.0)]);
    snapshot.reserves = Some(60_000.0);
    snapshot.annual_expenses = Some(60_000.0 * 12.0 / 1.7);
    let case = case_of(snapshot);
    let base = &case.snapshots[0];
    let typology = Typology::builtin();
    let results = stress_outcomes(&case, base, typology);
    let (stress, t1) = &results[0];
    let name = atelier_mse::text::stress_name(stress, Lang::Fr);
    assert!(name.contains("Financeur 0"), "{name}");
    let drawn = t1.drawn(base).unwrap();
    assert!((drawn.months - 1.7).abs() < 1e-9, "{drawn:?}");
    assert!(drawn.exhausted);
    assert!((drawn.missing - 116_000.0).abs() < 1e-6, "{drawn:?}");
    assert_eq!(
        atelier_mse::text::drawn_words(&drawn, Lang::Fr),
        "réserves épuisées (1,7 mois) : il manque 116\u{a0}000\u{a0}€"
    );
    assert_eq!(
        atelier_mse::text::drawn_words(&drawn, Lang::En),
        "reserves exhausted (1,7 months): 116\u{a0}000\u{a0}€ missing"
    );
    // Every test's months are within the months held.
    for (_, o) in &results {
        let d = o.drawn(base).unwrap();
        assert!(d.months <= 1.7 + 1e-9, "{d:?}");
    }

    // The command line says the same.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jardin.ron");
    storage::save(&case, &path).unwrap();
    let out = run(&["simulate", path.to_str().unwrap(), "--stress"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("réserves épuisées (1,7 mois) : il manque 116"),
        "{text}"
    );
    let out = run(&["simulate", path.to_str().unwrap(), "--stress", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &json["stress"][0];
    assert_eq!(first["reserves_exhausted"], true);
    assert_eq!(first["reserves_missing"].as_f64(), Some(116_000.0));
}

/// « Mettre à » a negative amount is refused where it is typed, on the command line and in a file.
#[test]
fn an_amount_set_below_zero_is_refused() {
    let sample = repo_path("saves/club-randonnee.ron");
    let out = run(&["simulate", sample.to_str().unwrap(), "--change", "dons=à-5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("valeur négative"));
    let mut case = storage::load(&sample).unwrap();
    case.scenarios.push(atelier_mse::model::Scenario {
        name: "négatif".to_owned(),
        base: case.snapshots[0].label.clone(),
        changes: vec![Change::Kind {
            kind: KindId::new("dons").unwrap(),
            by: Delta::SetTo(-5.0),
        }],
    });
    let dir = tempfile::tempdir().unwrap();
    let err = storage::save(&case, &dir.path().join("cas.ron")).unwrap_err();
    assert!(err.to_string().contains("valeur négative"), "{err}");
}
