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
        Some(Command::Portfolio {
            dir,
            pdf,
            png,
            csv,
            anonymise,
            paths,
            sector,
            territory,
            model,
        }) => commands::portfolio(
            &dir,
            commands::PortfolioOutputs {
                pdf,
                png,
                csv,
                options: atelier_mse::report::portfolio::PortfolioOptions {
                    anonymised: anonymise,
                    paths,
                    filters: String::new(),
                },
            },
            atelier_mse::portfolio::Filter {
                sector,
                territory,
                phase: None,
                model,
            },
            cli.typology.as_deref(),
        ),
        Some(Command::Diff {
            before,
            after,
            json,
        }) => commands::diff(&before, &after, json, cli.typology.as_deref()),
        Some(Command::ImportBalance {
            file,
            into,
            options,
        }) => commands::import_balance(&file, &into, options),
        None => commands::window(
            cli.file,
            commands::Startup {
                view: cli.view,
                snapshot: cli.snapshot,
                portfolio: cli.portfolio,
                compare: cli.compare,
                import: cli.import,
            },
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
