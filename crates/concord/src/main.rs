//! The `concord` command line. Glue only: each subcommand parses its
//! arguments (clap), calls the crates that do the work and prints the result.
//! Exit codes are decided once, here: 0 success, 1 a check failed (or the
//! work could not be done), 2 bad input or usage.

mod cmd;

/// mimalloc instead of glibc's allocator: a server answering thousands of
/// small requests a second on two cores spent a fifth of its time in
/// glibc's malloc and free (`concord bench votes` under `perf`). It also
/// hands argon2's 19 MiB blocks back: a server's memory after 80 sign-ins
/// is what it is after 24 (about 140 MB), where glibc's arenas kept
/// growing unless told otherwise.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::Parser;

/// Concord: the open platform of a multilateral AI cooperation organization.
#[derive(Debug, Parser)]
#[command(name = "concord", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: cmd::Command,
}

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout with exit 0, and usage
            // errors to stderr; usage errors always exit 2.
            let _ = err.print();
            return if err.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match cli.command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {:#}", err.error());
            ExitCode::from(err.exit_code())
        }
    }
}

/// Lets a closed pipe end the process quietly (`concord members list | head`),
/// as command-line tools do, instead of Rust's default of turning it into a
/// panic on the next print.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any other thread exists;
    // SIG_DFL is a valid disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
