//! Writes the Rust contract module from the model: component types, one request struct and
//! one response enum per operation, one trait per tag, and the generic poem-openapi routes
//! that enforce each operation's access level and delegate to the trait.
//!
//! The module is split so that a reader can open one part: `types.rs` (schemas and tags),
//! `operations.rs` (request structs, response enums, documented statuses), `traits.rs`,
//! `routes.rs`, and `mod.rs` re-exporting them all. Each file is built line by line, then
//! formatted by `rustfmt`, so it reads like hand-written code and is byte-for-byte stable;
//! `check` compares it with what is committed.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;

use crate::model::{
    Access, Content, Document, Operation, Param, ParamLocation, Response, SchemaDef, TypeRef,
    Validators,
};

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

    let mut operations = file_start(
        "Per operation: the request struct (its parameters and body), the response enum (one \
         variant per documented status) and the statuses the document lists for it, which the \
         error boundary holds every answer to.",
        &[
            "use poem_openapi::payload::{Binary, EventStream, Json};",
            "use poem_openapi::{ApiResponse, ResponseContent};",
        ],
    );
    for op in &doc.operations {
        emit_request(&mut operations, op);
        emit_response(&mut operations, op)?;
    }
    emit_documented_statuses(&mut operations, doc);

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

fn emit_tags(out: &mut Out, doc: &Document) {
    out.line("/// The document's tags; each groups the operations of one trait.");
    out.line("#[derive(Tags)]");
    out.open("pub enum ApiTags {");
    for tag in &doc.tags {
        if let Some(d) = &tag.description {
            out.doc(d);
        }
        out.line(&format!("#[oai(rename = {})]", quote(&tag.name)));
        out.line(&format!("{},", type_name(&tag.name)));
    }
    out.close("}");
    out.blank();
}

fn emit_schema(
    out: &mut Out,
    doc: &Document,
    schema: &SchemaDef,
    defaults: &mut Defaults,
) -> Result<()> {
    match schema {
        SchemaDef::StringEnum {
            name,
            description,
            values,
        } => {
            if let Some(d) = description {
                out.doc(d);
            }
            out.line("#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]");
            out.line(&format!("#[oai(rename = {})]", quote(name)));
            out.open(&format!("pub enum {} {{", type_name(name)));
            let mut seen = Vec::new();
            for value in values {
                let variant = variant_name(value);
                if seen.contains(&variant) {
                    bail!("/components/schemas/{name}/enum: `{value}` collides with another value as `{variant}`");
                }
                out.line(&format!("#[oai(rename = {})]", quote(value)));
                out.line(&format!("{variant},"));
                seen.push(variant);
            }
            out.close("}");
        }
        SchemaDef::Union {
            name,
            description,
            property,
            variants,
        } => {
            if let Some(d) = description {
                out.doc(d);
            }
            out.line("#[derive(Union, Debug, Clone, PartialEq)]");
            out.line(&format!(
                "#[oai(rename = {}, discriminator_name = {}, one_of)]",
                quote(name),
                quote(property)
            ));
            out.open(&format!("pub enum {} {{", type_name(name)));
            for (value, shape) in variants {
                out.line(&format!("#[oai(mapping = {})]", quote(value)));
                out.line(&format!("{}({}),", variant_name(value), type_name(shape)));
            }
            out.close("}");
        }
        SchemaDef::Object {
            name,
            description,
            properties,
            deny_unknown,
            ..
        } => {
            if let Some(d) = description {
                out.doc(d);
            }
            out.line("#[derive(Object, Debug, Clone, PartialEq)]");
            if *deny_unknown {
                out.line(&format!(
                    "#[oai(rename = {}, deny_unknown_fields)]",
                    quote(name)
                ));
            } else {
                out.line(&format!("#[oai(rename = {})]", quote(name)));
            }
            out.open(&format!("pub struct {} {{", type_name(name)));
            for p in properties {
                if let Some(d) = &p.description {
                    out.doc(d);
                }
                let at = format!("/components/schemas/{name}/properties/{}", p.name);
                let mut attrs = vec![format!("rename = {}", quote(&p.name))];
                let ty = rust_type(&p.ty);
                let field_ty = if let Some(default) = &p.default {
                    attrs.push(format!(
                        "default = {}",
                        quote(&defaults.path_for(doc, &p.ty, default, &at)?)
                    ));
                    ty
                } else if p.required {
                    ty
                } else {
                    attrs.push("skip_serializing_if_is_none".into());
                    format!("Option<{ty}>")
                };
                if p.default.is_none() && is_text(&p.ty) {
                    // poem-openapi would read `1` or `true` given for a string as its
                    // text; the contract says string, so they are refused.
                    attrs.push(format!(
                        "deserialize_with = {}",
                        quote(&format!("text_readers::{}", text_reader(&p.name)))
                    ));
                }
                if let Some(v) = validator_attr(&p.validators) {
                    attrs.push(v);
                }
                out.line(&format!("#[oai({})]", attrs.join(", ")));
                out.line(&format!("pub {}: {field_ty},", field_name(&p.name)));
            }
            out.close("}");
        }
    }
    out.blank();
    Ok(())
}

