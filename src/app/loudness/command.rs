//! `music-hub analyze`: one loudness run from the terminal over the library already in the
//! database (scan it first), with a progress bar. Beside a running hub it measures the
//! same albums the hub would; whichever stores an album last wins, with equal values.

use std::sync::Arc;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use super::{Analyzer, Progress, RunEnd};
use crate::clock::{SharedClock, SystemClock};
use crate::config::AnalyzeArgs;
use crate::db::{Database, HealthStatus};

/// Runs the analysis; `Err` says why it could not run, for the terminal.
pub async fn run(args: AnalyzeArgs) -> Result<(), String> {
    let data_dir = args.data_dir();
    if !data_dir.join(crate::db::DATABASE_FILE).exists() {
        return Err(format!(
            "no library database in {}: run `music-hub scan` first",
            data_dir.display()
        ));
    }
    let db = Arc::new(Database::open(&data_dir, None).await);
    let health = db.health();
    if health.status != HealthStatus::Healthy {
        return Err(format!(
            "the database is {}: {} (rebuild it from the running hub: POST /api/database/rebuild)",
            health.status, health.detail
        ));
    }
    let clock: SharedClock = Arc::new(SystemClock);
    let analyzer = Analyzer::new(db, clock);
    let progress = Arc::new(Progress::default());
    let started = Instant::now();

    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} analyzing [{bar:30}] {pos}/{len} tracks  {wide_msg}",
        )
        .map_err(|e| e.to_string())?
        .progress_chars("=> "),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    let stopper = analyzer.clone();
    let worker = tokio::spawn({
        let progress = progress.clone();
        async move { analyzer.run(progress).await }
    });
    tokio::pin!(worker);
    let ended = loop {
        tokio::select! {
            ended = &mut worker => break ended.map_err(|e| e.to_string())?,
            _ = tokio::signal::ctrl_c() => stopper.cancel(),
            () = tokio::time::sleep(Duration::from_millis(100)) => {
                let s = progress.snapshot();
                bar.set_length(s.total);
                bar.set_position(s.analyzed);
                let elapsed = started.elapsed().as_secs_f64();
                let speed = if elapsed > 0.0 { s.audio_seconds / elapsed } else { 0.0 };
                bar.set_message(format!(
                    "{speed:.0}× real time  {}",
                    s.current.unwrap_or_default()
                ));
            }
        }
    };
    bar.finish_and_clear();
    let ended = ended.map_err(|e| e.to_string())?;
    let s = progress.snapshot();
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "{}: {} tracks measured ({} could not be decoded), {:.0} s of audio in {:.1} s",
        match ended {
            RunEnd::Completed => "analysis completed",
            RunEnd::Cancelled => "analysis cancelled",
        },
        s.analyzed,
        s.failed,
        s.audio_seconds,
        elapsed,
    );
    Ok(())
}
