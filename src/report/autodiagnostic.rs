//! The autodiagnostic of maturity in words and on paper: the sentences the window, the PDF and
//! the command line share (« Alliances stratégiques : actifs — 11 points sur 18, seuil des
//! pionniers à 14 »), and the report's page of the latest round with the levers' radar.

use super::document::{Page, Style};
use super::flow::{self, Flow};
use super::layout::{Frame, MARGIN, title_block};
use super::radar::{Drawn, radar_height, radar_plot};
use crate::analysis::autodiagnostic::{
    FormatAdvice, Level, Questionnaire, RoundResult, Score, Weighing, score,
};
use crate::model::{Answer, Case, DiagnosticRound};
use crate::palette;
use crate::text::Lang;

/// A round with its questionnaire and its result.
pub struct Diagnosed<'a> {
    pub round: &'a DiagnosticRound,
    pub questionnaire: &'a Questionnaire,
    pub result: RoundResult,
}

/// The questionnaire a round was answered with, when it is the one `chosen` (a network's
/// variant opened by the consultant) or the built-in one.
pub fn questionnaire_of<'a>(
    round: &DiagnosticRound,
    chosen: Option<&'a Questionnaire>,
) -> Option<&'a Questionnaire> {
    chosen
        .into_iter()
        .chain(std::iter::once(Questionnaire::builtin()))
        // The same questionnaire in the same version: another version's points and thresholds
        // would score the answers wrong.
        .find(|q| q.id == round.questionnaire.id && q.version == round.questionnaire.version)
}

/// Round `index` of the case, scored.
pub fn diagnosed<'a>(
    case: &'a Case,
    index: usize,
    chosen: Option<&'a Questionnaire>,
) -> Option<Diagnosed<'a>> {
    let round = case.diagnostics.get(index)?;
    let questionnaire = questionnaire_of(round, chosen)?;
    Some(Diagnosed {
        round,
        questionnaire,
        result: score(questionnaire, round),
    })
}

/// The latest round of the case, scored.
pub fn latest<'a>(case: &'a Case, chosen: Option<&'a Questionnaire>) -> Option<Diagnosed<'a>> {
    diagnosed(case, case.diagnostics.len().checked_sub(1)?, chosen)
}

/// A level as the programme names it, French in both languages: « actifs » (quoted in English).
fn level_words(level: Level, lang: Lang) -> String {
    match lang {
        Lang::Fr => level.label().to_owned(),
        Lang::En => format!("« {} »", level.label()),
    }
}

/// « Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14 », with what
/// was left out of the count; in English « Alliances stratégiques: « actifs » — 11 points out
/// of 18, « pionniers » threshold at 14 ».
pub fn score_line(name: &str, s: &Score, lang: Lang) -> String {
    let Some(level) = s.level else {
        return match lang {
            Lang::Fr => format!("{name} : pas encore de réponse"),
            Lang::En => format!("{name}: no answer yet"),
        };
    };
    let level = level_words(level, lang);
    let mut text = match lang {
        Lang::Fr => format!("{name} : {level} — {} points sur {}", s.points, s.max),
        Lang::En => format!("{name}: {level} — {} points out of {}", s.points, s.max),
    };
    text.push_str(&match (&s.next, lang) {
        (Some(next), Lang::Fr) => {
            format!(", seuil des {} à {}", next.level.label(), next.threshold)
        }
        (Some(next), Lang::En) => format!(
            ", {} threshold at {}",
            level_words(next.level, lang),
            next.threshold
        ),
        (None, Lang::Fr) => format!(" (seuil des pionniers à {} atteint)", s.pionniers),
        (None, Lang::En) => format!(" (« pionniers » threshold at {} reached)", s.pionniers),
    });
    let mut apart = Vec::new();
    if s.dont_know > 0 {
        // The questionnaire's answer, French in both languages like its other answers.
        apart.push(format!("{} « je ne sais pas »", s.dont_know));
    }
    if s.unanswered > 0 {
        apart.push(match lang {
            Lang::Fr => format!("{} sans réponse", s.unanswered),
            Lang::En => format!("{} unanswered", s.unanswered),
        });
    }
    if !apart.is_empty() {
        let apart = apart.join(", ");
        text.push_str(&match lang {
            Lang::Fr => format!(" ; hors du compte : {apart}"),
            Lang::En => format!("; left out of the count: {apart}"),
        });
    }
    text
}

