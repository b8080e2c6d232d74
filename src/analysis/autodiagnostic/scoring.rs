//! Scoring a round of answers against its questionnaire: pure functions returning facts.

use super::{Level, LevelThresholds, Questionnaire, Section};
use crate::model::{Answer, DiagnosticRound, QuestionnaireRef};

/// The next level and what it takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextLevel {
    pub level: Level,
    /// Points from which it is reached (the threshold in effect).
    pub threshold: u32,
    pub missing: u32,
}

/// Points of a part (or of the whole) and the level they give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// `None` while no question of the part has a chosen answer.
    pub level: Option<Level>,
    pub points: u32,
    /// The best possible points over the questions answered by a choice: « je ne sais pas » and
    /// unanswered questions are left out.
    pub max: u32,
    /// The best possible points over every question.
    pub full_max: u32,
    /// The thresholds in effect: those of the file, prorated to `max / full_max` (rounded up)
    /// when some questions are left out.
    pub actifs: u32,
    pub pionniers: u32,
    pub next: Option<NextLevel>,
    pub answered: usize,
    pub dont_know: usize,
    pub unanswered: usize,
}

/// A question that would bring points towards the next level: `gain` points from its current
/// answer to the best one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weighing {
    pub question: String,
    pub points: u32,
    pub gain: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionResult {
    pub section: String,
    pub name: String,
    pub score: Score,
    /// The questions that weigh most to reach the next level, most first: the largest gains, as
    /// many as it takes to cover the points missing.
    pub weighing: Vec<Weighing>,
}

/// A recommended format and the parts whose level calls for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatAdvice {
    pub format: String,
    pub sections: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundResult {
    pub date: String,
    pub questionnaire: QuestionnaireRef,
    pub sections: Vec<SectionResult>,
    pub overall: Score,
    /// In the order of the questionnaire's formats.
    pub formats: Vec<FormatAdvice>,
}

impl RoundResult {
    /// Each part of this round beside the same part (by id) of `before`: two rounds of different
    /// questionnaires compare only the parts they share.
    pub fn since<'a>(
        &'a self,
        before: &'a RoundResult,
    ) -> impl Iterator<Item = (&'a SectionResult, &'a SectionResult)> {
        self.sections.iter().filter_map(move |now| {
            before
                .sections
                .iter()
                .find(|b| b.section == now.section)
                .map(|b| (b, now))
        })
    }
}

/// The points of a question's answer: `Some` for a choice of the scale, `None` for « je ne sais
/// pas », an unanswered question or a choice the questionnaire does not know.
fn points(questionnaire: &Questionnaire, round: &DiagnosticRound, question: &str) -> Option<u32> {
    match round.answers.get(question)? {
        Answer::Choice(id) => questionnaire.choice(id).map(|c| c.points),
        Answer::DontKnow => None,
    }
}

/// Tallies of a set of questions.
#[derive(Default)]
struct Tally {
    points: u32,
    answered: usize,
    dont_know: usize,
    unanswered: usize,
    count: usize,
}

fn tally<'a>(
    questionnaire: &Questionnaire,
    round: &DiagnosticRound,
    questions: impl Iterator<Item = &'a str>,
) -> Tally {
    let mut t = Tally::default();
    for id in questions {
        t.count += 1;
        match (points(questionnaire, round, id), round.answers.get(id)) {
            (Some(p), _) => {
                t.points += p;
                t.answered += 1;
            }
            (None, Some(Answer::DontKnow)) => t.dont_know += 1,
            (None, _) => t.unanswered += 1,
        }
    }
    t
}

/// `threshold × max / full`, rounded up.
fn prorate(threshold: u32, max: u32, full: u32) -> u32 {
    if full == 0 {
        return threshold;
    }
    let scaled = u64::from(threshold) * u64::from(max);
    u32::try_from(scaled.div_ceil(u64::from(full))).unwrap_or(threshold)
}

