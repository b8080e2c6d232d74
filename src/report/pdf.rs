//! Writes a laid-out document as PDF with krilla: vector shapes, DejaVu Sans embedded as a
//! subset (every French character, text selectable), title and author in the metadata, and no
//! timestamp, so that the same case gives the same bytes.

use krilla::Document as PdfDocument;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::text::{Font, TextDirection};

use super::document::{Document, Op};
use super::fonts;

pub fn write(doc: &Document) -> Result<Vec<u8>, String> {
    let regular = Font::new(fonts::REGULAR.to_vec().into(), 0).ok_or("police illisible")?;
    let bold = Font::new(fonts::BOLD.to_vec().into(), 0).ok_or("police illisible")?;
    let mut pdf = PdfDocument::new();
    for page in &doc.pages {
        let settings =
            PageSettings::from_wh(doc.width, doc.height).ok_or("format de page invalide")?;
        let mut pdf_page = pdf.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for op in &page.ops {
            match op {
                Op::Path {
                    points,
                    closed,
                    fill,
                    stroke,
                    dashed,
                } => {
                    let mut builder = PathBuilder::new();
                    for (i, [x, y]) in points.iter().enumerate() {
                        if i == 0 {
                            builder.move_to(*x, *y);
                        } else {
                            builder.line_to(*x, *y);
                        }
                    }
                    if *closed {
                        builder.close();
                    }
                    let Some(path) = builder.finish() else {
                        continue;
                    };
                    // The surface keeps its fill and stroke between draws: set both each time.
                    surface.set_fill(fill.map(|[r, g, b]| Fill {
                        paint: rgb::Color::new(r, g, b).into(),
                        ..Fill::default()
                    }));
                    surface.set_stroke(stroke.map(|(width, [r, g, b])| Stroke {
                        paint: rgb::Color::new(r, g, b).into(),
                        width,
                        dash: dashed.then(|| StrokeDash {
                            array: vec![3.0, 2.0],
                            offset: 0.0,
                        }),
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                }
                Op::Text {
                    x,
                    y,
                    size,
                    text,
                    colour: [r, g, b],
                    align,
                    bold: is_bold,
                } => {
                    let start = align.start(*x, fonts::width(text, *size, *is_bold));
                    surface.set_stroke(None);
                    surface.set_fill(Some(Fill {
                        paint: rgb::Color::new(*r, *g, *b).into(),
                        ..Fill::default()
                    }));
                    let font = if *is_bold {
                        bold.clone()
                    } else {
                        regular.clone()
                    };
                    surface.draw_text(
                        Point::from_xy(start, *y),
                        font,
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    pdf.set_metadata(
        Metadata::new()
            .title(metadata_text(&doc.title))
            .authors(vec![metadata_text(&doc.author)])
            .creator("Atelier MSE".to_owned())
            .language("fr".to_owned()),
    );
    pdf.finish().map_err(|e| format!("{e:?}"))
}

/// `text` as the PDF's metadata (XMP, an XML document) can hold it: every control character
/// (XML 1.0 refuses most of them), line break and non-character replaced by a space.
fn metadata_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}') {
                ' '
            } else {
                c
            }
        })
        .collect()
}
