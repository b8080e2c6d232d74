//! Keys applied in the order they were typed, whatever the frame rate.
//!
//! egui moves the focus on Tab (and Enter, Escape) at the start of a frame, before any widget has
//! taken the text of that frame: when a slow frame gathers « Essonne », Tab and « 176000 », the
//! next cell would receive all of it. A shortcut that adds a line gives its label the focus at the
//! next frame: what is typed right after it would go to the cell left. So each frame is handed
//! the events up to the first key that moves the focus, that key alone in a frame of its own, then
//! a frame for the focus to land (a new line's table may take a measuring pass that sees no
//! events), and what follows in the frame after, which comes at once.

use egui::{Event, Key, RawInput};

/// The events held back for the next frames.
#[derive(Default)]
pub struct KeyOrder {
    held: Vec<Event>,
    /// Frames to let pass without events after such a key: the one where the focus it moved
    /// lands (a new line's table may take a measuring pass, which sees no events).
    settling: u8,
}

impl KeyOrder {
    /// Cuts this frame's input where the focus moves; returns whether events wait for the next
    /// frame (ask for one at once).
    pub fn cut(&mut self, raw: &mut RawInput) -> bool {
        let mut events = std::mem::take(&mut self.held);
        events.append(&mut raw.events);
        if self.settling > 0 && !events.is_empty() {
            self.settling -= 1;
            self.held = events;
            return true;
        }
        self.settling = 0;
        let keep = match events.iter().position(moves_focus) {
            None => events.len(),
            // The key first: alone in its frame, and a frame for the focus to land.
            Some(0) => {
                self.settling = 1;
                1
            }
            // What was typed before it: in a frame of its own.
            Some(at) => at,
        };
        self.held = events.split_off(keep);
        raw.events = events;
        !self.held.is_empty()
    }
}

/// A key press that moves the focus or leaves a cell: Tab (with or without Shift), Enter,
/// Escape; or a shortcut (Ctrl+Maj+F adds a line whose label takes the focus at the next frame:
/// what is typed after it waits for that frame).
fn moves_focus(event: &Event) -> bool {
    match event {
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => {
            matches!(key, Key::Tab | Key::Enter | Key::Escape)
                || modifiers.command
                || modifiers.ctrl
                || modifiers.alt
        }
        _ => false,
    }
}

/// Whether Tab was pressed with Shift in this frame, from the key's own event: the modifiers of
/// the frame may already be released when its keys were typed fast.
pub fn shift_tab(input: &egui::InputState) -> bool {
    input.events.iter().any(|event| {
        matches!(
            event,
            Event::Key {
                key: Key::Tab,
                pressed: true,
                modifiers,
                ..
            } if modifiers.shift
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Event {
        Event::Text(t.to_owned())
    }

    fn key(key: Key) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        }
    }

    #[test]
    fn text_then_tab_then_text_take_three_frames_in_order() {
        let mut order = KeyOrder::default();
        let mut raw = RawInput {
            events: vec![
                text("DDETS Esson"),
                text("ne"),
                key(Key::Tab),
                text("176000"),
            ],
            ..RawInput::default()
        };
        assert!(order.cut(&mut raw));
        assert_eq!(raw.events, vec![text("DDETS Esson"), text("ne")]);
        let mut raw = RawInput::default();
        assert!(order.cut(&mut raw));
        assert_eq!(raw.events, vec![key(Key::Tab)]);
        // A frame for the focus to land.
        let mut raw = RawInput::default();
        assert!(order.cut(&mut raw));
        assert!(raw.events.is_empty());
        let mut raw = RawInput {
            events: vec![text("€")],
            ..RawInput::default()
        };
        assert!(!order.cut(&mut raw));
        assert_eq!(raw.events, vec![text("176000"), text("€")]);
    }

    #[test]
    fn text_after_a_shortcut_waits_for_the_next_frame() {
        let mut order = KeyOrder::default();
        let chord = Event::Key {
            key: Key::F,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        };
        let mut raw = RawInput {
            events: vec![chord.clone(), text("Adhésions")],
            ..RawInput::default()
        };
        assert!(order.cut(&mut raw));
        assert_eq!(raw.events, vec![chord]);
    }

    #[test]
    fn a_frame_without_such_keys_is_left_whole() {
        let mut order = KeyOrder::default();
        let mut raw = RawInput {
            events: vec![text("a"), key(Key::A), text("b")],
            ..RawInput::default()
        };
        assert!(!order.cut(&mut raw));
        assert_eq!(raw.events.len(), 3);
    }
}
