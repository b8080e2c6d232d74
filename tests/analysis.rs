//! The classification rules at their boundaries, qualifiers, degenerate inputs, the samples'
//! positions, and invariants of shares and weights.

use crate::common::{case_of, money, repo_path, snapshot_of};
use atelier_mse::analysis::{Confidence, Rule, Typology, analyse, changes, totals};
use atelier_mse::model::{KindId, ResourceLine, Snapshot, Unit};
use atelier_mse::storage;
use atelier_mse::text::Lang;
use proptest::prelude::*;

fn position(amounts: &[(&str, f64)]) -> (Rule, Option<String>, String, Option<Confidence>) {
    let case = case_of(snapshot_of(amounts));
    let a = analyse(&case, &case.snapshots[0], Typology::builtin());
    let c = a.classification;
    (c.rule, c.model, c.label, c.confidence)
}

/// A row of the rules table: name, amounts per kind, expected rule, label and confidence.
type Row<'a> = (
    &'a str,
    &'a [(&'a str, f64)],
    Rule,
    &'a str,
    Option<Confidence>,
);

#[test]
fn classification_rules_at_their_boundaries() {
    use Confidence::*;
    use Rule::*;
    let table: &[Row] = &[
        (
            "subsidies exactly 50 %",
            &[
                ("subventions", 50_000.0),
                ("ventes_privees", 30_000.0),
                ("dons", 20_000.0),
            ],
            Dominant,
            "M4 — Subventions publiques",
            Some(Moyenne),
        ),
        (
            "subsidies exactly 70 %",
            &[("subventions", 70_000.0), ("ventes_privees", 30_000.0)],
            Dominant,
            "M4 — Subventions publiques",
            Some(Forte),
        ),
        (
            "subsidies just under 70 %",
            &[("subventions", 69_999.0), ("ventes_privees", 30_001.0)],
            Dominant,
            "M4 — Subventions publiques",
            Some(Moyenne),
        ),
        (
            "sales and tenders add up",
            &[
                ("ventes_privees", 30_000.0),
                ("commande_publique", 30_000.0),
                ("subventions", 40_000.0),
            ],
            Dominant,
            "M2 — Prestation et valorisation de savoir-faire",
            Some(Moyenne),
        ),
        (
            "regulated pricing",
            &[
                ("tarification_publique", 90_000.0),
                ("subventions", 10_000.0),
            ],
            Dominant,
            "M3 — L'association opératrice de politique publique",
            Some(Forte),
        ),
        (
            "gifts and company giving add up",
            &[
                ("dons", 40_000.0),
                ("fondations", 20_000.0),
                ("mecenat_financier", 20_000.0),
                ("subventions", 20_000.0),
            ],
            Dominant,
            "M6 — Mobilisation privée",
            Some(Forte),
        ),
        (
            "pooled resources",
            &[
                ("ressources_mutualisees", 60_000.0),
                ("cotisations", 40_000.0),
            ],
            Dominant,
            "M7 — Modèle mutualisé",
            Some(Moyenne),
        ),
        (
            "members' fees",
            &[("cotisations", 50_000.0), ("ventes_privees", 50_000.0)],
            Dominant,
            "M1 — Modèle des membres",
            Some(Moyenne),
        ),
        (
            "cofinancing exactly 20 % private",
            &[
                ("subventions", 40_000.0),
                ("dons", 20_000.0),
                ("ventes_privees", 40_000.0),
            ],
            Cofinancing,
            "M5 — Le cofinancement",
            Some(Moyenne),
        ),
        (
            "cofinancing exactly 20 % subsidies",
            &[
                ("subventions", 20_000.0),
                ("dons", 40_000.0),
                ("ventes_privees", 40_000.0),
            ],
            Cofinancing,
            "M5 — Le cofinancement",
            Some(Moyenne),
        ),
        (
            "private just under 20 %: hybrid",
            &[
                ("subventions", 40_000.0),
                ("dons", 19_999.0),
                ("ventes_privees", 40_001.0),
            ],
            Hybrid,
            "entre M2 et M4",
            Some(Faible),
        ),
        (
            "environment centre mix",
            &[
                ("subventions", 45.0),
                ("commande_publique", 35.0),
                ("fondations", 10.0),
                ("cotisations", 5.0),
                ("ventes_privees", 5.0),
            ],
            Hybrid,
            "entre M4 et M2",
            Some(Faible),
        ),
        (
            "small structure led by fees",
            &[
                ("cotisations", 4_000.0),
                ("ventes_privees", 3_500.0),
                ("subventions", 1_500.0),
            ],
            SmallStructure,
            "M1 — Modèle des membres",
            Some(Moyenne),
        ),
        (
            "small-budget limit is exclusive",
            &[
                ("cotisations", 4_000.0),
                ("ventes_privees", 3_500.0),
                ("subventions", 2_500.0),
            ],
            Hybrid,
            "entre M1 et M2",
            Some(Faible),
        ),
        (
            "small but not led by fees",
            &[
                ("cotisations", 3_000.0),
                ("ventes_privees", 4_000.0),
                ("subventions", 2_000.0),
            ],
            Hybrid,
            "entre M2 et M1",
            Some(Faible),
        ),
        (
            "financial income is left out",
            &[
                ("subventions", 10_000.0),
                ("produits_financiers", 1_000_000.0),
            ],
            Dominant,
            "M4 — Subventions publiques",
            Some(Forte),
        ),
    ];
    for (name, amounts, rule, label, confidence) in table {
        let (got_rule, _, got_label, got_confidence) = position(amounts);
        assert_eq!(
            (got_rule, got_label.as_str(), got_confidence),
            (*rule, *label, *confidence),
            "{name}"
        );
    }
}

