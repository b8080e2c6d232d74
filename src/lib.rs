//! Atelier MSE: the workbook of the « modèle socio-économique » of associations.

pub mod model;
pub mod storage;
pub mod analysis;
pub mod format;
pub mod cli;
pub mod commands;
pub mod report;