/// A string, or a list of strings: the properties read by a `text_readers` function.
fn is_text(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String => true,
        TypeRef::Array(inner) => **inner == TypeRef::String,
        _ => false,
    }
}

/// The reader of string properties called `property`.
fn text_reader(property: &str) -> String {
    format!("read_{}", property.to_snake_case())
}

/// One reader per name of a string property, which hands the name to the hub's strict
/// reader (`crate::api::strict_json::text`) so that its refusal names the field.
fn emit_text_readers(out: &mut Out, doc: &Document) {
    let mut names = std::collections::BTreeSet::new();
    for schema in &doc.schemas {
        if let SchemaDef::Object { properties, .. } = schema {
            for p in properties {
                if p.default.is_none() && is_text(&p.ty) {
                    names.insert(p.name.clone());
                }
            }
        }
    }
    out.line("/// Readers of string properties that refuse a number or a boolean given for one.");
    out.open("pub(crate) mod text_readers {");
    out.line("use poem_openapi::types::{ParseFromJSON, ParseResult};");
    for name in names {
        out.blank();
        out.open(&format!(
            "pub fn {}<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {{",
            text_reader(&name)
        ));
        out.line(&format!(
            "crate::api::strict_json::text(value, {})",
            quote(&name)
        ));
        out.close("}");
    }
    out.close("}");
}

fn param_type(p: &Param) -> String {
    let ty = rust_type(&p.ty);
    if p.required || p.default.is_some() {
        ty
    } else {
        format!("Option<{ty}>")
    }
}

fn emit_request(out: &mut Out, op: &Operation) {
    out.line(&format!(
        "/// The inputs of `{}`: its path, query and header parameters and its body.",
        op.id
    ));
    out.line("#[derive(Debug, Clone)]");
    if op.params.is_empty() && op.body.is_none() {
        out.line(&format!("pub struct {}Request {{}}", type_name(&op.id)));
        out.blank();
        return;
    }
    out.open(&format!("pub struct {}Request {{", type_name(&op.id)));
    for p in &op.params {
        if let Some(d) = &p.description {
            out.doc(d);
        }
        out.line(&format!("pub {}: {},", field_name(&p.name), param_type(p)));
    }
    if let Some(body) = &op.body {
        if let Some(d) = &body.description {
            out.doc(d);
        }
        let ty = type_name(&body.schema);
        if body.required {
            out.line(&format!("pub body: {ty},"));
        } else {
            out.line(&format!("pub body: Option<{ty}>,"));
        }
    }
    out.close("}");
    out.blank();
}

