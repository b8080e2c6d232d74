//! Choosing in a closed list from the keyboard: with the focus on a combo box, typing the first
//! letters of a choice, or of one of its words, selects it (« par » → « Particuliers », « act »
//! → « Bénévoles d'activité »), accents and case aside, as in the lists of a spreadsheet.

use egui::{Event, Id};

/// How long typed letters add up, in seconds, before a new search starts.
const TYPING_PAUSE: f64 = 1.0;

/// The choice whose label starts with what was just typed on the focused `response`, if any.
pub fn typed_choice<'a, T: Copy + 'a>(
    ui: &egui::Ui,
    response: &egui::Response,
    choices: impl IntoIterator<Item = (T, &'a str)>,
) -> Option<T> {
    if !response.has_focus() {
        return None;
    }
    let (typed, now) = ui.input(|i| {
        let typed: String = i
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        (typed, i.time)
    });
    if typed.is_empty() {
        return None;
    }
    let key: Id = response.id.with("typed");
    let prefix = ui.ctx().data_mut(|d| {
        let (mut text, at) = d.get_temp::<(String, f64)>(key).unwrap_or_default();
        if now - at > TYPING_PAUSE {
            text.clear();
        }
        text.push_str(&typed);
        d.insert_temp(key, (text.clone(), now));
        text
    });
    let prefix = folded(&prefix);
    let choices: Vec<(T, String)> = choices
        .into_iter()
        .map(|(value, label)| (value, folded(label)))
        .collect();
    // The label's start first, then the start of any of its words: « act » finds
    // « Bénévoles d'activité ».
    choices
        .iter()
        .find(|(_, label)| label.starts_with(&prefix))
        .or_else(|| {
            choices.iter().find(|(_, label)| {
                label
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word.starts_with(&prefix))
            })
        })
        .map(|(value, _)| *value)
}

/// Whether `label` holds what was typed in a search field, accents and case aside.
pub fn found(label: &str, search: &str) -> bool {
    folded(label).contains(folded(search).trim())
}

/// Lower case without accents: « État » and « etat » match.
fn folded(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::folded;

    #[test]
    fn accents_and_case_do_not_matter() {
        assert_eq!(folded("État"), "etat");
        assert!(folded("Département").starts_with(&folded("dep")));
    }
}