#[test]
fn small_structure_rule_needs_no_staff() {
    let mut snapshot = snapshot_of(&[
        ("cotisations", 4_000.0),
        ("ventes_privees", 3_500.0),
        ("subventions", 1_500.0),
    ]);
    let mut staff = ResourceLine::new(99, KindId::new("salaries").unwrap());
    staff.quantity = Some(0.5);
    staff.unit = Unit::Etp;
    snapshot.lines.push(staff);
    let case = case_of(snapshot);
    let a = analyse(&case, &case.snapshots[0], Typology::builtin());
    assert_eq!(a.classification.rule, Rule::Hybrid);
}

#[test]
fn explanation_states_the_share_and_the_threshold() {
    let case = case_of(snapshot_of(&[
        ("subventions", 62_000.0),
        ("ventes_privees", 38_000.0),
    ]));
    let a = analyse(&case, &case.snapshots[0], Typology::builtin());
    let said = atelier_mse::text::reasons(&a.classification, Lang::Fr);
    assert!(
        said.iter().any(|f| f
            == "Subventions publiques : 62\u{a0}% des ressources monétaires (seuil : 50\u{a0}%)"),
        "{said:?}"
    );
    // The same fact in English, the group's name staying the field's own.
    assert!(
        atelier_mse::text::reasons(&a.classification, Lang::En)
            .iter()
            .any(|f| f
                == "Subventions publiques: 62\u{a0}% of monetary resources (threshold: 50\u{a0}%)")
    );
}

fn qualifier_ids(snapshot: Snapshot) -> Vec<&'static str> {
    let case = case_of(snapshot);
    analyse(&case, &case.snapshots[0], Typology::builtin())
        .qualifiers
        .iter()
        .map(|q| q.id)
        .collect()
}

#[test]
fn dependence_starts_at_half_of_monetary_resources_from_one_funder() {
    let mut s = snapshot_of(&[]);
    s.lines = vec![
        money(1, "subventions", "Région", 30_000.0),
        money(2, "commande_publique", "région ", 20_000.0),
        money(3, "ventes_privees", "Client A", 25_000.0),
        money(4, "ventes_privees", "Client B", 25_000.0),
    ];
    assert!(
        qualifier_ids(s.clone()).contains(&"dependance"),
        "same funder, case and spaces ignored"
    );
    s.lines[1].amount = Some(19_000.0);
    assert!(!qualifier_ids(s).contains(&"dependance"));
}

