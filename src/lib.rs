//! Atelier MSE: the workbook of the « modèle socio-économique » of associations.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod compare;
pub mod format;
pub mod import;
pub mod model;
pub mod palette;
pub mod portfolio;
pub mod report;
pub mod storage;
pub mod text;
