//! The HTTP face of the hub: the contract as Rust (`generated`, from `openapi/`), the access
//! guards the generated routes use, the error boundary and the payload types;
//! `request_span` is the per-request tracing span, its URI's secrets redacted.

pub mod access;
pub mod boundary;
pub mod client_address;
pub mod contract;
pub mod cors;
pub mod error;
pub mod explain;
pub mod limits;
pub mod payload;
pub mod request_span;
pub mod single_host;
pub mod strict_json;
pub mod wire;

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
pub mod generated;

/// The generator's golden output for its small test document uses every construct the
/// generator supports; compiling it here proves each one builds against the real guards,
/// payloads and poem-openapi.
#[cfg(test)]
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, dead_code)]
#[path = "../../codegen/tests/fixtures/small_golden/mod.rs"]
mod generator_golden_compiles;
