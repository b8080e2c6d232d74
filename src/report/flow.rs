//! Text that flows down the pages: laid-out lines written from a `y`, onto a new page (with
//! its running title) when the next line does not fit. Nothing is cut, nothing is dropped.

use super::document::{Page, Style};
use super::fonts;

/// One laid-out line: its text, where it starts from the block's left edge, and how far the
/// next line is below. A line may carry a lead (a bullet, a bold « Label : ») before it.
#[derive(Clone, Debug)]
pub struct Line {
    pub indent: f32,
    pub text: String,
    pub style: Style,
    pub advance: f32,
    pub lead: Option<(String, Style)>,
}

/// The lines of `text` wrapped to `width` from `indent`; each paragraph of the text (split on
/// line breaks) starts on a new line, an empty one leaves a blank line.
pub fn lines(text: &str, style: Style, indent: f32, width: f32) -> Vec<Line> {
    let advance = style.size * 1.35;
    text.lines()
        .flat_map(|paragraph| {
            let wrapped = fonts::wrap(paragraph, style.size, style.bold, width - indent);
            let wrapped = if wrapped.is_empty() {
                vec![String::new()]
            } else {
                wrapped
            };
            wrapped.into_iter().map(move |text| Line {
                indent,
                text,
                style,
                advance,
                lead: None,
            })
        })
        .collect()
}

/// `text` led by `lead` (a bullet, « Label : »): the text wraps beside the lead.
pub fn led(lead: &str, lead_style: Style, text: &str, style: Style, width: f32) -> Vec<Line> {
    let indent = lead_style.width(lead) + 4.0;
    let mut out = lines(text, style, indent, width);
    match out.first_mut() {
        Some(first) => first.lead = Some((lead.to_owned(), lead_style)),
        None => out.push(Line {
            indent,
            text: String::new(),
            style,
            advance: style.size * 1.35,
            lead: Some((lead.to_owned(), lead_style)),
        }),
    }
    out
}

/// A blank of `height` points between blocks.
pub fn gap(height: f32) -> Line {
    Line {
        indent: 0.0,
        text: String::new(),
        style: Style::new(1.0),
        advance: height,
        lead: None,
    }
}

/// The height the lines take.
pub fn height(lines: &[Line]) -> f32 {
    lines.iter().map(|l| l.advance).sum()
}

/// Pages being written down: the current page, the `y` of the next baseline, the pages done.
pub struct Flow<'a> {
    pub page: Page,
    pub y: f32,
    pub done: Vec<Page>,
    bottom: f32,
    /// Starts a new page: writes its running title, returns the first free `y`.
    new_page: Box<dyn Fn(&mut Page) -> f32 + 'a>,
}

impl<'a> Flow<'a> {
    pub fn new(
        page: Page,
        y: f32,
        bottom: f32,
        new_page: impl Fn(&mut Page) -> f32 + 'a,
    ) -> Flow<'a> {
        Flow {
            page,
            y,
            done: Vec::new(),
            bottom,
            new_page: Box::new(new_page),
        }
    }

    /// Whether `height` points fit on this page from `y`.
    pub fn fits(&self, height: f32) -> bool {
        self.y + height <= self.bottom
    }

    /// Makes room for `height` points: a new page when they do not fit on this one.
    pub fn room(&mut self, height: f32) {
        if !self.fits(height) {
            self.break_page();
        }
    }

    pub fn break_page(&mut self) {
        self.done.push(std::mem::take(&mut self.page));
        self.y = (self.new_page)(&mut self.page);
    }

    /// Writes `lines` from `x`, breaking pages between lines.
    pub fn write(&mut self, x: f32, lines: Vec<Line>) {
        for line in lines {
            // A blank line at the top of a page is left out.
            if line.text.is_empty() && line.lead.is_none() {
                if self.y + line.advance <= self.bottom {
                    self.y += line.advance;
                }
                continue;
            }
            self.room(line.style.size);
            if let Some((lead, style)) = line.lead {
                self.page.text([x, self.y], lead, style);
            }
            self.page
                .text([x + line.indent, self.y], line.text, line.style);
            self.y += line.advance;
        }
    }

    /// A section's heading at `x`, kept with at least the first lines under it.
    pub fn section(&mut self, x: f32, title: &str, width: f32) {
        self.room(48.0);
        self.y += 10.0;
        self.write(x, lines(title, Style::new(12.0).bold(), 0.0, width));
        self.y += 4.0;
    }

    /// The pages written, the current one last.
    pub fn finish(mut self) -> Vec<Page> {
        self.done.push(self.page);
        self.done
    }
}