fn variant_for_status(status: u16) -> String {
    match status {
        200 => "Ok".into(),
        201 => "Created".into(),
        202 => "Accepted".into(),
        204 => "NoContent".into(),
        206 => "PartialContent".into(),
        304 => "NotModified".into(),
        400 => "BadRequest".into(),
        401 => "Unauthorized".into(),
        403 => "Forbidden".into(),
        404 => "NotFound".into(),
        405 => "MethodNotAllowed".into(),
        409 => "Conflict".into(),
        410 => "Gone".into(),
        413 => "PayloadTooLarge".into(),
        416 => "RangeNotSatisfiable".into(),
        422 => "UnprocessableEntity".into(),
        429 => "TooManyRequests".into(),
        500 => "InternalError".into(),
        501 => "NotImplemented".into(),
        503 => "ServiceUnavailable".into(),
        other => format!("Status{other}"),
    }
}

fn content_variant_name(media_type: &str) -> String {
    let subtype = media_type.rsplit('/').next().unwrap_or(media_type);
    let subtype = subtype.split('+').next().unwrap_or(subtype);
    subtype.to_upper_camel_case()
}

fn content_enum_name(op: &Operation, r: &Response) -> String {
    format!(
        "{}{}Content",
        type_name(&op.id),
        variant_for_status(r.status)
    )
}

fn emit_response(out: &mut Out, op: &Operation) -> Result<()> {
    // Several fixed binary types in one response become a content enum of their own.
    for r in &op.responses {
        if let Content::Binary(types) = &r.content {
            if types.len() > 1 {
                out.line(&format!(
                    "/// The media types of `{}`'s {} answer.",
                    op.id, r.status
                ));
                out.line("#[derive(ResponseContent)]");
                out.open(&format!("pub enum {} {{", content_enum_name(op, r)));
                for t in types {
                    out.line(&format!("#[oai(content_type = {})]", quote(t)));
                    out.line(&format!("{}(Binary<Vec<u8>>),", content_variant_name(t)));
                }
                out.close("}");
                out.blank();
            }
        }
    }
    out.line(&format!(
        "/// The answers of `{}`, one variant per documented status.",
        op.id
    ));
    out.line("#[derive(ApiResponse)]");
    out.open(&format!("pub enum {}Response {{", type_name(&op.id)));
    for r in &op.responses {
        out.doc(&r.description);
        let mut attrs = vec![format!("status = {}", r.status)];
        let mut fields = Vec::new();
        match &r.content {
            Content::None => {}
            Content::Json(ty) => fields.push(format!("Json<{}>", rust_type(ty))),
            Content::EventStream(event) => fields.push(format!(
                "EventStream<futures_util::stream::BoxStream<'static, {}>>",
                type_name(event)
            )),
            Content::Binary(types) if types.len() == 1 => {
                attrs.push(format!("content_type = {}", quote(&types[0])));
                fields.push("Binary<Vec<u8>>".into());
            }
            Content::Binary(_) => fields.push(content_enum_name(op, r)),
            Content::MediaWildcard(t) => fields.push(match t.as_str() {
                "audio/*" => format!("{PAYLOAD}::AudioBody"),
                _ => format!("{PAYLOAD}::ImageBody"),
            }),
        }
        for h in &r.headers {
            let ty = rust_type(&h.ty);
            let ty = if h.required {
                ty
            } else {
                format!("Option<{ty}>")
            };
            fields.push(format!("#[oai(header = {})] {ty}", quote(&h.name)));
        }
        out.line(&format!("#[oai({})]", attrs.join(", ")));
        let variant = variant_for_status(r.status);
        if fields.is_empty() {
            out.line(&format!("{variant},"));
        } else {
            out.line(&format!("{variant}({}),", fields.join(", ")));
        }
    }
    out.close("}");
    out.blank();
    Ok(())
}

fn method_name(op: &Operation) -> String {
    op.id.to_snake_case()
}

