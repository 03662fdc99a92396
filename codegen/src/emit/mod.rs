//! Writes the Rust contract module from the model: component types, one request struct and
//! one response enum per operation, one trait per tag, and the generic poem-openapi routes
//! that enforce each operation's access level and delegate to the trait.
//!
//! The module is split so that a reader can open one part: `types.rs` (schemas and tags),
//! `operations.rs` (request structs, response enums, documented statuses), `traits.rs`,
//! `routes.rs`, and `mod.rs` re-exporting them all. Each file is built line by line, then
//! formatted by `rustfmt`, so it reads like hand-written code and is byte-for-byte stable;
//! `check` compares it with what is committed. Here: the files and the shared naming; in
//! `types` the schemas, in `operations` the requests, responses and traits, in `routes` the
//! routes and the operation tables.

mod operations;
mod routes;
mod types;

use operations::{emit_request, emit_response, emit_trait};
use routes::{
    emit_api_fn, emit_documented_codes, emit_documented_statuses, emit_operation_table, emit_routes,
};
use types::{emit_field_readers, emit_schema, emit_tags, emit_text_readers};

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;

use crate::model::{Document, Operation, SchemaDef, TypeRef, Validators};

pub const HEADER: &str = "// generated from openapi/music-hub.yaml — do not edit.\n\
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.\n";

/// Where the generated code finds the hand-written pieces it builds on.
const ACCESS: &str = "crate::api::access";
const PAYLOAD: &str = "crate::api::payload";
const HANDLER_ERROR: &str = "crate::api::error::HandlerError";

/// The generated module's files, in the order a reader meets them. `mod.rs` re-exports
/// every item, so `crate::api::generated::X` names anything generated wherever it lives.
pub const FILES: &[&str] = &[
    "mod.rs",
    "types.rs",
    "operations.rs",
    "traits.rs",
    "routes.rs",
];

/// One file of the generated module: its name under `src/api/generated/` and its text.
#[derive(Debug)]
pub struct File {
    pub name: &'static str,
    pub text: String,
}

/// The generated module as its files (`FILES`), each formatted by `rustfmt`.
pub fn rust(doc: &Document) -> Result<Vec<File>> {
    let mut defaults = Defaults::default();

    let mut types = file_start(
        "The document's component schemas and its tags: the types every other file uses.",
        &["use poem_openapi::{Enum, Object, Tags, Union};"],
    );
    emit_tags(&mut types, doc);
    for schema in &doc.schemas {
        emit_schema(&mut types, doc, schema, &mut defaults)?;
    }
    emit_text_readers(&mut types, doc);
    emit_field_readers(&mut types, doc);

    let mut operations = file_start(
        "Per operation: the request struct (its parameters and body), the response enum (one \
         variant per documented status) and the statuses the document lists for it, which the \
         error boundary holds every answer to.",
        &[
            "use poem_openapi::payload::{Binary, EventStream};",
            "use crate::api::payload::Json;",
            "use poem_openapi::{ApiResponse, ResponseContent};",
        ],
    );
    for op in &doc.operations {
        emit_request(&mut operations, op);
        emit_response(&mut operations, op)?;
    }
    emit_documented_statuses(&mut operations, doc);
    emit_documented_codes(&mut operations, doc);

    let mut traits = file_start(
        "One trait per tag, one method per operation: what `src/handlers/` implements.",
        &["use std::future::Future;"],
    );
    let mut routes = file_start(
        "The poem-openapi routes: each checks the caller's access, parses the inputs into the \
         operation's request struct and calls the tag's trait. Also the table of every operation.",
        &[
            "use std::sync::Arc;",
            "",
            "use poem_openapi::param::{Header, Path, Query};",
            "use poem_openapi::OpenApi;",
        ],
    );
    for tag in &doc.tags {
        let ops: Vec<&Operation> = doc
            .operations
            .iter()
            .filter(|o| o.tag == tag.name)
            .collect();
        if ops.is_empty() {
            continue;
        }
        emit_trait(&mut traits, &tag.name, tag.description.as_deref(), &ops);
        emit_routes(&mut routes, doc, &tag.name, &ops, &mut defaults)?;
    }
    emit_operation_table(&mut routes, doc);
    emit_api_fn(&mut routes, doc);

    let mut module = Out::default();
    module.line(HEADER.trim_end());
    module.line("//!");
    module.line(
        "//! The API contract as Rust: see `openapi/README.md` for how it maps from the document.",
    );
    module.line("//!");
    module.line("//! - `types`: the component schemas and the tags.");
    module.line(
        "//! - `operations`: each operation's request struct, response enum and documented statuses.",
    );
    module.line("//! - `traits`: one trait per tag, implemented in `src/handlers/`.");
    module.line(
        "//! - `routes`: the routes that guard, parse and call the traits; `OPERATIONS`; `api`.",
    );
    module.line("//!");
    module.line("//! Everything is re-exported here: `crate::api::generated::X` names any item.");
    module.blank();
    for m in ["types", "operations", "traits", "routes"] {
        module.line(&format!("mod {m};"));
    }
    module.blank();
    for m in ["types", "operations", "traits", "routes"] {
        module.line(&format!("pub use {m}::*;"));
    }
    module.blank();
    defaults.emit(&mut module);

    [module, types, operations, traits, routes]
        .into_iter()
        .zip(FILES)
        .map(|(out, name)| {
            Ok(File {
                name,
                text: rustfmt(&out.text).with_context(|| format!("formatting {name}"))?,
            })
        })
        .collect()
}

