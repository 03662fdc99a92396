//! The `music-hub` command: `serve` runs the hub, `scan` scans from the terminal, `pair`
//! arms pairing on the running hub, `db salvage` carries data over from an archived database,
//! `playlist import` and `playlist export` read and write playlist files, `tags write` writes
//! the effective values into the files (and `tags prune-backups` removes the originals it
//! kept), `openapi` prints its contract.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use tracing_subscriber::EnvFilter;

use music_hub::api::contract;
use music_hub::app::metadata::command as tags_command;
use music_hub::app::playlists::command as playlist_command;
use music_hub::auth::qr;
use music_hub::config::{
    Cli, Command, DbCommand, PairArgs, PlaylistCommand, SalvageArgs, ServeArgs, TagsCommand,
};
use music_hub::hub::Hub;
use music_hub::server;

fn main() -> ExitCode {
    // Before the runtime starts its threads: see `allocator`.
    music_hub::allocator::cap_arenas();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(err) => {
            eprintln!("music-hub: cannot start the runtime: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Openapi { json } => {
            let document = if json {
                format!("{}\n", contract::document_json())
            } else {
                contract::DOCUMENT_YAML.to_owned()
            };
            // `print!` panics when the reader has gone (`music-hub openapi | head`); a
            // closed pipe only means nothing more is wanted.
            let mut out = std::io::stdout().lock();
            match out
                .write_all(document.as_bytes())
                .and_then(|()| out.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("music-hub openapi: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Pair(args) => match pair(args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("music-hub pair: {err}");
                ExitCode::FAILURE
            }
        },
        Command::Scan(args) => {
            init_logs("warn");
            match music_hub::library::command::run(args).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("music-hub scan: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Analyze(args) => {
            init_logs("warn");
            match music_hub::app::loudness::command::run(args).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("music-hub analyze: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Db(DbCommand::Salvage(args)) => match salvage(args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("music-hub db salvage: {err}");
                ExitCode::FAILURE
            }
        },
        Command::Playlist(command) => {
            init_logs("warn");
            let (name, result) = match command {
                PlaylistCommand::Import(args) => ("import", playlist_command::import(args).await),
                PlaylistCommand::Export(args) => ("export", playlist_command::export(args).await),
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("music-hub playlist {name}: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Tags(command) => {
            init_logs("warn");
            let (name, result) = match command {
                TagsCommand::Write(args) => ("write", tags_command::write(args).await),
                TagsCommand::PruneBackups(args) => {
                    ("prune-backups", tags_command::prune_backups(args).await)
                }
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("music-hub tags {name}: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Serve(args) => match serve(args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                tracing::error!("{err}");
                eprintln!("music-hub: {err}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Logs go to standard error, so that standard output stays for what a command prints;
/// colour only where a person is looking at a terminal. `RUST_LOG` overrides `default`.
fn init_logs(default: &str) {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default)),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}

async fn serve(args: ServeArgs) -> std::io::Result<()> {
    init_logs("info,poem=info,music_hub=info");
    let shutdown = shutdown_signal()?;
    let mut config = args.into_config();
    for library in &config.libraries {
        if !library.is_dir() {
            // A mistyped --library would otherwise start "healthy" with an empty library.
            tracing::warn!(
                library = %library.display(),
                "this library folder does not exist or is not a folder: nothing in it can be served until it is there"
            );
        }
    }
    let listener = tokio::net::TcpListener::bind((config.bind, config.port))
        .await
        .map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!("cannot listen on {}:{}: {e}", config.bind, config.port),
            )
        })?;
    config.port = listener.local_addr()?.port();
    let hub = Arc::new(
        Hub::start(config)
            .await
            .map_err(|e| std::io::Error::new(e.kind(), format!("cannot use the data dir: {e}")))?,
    );
    tracing::info!(
        address = %format!("{}:{}", hub.config.bind, hub.config.port),
        data_dir = %hub.config.data_dir.display(),
        libraries = ?hub.config.libraries,
        database = %hub.db.health().status,
        "Music Hub is listening; the API guide is at /docs"
    );
    server::run(listener, hub, shutdown).await
}

/// Arms pairing on the hub running on this machine, through its local-only API, and shows
/// the code and a QR code a phone can scan.
async fn salvage(args: SalvageArgs) -> Result<(), String> {
    let archive = args.archive_file();
    let tables = music_hub::db::salvage::into_data_dir(&args.data_dir(), &archive)
        .await
        .map_err(|e| e.to_string())?;
    println!("Carried over from {}:", archive.display());
    for table in tables {
        let lost = match (table.unreadable_rows, table.detail) {
            (0, _) => String::new(),
            (n, Some(why)) => format!(", {n} unreadable ({why})"),
            (n, None) => format!(", {n} unreadable"),
        };
        println!("  {:<20} {} rows{lost}", table.table, table.rows);
    }
    Ok(())
}

async fn pair(args: PairArgs) -> Result<(), String> {
    let base = format!("http://127.0.0.1:{}", args.port());
    let response = reqwest::Client::new()
        .post(format!("{base}/api/auth/arm"))
        .json(&serde_json::json!({ "minutes": args.minutes }))
        .send()
        .await
        .map_err(|e| format!("no hub answers on {base} ({e}); is `music-hub serve` running?"))?;
    let status = response.status();
    let body: serde_json::Value = response
        .json()
        .await
        .map_err(|e| format!("the hub's answer is not JSON: {e}"))?;
    if !status.is_success() {
        let message = body["message"].as_str().unwrap_or("no message");
        return Err(format!("the hub refused ({status}): {message}"));
    }
    let field = |name: &str| body[name].as_str().unwrap_or_default().to_owned();
    let (code, hub_id, expires_at) = (field("pairingCode"), field("hubId"), field("expiresAt"));
    let urls: Vec<String> = body["lanUrls"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|u| u.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let uri = qr::pairing_uri(&hub_id, &urls, Some(&code));
    println!("{}", qr::terminal(&uri).map_err(|e| e.to_string())?);
    println!("Pairing code: {code}");
    println!("Valid until:  {}", local_time(&expires_at));
    if urls.is_empty() {
        println!("The hub is not reachable from the network (it listens on loopback only).");
    } else {
        println!("Hub address:  {}", urls.join("  "));
    }
    Ok(())
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM. The handlers are installed now, before the
/// server starts, not when the future is first polled: a signal that arrives as soon as the
/// port answers must still mean a graceful stop.
#[cfg(unix)]
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {},
            _ = terminate.recv() => {},
        }
        tracing::info!("shutting down");
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down");
    })
}

/// An RFC 3339 time from the hub as a person reads it: this machine's local time, to the
/// second (the raw text when it cannot be read).
fn local_time(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%H:%M:%S (%Y-%m-%d, local time)")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_owned())
}
