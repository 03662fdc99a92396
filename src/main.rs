//! The `music-hub` command: `serve` runs the hub, `openapi` prints its contract.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use tracing_subscriber::EnvFilter;

use music_hub::api::contract;
use music_hub::config::{Cli, Command, ServeArgs};
use music_hub::hub::Hub;
use music_hub::server;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Openapi { json } => {
            if json {
                println!("{}", contract::document_json());
            } else {
                print!("{}", contract::DOCUMENT_YAML);
            }
            ExitCode::SUCCESS
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

async fn serve(args: ServeArgs) -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,poem=info,music_hub=info")),
        )
        .init();
    let mut config = args.into_config();
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
    server::run(listener, hub, shutdown_signal()).await
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
