//! The cells of a row of the matrix after its kind: the numbers, lists and boxes of each lever,
//! the kind's list, and the change against the previous snapshot.

use super::*;

pub(super) fn kind_ui(
    ui: &mut egui::Ui,
    (id, width): (Id, f32),
    (line, lever, lang): (&ResourceLine, Lever, Lang),
    fields: &mut Vec<LineField>,
) -> Id {
    let (full, short) = line
        .kind
        .def()
        .map_or(("", ""), |d| (d.label.as_str(), d.short.as_str()));
    let response = combo_cell_named(ui, (id.with("kind"), width), (full, short), |ui| {
        for def in Catalogue::builtin().kinds_of(lever) {
            let chosen = line.kind.as_str() == def.id;
            if ui.selectable_label(chosen, &def.label).clicked()
                && !chosen
                && let Some(kind) = KindId::new(&def.id)
            {
                fields.push(LineField::Kind(kind));
            }
        }
    })
    .accessible_name(lang.f("Type — {}", &[line.display_label()]));
    let kinds = Catalogue::builtin().kinds_of(lever);
    if let Some(kind) = typed_choice(ui, &response, kinds.map(|k| (k, k.label.as_str())))
        .and_then(|k| KindId::new(&k.id))
        && kind != line.kind
    {
        fields.push(LineField::Kind(kind));
    }
    response.id
}

/// The cells of one row after its kind and label, by lever.
pub(super) struct Cells<'u, 'a> {
    pub(super) ui: &'u mut egui::Ui,
    pub(super) drafts: &'a mut Drafts,
    pub(super) id: Id,
    pub(super) line: &'a ResourceLine,
    pub(super) fields: &'a mut Vec<LineField>,
    pub(super) columns: &'a Columns,
    /// A number left invalid, with why.
    pub(super) refused: Option<String>,
    pub(super) lang: Lang,
}

impl Cells<'_, '_> {
    pub(super) fn row_name(&self) -> String {
        self.line.display_label().to_owned()
    }

