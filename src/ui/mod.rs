//! The window (egui): one file per screen or panel. Views read the case and edit it; every
//! figure they show comes from `analysis`.

pub mod compare_view;
pub mod document;
pub mod export_dialog;
pub mod fonts;
pub mod i18n;
pub mod import_view;
pub mod matrix;
pub mod portfolio_view;
pub mod position;
pub mod settings;
pub mod side_panel;
pub mod summary;
pub mod valuation_dialog;
pub mod workbook;

pub use document::Document;
pub use settings::{AppPaths, AppSettings};
pub use workbook::{Dialog, Pending, Workbook};