/// The words of `answer` in `questionnaire`.
pub fn answer_words<'a>(questionnaire: &'a Questionnaire, answer: &Answer) -> &'a str {
    match answer {
        Answer::Choice(id) => questionnaire.choice(id).map_or("?", |c| c.text.as_str()),
        Answer::DontKnow => &questionnaire.dont_know,
    }
}

/// « Les compétences … sont identifiées. » — « un peu » aujourd'hui, +2 points à « tout à fait »;
/// the question and the answers are the questionnaire's words, in both languages.
pub fn weighing_line(
    questionnaire: &Questionnaire,
    round: &DiagnosticRound,
    w: &Weighing,
    lang: Lang,
) -> String {
    let text = questionnaire
        .questions()
        .find(|(_, q)| q.id == w.question)
        .map_or(w.question.as_str(), |(_, q)| q.text.as_str());
    let now = round
        .answers
        .get(&w.question)
        .map_or("?", |a| answer_words(questionnaire, a));
    let best = questionnaire
        .scale
        .iter()
        .max_by_key(|c| c.points)
        .map_or("", |c| c.text.as_str());
    let s = if w.gain > 1 { "s" } else { "" };
    match lang {
        Lang::Fr => format!(
            "{text} — « {now} » aujourd'hui : +{} point{s} à « {best} »",
            w.gain
        ),
        Lang::En => format!(
            "{text} — « {now} » today: +{} point{s} with « {best} »",
            w.gain
        ),
    }
}

/// « form'actions » (1 à 3 jours…), pour : Richesses humaines, Alliances stratégiques; the
/// format's name and words and the sections' names are the questionnaire's.
pub fn format_line(questionnaire: &Questionnaire, advice: &FormatAdvice, lang: Lang) -> String {
    let (name, words) = questionnaire
        .format_def(&advice.format)
        .map_or((advice.format.as_str(), ""), |f| {
            (f.name.as_str(), f.words.as_str())
        });
    let parts: Vec<&str> = advice
        .sections
        .iter()
        .map(|id| {
            questionnaire
                .section(id)
                .map_or(id.as_str(), |s| s.name.as_str())
        })
        .collect();
    let parts = parts.join(", ");
    match lang {
        Lang::Fr => format!("{name} : {words} (pour : {parts})"),
        Lang::En => format!("{name}: {words} (for: {parts})"),
    }
}

/// « Richesses humaines : premiers pas → actifs (5 → 11 points) » between two rounds.
pub fn movement_line(name: &str, before: &Score, after: &Score, lang: Lang) -> String {
    let level = |s: &Score| {
        s.level.map_or_else(
            || lang.pick("sans réponse", "no answer").to_owned(),
            |l| level_words(l, lang),
        )
    };
    let (now, then) = (level(after), level(before));
    match lang {
        Lang::Fr => format!(
            "{name} : {then} → {now} ({} → {} points)",
            before.points, after.points
        ),
        Lang::En => format!(
            "{name}: {then} → {now} ({} → {} points)",
            before.points, after.points
        ),
    }
}

const SUBTITLE: &str = "Autodiagnostic de maturité";