#[test]
fn volunteer_heavy_starts_at_half_of_the_valued_budget() {
    let mut s = snapshot_of(&[("cotisations", 12_020.0)]);
    let mut volunteers = ResourceLine::new(50, KindId::new("benevolat_activite").unwrap());
    volunteers.quantity = Some(1000.0);
    s.lines.push(volunteers);
    assert!(qualifier_ids(s.clone()).contains(&"fortement_benevole"));
    s.lines[0].amount = Some(12_021.0);
    assert!(!qualifier_ids(s).contains(&"fortement_benevole"));
}

#[test]
fn employer_and_low_reserves() {
    let mut s = snapshot_of(&[
        ("subventions", 40_000.0),
        ("dons", 30_000.0),
        ("ventes_privees", 30_000.0),
    ]);
    assert!(qualifier_ids(s.clone()).is_empty());
    let mut staff = ResourceLine::new(9, KindId::new("salaries").unwrap());
    staff.quantity = Some(1.0);
    staff.unit = Unit::Etp;
    s.lines.push(staff);
    s.annual_expenses = Some(120_000.0);
    s.reserves = Some(29_999.0);
    let ids = qualifier_ids(s.clone());
    assert!(
        ids.contains(&"employeur") && ids.contains(&"reserves_faibles"),
        "{ids:?}"
    );
    s.reserves = Some(30_000.0);
    assert!(
        !qualifier_ids(s).contains(&"reserves_faibles"),
        "exactly 3 months is not low"
    );
}

#[test]
fn operator_without_staff_is_warned() {
    let case = case_of(snapshot_of(&[("tarification_publique", 100_000.0)]));
    let a = analyse(&case, &case.snapshots[0], Typology::builtin());
    assert!(
        a.warnings
            .iter()
            .any(|w| atelier_mse::text::warning(w, Lang::Fr).contains("sans salarié"))
    );
}

#[test]
fn gifts_to_a_non_eligible_organisation_are_warned() {
    let mut case = case_of(snapshot_of(&[("dons", 100.0)]));
    case.organisation.general_interest = false;
    let a = analyse(&case, &case.snapshots[0], Typology::builtin());
    assert!(
        a.warnings
            .iter()
            .any(|w| atelier_mse::text::warning(w, Lang::Fr).contains("intérêt général"))
    );
}

#[test]
fn degenerate_inputs_give_explicit_results() {
    let mut only_volunteers = snapshot_of(&[]);
    let mut v = ResourceLine::new(1, KindId::new("benevolat_activite").unwrap());
    v.quantity = Some(100.0);
    only_volunteers.lines.push(v);
    let cases = [
        snapshot_of(&[]),
        snapshot_of(&[("subventions", 0.0), ("dons", 0.0)]),
        snapshot_of(&[("produits_financiers", 500.0)]),
        only_volunteers,
    ];
    for snapshot in cases {
        let case = case_of(snapshot);
        let a = analyse(&case, &case.snapshots[0], Typology::builtin());
        assert_eq!(a.classification.rule, Rule::NoMonetary);
        assert_eq!(a.classification.label, "pas de ressources monétaires");
        assert!(a.weights.is_empty() && a.ternary.is_none() && a.shares.is_none());
        let json = serde_json::to_string(&atelier_mse::report::json::analyse::document(
            &case, &a, None,
        ))
        .unwrap();
        assert!(
            !json.contains("NaN") && !json.contains("null,\"weights\":[NaN"),
            "{json}"
        );
        assert!(a.totals.valued_share.is_finite());
    }
    let single = case_of(snapshot_of(&[("dons", 10.0)]));
    let a = analyse(&single, &single.snapshots[0], Typology::builtin());
    assert_eq!(a.classification.label, "M6 — Mobilisation privée");
    assert!(a.weights.iter().all(|w| w.weight.is_finite()));
}

