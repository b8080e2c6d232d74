//! The panels around the screens: the menu bar, the summary strip, the side panel and the
//! message lines.

pub mod action_plan;
pub mod menu;
pub mod side;
pub mod summary;
pub mod toasts;
