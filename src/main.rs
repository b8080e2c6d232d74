//! Starts the window or runs a headless command.

use std::process::ExitCode;

use clap::Parser;

use atelier_mse::cli::{Cli, Command};
use atelier_mse::commands;

fn crate_options(
    content: atelier_mse::report::Content,
    landscape: bool,
) -> atelier_mse::report::Options {
    atelier_mse::report::Options { content, landscape }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check { files }) => commands::check(&files),
        Some(Command::Analyse {
            file,
            snapshot,
            json,
        }) => commands::analyse(&file, snapshot.as_deref(), json, cli.typology.as_deref()),
        Some(Command::Rewrite { files }) => commands::rewrite(&files),
        Some(Command::Anonymise { file, out }) => commands::anonymise(&file, &out),
        Some(Command::Export {
            file,
            snapshot,
            pdf,
            png,
            content,
            landscape,
        }) => commands::export(
            &file,
            snapshot.as_deref(),
            (pdf.as_deref(), png.as_deref()),
            crate_options(content, landscape),
            cli.typology.as_deref(),
        ),
        None => commands::window(
            cli.file,
            (cli.view, cli.snapshot),
            cli.typology,
            cli.exit_after_frames,
        ),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("atelier-mse : {err:#}");
            ExitCode::from(2)
        }
    }
}
