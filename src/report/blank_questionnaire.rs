//! The questionnaire of autodiagnostic as a printable PDF to fill by hand
//! (`autodiagnostic --blank OUT.pdf`): its title, source and caveat, then each part with its
//! questions, their help, and a box to tick before each word of the scale and « je ne sais
//! pas ». A question is never cut by a page break.

use super::document::{Document, Page, Style};
use super::flow::{self, Flow, Line};
use super::layout::{MARGIN, footer};
use crate::analysis::autodiagnostic::{Question, Questionnaire};
use crate::palette;

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
/// Room kept for the footer under the last line.
const FOOTER: f32 = 28.0;
/// The side of a box to tick, and the row of boxes' height.
const BOX: f32 = 9.0;
const BOX_ROW: f32 = 16.0;
/// The height a part's name takes above its first question.
const SECTION: f32 = 36.0;
/// Where the question's text starts after its number.
const INDENT: f32 = 20.0;

/// The blank questionnaire laid out on A4 pages.
pub fn blank_document(q: &Questionnaire) -> Document {
    let width = WIDTH - 2.0 * MARGIN;
    let mut page = Page::default();
    let y = heading(&mut page, &q.title, width);
    let running = format!("{} (suite)", q.title);
    let mut flow = Flow::new(page, y, HEIGHT - MARGIN - FOOTER, |page| {
        running_title(page, &running, width)
    });
    let body = Style::new(9.0);
    let muted = Style::new(8.5).colour(palette::MUTED);
    flow.write(
        MARGIN,
        flow::lines(
            &format!("Questionnaire « {} », version {}", q.id, q.version),
            muted,
            0.0,
            width,
        ),
    );
    flow.y += 6.0;
    for field in [
        "Association : ………………………………………………………………………………",
        "Rempli par : ……………………………………………………………… Date : ……………………",
    ] {
        flow.write(MARGIN, flow::lines(field, body, 0.0, width));
        flow.y += 4.0;
    }
    flow.y += 4.0;
    flow.write(
        MARGIN,
        flow::lines(
            &format!(
                "Pour chaque question, cochez une seule case : {}. « {} » ne compte ni pour ni contre : il dit ce qui reste à voir en séance. Une question sans case cochée se verra en séance.",
                q.scale
                    .iter()
                    .map(|c| format!("« {} »", c.text))
                    .collect::<Vec<_>>()
                    .join(", "),
                q.dont_know
            ),
            body,
            0.0,
            width,
        ),
    );
    flow.y += 4.0;
    flow.write(MARGIN, flow::lines(&q.source, muted, 0.0, width));
    flow.y += 3.0;
    flow.write(MARGIN, flow::lines(&q.caveat, muted, 0.0, width));

    let words: Vec<&str> = q
        .scale
        .iter()
        .map(|c| c.text.as_str())
        .chain(std::iter::once(q.dont_know.as_str()))
        .collect();
    for (number, (section, question)) in q.questions().enumerate() {
        let lines = question_lines(number + 1, question, width);
        let rows = box_rows(&words, width - INDENT);
        let height = flow::height(&lines) + rows.len() as f32 * BOX_ROW + 8.0;
        if section
            .questions
            .first()
            .is_some_and(|first| first.id == question.id)
        {
            // A part's name stays with its first question.
            flow.room(height + SECTION);
            flow.section(MARGIN, &section.name, width);
        }
        // The whole question on one page: its text, its help and its boxes.
        flow.room(height);
        flow.write(MARGIN, lines);
        flow.y += 2.0;
        for row in rows {
            flow.room(BOX_ROW);
            for (x, text) in row {
                let x = MARGIN + INDENT + x;
                flow.page.rect(
                    [x, flow.y - BOX + 1.0, BOX, BOX],
                    None,
                    Some((0.8, palette::INK)),
                );
                flow.page.text([x + BOX + 4.0, flow.y], text, body);
            }
            flow.y += BOX_ROW;
        }
        flow.y += 6.0;
    }

    let mut pages = flow.finish();
    let count = pages.len();
    let left = format!("Atelier MSE · {} (version {})", q.title, q.version);
    for (index, page) in pages.iter_mut().enumerate() {
        footer(page, [WIDTH, HEIGHT], &left, index + 1, count);
    }
    Document {
        width: WIDTH,
        height: HEIGHT,
        title: q.title.clone(),
        author: String::new(),
        pages,
    }
}

/// The first page's title and the line under it; returns the first free `y`.
fn heading(page: &mut Page, title: &str, width: f32) -> f32 {
    let style = Style::new(16.0).bold();
    let mut y = MARGIN + 16.0;
    for line in flow::lines(title, style, 0.0, width) {
        page.text([MARGIN, y], line.text, style);
        y += line.advance;
    }
    page.text(
        [MARGIN, y + 2.0],
        "À remplir avant la séance, à la main ou dans le classeur du même questionnaire",
        Style::new(10.0).colour(palette::MUTED),
    );
    y += 10.0;
    page.line([MARGIN, y], [MARGIN + width, y], 0.8, palette::INK);
    y + 16.0
}

/// The running title of the pages after the first; returns the first free `y`.
fn running_title(page: &mut Page, title: &str, width: f32) -> f32 {
    let style = Style::new(9.0).colour(palette::MUTED);
    let mut y = MARGIN + 8.0;
    for line in flow::lines(title, style, 0.0, width) {
        page.text([MARGIN, y], line.text, style);
        y += line.advance;
    }
    page.line(
        [MARGIN, y - 4.0],
        [MARGIN + width, y - 4.0],
        0.5,
        palette::GRID,
    );
    y + 12.0
}

/// « 3. » and the question's text beside it, then its help under it.
fn question_lines(number: usize, question: &Question, width: f32) -> Vec<Line> {
    let text = Style::new(10.0);
    let mut lines = flow::lines(&question.text, text, INDENT, width);
    if let Some(first) = lines.first_mut() {
        first.lead = Some((format!("{number}."), text.bold()));
    }
    if !question.help.is_empty() {
        let help = Style::new(8.5).colour(palette::MUTED);
        lines.extend(flow::lines(&question.help, help, INDENT, width));
    }
    lines
}

/// The boxes and their words in rows that fit `width`: each row the `x` of each box from the
/// row's left edge, with its word.
fn box_rows<'a>(words: &[&'a str], width: f32) -> Vec<Vec<(f32, &'a str)>> {
    let style = Style::new(9.0);
    let mut rows: Vec<Vec<(f32, &str)>> = Vec::new();
    let mut x = 0.0;
    for word in words {
        let w = BOX + 4.0 + style.width(word);
        match rows.last_mut() {
            Some(row) if x + w <= width => row.push((x, *word)),
            _ => {
                x = 0.0;
                rows.push(vec![(0.0, *word)]);
            }
        }
        x += w + 22.0;
    }
    rows
}