#[test]
fn samples_land_where_the_domain_says() {
    let expected = [
        ("club-randonnee.ron", "M1 — Modèle des membres", "M1", 0.92),
        ("cpie-vallee-verte.ron", "entre M4 et M2", "M5", 0.42),
        (
            "operateur-solidarites.ron",
            "M3 — L'association opératrice de politique publique",
            "M3",
            1.0,
        ),
        (
            "recherche-telethon.ron",
            "M6 — Mobilisation privée",
            "M6",
            0.9,
        ),
    ];
    for (file, label, closest, weight) in expected {
        let case = storage::load(&repo_path(&format!("saves/{file}"))).unwrap();
        let snapshot = case.snapshot("2025 réalisé").unwrap();
        let a = analyse(&case, snapshot, Typology::builtin());
        assert_eq!(a.classification.label, label, "{file}");
        let best = a
            .weights
            .iter()
            .max_by(|x, y| x.weight.total_cmp(&y.weight))
            .unwrap();
        assert_eq!(best.model, closest, "{file}");
        assert!(
            (best.weight - weight).abs() < 0.02,
            "{file}: {}",
            best.weight
        );
    }
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let weight = |id: &str| {
        let a = analyse(
            &case,
            case.snapshot("2025 réalisé").unwrap(),
            Typology::builtin(),
        );
        a.weights.iter().find(|w| w.model == id).unwrap().weight
    };
    assert!((weight("M4") - 0.40).abs() < 0.02 && (weight("M2") - 0.15).abs() < 0.02);
}

#[test]
fn valuation_uses_the_case_rates_and_declared_values() {
    let case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let t = totals(case.snapshot("2025 réalisé").unwrap(), &case.valuation);
    // 2 000 h of activity volunteering at 12,02 €; governance not valued by default; the hall 3 000 €.
    assert!((t.human - 24_040.0).abs() < 1e-6, "{}", t.human);
    assert_eq!(t.alliances, 3_000.0);
    assert_eq!(t.monetary_budget, 8_000.0);
    assert!((t.valued_budget - 35_040.0).abs() < 1e-6);
    assert_eq!(t.volunteer_hours, 2_420.0);
    assert_eq!(t.salaried_etp, 0.0);
}

#[test]
fn payroll_is_shown_but_never_added_to_resources() {
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let t = totals(case.snapshot("2025 réalisé").unwrap(), &case.valuation);
    assert_eq!(t.salaried_etp, 10.0);
    assert_eq!(t.monetary_budget, 601_500.0);
    assert!(t.information_only >= 410_000.0);
}

#[test]
fn changes_follow_lines_by_id_and_levers() {
    let case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let c = changes(&case.snapshots[1], &case.snapshots[2], &case.valuation);
    let fees = c.lines.iter().find(|l| l.id == 3).unwrap();
    assert_eq!(
        (fees.before, fees.after, fees.delta()),
        (Some(4_800.0), Some(5_600.0), 800.0)
    );
    let financial = &c.levers[1];
    assert_eq!((financial.before, financial.after), (8_000.0, 9_000.0));
}

#[test]
fn the_path_follows_the_snapshots_in_order() {
    let mut case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let path = atelier_mse::analysis::trajectory(&case, Typology::builtin());
    let labels: Vec<&str> = path.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["2024 réalisé", "2025 réalisé", "cible 2028"]);
    assert_eq!(
        path.iter().map(|p| p.target).collect::<Vec<_>>(),
        [false, false, true]
    );
    // Moving the target first moves it first on the path.
    case.snapshots.rotate_right(1);
    let path = atelier_mse::analysis::trajectory(&case, Typology::builtin());
    assert_eq!(path[0].label, "cible 2028");
    let target = path[0].ternary.unwrap();
    assert!(
        target.private > 0.2,
        "the target adds private money: {target:?}"
    );
}