fn trait_name(tag: &str) -> String {
    format!("{}Api", type_name(tag))
}

fn emit_trait(out: &mut Out, tag: &str, description: Option<&str>, ops: &[&Operation]) {
    out.line(&format!(
        "/// The `{tag}` operations. Implement this in `src/handlers/`."
    ));
    if let Some(d) = description {
        out.line("///");
        out.doc(d);
    }
    out.open(&format!(
        "pub trait {}: Send + Sync + 'static {{",
        trait_name(tag)
    ));
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.blank();
        }
        out.doc(&format!("`{}`: {}", op.id, op.summary));
        let ty = type_name(&op.id);
        let signature = format!(
            "fn {}(&self, caller: {ACCESS}::Caller, request: {ty}Request) -> impl Future<Output = Result<{ty}Response, {HANDLER_ERROR}>> + Send",
            method_name(op)
        );
        if op.is_implemented() {
            out.line(&format!("{signature};"));
        } else {
            // The document still lists 501: until an issue builds it, it answers that.
            out.line("///");
            out.line(
                "/// Not built yet: the document still lists `501`, so this default answers it.",
            );
            out.open(&format!("{signature} {{"));
            out.line("let _ = (caller, request);");
            out.line(&format!(
                "async {{ Err({HANDLER_ERROR}::not_implemented({})) }}",
                quote(&op.id)
            ));
            out.close("}");
        }
    }
    out.close("}");
    out.blank();
}

fn guard_type(op: &Operation) -> String {
    let guard = match op.access {
        Access::Public => "Public",
        Access::Authenticated => "Authenticated",
        Access::LocalOnly => "LocalOnly",
        Access::Media => "Media",
    };
    format!("{ACCESS}::{guard}<{}>", op.requires_healthy_database)
}

fn access_variant(access: Access) -> &'static str {
    match access {
        Access::Public => "Public",
        Access::Authenticated => "Authenticated",
        Access::LocalOnly => "LocalOnly",
        Access::Media => "Media",
    }
}

fn poem_path(path: &str) -> String {
    path.split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => format!(":{name}"),
                None => s.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

fn emit_routes(
    out: &mut Out,
    doc: &Document,
    tag: &str,
    ops: &[&Operation],
    defaults: &mut Defaults,
) -> Result<()> {
    let routes = format!("{}Routes", type_name(tag));
    out.line(&format!(
        "/// The `{tag}` routes: they check access, parse inputs and call a `{}`.",
        trait_name(tag)
    ));
    out.line(&format!("pub struct {routes}<T>(pub Arc<T>);"));
    out.blank();
    out.line("#[OpenApi]");
    out.open(&format!("impl<T: {}> {routes}<T> {{", trait_name(tag)));
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.blank();
        }
        out.doc(&op.summary);
        out.line("///");
        out.doc(&op.description);
        out.line(&format!(
            "#[oai(path = {}, method = {}, operation_id = {}, tag = \"ApiTags::{}\")]",
            quote(&poem_path(&op.path)),
            quote(&op.method),
            quote(&op.id),
            type_name(tag)
        ));
        out.open(&format!("async fn {}(", method_name(op)));
        out.line("&self,");
        out.line(&format!("access: {},", guard_type(op)));
        let mut fields = Vec::new();
        for (pi, p) in op.params.iter().enumerate() {
            let at = format!(
                "/paths/{}/{}/parameters/{pi}",
                op.path.replace('/', "~1"),
                op.method
            );
            let mut attrs = vec![format!("name = {}", quote(&p.name))];
            if let Some(default) = &p.default {
                attrs.push(format!(
                    "default = {}",
                    quote(&defaults.path_for(doc, &p.ty, default, &at)?)
                ));
            }
            if let Some(v) = validator_attr(&p.validators) {
                attrs.push(v);
            }
            let wrapper = match p.location {
                ParamLocation::Path => "Path",
                ParamLocation::Query => "Query",
                ParamLocation::Header => "Header",
            };
            let var = format!("param_{}", p.name.to_snake_case());
            out.line(&format!(
                "#[oai({})] {var}: {wrapper}<{}>,",
                attrs.join(", "),
                param_type(p)
            ));
            fields.push(format!("{}: {var}.0", field_name(&p.name)));
        }
        if let Some(body) = &op.body {
            let ty = type_name(&body.schema);
            if body.required {
                out.line(&format!("body: {PAYLOAD}::JsonBody<{ty}>,"));
            } else {
                out.line(&format!("body: {PAYLOAD}::OptionalJson<{ty}>,"));
            }
            fields.push("body: body.0".into());
        }
        out.close(&format!(
            ") -> poem::Result<{}Response> {{",
            type_name(&op.id)
        ));
        out.indent += 1;
        out.line(&format!(
            "let request = {}Request {{ {} }};",
            type_name(&op.id),
            fields.join(", ")
        ));
        out.line(&format!(
            "Ok(self.0.{}(access.into_caller(), request).await?)",
            method_name(op)
        ));
        out.close("}");
    }
    out.close("}");
    out.blank();
    Ok(())
}

