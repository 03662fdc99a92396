//! Reads the OpenAPI document into a small model of exactly the constructs the generator
//! supports. Anything else is refused with an error naming its JSON pointer, so no part of
//! the contract is silently dropped.

mod errors;
mod operations;
mod schemas;

pub use errors::{ErrorCodeDef, REGISTRY};

use std::collections::HashMap;

use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};

#[derive(Debug)]
pub struct Document {
    pub tags: Vec<Tag>,
    /// Every `error` code the hub answers, with its status (`ErrorCode`'s `x-status`).
    pub error_codes: Vec<ErrorCodeDef>,
    pub schemas: Vec<SchemaDef>,
    pub operations: Vec<Operation>,
}

#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug)]
pub enum SchemaDef {
    Object {
        name: String,
        description: Option<String>,
        properties: Vec<Property>,
        /// `additionalProperties: false`: unknown keys are refused, so a typo in a request
        /// is an error instead of being ignored.
        deny_unknown: bool,
        /// Set when the object is one shape of a `oneOf` union: the property that names the
        /// shape, and its one value. It is not among `properties`: poem-openapi's union
        /// writes and checks it.
        discriminator: Option<Discriminator>,
    },
    /// `oneOf` named objects, told apart by a `discriminator` property that each of them
    /// declares as a one-value string enum.
    Union {
        name: String,
        description: Option<String>,
        property: String,
        /// The discriminator's value of each shape, and the shape's schema name.
        variants: Vec<(String, String)>,
    },
    StringEnum {
        name: String,
        description: Option<String>,
        values: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Discriminator {
    pub property: String,
    pub value: String,
}

#[derive(Debug)]
pub struct Property {
    pub name: String,
    pub description: Option<String>,
    pub ty: TypeRef,
    pub required: bool,
    pub default: Option<Value>,
    pub validators: Validators,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeRef {
    String,
    DateTime,
    I32,
    I64,
    F64,
    Bool,
    /// A named component schema.
    Ref(String),
    Array(Box<TypeRef>),
    /// `type: object` with `additionalProperties` and no `properties`.
    Map(Box<TypeRef>),
    /// `{}`: any JSON value.
    Any,
}

#[derive(Debug, Default, Clone)]
pub struct Validators {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.min_length.is_none()
            && self.max_length.is_none()
            && self.pattern.is_none()
            && self.minimum.is_none()
            && self.maximum.is_none()
            && self.min_items.is_none()
            && self.max_items.is_none()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Public,
    Authenticated,
    LocalOnly,
    Media,
}

impl Access {
    fn parse(text: &str) -> Option<Access> {
        Some(match text {
            "public" => Access::Public,
            "authenticated" => Access::Authenticated,
            "local-only" => Access::LocalOnly,
            "media" => Access::Media,
            _ => return None,
        })
    }

    /// The `security` list the document must carry for this level; `{}` is the privileged
    /// loopback call that needs no credential.
    fn expected_security(self) -> Value {
        match self {
            Access::Public | Access::LocalOnly => Value::Array(vec![]),
            Access::Authenticated => serde_json::json!([{ "bearerAuth": [] }, {}]),
            Access::Media => serde_json::json!([{ "mediaToken": [] }, { "bearerAuth": [] }, {}]),
        }
    }
}

#[derive(Debug)]
pub struct Operation {
    pub id: String,
    pub method: String,
    pub path: String,
    pub tag: String,
    pub summary: String,
    pub description: String,
    pub access: Access,
    pub requires_healthy_database: bool,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
}

impl Operation {
    /// An operation that still documents `501` is not built yet.
    pub fn is_implemented(&self) -> bool {
        !self.responses.iter().any(|r| r.status == 501)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub location: ParamLocation,
    pub description: Option<String>,
    pub required: bool,
    pub ty: TypeRef,
    pub default: Option<Value>,
    pub validators: Validators,
}

#[derive(Debug)]
pub struct Body {
    pub schema: String,
    pub required: bool,
    pub description: Option<String>,
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub description: String,
    pub content: Content,
    pub headers: Vec<ResponseHeader>,
    /// For a 4xx or 5xx answer: the `error` codes its body's enum lists.
    pub error_codes: Vec<String>,
}

#[derive(Debug)]
pub struct ResponseHeader {
    pub name: String,
    pub description: Option<String>,
    pub ty: TypeRef,
    pub required: bool,
}

#[derive(Debug)]
pub enum Content {
    None,
    Json(TypeRef),
    EventStream(String),
    /// Fixed binary media types, such as `image/png`.
    Binary(Vec<String>),
    /// `audio/*` or `image/*`: the handler sets the real type per file.
    MediaWildcard(String),
}

const BINARY_MEDIA_TYPES: &[&str] = &[
    "image/svg+xml",
    "image/png",
    "image/jpeg",
    "application/octet-stream",
];
const MEDIA_WILDCARDS: &[&str] = &["audio/*", "image/*"];
const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

/// Escapes one JSON pointer segment (RFC 6901).
fn seg(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

fn obj<'a>(v: &'a Value, at: &str) -> Result<&'a Map<String, Value>> {
    v.as_object()
        .with_context(|| format!("{at}: expected an object"))
}

fn str_at<'a>(m: &'a Map<String, Value>, key: &str, at: &str) -> Result<&'a str> {
    m.get(key)
        .and_then(Value::as_str)
        .with_context(|| format!("{at}/{key}: expected a string"))
}

fn opt_str(m: &Map<String, Value>, key: &str) -> Option<String> {
    m.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn only_keys(m: &Map<String, Value>, allowed: &[&str], at: &str) -> Result<()> {
    for key in m.keys() {
        if !allowed.contains(&key.as_str()) {
            bail!(
                "{at}/{}: `{key}` is not supported by the generator",
                seg(key)
            );
        }
    }
    Ok(())
}

pub fn parse(text: &str) -> Result<Document> {
    let root: Value = serde_yaml::from_str(text).context("the document is not valid YAML")?;
    let root_map = obj(&root, "")?;
    only_keys(
        root_map,
        &["openapi", "info", "servers", "tags", "paths", "components"],
        "",
    )?;
    let version = str_at(root_map, "openapi", "")?;
    if !version.starts_with("3.0") {
        bail!("/openapi: only OpenAPI 3.0.x is supported, found {version}");
    }
    let components = root_map
        .get("components")
        .map(|c| obj(c, "/components"))
        .transpose()?;
    if let Some(c) = components {
        only_keys(
            c,
            &["schemas", "parameters", "responses", "securitySchemes"],
            "/components",
        )?;
    }
    let component = |kind: &str| -> Option<&Map<String, Value>> {
        components
            .and_then(|c| c.get(kind))
            .and_then(Value::as_object)
    };
    let mut ctx = Ctx {
        schemas: component("schemas"),
        parameters: component("parameters"),
        responses: component("responses"),
        union_shapes: HashMap::new(),
        error_codes: Vec::new(),
    };
    ctx.union_shapes = ctx.union_shapes()?;
    ctx.error_codes = ctx.error_registry()?;

    let mut tags = Vec::new();
    if let Some(list) = root_map.get("tags").and_then(Value::as_array) {
        for (i, tag) in list.iter().enumerate() {
            let at = format!("/tags/{i}");
            let tag = obj(tag, &at)?;
            tags.push(Tag {
                name: str_at(tag, "name", &at)?.to_owned(),
                description: opt_str(tag, "description"),
            });
        }
    }

    let mut schemas = Vec::new();
    if let Some(defs) = ctx.schemas {
        for (name, schema) in defs {
            schemas.push(ctx.schema_def(name, schema)?);
        }
    }

    let mut operations = Vec::new();
    let paths = obj(root_map.get("paths").context("/paths: missing")?, "/paths")?;
    for (path, item) in paths {
        let at = format!("/paths/{}", seg(path));
        let item = obj(item, &at)?;
        only_keys(item, METHODS, &at)?;
        for (method, op) in item {
            let op = ctx.operation(path, method, op, &format!("{at}/{method}"))?;
            if !tags.iter().any(|t| t.name == op.tag) {
                bail!(
                    "{at}/{method}/tags: tag `{}` is not in the top-level tags",
                    op.tag
                );
            }
            if operations.iter().any(|o: &Operation| o.id == op.id) {
                bail!("{at}/{method}/operationId: `{}` is used twice", op.id);
            }
            operations.push(op);
        }
    }
    Ok(Document {
        tags,
        error_codes: ctx.error_codes,
        schemas,
        operations,
    })
}

struct Ctx<'a> {
    schemas: Option<&'a Map<String, Value>>,
    parameters: Option<&'a Map<String, Value>>,
    responses: Option<&'a Map<String, Value>>,
    /// The objects that are shapes of a union, with the discriminator each must declare.
    union_shapes: HashMap<String, Discriminator>,
    /// The registry of error codes, against which every error answer is checked.
    error_codes: Vec<ErrorCodeDef>,
}

const SCHEMA_ANNOTATIONS: &[&str] = &["description", "example", "title"];

impl<'a> Ctx<'a> {
    /// Follows a local `$ref` into `components/<kind>`, returning the target and its pointer.
    fn resolve(
        &self,
        v: &'a Value,
        kind: &str,
        at: &str,
    ) -> Result<(&'a Map<String, Value>, String)> {
        let m = obj(v, at)?;
        let Some(reference) = m.get("$ref") else {
            return Ok((m, at.to_owned()));
        };
        let reference = reference
            .as_str()
            .with_context(|| format!("{at}/$ref: expected a string"))?;
        let prefix = format!("#/components/{kind}/");
        let name = reference
            .strip_prefix(&prefix)
            .with_context(|| format!("{at}/$ref: expected a reference into {prefix}"))?;
        let table = match kind {
            "parameters" => self.parameters,
            "responses" => self.responses,
            _ => self.schemas,
        };
        let target = table
            .and_then(|t| t.get(name))
            .with_context(|| format!("{at}/$ref: `{reference}` does not resolve"))?;
        Ok((obj(target, &reference[1..])?, reference[1..].to_owned()))
    }

    fn schema_name_of_ref(&self, reference: &str, at: &str) -> Result<String> {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .with_context(|| format!("{at}: expected a reference into #/components/schemas/"))?;
        if self.schemas.and_then(|s| s.get(name)).is_none() {
            bail!("{at}: `{reference}` does not resolve");
        }
        Ok(name.to_owned())
    }
}
