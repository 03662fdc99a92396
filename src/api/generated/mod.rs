// generated from openapi/music-hub.yaml — do not edit.
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.
//!
//! The API contract as Rust: see `openapi/README.md` for how it maps from the document.
//!
//! - `types`: the component schemas and the tags.
//! - `operations`: each operation's request struct, response enum and documented statuses.
//! - `traits`: one trait per tag, implemented in `src/handlers/`.
//! - `routes`: the routes that guard, parse and call the traits; `OPERATIONS`; `api`.
//!
//! Everything is re-exported here: `crate::api::generated::X` names any item.

mod operations;
mod routes;
mod traits;
mod types;

pub use operations::*;
pub use routes::*;
pub use traits::*;
pub use types::*;

/// Default values of optional inputs, as the document states them.
pub(crate) mod defaults {
    #[allow(unused_imports)]
    use super::*;

    pub fn default_bool_false() -> bool {
        false
    }

    pub fn default_bool_true() -> bool {
        true
    }

    pub fn default_i32_10() -> i32 {
        10
    }

    pub fn default_i32_3600() -> i32 {
        3600
    }

    pub fn default_i32_50() -> i32 {
        50
    }
}
