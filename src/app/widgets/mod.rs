//! Widgets shared by the screens: draft cells, the model badge, colours, and the plot kit of
//! the ternary maps, a
//! snapshot's path and the barycentre heptagon.

pub mod badge;
pub mod cells;
pub mod choice;
pub mod colours;
pub mod copy;
pub mod plot_kit;
pub mod reference;
pub mod trajectory;