fn emit_operation_table(out: &mut Out, doc: &Document) {
    out.line(
        "/// Every operation of the document, for tests and middleware that must cover them all.",
    );
    out.open(&format!(
        "pub const OPERATIONS: &[{ACCESS}::OperationInfo] = &["
    ));
    for op in &doc.operations {
        out.line(&format!(
            "{ACCESS}::OperationInfo {{ operation_id: {}, method: {}, path: {}, tag: {}, access: {ACCESS}::AccessLevel::{}, requires_healthy_database: {}, implemented: {} }},",
            quote(&op.id),
            quote(&op.method.to_uppercase()),
            quote(&op.path),
            quote(&op.tag),
            access_variant(op.access),
            op.requires_healthy_database,
            op.is_implemented(),
        ));
    }
    out.close("];");
    out.blank();
}

/// The status rule's source: every status each operation's document lists, shared
/// responses (`$ref: '#/components/responses/…'`) included. The error boundary holds every
/// answer of an operation to this list.
fn emit_documented_statuses(out: &mut Out, doc: &Document) {
    out.line("/// The statuses the document lists for an operation (its `responses`, shared ones");
    out.line("/// included), or `None` for an id the document does not have. The error boundary");
    out.line("/// logs, and in debug builds refuses, any other status an operation answers.");
    out.open("pub fn documented_statuses(operation_id: &str) -> Option<&'static [u16]> {");
    out.open("match operation_id {");
    for op in &doc.operations {
        let mut statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
        statuses.sort_unstable();
        statuses.dedup();
        let statuses: Vec<String> = statuses.iter().map(u16::to_string).collect();
        out.line(&format!(
            "{} => Some(&[{}]),",
            quote(&op.id),
            statuses.join(", ")
        ));
    }
    out.line("_ => None,");
    out.close("}");
    out.close("}");
    out.blank();
}

fn emit_api_fn(out: &mut Out, doc: &Document) {
    let tags: Vec<&str> = doc
        .tags
        .iter()
        .filter(|t| doc.operations.iter().any(|o| o.tag == t.name))
        .map(|t| t.name.as_str())
        .collect();
    let bounds: Vec<String> = tags.iter().map(|t| trait_name(t)).collect();
    out.line("/// All routes of the document, served by one implementation of every trait.");
    out.open(&format!(
        "pub fn api<T: {}>(implementation: Arc<T>) -> impl OpenApi {{",
        bounds.join(" + ")
    ));
    out.open("(");
    for t in &tags {
        out.line(&format!("{}Routes(implementation.clone()),", type_name(t)));
    }
    out.close(")");
    out.close("}");
    out.blank();
}
