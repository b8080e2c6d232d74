//! The command line: the window by default, headless commands for scripts and checks. `args`
//! holds the `clap` definitions; `commands` the small commands, `analyse`, `portfolio`,
//! `import_balance`, `simulate` and `autodiagnostic` one each. Exit codes: 0 done,
//! 1 an input that cannot be used (a file unreadable or invalid, an output not written),
//! 2 a command line that is wrong (usage). The window never stops on a case file it cannot
//! open: it shows the start screen and says why.

mod analyse;
mod args;
mod autodiagnostic;
mod commands;
mod import_balance;
mod portfolio;
mod simulate;
pub mod terminal;

use std::process::ExitCode;

pub use analyse::summary;
pub use args::{Cli, Command, ContentArg, ImportOptions, StartView};
pub use import_balance::import_review;

/// A command line that asks for something impossible (a snapshot that does not exist, nothing
/// to export…): exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub String);

/// Runs what the command line asks; the exit code follows the table above.
pub fn run(cli: Cli) -> ExitCode {
    let typology = cli.typology.clone();
    let force = cli.force;
    let result = match cli.command {
        Some(Command::Check { files }) => commands::check(&files),
        Some(Command::Analyse {
            file,
            snapshot,
            json,
            reference,
        }) => analyse::analyse(
            &file,
            (snapshot.as_deref(), reference.as_deref()),
            json,
            typology.as_deref(),
        ),
        Some(Command::Rewrite { files }) => commands::rewrite(&files),
        Some(Command::Autodiagnostic {
            file,
            blank,
            fill,
            date,
            questionnaire,
        }) => autodiagnostic::autodiagnostic(autodiagnostic::Request {
            case: file.as_deref(),
            blank: blank.as_deref(),
            fill: fill.as_deref(),
            date: date.as_deref(),
            questionnaire: questionnaire.as_deref(),
            force,
        }),
        Some(Command::PackageFiles { dir }) => package_files(&dir),
        Some(Command::Simulate {
            file,
            snapshot,
            scenario,
            changes,
            lose,
            stress,
            to,
            strong,
            json,
        }) => simulate::simulate(
            &file,
            &simulate::Request {
                snapshot: snapshot.as_deref(),
                scenario: scenario.as_deref(),
                changes: &changes,
                lose: &lose,
                stress,
                to: to.as_deref(),
                strong,
                json,
            },
            typology.as_deref(),
        ),
        Some(Command::Anonymise { file, out }) => commands::anonymise(&file, &out, force),
        Some(Command::Export {
            file,
            snapshot,
            pdf,
            png,
            xlsx,
            slide,
            content,
            landscape,
            against,
            reference,
        }) => commands::export(
            &file,
            snapshot.as_deref(),
            ([pdf.as_deref(), png.as_deref(), xlsx.as_deref()], slide),
            crate::report::Options {
                content: content.into(),
                landscape,
                against,
                reference: match reference.as_deref().map(crate::storage::find_reference) {
                    Some(Ok(r)) => Some(r),
                    Some(Err(e)) => {
                        terminal::error(&e.to_string());
                        return ExitCode::FAILURE;
                    }
                    None => None,
                },
                questionnaire: None,
            },
            (typology.as_deref(), force),
            reference.as_deref().map(std::path::Path::new),
        ),
        Some(Command::Portfolio {
            dir,
            pdf,
            png,
            csv,
            xlsx,
            anonymise,
            paths,
            sector,
            territory,
            model,
            reference_out,
        }) => portfolio::portfolio(
            &dir,
            portfolio::PortfolioOutputs {
                pdf,
                png,
                csv,
                xlsx,
                reference: reference_out,
                options: crate::report::portfolio::PortfolioOptions {
                    anonymised: anonymise,
                    paths,
                    filters: String::new(),
                },
                force,
            },
            crate::portfolio::Filter {
                sector,
                territory,
                phase: None,
                model,
            },
            typology.as_deref(),
        ),
        Some(Command::Diff {
            before,
            after,
            json,
        }) => commands::diff(&before, &after, json, typology.as_deref()),
        Some(Command::ImportBalance {
            file,
            into,
            options,
        }) => import_balance::import_balance(&file, &into, options),
        None => crate::app::launch::window(
            cli.file,
            crate::app::launch::Startup {
                view: cli.view.into(),
                snapshot: cli.snapshot,
                portfolio: cli.portfolio,
                compare: cli.compare,
                import: cli.import,
                reference: cli.reference,
                frame_delay: cli.frame_delay_ms.map(std::time::Duration::from_millis),
            },
            typology,
            cli.exit_after_frames,
        )
        .map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            terminal::error(&format!("atelier-mse : {}", terminal::failure(&err)));
            if err.downcast_ref::<Usage>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// The man page (`atelier-mse.1`) and the bash, zsh and fish completions, from the same `clap`
/// definitions as the command line itself.
fn package_files(dir: &std::path::Path) -> anyhow::Result<ExitCode> {
    use clap::CommandFactory;
    let mut command = Cli::command();
    let mut man = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut man)?;
    crate::storage::write_atomic(&dir.join("atelier-mse.1"), &man, false)?;
    for (shell, name) in [
        (clap_complete::Shell::Bash, "atelier-mse.bash"),
        (clap_complete::Shell::Zsh, "_atelier-mse"),
        (clap_complete::Shell::Fish, "atelier-mse.fish"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut command, "atelier-mse", &mut out);
        crate::storage::write_atomic(&dir.join(name), &out, false)?;
    }
    Ok(ExitCode::SUCCESS)
}
