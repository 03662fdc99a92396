//! The committed contract, embedded in the binary. The hub serves this very document at
//! `/openapi.yaml` and `/openapi.json` (not a spec derived from the code: a test proves the
//! two are equivalent), so clients always see what the repository holds.

use std::sync::OnceLock;

/// `openapi/music-hub.yaml`, as committed.
pub const DOCUMENT_YAML: &str = include_str!("../../openapi/music-hub.yaml");

/// The document as JSON, parsed once. The document is checked by tests and by codegen, so
/// failing to parse it is a build defect, not something input can cause.
pub fn document() -> &'static serde_json::Value {
    static DOCUMENT: OnceLock<serde_json::Value> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        serde_yaml::from_str(DOCUMENT_YAML).expect("openapi/music-hub.yaml is valid YAML")
    })
}

/// The document's JSON text, rendered once.
pub fn document_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| serde_json::to_string_pretty(document()).unwrap_or_default())
}

/// `info.version` of the contract.
pub fn api_version() -> &'static str {
    document()
        .pointer("/info/version")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("unknown")
}