    /// A number cell; a valid entry becomes `field(value)`.
    pub(super) fn number(
        &mut self,
        (key, name): (&str, &'static str),
        current: Option<f64>,
        width: f32,
        field: impl FnOnce(Option<f64>) -> LineField,
    ) -> egui::Response {
        let name = format!("{} — {}", self.lang.t(name), self.row_name());
        let (response, cell) = number_cell(
            self.ui,
            self.drafts,
            (self.id.with(key), &name, self.lang),
            current,
            width,
        );
        match cell {
            Cell::Commit(value) => self.fields.push(field(value)),
            Cell::Refused(why) => self.refused = Some(why),
            Cell::Unchanged => {}
        }
        response
    }

    /// A text cell for the funder or partner.
    pub(super) fn counterparty(&mut self, hint: &'static str, name: &'static str) {
        let row = self.row_name();
        let lang = self.lang;
        let (response, text) = text_cell(
            self.ui,
            self.drafts,
            self.id.with("counterparty"),
            (&self.line.counterparty, Some(self.columns.counterparty)),
            |t| egui::TextEdit::singleline(t).hint_text(lang.t(hint)),
        );
        response.accessible_name(format!("{} — {}", lang.t(name), row));
        if let Some(text) = text {
            self.fields.push(LineField::Counterparty(text));
        }
    }

    pub(super) fn human(&mut self, value: &LineValue) {
        let row = self.row_name();
        let lang = self.lang;
        let people = self.line.people.map(f64::from);
        self.number(("people", "Personnes"), people, self.columns.people, |p| {
            LineField::People(p.map(|p| p.round().min(f64::from(u32::MAX)) as u32))
        });
        self.number(
            ("quantity", "Quantité"),
            self.line.quantity,
            self.columns.quantity,
            LineField::Quantity,
        );
        let current = (self.line.unit, self.line.per_person);
        let choices: Vec<((Unit, bool), &str)> = [false, true]
            .into_iter()
            .flat_map(|each| Unit::ALL.map(|u| ((u, each), u.label_for(each))))
            .collect();
        let mut unit = current;
        let cell = (self.id.with("unit"), self.columns.unit);
        let shown = (
            self.line.unit.label_for(self.line.per_person),
            self.line.unit.short_for(self.line.per_person),
        );
        let response = combo_cell_named(self.ui, cell, shown, |ui| {
            for (choice, label) in &choices {
                ui.selectable_value(&mut unit, *choice, *label);
            }
        })
        .on_hover_text(
            lang.t("Pour toute la ligne, ou « chacun » : par personne (personnes × quantité)"),
        )
        .accessible_name(lang.f("Unité — {}", &[&row]));
        unit = typed_choice(self.ui, &response, choices).unwrap_or(unit);
        if unit != current {
            self.fields.push(LineField::Unit(unit.0, unit.1));
        }
        let can_be_valued = matches!(
            self.line.kind.def().map(|d| d.nature),
            Some(Nature::Human {
                category: Some(_),
                ..
            })
        );
        let mut valued = self.line.is_valued();
        let height = self.ui.spacing().interact_size.y;
        if self
            .ui
            .add_sized([columns::CHECK, height], |ui: &mut egui::Ui| {
                ui.add_enabled(can_be_valued, egui::Checkbox::without_text(&mut valued))
            })
            .accessible_name(lang.f("Valorisé — {}", &[&row]))
            .changed()
        {
            self.fields.push(LineField::Valued(valued));
        }
        self.number(
            ("amount", "Valeur déclarée"),
            self.line.amount,
            self.columns.amount,
            LineField::Amount,
        )
        .on_hover_text(
            lang.t("Valeur déclarée (coût pour le prêteur, coût déclaré) ; vide : heures × taux"),
        );
        let shown = if value.valued > 0.0 {
            RichText::new(euros_whole(value.valued))
        } else if value.info > 0.0 {
            RichText::new(format!("({})", euros_whole(value.info))).weak()
        } else {
            RichText::new("—").weak()
        };
        let each = match (self.line.per_person, self.line.people, self.line.quantity) {
            (true, Some(people), Some(q)) => lang.f(
                "{} personnes × {} {} = ",
                &[
                    &quantity(f64::from(people)),
                    &quantity(q),
                    self.line.unit.label_each(),
                ],
            ),
            (true, None, Some(_)) => lang
                .t("Par personne : indiquez le nombre de personnes. ")
                .to_owned(),
            _ => String::new(),
        };
        let hint = if value.valued > 0.0 || value.info > 0.0 {
            lang.f("{}{} heures/an", &[&each, &quantity(value.hours)])
        } else if can_be_valued {
            lang.f(
                "{}{} heures/an, non valorisées : cochez « Valorisé » pour les compter (la gouvernance ne l'est pas par défaut)",
                &[&each, &quantity(value.hours)],
            )
        } else {
            lang.t("Information seulement : ce temps n'est pas une ressource valorisée")
                .to_owned()
        };
        let height = self.ui.spacing().interact_size.y;
        self.ui
            .allocate_ui_with_layout(
                egui::vec2(self.columns.value, height),
                Layout::right_to_left(Align::Center),
                |ui| ui.label(shown),
            )
            .inner
            .on_hover_text(hint);
    }

    pub(super) fn money(&mut self) {
        let row = self.row_name();
        let lang = self.lang;
        self.counterparty("Financeur", "Financeur");
        self.actor_type();
        self.number(
            ("amount", "Montant"),
            self.line.amount,
            self.columns.amount,
            LineField::Amount,
        );
        let (mut multi_year, mut earmarked) = (self.line.multi_year, self.line.earmarked);
        let fields = &mut *self.fields;
        self.ui.horizontal(|ui| {
            if ui
                .add(egui::Checkbox::without_text(&mut multi_year))
                .accessible_name(lang.f("CPO — {}", &[&row]))
                .on_hover_text(lang.t("Convention pluriannuelle (CPO)"))
                .changed()
            {
                fields.push(LineField::MultiYear(multi_year));
            }
            if ui
                .add(egui::Checkbox::without_text(&mut earmarked))
                .accessible_name(lang.f("Fléché — {}", &[&row]))
                .on_hover_text(lang.t("Financement fléché"))
                .changed()
            {
                fields.push(LineField::Earmarked(earmarked));
            }
        });
    }

    pub(super) fn alliance(&mut self) {
        let row = self.row_name();
        let lang = self.lang;
        self.counterparty("partenaire", "Partenaire");
        self.actor_type();
        let mut form = self.line.partnership;
        let cell = (self.id.with("form"), self.columns.form);
        let text = self.line.partnership.map_or("—", |f| f.label());
        let response = combo_cell(self.ui, cell, text, |ui| {
            ui.selectable_value(&mut form, None, "—");
            for choice in PartnershipForm::ALL {
                ui.selectable_value(&mut form, Some(choice), choice.label());
            }
        })
        .accessible_name(lang.f("Forme — {}", &[&row]));
        let forms = PartnershipForm::ALL.map(|f| (Some(f), f.label()));
        form = typed_choice(self.ui, &response, forms).unwrap_or(form);
        if form != self.line.partnership {
            self.fields.push(LineField::Partnership(form));
        }
        let mut importance = self.line.importance;
        let cell = (self.id.with("importance"), self.columns.importance);
        let stars = self
            .line
            .importance
            .map_or("—".to_owned(), |i| "★".repeat(usize::from(i)));
        combo_cell(self.ui, cell, &stars, |ui| {
            ui.selectable_value(&mut importance, None, "—");
            for i in 1..=3u8 {
                ui.selectable_value(&mut importance, Some(i), "★".repeat(usize::from(i)));
            }
        })
        .accessible_name(lang.f("Importance — {}", &[&row]));
        if importance != self.line.importance {
            self.fields.push(LineField::Importance(importance));
        }
        self.number(
            ("amount", "Valeur"),
            self.line.amount,
            self.columns.amount,
            LineField::Amount,
        )
        .on_hover_text(
            lang.t("Valeur en nature (valeur de marché ou locative) ou coûts évités estimés"),
        );
    }

    pub(super) fn actor_type(&mut self) {
        let row = self.row_name();
        let mut value = self.line.counterparty_type;
        let cell = (self.id.with("actor"), self.columns.actor);
        let response = combo_cell(self.ui, cell, value.map_or("—", |a| a.label()), |ui| {
            ui.selectable_value(&mut value, None, "—");
            for actor in ActorType::ALL {
                ui.selectable_value(&mut value, Some(actor), actor.label());
            }
        })
        .accessible_name(self.lang.f("Type d'acteur — {}", &[&row]));
        let actors = ActorType::ALL.map(|a| (Some(a), a.label()));
        value = typed_choice(self.ui, &response, actors).unwrap_or(value);
        if value != self.line.counterparty_type {
            self.fields.push(LineField::ActorType(value));
        }
    }
}

pub(super) fn change_cell(
    ui: &mut egui::Ui,
    change: Option<&Changes>,
    (id, lang): (u32, Lang),
    width: f32,
) {
    let Some(line) = change.and_then(|c| c.line(id)) else {
        ui.add_sized([width, 0.0], egui::Label::new(""));
        return;
    };
    let text = match line.before {
        None => RichText::new(lang.t("nouvelle")).italics(),
        Some(_) if line.delta().abs() < 0.005 => RichText::new("=").weak(),
        Some(_) if line.delta() > 0.0 => {
            RichText::new(euros_change(line.delta().round())).color(colour(palette::INCREASE))
        }
        Some(_) => {
            RichText::new(euros_change(line.delta().round())).color(colour(palette::DECREASE))
        }
    };
    ui.allocate_ui_with_layout(
        egui::vec2(width, ui.spacing().interact_size.y),
        Layout::right_to_left(Align::Center),
        |ui| ui.label(text),
    );
}
