//! The `concord` command line. Glue only: each subcommand parses its
//! arguments (clap), calls the crates that do the work and prints the result.
//! Exit codes are decided once, here: 0 success, 1 a check failed (or the
//! work could not be done), 2 bad input or usage.

mod cmd;

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
    return_large_blocks_to_the_system();
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

/// Makes glibc serve every allocation of 1 MiB or more (argon2's 19 MiB
/// per password hash) with its own mapping, returned to the system when
/// freed. glibc's default raises that threshold as large blocks are freed,
/// after which they stay in its per-thread arenas: 250 sign-ins, even two
/// hashes at a time, then left the server holding a few hundred MiB.
fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes a setting of the allocator, first thing
    // in main, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
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
