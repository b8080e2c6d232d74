//! Starts the window or runs a headless command.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    atelier_mse::cli::run(atelier_mse::cli::Cli::parse())
}