fn score_of(t: &Tally, best: u32, thresholds: &LevelThresholds) -> Score {
    let max = best * t.answered as u32;
    let full_max = best * t.count as u32;
    let actifs = prorate(thresholds.actifs, max, full_max);
    let pionniers = prorate(thresholds.pionniers, max, full_max);
    let level = (t.answered > 0).then_some(if t.points >= pionniers {
        Level::Pionniers
    } else if t.points >= actifs {
        Level::Actifs
    } else {
        Level::PremiersPas
    });
    let next = match level {
        Some(Level::PremiersPas) => Some((Level::Actifs, actifs)),
        Some(Level::Actifs) => Some((Level::Pionniers, pionniers)),
        Some(Level::Pionniers) | None => None,
    }
    .map(|(level, threshold)| NextLevel {
        level,
        threshold,
        missing: threshold.saturating_sub(t.points),
    });
    Score {
        level,
        points: t.points,
        max,
        full_max,
        actifs,
        pionniers,
        next,
        answered: t.answered,
        dont_know: t.dont_know,
        unanswered: t.unanswered,
    }
}

fn section_result(
    questionnaire: &Questionnaire,
    round: &DiagnosticRound,
    section: &Section,
) -> SectionResult {
    let best = questionnaire.max_points();
    let ids = section.questions.iter().map(|q| q.id.as_str());
    let score = score_of(&tally(questionnaire, round, ids), best, &section.thresholds);
    let mut weighing: Vec<Weighing> = if score.next.is_some() {
        section
            .questions
            .iter()
            .filter_map(|q| {
                let points = points(questionnaire, round, &q.id)?;
                Some(Weighing {
                    question: q.id.clone(),
                    points,
                    gain: best.saturating_sub(points),
                })
            })
            .filter(|w| w.gain > 0)
            .collect()
    } else {
        Vec::new()
    };
    // Stable: among equal gains, the questionnaire's order. The largest gains first, as many as
    // it takes to cover the points missing.
    weighing.sort_by_key(|w| std::cmp::Reverse(w.gain));
    let missing = score.next.as_ref().map_or(0, |n| n.missing);
    let mut covered = 0;
    weighing.retain(|w| {
        let needed = covered < missing;
        covered += w.gain;
        needed
    });
    SectionResult {
        section: section.id.clone(),
        name: section.name.clone(),
        score,
        weighing,
    }
}

