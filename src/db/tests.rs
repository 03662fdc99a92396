//! The database's own tests: its migrations, and where its work runs.

use super::*;
use diesel::sql_types::Text;
use diesel::{Connection, QueryableByName, RunQueryDsl};
use diesel_migrations::MigrationHarness;

/// One step of SQLite's `EXPLAIN QUERY PLAN`: `parent` 0 for the statement's own steps.
#[derive(QueryableByName)]
pub(crate) struct PlanStep {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    pub parent: i32,
    #[diesel(sql_type = Text)]
    pub detail: String,
}

/// SQLite's plan for the first statement `run` sends whose text `pick` accepts, as the
/// connection's instrumentation saw it. Placeholders are left unbound (NULL), which the
/// plan does not depend on.
pub(crate) fn plan_of(
    conn: &mut SqliteConnection,
    pick: impl Fn(&str) -> bool,
    run: impl FnOnce(&mut SqliteConnection),
) -> Vec<PlanStep> {
    use diesel::connection::{Instrumentation, InstrumentationEvent};
    use std::sync::{Arc, Mutex};
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = seen.clone();
    conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::StartQuery { query, .. } = event {
            sink.lock().expect("statements").push(query.to_string());
        }
    });
    run(conn);
    conn.set_instrumentation(None::<Box<dyn Instrumentation>>);
    let statements = seen.lock().expect("statements").clone();
    let statement = statements
        .iter()
        .find(|s| pick(s))
        .expect("a statement to explain");
    let text = statement.split(" -- binds:").next().unwrap_or(statement);
    diesel::sql_query(format!("EXPLAIN QUERY PLAN {text}"))
        .load::<PlanStep>(conn)
        .expect("a plan")
}

#[test]
fn migrations_apply_revert_and_reapply() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = dir.path().join("m.db");
    let mut conn = SqliteConnection::establish(&url.to_string_lossy()).expect("open");
    let applied = conn
        .run_pending_migrations(MIGRATIONS)
        .expect("apply")
        .len();
    assert!(applied > 0);
    let schema_after_up = schema_dump(&mut conn);
    conn.revert_all_migrations(MIGRATIONS).expect("revert");
    assert_eq!(
        schema_dump(&mut conn),
        Vec::<String>::new(),
        "down.sql left objects behind"
    );
    conn.run_pending_migrations(MIGRATIONS).expect("re-apply");
    assert_eq!(schema_dump(&mut conn), schema_after_up);
}

/// A brief read runs on the caller's thread while a connection is idle; while every
/// connection is taken it waits on the blocking pool, never on the caller's thread
/// (here the test's only thread, which must stay free to hand the connections back).
#[tokio::test]
async fn a_brief_read_runs_here_when_a_connection_is_idle_else_on_the_blocking_pool() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = Database::open(dir.path(), None).await;
    let here = std::thread::current().id();
    let ran_on = db
        .run_brief(|_| Ok(std::thread::current().id()))
        .await
        .expect("read");
    assert_eq!(ran_on, here, "an idle connection: read where asked");

    let pool = db.pool().expect("pool");
    let taken: Vec<_> = (0..pool.max_size())
        .map(|_| pool.get().expect("connection"))
        .collect();
    let handed_back = async {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        drop(taken);
    };
    let (ran_on, ()) = tokio::join!(
        db.run_brief(|_| Ok(std::thread::current().id())),
        handed_back
    );
    assert_ne!(
        ran_on.expect("read"),
        here,
        "no idle connection: the pool waits"
    );
}

/// A panic inside a brief read is answered as one on the blocking pool is, and the pool
/// goes on serving.
#[tokio::test]
async fn a_panic_in_a_brief_read_is_an_error_not_a_lost_request() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = Database::open(dir.path(), None).await;
    let failed = db.run_brief::<(), _>(|_| panic!("boom")).await;
    assert!(
        matches!(&failed, Err(DbError::Task(said)) if said.contains("boom")),
        "{failed:?}"
    );
    db.run_brief(|_| Ok(()))
        .await
        .expect("the pool still serves");
}

#[derive(QueryableByName)]
struct SqlRow {
    #[diesel(sql_type = Text)]
    sql: String,
}

fn schema_dump(conn: &mut SqliteConnection) -> Vec<String> {
    diesel::sql_query(
        "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL \
         AND name NOT LIKE '__diesel_schema_migrations' ORDER BY type, name",
    )
    .load::<SqlRow>(conn)
    .expect("dump")
    .into_iter()
    .map(|r| r.sql)
    .collect()
}
