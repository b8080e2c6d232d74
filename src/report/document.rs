//! A laid-out document: pages of drawing operations in points (origin top left, y down), which
//! the PDF and PNG writers replay. The layout is computed once, so both show the same thing.

use crate::palette::Rgb;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

impl Align {
    /// Where text of `width` starts when aligned on `x` this way.
    pub fn start(self, x: f32, width: f32) -> f32 {
        match self {
            Align::Left => x,
            Align::Center => x - width / 2.0,
            Align::Right => x - width,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// A polyline or polygon.
    Path {
        points: Vec<[f32; 2]>,
        closed: bool,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
        dashed: bool,
    },
    /// One line of text; `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        colour: Rgb,
        align: Align,
        bold: bool,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub ops: Vec<Op>,
}

impl Page {
    pub fn rect(&mut self, [x, y, w, h]: [f32; 4], fill: Option<Rgb>, stroke: Option<(f32, Rgb)>) {
        self.ops.push(Op::Path {
            points: vec![[x, y], [x + w, y], [x + w, y + h], [x, y + h]],
            closed: true,
            fill,
            stroke,
            dashed: false,
        });
    }

    pub fn line(&mut self, from: [f32; 2], to: [f32; 2], width: f32, colour: Rgb) {
        self.ops.push(Op::Path {
            points: vec![from, to],
            closed: false,
            fill: None,
            stroke: Some((width, colour)),
            dashed: false,
        });
    }

    pub fn polygon(
        &mut self,
        points: Vec<[f32; 2]>,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
    ) {
        self.ops.push(Op::Path {
            points,
            closed: true,
            fill,
            stroke,
            dashed: false,
        });
    }

    /// A circle, drawn as a polygon fine enough not to show its sides.
    pub fn circle(
        &mut self,
        [cx, cy]: [f32; 2],
        r: f32,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
    ) {
        let points = (0..32)
            .map(|i| {
                let a = std::f32::consts::TAU * i as f32 / 32.0;
                [cx + r * a.cos(), cy + r * a.sin()]
            })
            .collect();
        self.polygon(points, fill, stroke);
    }

    /// One line of text whose baseline starts (or, aligned, ends or centres) at `[x, y]`.
    pub fn text(&mut self, [x, y]: [f32; 2], text: impl Into<String>, style: Style) {
        self.ops.push(Op::Text {
            x,
            y,
            size: style.size,
            text: text.into(),
            colour: style.colour,
            align: style.align,
            bold: style.bold,
        });
    }
}

/// How a line of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub size: f32,
    pub colour: Rgb,
    pub align: Align,
    pub bold: bool,
}

impl Style {
    pub fn new(size: f32) -> Style {
        Style {
            size,
            colour: crate::palette::INK,
            align: Align::Left,
            bold: false,
        }
    }

    pub fn bold(self) -> Style {
        Style { bold: true, ..self }
    }

    pub fn colour(self, colour: Rgb) -> Style {
        Style { colour, ..self }
    }

    pub fn right(self) -> Style {
        Style {
            align: Align::Right,
            ..self
        }
    }

    pub fn centre(self) -> Style {
        Style {
            align: Align::Center,
            ..self
        }
    }

    /// Width of `text` in this style.
    pub fn width(&self, text: &str) -> f32 {
        super::fonts::width(text, self.size, self.bold)
    }
}

/// The laid-out report.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub width: f32,
    pub height: f32,
    pub title: String,
    pub author: String,
    pub pages: Vec<Page>,
}