/// The page of the latest round: levels, points and thresholds, what weighs most, the
/// recommended formats, the movement since the round before, the source and its caveat.
pub(super) fn autodiagnostic_pages(f: &Frame<'_>) -> Vec<Page> {
    let width = f.inner_width();
    let latest = latest(f.case, f.questionnaire);
    let heading = match &latest {
        Some(d) if !d.round.date.is_empty() => format!("{SUBTITLE} du {}", d.round.date),
        _ => SUBTITLE.to_owned(),
    };
    let mut page = Page::default();
    let y = title_block(&mut page, f, &heading);
    let mut flow = Flow::new(page, y, f.bottom(), |page| {
        title_block(page, f, &format!("{heading} (suite)"))
    });
    let body = Style::new(9.0);
    let muted = body.colour(palette::MUTED);
    let Some(d) = latest else {
        let text = match f.case.diagnostics.last() {
            Some(round) => format!(
                "Le questionnaire « {} » (version {}) de ce tour n'est pas celui de cette version de l'atelier.",
                round.questionnaire.id, round.questionnaire.version
            ),
            None => "Aucun autodiagnostic dans ce dossier : la vue « Autodiagnostic » le fait passer, question par question.".to_owned(),
        };
        flow.write(MARGIN, flow::lines(&text, body, 0.0, width));
        return flow.finish();
    };
    let q = d.questionnaire;
    flow.write(
        MARGIN,
        flow::lines(
            &format!("{} (version {})", q.title, q.version),
            muted,
            0.0,
            width,
        ),
    );

    let before = f
        .case
        .diagnostics
        .len()
        .checked_sub(2)
        .and_then(|i| diagnosed(f.case, i, f.questionnaire));

    flow.section(MARGIN, "Niveau par levier", width);
    for s in &d.result.sections {
        flow.write(
            MARGIN,
            flow::lines(&score_line(&s.name, &s.score, Lang::Fr), body, 0.0, width),
        );
    }
    flow.y += 4.0;
    flow.write(
        MARGIN,
        flow::lines(
            &score_line("Ensemble", &d.result.overall, Lang::Fr),
            body.bold(),
            0.0,
            width,
        ),
    );
    flow.y += 8.0;
    let height = radar_height(&d.result, width);
    flow.room(height);
    radar_plot(
        &mut flow.page,
        [MARGIN, flow.y],
        width,
        Drawn {
            result: &d.result,
            date: &d.round.date,
        },
        before.as_ref().map(|b| Drawn {
            result: &b.result,
            date: &b.round.date,
        }),
    );
    flow.y += height;

    let weighing: Vec<String> = d
        .result
        .sections
        .iter()
        .flat_map(|s| s.weighing.iter().map(move |w| (s, w)))
        .map(|(s, w)| format!("{} · {}", s.name, weighing_line(q, d.round, w, Lang::Fr)))
        .collect();
    if !weighing.is_empty() {
        flow.section(
            MARGIN,
            "Ce qui pèse le plus pour passer au niveau suivant",
            width,
        );
        for line in weighing {
            flow.write(MARGIN, flow::led("•", body, &line, body, width));
        }
    }

    flow.section(MARGIN, "Formats recommandés", width);
    if d.result.formats.is_empty() {
        flow.write(
            MARGIN,
            flow::lines("Pas encore de réponse.", muted, 0.0, width),
        );
    }
    for advice in &d.result.formats {
        flow.write(
            MARGIN,
            flow::led("•", body, &format_line(q, advice, Lang::Fr), body, width),
        );
    }

    if let Some(before) = &before {
        flow.section(
            MARGIN,
            &format!("Depuis le tour du {}", before.round.date),
            width,
        );
        for (b, a) in d.result.since(&before.result) {
            flow.write(
                MARGIN,
                flow::lines(
                    &movement_line(&a.name, &b.score, &a.score, Lang::Fr),
                    body,
                    0.0,
                    width,
                ),
            );
        }
    }

    flow.section(MARGIN, "Source et précautions", width);
    flow.write(MARGIN, flow::lines(&q.source, muted, 0.0, width));
    flow.y += 4.0;
    flow.write(MARGIN, flow::lines(&q.caveat, muted, 0.0, width));
    flow.finish()
}
