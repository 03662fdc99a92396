//! Reliability on a real hub: limits at the edge and the person's data surviving every
//! recovery. Each test reproduces a failure found by trying the hub adversarially, and shows
//! it fixed.

mod body_limit;
mod connections;
mod cors;
mod feeds;
mod http_errors;
mod read_only;
mod relays;
mod safe_gets;
mod salvage;
mod strict_json;