/// The result of `round` with `questionnaire` (the caller checks that they match).
pub fn score(questionnaire: &Questionnaire, round: &DiagnosticRound) -> RoundResult {
    let sections: Vec<SectionResult> = questionnaire
        .sections
        .iter()
        .map(|s| section_result(questionnaire, round, s))
        .collect();
    let all = questionnaire.questions().map(|(_, q)| q.id.as_str());
    let overall = score_of(
        &tally(questionnaire, round, all),
        questionnaire.max_points(),
        &questionnaire.overall,
    );
    let formats = questionnaire
        .formats
        .iter()
        .filter_map(|format| {
            let called: Vec<String> = sections
                .iter()
                .filter(|s| {
                    questionnaire
                        .recommendations
                        .iter()
                        .any(|r| Some(r.level) == s.score.level && r.formats.contains(&format.id))
                })
                .map(|s| s.section.clone())
                .collect();
            (!called.is_empty()).then(|| FormatAdvice {
                format: format.id.clone(),
                sections: called,
            })
        })
        .collect();
    RoundResult {
        date: round.date.clone(),
        questionnaire: round.questionnaire.clone(),
        sections,
        overall,
        formats,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Points per question in the questionnaire's order; `None` is « je ne sais pas ».
    fn round(points: &[Option<u32>]) -> DiagnosticRound {
        let q = Questionnaire::builtin();
        let mut round = DiagnosticRound {
            date: "2026-12-05".to_owned(),
            questionnaire: q.reference(),
            ..DiagnosticRound::default()
        };
        for ((_, question), p) in q.questions().zip(points) {
            let answer = match p {
                Some(p) => Answer::Choice(q.scale[*p as usize].id.clone()),
                None => Answer::DontKnow,
            };
            round.answers.insert(question.id.clone(), answer);
        }
        round
    }

    const HAND: [Option<u32>; 24] = [
        // richesses humaines: 11 points over 5 answers (max 15), one « je ne sais pas »
        Some(3),
        Some(2),
        Some(2),
        Some(1),
        None,
        Some(3),
        // ressources financières: 2 / 18
        Some(0),
        Some(1),
        Some(0),
        Some(1),
        Some(0),
        Some(0),
        // alliances stratégiques: 11 / 18
        Some(2),
        Some(2),
        Some(2),
        Some(2),
        Some(2),
        Some(1),
        // projet et gouvernance: 17 / 18
        Some(3),
        Some(3),
        Some(3),
        Some(3),
        Some(3),
        Some(2),
    ];

    #[test]
    fn a_hand_computed_round_gives_its_levels_points_and_thresholds() {
        let result = score(Questionnaire::builtin(), &round(&HAND));
        let [rh, rf, al, pg] = &result.sections[..] else {
            panic!("four parts")
        };
        assert_eq!(al.name, "Alliances stratégiques");
        assert_eq!(
            (
                al.score.level,
                al.score.points,
                al.score.max,
                al.score.pionniers
            ),
            (Some(Level::Actifs), 11, 18, 14)
        );
        assert_eq!(
            al.score.next,
            Some(NextLevel {
                level: Level::Pionniers,
                threshold: 14,
                missing: 3
            })
        );
        assert_eq!(
            (rf.score.level, rf.score.points, rf.score.actifs),
            (Some(Level::PremiersPas), 2, 7)
        );
        assert_eq!(rf.score.next.as_ref().map(|n| n.missing), Some(5));
        assert_eq!(
            (pg.score.level, pg.score.points, &pg.score.next),
            (Some(Level::Pionniers), 17, &None)
        );
        assert!(pg.weighing.is_empty(), "nothing to reach past pionniers");
        // Richesses humaines: 5 questions answered, max 15; thresholds 7 and 14 prorated to
        // ⌈7 × 15 / 18⌉ = 6 and ⌈14 × 15 / 18⌉ = 12.
        assert_eq!(
            (rh.score.points, rh.score.max, rh.score.full_max),
            (11, 15, 18)
        );
        assert_eq!((rh.score.actifs, rh.score.pionniers), (6, 12));
        assert_eq!(rh.score.level, Some(Level::Actifs));
        assert_eq!(rh.score.dont_know, 1);
        let weighing: Vec<(&str, u32)> = rh
            .weighing
            .iter()
            .map(|w| (w.question.as_str(), w.gain))
            .collect();
        // One point is missing: the largest gain covers it.
        assert_eq!(weighing, [("rh_competences", 2)]);
        // Five points missing in ressources financières: two answers of +3.
        let weighing: Vec<(&str, u32)> = rf
            .weighing
            .iter()
            .map(|w| (w.question.as_str(), w.gain))
            .collect();
        assert_eq!(weighing, [("rf_parts", 3), ("rf_dependance", 3)]);
        // Overall: 41 points over 23 answers (max 69 of 72); ⌈28 × 69 / 72⌉ = 27,
        // ⌈56 × 69 / 72⌉ = 54.
        let o = &result.overall;
        assert_eq!((o.points, o.max, o.full_max), (41, 69, 72));
        assert_eq!(
            (o.actifs, o.pionniers, o.level),
            (27, 54, Some(Level::Actifs))
        );
        assert_eq!((o.answered, o.dont_know, o.unanswered), (23, 1, 0));
        let formats: Vec<(&str, usize)> = result
            .formats
            .iter()
            .map(|f| (f.format.as_str(), f.sections.len()))
            .collect();
        assert_eq!(
            formats,
            [
                ("sensibilisation", 1),
                ("mooc", 3),
                ("formaction", 2),
                ("parcours", 1),
                ("academique", 1)
            ]
        );
    }

    #[test]
    fn dont_know_is_not_zero_points() {
        let mut zero = HAND;
        zero[4] = Some(0);
        let as_zero = score(Questionnaire::builtin(), &round(&zero));
        let rh = &as_zero.sections[0].score;
        assert_eq!(
            (rh.points, rh.max, rh.pionniers, rh.dont_know),
            (11, 18, 14, 0)
        );
        let as_unknown = score(Questionnaire::builtin(), &round(&HAND));
        assert_eq!(as_unknown.sections[0].score.max, 15);
        assert_ne!(as_unknown.sections[0].score, *rh);
    }

    #[test]
    fn a_part_with_no_chosen_answer_has_no_level() {
        let mut none = DiagnosticRound::default();
        none.answers
            .insert("rh_connaitre".to_owned(), Answer::DontKnow);
        let result = score(Questionnaire::builtin(), &none);
        let rh = &result.sections[0].score;
        assert_eq!(
            (rh.level, rh.max, rh.dont_know, rh.unanswered),
            (None, 0, 1, 5)
        );
        assert!(result.formats.is_empty());
        assert_eq!(result.overall.unanswered, 23);
    }
}