/// The start of every file but `mod.rs`: the header, what the file holds, and its imports.
fn file_start(about: &str, imports: &[&str]) -> Out {
    let mut out = Out::default();
    out.line(HEADER.trim_end());
    out.line("//!");
    // rustfmt leaves comments alone, so wrap the text here.
    let mut line = String::new();
    for word in about.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > 92 {
            out.line(&format!("//! {line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.line(&format!("//! {line}"));
    out.blank();
    out.line("#[allow(unused_imports)]");
    out.line("use super::*;");
    for import in imports {
        out.line(import);
    }
    out.blank();
    out
}

/// Formats Rust source with the toolchain's `rustfmt` (edition 2021, default settings, run
/// outside the workspace so no `rustfmt.toml` applies): the output is the same on every
/// machine with the pinned toolchain.
pub fn rustfmt(source: &str) -> Result<String> {
    let mut child = Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()))
        .args(["--edition", "2021", "--emit", "stdout"])
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running rustfmt (install it with `rustup component add rustfmt`)")?;
    let mut stdin = child.stdin.take().context("rustfmt's stdin")?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().context("waiting for rustfmt")?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writing to rustfmt panicked"))?
        .context("writing to rustfmt")?;
    if !output.status.success() {
        bail!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    String::from_utf8(output.stdout).context("rustfmt wrote invalid UTF-8")
}

#[derive(Default)]
struct Out {
    text: String,
    indent: usize,
}

impl Out {
    fn line(&mut self, s: &str) {
        if !s.is_empty() {
            for _ in 0..self.indent {
                self.text.push_str("    ");
            }
            self.text.push_str(s);
        }
        self.text.push('\n');
    }
    fn blank(&mut self) {
        self.text.push('\n');
    }
    fn doc(&mut self, text: &str) {
        for line in text.trim_end().lines() {
            if line.trim().is_empty() {
                self.line("///");
            } else {
                self.line(&format!("/// {}", line.trim_end()));
            }
        }
    }
    fn open(&mut self, s: &str) {
        self.line(s);
        self.indent += 1;
    }
    fn close(&mut self, s: &str) {
        self.indent -= 1;
        self.line(s);
    }
}

fn type_name(schema: &str) -> String {
    schema.to_upper_camel_case()
}

fn field_name(name: &str) -> String {
    let snake = name.to_snake_case();
    match snake.as_str() {
        "type" | "ref" | "move" | "match" | "use" | "fn" | "mod" | "impl" | "self" | "struct"
        | "enum" | "loop" | "where" | "async" | "await" | "dyn" | "box" | "in" | "static" => {
            format!("r#{snake}")
        }
        _ => snake,
    }
}

fn rust_type(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "String".into(),
        TypeRef::DateTime => "chrono::DateTime<chrono::Utc>".into(),
        TypeRef::I32 => "i32".into(),
        TypeRef::I64 => "i64".into(),
        TypeRef::F64 => "f64".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::Ref(name) => type_name(name),
        TypeRef::Array(inner) => format!("Vec<{}>", rust_type(inner)),
        TypeRef::Map(inner) => format!("std::collections::BTreeMap<String, {}>", rust_type(inner)),
        TypeRef::Any => "serde_json::Value".into(),
    }
}

fn quote(s: &str) -> String {
    format!("{s:?}")
}

fn validator_attr(v: &Validators) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(n) = v.min_length {
        parts.push(format!("min_length = {n}"));
    }
    if let Some(n) = v.max_length {
        parts.push(format!("max_length = {n}"));
    }
    if let Some(p) = &v.pattern {
        parts.push(format!("pattern = {}", quote(p)));
    }
    if let Some(n) = v.minimum {
        parts.push(format!("minimum(value = {})", quote(&number(n))));
    }
    if let Some(n) = v.maximum {
        parts.push(format!("maximum(value = {})", quote(&number(n))));
    }
    if let Some(n) = v.min_items {
        parts.push(format!("min_items = {n}"));
    }
    if let Some(n) = v.max_items {
        parts.push(format!("max_items = {n}"));
    }
    (!parts.is_empty()).then(|| format!("validator({})", parts.join(", ")))
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// Default-value functions, deduplicated by type and value (`default_i32_50`).
#[derive(Default)]
struct Defaults {
    fns: BTreeMap<String, (String, String)>,
}

impl Defaults {
    fn path_for(
        &mut self,
        doc: &Document,
        ty: &TypeRef,
        value: &Value,
        at: &str,
    ) -> Result<String> {
        let (literal, slug) = match (ty, value) {
            (TypeRef::Bool, Value::Bool(b)) => (b.to_string(), b.to_string()),
            (TypeRef::I32 | TypeRef::I64, Value::Number(n)) if n.is_i64() => {
                let n = n.as_i64().unwrap_or_default();
                (n.to_string(), n.to_string().replace('-', "minus_"))
            }
            (TypeRef::String, Value::String(s)) => {
                (format!("{}.to_owned()", quote(s)), s.to_snake_case())
            }
            (TypeRef::Ref(name), Value::String(s))
                if enum_values(doc, name).is_some_and(|v| v.contains(s)) =>
            {
                (
                    format!("{}::{}", type_name(name), variant_name(s)),
                    s.to_snake_case(),
                )
            }
            _ => bail!("{at}: default {value} does not fit the type"),
        };
        let rust = rust_type(ty);
        let name = format!("default_{}_{}", rust.to_snake_case(), slug);
        self.fns.insert(name.clone(), (rust, literal));
        Ok(format!("defaults::{name}"))
    }

    fn emit(&self, out: &mut Out) {
        out.line("/// Default values of optional inputs, as the document states them.");
        out.open("pub(crate) mod defaults {");
        out.line("#[allow(unused_imports)]");
        out.line("use super::*;");
        for (name, (ty, literal)) in &self.fns {
            out.blank();
            out.open(&format!("pub fn {name}() -> {ty} {{"));
            out.line(literal);
            out.close("}");
        }
        out.close("}");
    }
}

fn enum_values<'a>(doc: &'a Document, name: &str) -> Option<&'a Vec<String>> {
    doc.schemas.iter().find_map(|s| match s {
        SchemaDef::StringEnum {
            name: n, values, ..
        } if n == name => Some(values),
        _ => None,
    })
}

fn variant_name(value: &str) -> String {
    let name = value.to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else {
        name
    }
}
