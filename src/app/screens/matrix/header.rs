//! The matrix's column heads, by lever, with what each column means on hover.

use super::*;

pub(super) fn header_ui(ui: &mut egui::Ui, lang: Lang, lever: Lever, c: &Columns) {
    let quantity =
        "Par an, pour toutes les personnes de la ligne (heures, jours, mois ou ETP selon l'unité)";
    let mut columns: Vec<(&str, f32, Option<&str>)> = vec![
        (lang.t("Type"), c.kind, None),
        (lang.t("Libellé"), c.label, None),
    ];
    columns.extend(match lever {
        Lever::RichessesHumaines => vec![
            (lang.t("Personnes"), c.people, None),
            (lang.t("Quantité / an"), c.quantity, Some(quantity)),
            (lang.t("Unité"), c.unit, None),
            (
                "",
                22.0,
                Some("Valorisé : le temps compte dans le budget valorisé"),
            ),
            (
                lang.t("Valeur déclarée €"),
                c.amount,
                Some("Coût déclaré (pour le prêteur, l'entreprise) ; vide : heures × taux"),
            ),
            (
                lang.t("Valeur"),
                c.value,
                Some("Ce que la ligne apporte au budget valorisé"),
            ),
        ],
        Lever::RessourcesFinancieres => vec![
            (lang.t("Financeur"), c.counterparty, None),
            (lang.t("Type d'acteur"), c.actor, None),
            (lang.t("Montant €"), c.amount, None),
            (
                lang.t("CPO · fléché"),
                2.0 * 22.0 + SPACING,
                Some("Convention pluriannuelle (CPO) · financement fléché"),
            ),
        ],
        Lever::AlliancesStrategiques => vec![
            (lang.t("Partenaire"), c.counterparty, None),
            (lang.t("Type d'acteur"), c.actor, None),
            (lang.t("Forme"), c.form, None),
            (lang.t("Importance"), c.importance, None),
            (
                lang.t("Valeur €"),
                c.amount,
                Some("Valeur en nature ou coûts évités, par an"),
            ),
        ],
    });
    columns.push((
        lang.t("Évolution"),
        c.change,
        Some("Par rapport à l'instantané précédent"),
    ));
    columns.push(("", 26.0, None));
    for (title, width, tip) in columns {
        let response = ui
            .allocate_ui(egui::vec2(width, 0.0), |ui| {
                ui.set_width(width);
                ui.add(egui::Label::new(RichText::new(title).small().strong()).wrap())
            })
            .inner;
        if let Some(tip) = tip {
            response.on_hover_text(lang.t(tip));
        }
    }
    ui.end_row();
}