fn amounts_strategy() -> impl Strategy<Value = Vec<(usize, f64)>> {
    prop::collection::vec((0usize..10, 0.0f64..1e9), 1..30)
}

const KINDS: [&str; 10] = [
    "cotisations",
    "ventes_privees",
    "commande_publique",
    "tarification_publique",
    "subventions",
    "dons",
    "mecenat_financier",
    "fondations",
    "ressources_mutualisees",
    "produits_financiers",
];

fn snapshot_from(amounts: &[(usize, f64)]) -> Snapshot {
    let pairs: Vec<(&str, f64)> = amounts.iter().map(|(k, a)| (KINDS[*k], *a)).collect();
    snapshot_of(&pairs)
}

proptest! {
    #[test]
    fn shares_and_weights_are_distributions(amounts in amounts_strategy()) {
        let case = case_of(snapshot_from(&amounts));
        let a = analyse(&case, &case.snapshots[0], Typology::builtin());
        if let Some(shares) = a.shares {
            let values = [shares.c, shares.rap, shares.ram, shares.rar, shares.s, shares.d, shares.m, shares.n];
            prop_assert!(values.iter().all(|v| (0.0..=1.0).contains(v)));
            prop_assert!((values.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            let sum: f64 = a.weights.iter().map(|w| w.weight).sum();
            prop_assert!((sum - 1.0).abs() < 1e-9);
            prop_assert!(a.weights.iter().all(|w| (0.0..=1.0).contains(&w.weight)));
            let t = a.ternary.unwrap();
            prop_assert!((t.subsidies + t.private + t.activity - 1.0).abs() < 1e-9);
        } else {
            prop_assert_eq!(a.classification.rule, Rule::NoMonetary);
        }
    }

    #[test]
    fn scaling_every_amount_changes_nothing(amounts in amounts_strategy(), factor in 1u32..1000) {
        // Integer factors keep the small-structure rule out of play only when T stays on one side
        // of its threshold, so compare cases well above it.
        let base: Vec<(usize, f64)> = amounts.iter().map(|(k, a)| (*k, a + 20_000.0)).collect();
        let scaled: Vec<(usize, f64)> = base.iter().map(|(k, a)| (*k, a * f64::from(factor))).collect();
        let (c1, c2) = (case_of(snapshot_from(&base)), case_of(snapshot_from(&scaled)));
        let a1 = analyse(&c1, &c1.snapshots[0], Typology::builtin());
        let a2 = analyse(&c2, &c2.snapshots[0], Typology::builtin());
        prop_assert_eq!(&a1.classification.label, &a2.classification.label);
        for (w1, w2) in a1.weights.iter().zip(&a2.weights) {
            prop_assert!((w1.weight - w2.weight).abs() < 1e-9);
        }
    }

    #[test]
    fn reordering_lines_changes_nothing(amounts in amounts_strategy(), seed in any::<u64>()) {
        let s1 = snapshot_from(&amounts);
        let mut s2 = s1.clone();
        let len = s2.lines.len();
        for i in 0..len {
            let j = (seed.wrapping_mul(i as u64 + 7) % len as u64) as usize;
            s2.lines.swap(i, j);
        }
        let (c1, c2) = (case_of(s1), case_of(s2));
        let a1 = analyse(&c1, &c1.snapshots[0], Typology::builtin());
        let a2 = analyse(&c2, &c2.snapshots[0], Typology::builtin());
        // The same position, and « Pourquoi ? » says the same (the facts' sums may differ in
        // their last bits with the order of the additions).
        let (k1, k2) = (&a1.classification, &a2.classification);
        prop_assert_eq!((k1.rule, &k1.model, &k1.label, k1.confidence), (k2.rule, &k2.model, &k2.label, k2.confidence));
        prop_assert_eq!(
            atelier_mse::text::reasons(k1, Lang::Fr),
            atelier_mse::text::reasons(k2, Lang::Fr)
        );
        for (w1, w2) in a1.weights.iter().zip(&a2.weights) {
            prop_assert!((w1.weight - w2.weight).abs() < 1e-9);
        }
    }
}

#[test]
fn the_environment_centre_says_why_the_rules_do_not_retain_the_nearest_model() {
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    let a = analyse(&case, snapshot, Typology::builtin());
    let c = &a.classification;
    assert_eq!(c.label, "entre M4 et M2");
    assert_eq!(
        c.title,
        "Subventions publiques (M4) / Prestation et valorisation de savoir-faire (M2)"
    );
    let said = atelier_mse::text::reasons(c, Lang::Fr);
    let why = said.last().unwrap();
    assert_eq!(
        why,
        "La composition est la plus proche de « Le cofinancement » (M5, 42\u{a0}%), mais « Dons, mécénat et fondations » (10\u{a0}%) reste sous le seuil de 20\u{a0}% : la règle retient « entre M4 et M2 »."
    );
    // The command line tells the same story, with the qualifiers.
    let out = crate::common::run(&[
        "analyse",
        repo_path("saves/cpie-vallee-verte.ron").to_str().unwrap(),
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(why.as_str()), "{text}");
    assert!(
        text.contains("[employeur]") && text.contains("[réserves faibles]"),
        "{text}"
    );
}

proptest! {
    /// The headline, the bars and « Pourquoi ? » tell one story: whenever the nearest model by
    /// closeness is not one the rules retain, the explanation names it and the threshold;
    /// otherwise it says why the next one by closeness is not retained, when it is close enough
    /// to be asked about.
    #[test]
    fn the_explanation_names_the_nearest_model_whenever_the_rules_differ(
        amounts in proptest::collection::vec(0u32..100_000, 8),
    ) {
        let kinds = [
            "cotisations", "ventes_privees", "commande_publique", "tarification_publique",
            "subventions", "dons", "mecenat_financier", "ressources_mutualisees",
        ];
        let lines: Vec<(&str, f64)> = kinds
            .iter()
            .zip(&amounts)
            .filter(|(_, a)| **a > 0)
            .map(|(k, a)| (*k, f64::from(*a)))
            .collect();
        prop_assume!(!lines.is_empty());
        let case = case_of(snapshot_of(&lines));
        let a = analyse(&case, &case.snapshots[0], Typology::builtin());
        let c = &a.classification;
        let nearest = a
            .weights
            .iter()
            .max_by(|x, y| x.weight.total_cmp(&y.weight))
            .unwrap();
        let retained = atelier_mse::analysis::retained(c);
        let words = atelier_mse::text::reasons(c, Lang::Fr);
        let sentence = words
            .iter()
            .find(|e| e.starts_with("La composition est la plus proche"));
        if retained.contains(&nearest.model.as_str()) {
            prop_assert!(sentence.is_none(), "{:?}", c.explanation);
            // The next model by closeness, when it weighs 15 % or more, is said not retained
            // with its threshold.
            let next = a
                .weights
                .iter()
                .filter(|w| !retained.contains(&w.model.as_str()))
                .max_by(|x, y| x.weight.total_cmp(&y.weight))
                .unwrap();
            let said = words
                .iter()
                .find(|e| e.starts_with("Le modèle suivant par la proximité"));
            if next.weight >= 0.15 {
                let said = said.unwrap();
                prop_assert!(said.contains(&format!("({}, ", next.model)), "{}", said);
                prop_assert!(said.contains("seuil") || said.contains("règle passe"), "{}", said);
            } else {
                prop_assert!(said.is_none(), "{:?}", c.explanation);
            }
        } else {
            let sentence = sentence.unwrap();
            prop_assert!(sentence.contains(&format!("({}, ", nearest.model)), "{}", sentence);
            prop_assert!(sentence.contains("seuil") || sentence.contains("règle passe"), "{}", sentence);
            prop_assert!(sentence.contains(&c.label), "{}", sentence);
        }
        prop_assert!(!c.title.is_empty());
    }
}

/// A line of time: `people`, `quantity` in hours, typed for each person or for the whole line.
fn time_line(
    id: u32,
    kind: &str,
    people: Option<u32>,
    hours: f64,
    per_person: bool,
) -> ResourceLine {
    let mut line = ResourceLine::new(id, KindId::new(kind).unwrap());
    line.label = format!("Ligne {id}");
    line.people = people;
    line.quantity = Some(hours);
    line.unit = Unit::Heures;
    line.per_person = per_person;
    line
}

#[test]
fn time_typed_for_each_person_is_people_times_the_quantity() {
    // « 14 bénévoles, 90 heures chacun »: 1 260 h at 12,02 € = 15 145,20 €.
    let mut snapshot = snapshot_of(&[]);
    snapshot
        .lines
        .push(time_line(1, "benevolat_activite", Some(14), 90.0, true));
    let case = case_of(snapshot);
    let t = totals(&case.snapshots[0], &case.valuation);
    assert_eq!(t.volunteer_hours, 1_260.0);
    assert!((t.human - 15_145.2).abs() < 1e-6, "{}", t.human);
    // The same figures typed for the whole line give the same value.
    let mut whole = snapshot_of(&[]);
    whole
        .lines
        .push(time_line(1, "benevolat_activite", Some(14), 1_260.0, false));
    let whole = case_of(whole);
    assert_eq!(totals(&whole.snapshots[0], &whole.valuation), t);
    // Per person without a number of people: no time is invented.
    let mut unknown = snapshot_of(&[]);
    unknown
        .lines
        .push(time_line(1, "benevolat_activite", None, 90.0, true));
    let unknown = case_of(unknown);
    assert_eq!(
        totals(&unknown.snapshots[0], &unknown.valuation).volunteer_hours,
        0.0
    );
}

#[test]
fn service_civique_hours_are_not_volunteer_hours() {
    let mut snapshot = snapshot_of(&[]);
    snapshot
        .lines
        .push(time_line(1, "benevolat_activite", Some(10), 500.0, false));
    snapshot
        .lines
        .push(time_line(2, "volontaires", Some(2), 1_700.0, false));
    let case = case_of(snapshot);
    let t = totals(&case.snapshots[0], &case.valuation);
    assert_eq!(t.volunteer_hours, 500.0);
    assert_eq!(t.volunteers, 10);
    // Their time is still valued in richesses humaines.
    assert!(t.human > 500.0 * 12.0, "{}", t.human);
}

#[test]
fn an_alliance_line_just_added_and_empty_is_no_partner() {
    let mut snapshot = snapshot_of(&[]);
    let mut hall = ResourceLine::new(1, KindId::new("locaux_commodat").unwrap());
    hall.counterparty = "Commune".to_owned();
    hall.amount = Some(3_000.0);
    snapshot.lines.push(hall);
    snapshot.lines.push(ResourceLine::new(
        2,
        KindId::new("services_en_nature").unwrap(),
    ));
    let case = case_of(snapshot);
    assert_eq!(totals(&case.snapshots[0], &case.valuation).partners, 1);
}

#[test]
fn what_leaves_the_shares_is_said_when_it_weighs() {
    let said = |other: f64| {
        let case = case_of(snapshot_of(&[
            ("subventions", 100_000.0 - other),
            ("produits_financiers", other),
        ]));
        let a = analyse(&case, &case.snapshots[0], Typology::builtin());
        a.warnings
            .iter()
            .map(|w| atelier_mse::text::warning(w, Lang::Fr))
            .find(|w| w.contains("hors des parts"))
    };
    let notice = said(22_000.0).unwrap();
    assert!(
        notice.starts_with("22\u{a0}000\u{a0}€ (22\u{a0}% des ressources monétaires)"),
        "{notice}"
    );
    assert!(
        notice.contains("repose sur les 78\u{a0}% restants"),
        "{notice}"
    );
    assert_eq!(said(5_000.0), None, "5 % is not worth a notice");
}
