//! Reads the OpenAPI document into a small model of exactly the constructs the generator
//! supports. Anything else is refused with an error naming its JSON pointer, so no part of
//! the contract is silently dropped.

use std::collections::HashMap;

use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};

#[derive(Debug)]
pub struct Document {
    pub tags: Vec<Tag>,
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
    };
    ctx.union_shapes = ctx.union_shapes()?;

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

    /// Every union's shapes, read before the schemas themselves so that each shape knows
    /// the discriminator it must declare.
    fn union_shapes(&self) -> Result<HashMap<String, Discriminator>> {
        let mut shapes = HashMap::new();
        for (name, schema) in self.schemas.into_iter().flatten() {
            let at = format!("/components/schemas/{}", seg(name));
            let m = obj(schema, &at)?;
            if !m.contains_key("oneOf") {
                continue;
            }
            let (property, variants) = self.union_variants(m, &at)?;
            for (value, shape) in variants {
                let discriminator = Discriminator {
                    property: property.clone(),
                    value,
                };
                if shapes.insert(shape.clone(), discriminator).is_some() {
                    bail!("{at}/oneOf: `{shape}` is a shape of two unions");
                }
            }
        }
        Ok(shapes)
    }

    /// A union's discriminator property and its `(value, shape)` pairs. The mapping must
    /// name exactly the `oneOf` references, in the same order, so that both read the same.
    fn union_variants(
        &self,
        m: &Map<String, Value>,
        at: &str,
    ) -> Result<(String, Vec<(String, String)>)> {
        only_keys(
            m,
            &["oneOf", "discriminator", "description", "example", "title"],
            at,
        )?;
        let one_of = m
            .get("oneOf")
            .and_then(Value::as_array)
            .with_context(|| format!("{at}/oneOf: expected a list"))?;
        let discriminator = obj(
            m.get("discriminator").with_context(|| {
                format!("{at}/discriminator: a `oneOf` needs a discriminator with a mapping")
            })?,
            &format!("{at}/discriminator"),
        )?;
        only_keys(
            discriminator,
            &["propertyName", "mapping"],
            &format!("{at}/discriminator"),
        )?;
        let property = str_at(
            discriminator,
            "propertyName",
            &format!("{at}/discriminator"),
        )?;
        let mapping = obj(
            discriminator
                .get("mapping")
                .with_context(|| format!("{at}/discriminator/mapping: missing"))?,
            &format!("{at}/discriminator/mapping"),
        )?;
        if mapping.len() != one_of.len() {
            bail!("{at}/discriminator/mapping: it must name each `oneOf` shape once");
        }
        let mut variants = Vec::new();
        for (i, (item, (value, target))) in one_of.iter().zip(mapping).enumerate() {
            let item_at = format!("{at}/oneOf/{i}");
            let item = obj(item, &item_at)?;
            only_keys(item, &["$ref"], &item_at)?;
            let reference = str_at(item, "$ref", &item_at)?;
            if target.as_str() != Some(reference) {
                bail!(
                    "{at}/discriminator/mapping/{}: expected `{reference}`, in the order of `oneOf`",
                    seg(value)
                );
            }
            let shape = self.schema_name_of_ref(reference, &format!("{item_at}/$ref"))?;
            variants.push((value.clone(), shape));
        }
        Ok((property.to_owned(), variants))
    }

    /// A union shape's discriminator property: a required one-value string enum whose value
    /// is the union's mapping for this shape.
    fn check_discriminator(
        &self,
        expected: &Discriminator,
        m: &Map<String, Value>,
        required: &[&str],
        at: &str,
    ) -> Result<()> {
        let pat = format!("{at}/properties/{}", seg(&expected.property));
        let property = m
            .get("properties")
            .and_then(|p| p.get(&expected.property))
            .with_context(|| format!("{pat}: a union's shape must declare its discriminator"))?;
        let property = obj(property, &pat)?;
        only_keys(property, &["type", "enum", "description"], &pat)?;
        let values = property.get("enum").and_then(Value::as_array);
        if property.get("type").and_then(Value::as_str) != Some("string")
            || values.map(Vec::as_slice) != Some(&[Value::from(expected.value.as_str())])
        {
            bail!(
                "{pat}: expected `type: string, enum: [{}]`, the union's mapping for this shape",
                expected.value
            );
        }
        if !required.contains(&expected.property.as_str()) {
            bail!(
                "{at}/required: the discriminator `{}` must be required",
                expected.property
            );
        }
        Ok(())
    }

    fn schema_def(&self, name: &str, v: &Value) -> Result<SchemaDef> {
        let at = format!("/components/schemas/{}", seg(name));
        let m = obj(v, &at)?;
        let description = opt_str(m, "description");
        if m.contains_key("oneOf") {
            let (property, variants) = self.union_variants(m, &at)?;
            return Ok(SchemaDef::Union {
                name: name.to_owned(),
                description,
                property,
                variants,
            });
        }
        if let Some(values) = m.get("enum") {
            only_keys(m, &["type", "enum", "description", "example", "title"], &at)?;
            if m.get("type").and_then(Value::as_str) != Some("string") {
                bail!("{at}/type: enums must be `type: string`");
            }
            let values = values
                .as_array()
                .with_context(|| format!("{at}/enum: expected a list"))?
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    v.as_str()
                        .map(str::to_owned)
                        .with_context(|| format!("{at}/enum/{i}: expected a string"))
                })
                .collect::<Result<Vec<_>>>()?;
            return Ok(SchemaDef::StringEnum {
                name: name.to_owned(),
                description,
                values,
            });
        }
        only_keys(
            m,
            &[
                "type",
                "properties",
                "required",
                "description",
                "example",
                "title",
                "additionalProperties",
            ],
            &at,
        )?;
        if m.get("type").and_then(Value::as_str) != Some("object") {
            bail!("{at}: a component schema must be an object or a string enum");
        }
        let deny_unknown = match m.get("additionalProperties") {
            None => false,
            Some(Value::Bool(false)) => true,
            Some(_) => bail!(
                "{at}/additionalProperties: a named object may only say `false` here; \
                 a free map is a property of its own"
            ),
        };
        let required: Vec<&str> = match m.get("required") {
            None => vec![],
            Some(r) => r
                .as_array()
                .with_context(|| format!("{at}/required: expected a list"))?
                .iter()
                .filter_map(Value::as_str)
                .collect(),
        };
        let discriminator = self.union_shapes.get(name).cloned();
        if let Some(expected) = &discriminator {
            self.check_discriminator(expected, m, &required, &at)?;
        }
        let mut properties = Vec::new();
        if let Some(props) = m.get("properties") {
            for (prop, schema) in obj(props, &format!("{at}/properties"))? {
                if discriminator.as_ref().is_some_and(|d| &d.property == prop) {
                    continue;
                }
                let pat = format!("{at}/properties/{}", seg(prop));
                let pm = obj(schema, &pat)?;
                let (ty, validators) = self.type_ref(pm, &pat)?;
                properties.push(Property {
                    name: prop.clone(),
                    description: opt_str(pm, "description"),
                    ty,
                    required: required.contains(&prop.as_str()),
                    default: pm.get("default").cloned(),
                    validators,
                });
            }
        }
        for r in &required {
            let is_discriminator = discriminator.as_ref().is_some_and(|d| d.property == *r);
            if !is_discriminator && !properties.iter().any(|p| p.name == *r) {
                bail!("{at}/required: `{r}` is not a property");
            }
        }
        Ok(SchemaDef::Object {
            name: name.to_owned(),
            description,
            properties,
            deny_unknown,
            discriminator,
        })
    }

    /// The type of a property, parameter or header schema, with its validators.
    fn type_ref(&self, m: &Map<String, Value>, at: &str) -> Result<(TypeRef, Validators)> {
        if let Some(reference) = m.get("$ref") {
            only_keys(m, &["$ref", "description"], at)?;
            let reference = reference
                .as_str()
                .with_context(|| format!("{at}/$ref: expected a string"))?;
            let name = self.schema_name_of_ref(reference, &format!("{at}/$ref"))?;
            return Ok((TypeRef::Ref(name), Validators::default()));
        }
        if m.is_empty() || m.keys().all(|k| SCHEMA_ANNOTATIONS.contains(&k.as_str())) {
            return Ok((TypeRef::Any, Validators::default()));
        }
        let mut v = Validators::default();
        let ty = m
            .get("type")
            .and_then(Value::as_str)
            .with_context(|| format!("{at}/type: expected a type or a $ref"))?;
        let format = m.get("format").and_then(Value::as_str);
        let number = |key: &str| m.get(key).and_then(Value::as_f64);
        let count = |key: &str| m.get(key).and_then(Value::as_u64);
        fn allowed(extra: &[&'static str]) -> Vec<&'static str> {
            ["type", "description", "example", "default", "title"]
                .iter()
                .chain(extra.iter())
                .copied()
                .collect()
        }
        let result = match (ty, format) {
            ("string", None) => {
                only_keys(m, &allowed(&["minLength", "maxLength", "pattern"]), at)?;
                v.min_length = count("minLength");
                v.max_length = count("maxLength");
                v.pattern = opt_str(m, "pattern");
                TypeRef::String
            }
            ("string", Some("date-time")) => {
                only_keys(m, &allowed(&["format"]), at)?;
                TypeRef::DateTime
            }
            ("integer", Some("int32" | "int64")) => {
                only_keys(m, &allowed(&["format", "minimum", "maximum"]), at)?;
                v.minimum = number("minimum");
                v.maximum = number("maximum");
                if format == Some("int32") {
                    TypeRef::I32
                } else {
                    TypeRef::I64
                }
            }
            ("number", Some("double")) => {
                only_keys(m, &allowed(&["format", "minimum", "maximum"]), at)?;
                v.minimum = number("minimum");
                v.maximum = number("maximum");
                TypeRef::F64
            }
            ("boolean", None) => {
                only_keys(m, &allowed(&[]), at)?;
                TypeRef::Bool
            }
            ("array", None) => {
                only_keys(m, &allowed(&["items", "minItems", "maxItems"]), at)?;
                v.min_items = count("minItems");
                v.max_items = count("maxItems");
                let items_at = format!("{at}/items");
                let items = obj(
                    m.get("items")
                        .with_context(|| format!("{items_at}: missing"))?,
                    &items_at,
                )?;
                let (inner, inner_v) = self.type_ref(items, &items_at)?;
                if !inner_v.is_empty() {
                    bail!("{items_at}: validators on array items are not supported");
                }
                if matches!(inner, TypeRef::Array(_) | TypeRef::Map(_)) {
                    bail!("{items_at}: nested collections are not supported");
                }
                TypeRef::Array(Box::new(inner))
            }
            ("object", None) => {
                only_keys(m, &allowed(&["additionalProperties"]), at)?;
                let value = match m.get("additionalProperties") {
                    Some(Value::Bool(true)) => TypeRef::Any,
                    Some(inner @ Value::Object(_)) => {
                        let inner_at = format!("{at}/additionalProperties");
                        let (inner, inner_v) = self.type_ref(obj(inner, &inner_at)?, &inner_at)?;
                        if !inner_v.is_empty() {
                            bail!("{inner_at}: validators on map values are not supported");
                        }
                        inner
                    }
                    _ => bail!(
                        "{at}: inline objects are not supported; name the object under \
                         components/schemas and $ref it"
                    ),
                };
                TypeRef::Map(Box::new(value))
            }
            (ty, format) => bail!(
                "{at}: type `{ty}`{} is not supported",
                format
                    .map(|f| format!(" with format `{f}`"))
                    .unwrap_or_default()
            ),
        };
        if m.contains_key("enum") {
            bail!(
                "{at}/enum: inline enums are not supported; name the enum under components/schemas"
            );
        }
        Ok((result, v))
    }

    fn operation(&self, path: &str, method: &str, v: &Value, at: &str) -> Result<Operation> {
        let m = obj(v, at)?;
        only_keys(
            m,
            &[
                "operationId",
                "tags",
                "summary",
                "description",
                "parameters",
                "requestBody",
                "responses",
                "security",
                "x-access",
                "x-requires-healthy-database",
            ],
            at,
        )?;
        let id = str_at(m, "operationId", at)?.to_owned();
        let tags = m
            .get("tags")
            .and_then(Value::as_array)
            .with_context(|| format!("{at}/tags: expected a list"))?;
        let [tag] = tags.as_slice() else {
            bail!("{at}/tags: exactly one tag is required");
        };
        let tag = tag
            .as_str()
            .with_context(|| format!("{at}/tags/0: expected a string"))?
            .to_owned();
        let access_text = str_at(m, "x-access", at)?;
        let access = Access::parse(access_text).with_context(|| {
            format!(
                "{at}/x-access: `{access_text}` is not public, authenticated, local-only or media"
            )
        })?;
        let security = m.get("security").cloned().unwrap_or(Value::Array(vec![]));
        if security != access.expected_security() {
            bail!(
                "{at}/security: x-access `{access_text}` requires security {}",
                access.expected_security()
            );
        }
        let requires_healthy_database = match m.get("x-requires-healthy-database") {
            None => true,
            Some(Value::Bool(b)) => *b,
            Some(_) => bail!("{at}/x-requires-healthy-database: expected a boolean"),
        };

        let mut params = Vec::new();
        if let Some(list) = m.get("parameters") {
            let list = list
                .as_array()
                .with_context(|| format!("{at}/parameters: expected a list"))?;
            for (i, p) in list.iter().enumerate() {
                params.push(self.param(p, &format!("{at}/parameters/{i}"))?);
            }
        }
        for segment in path.split('/') {
            if let Some(name) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                if !params
                    .iter()
                    .any(|p| p.location == ParamLocation::Path && p.name == name)
                {
                    bail!("{at}/parameters: path parameter `{name}` is not declared");
                }
            }
        }

        let body = m
            .get("requestBody")
            .map(|b| self.body(b, &format!("{at}/requestBody")))
            .transpose()?;

        let mut responses = Vec::new();
        let responses_at = format!("{at}/responses");
        for (status, r) in obj(
            m.get("responses")
                .with_context(|| format!("{responses_at}: missing"))?,
            &responses_at,
        )? {
            let rat = format!("{responses_at}/{status}");
            let code: u16 = status
                .parse()
                .ok()
                .filter(|c| (100..600).contains(c))
                .with_context(|| format!("{rat}: status must be a number such as \"200\""))?;
            responses.push(self.response(code, r, &rat)?);
        }
        if !responses.iter().any(|r| r.status < 400) {
            bail!("{responses_at}: at least one success response is required");
        }

        Ok(Operation {
            id,
            method: method.to_owned(),
            path: path.to_owned(),
            tag,
            summary: str_at(m, "summary", at)?.to_owned(),
            description: str_at(m, "description", at)?.to_owned(),
            access,
            requires_healthy_database,
            params,
            body,
            responses,
        })
    }

    fn param(&self, v: &'a Value, at: &str) -> Result<Param> {
        let (m, at) = self.resolve(v, "parameters", at)?;
        only_keys(
            m,
            &["name", "in", "description", "required", "schema", "example"],
            &at,
        )?;
        let name = str_at(m, "name", &at)?.to_owned();
        let location = match str_at(m, "in", &at)? {
            "path" => ParamLocation::Path,
            "query" => ParamLocation::Query,
            "header" => ParamLocation::Header,
            other => bail!("{at}/in: parameters in `{other}` are not supported"),
        };
        let required = m.get("required").and_then(Value::as_bool).unwrap_or(false);
        if location == ParamLocation::Path && !required {
            bail!("{at}/required: path parameters must be required");
        }
        let schema_at = format!("{at}/schema");
        let schema = obj(
            m.get("schema")
                .with_context(|| format!("{schema_at}: missing"))?,
            &schema_at,
        )?;
        let (ty, validators) = self.type_ref(schema, &schema_at)?;
        match &ty {
            TypeRef::Map(_) | TypeRef::Any | TypeRef::F64 | TypeRef::DateTime => {
                bail!("{schema_at}: this type is not supported in a parameter")
            }
            TypeRef::Array(_) if location != ParamLocation::Query => {
                bail!("{schema_at}: arrays are only supported in query parameters")
            }
            TypeRef::Ref(name) if !self.is_enum(name) => {
                bail!("{schema_at}: a parameter may only $ref a string enum")
            }
            _ => {}
        }
        if location == ParamLocation::Path && ty != TypeRef::String {
            bail!("{schema_at}: path parameters must be strings");
        }
        Ok(Param {
            name,
            location,
            description: opt_str(m, "description"),
            required,
            ty,
            default: schema.get("default").cloned(),
            validators,
        })
    }

    fn is_enum(&self, name: &str) -> bool {
        self.schemas
            .and_then(|s| s.get(name))
            .and_then(|s| s.get("enum"))
            .is_some()
    }

    fn body(&self, v: &Value, at: &str) -> Result<Body> {
        let m = obj(v, at)?;
        only_keys(m, &["description", "required", "content"], at)?;
        let content = obj(
            m.get("content")
                .with_context(|| format!("{at}/content: missing"))?,
            &format!("{at}/content"),
        )?;
        let json_at = format!("{at}/content/application~1json");
        if content.len() != 1 || !content.contains_key("application/json") {
            bail!("{at}/content: only a single application/json body is supported");
        }
        let media = obj(&content["application/json"], &json_at)?;
        only_keys(media, &["schema", "example"], &json_at)?;
        let schema = obj(
            media
                .get("schema")
                .with_context(|| format!("{json_at}/schema: missing"))?,
            &format!("{json_at}/schema"),
        )?;
        let reference = schema
            .get("$ref")
            .and_then(Value::as_str)
            .with_context(|| format!("{json_at}/schema: a body must $ref a component schema"))?;
        Ok(Body {
            schema: self.schema_name_of_ref(reference, &format!("{json_at}/schema/$ref"))?,
            required: m.get("required").and_then(Value::as_bool).unwrap_or(false),
            description: opt_str(m, "description"),
        })
    }

    fn response(&self, status: u16, v: &'a Value, at: &str) -> Result<Response> {
        let (m, at) = self.resolve(v, "responses", at)?;
        only_keys(m, &["description", "content", "headers"], &at)?;
        let description = str_at(m, "description", &at)?.to_owned();
        let mut headers = Vec::new();
        if let Some(h) = m.get("headers") {
            for (name, header) in obj(h, &format!("{at}/headers"))? {
                let hat = format!("{at}/headers/{}", seg(name));
                let hm = obj(header, &hat)?;
                only_keys(hm, &["description", "required", "schema"], &hat)?;
                let schema_at = format!("{hat}/schema");
                let (ty, _) = self.type_ref(
                    obj(
                        hm.get("schema")
                            .with_context(|| format!("{schema_at}: missing"))?,
                        &schema_at,
                    )?,
                    &schema_at,
                )?;
                if !matches!(ty, TypeRef::String | TypeRef::I64 | TypeRef::I32) {
                    bail!("{schema_at}: response headers must be strings or integers");
                }
                headers.push(ResponseHeader {
                    name: name.clone(),
                    description: opt_str(hm, "description"),
                    ty,
                    required: hm.get("required").and_then(Value::as_bool).unwrap_or(false),
                });
            }
        }
        let content = match m.get("content") {
            None => Content::None,
            Some(c) => self.content(obj(c, &format!("{at}/content"))?, &format!("{at}/content"))?,
        };
        if status == 204 && !matches!(content, Content::None) {
            bail!("{at}/content: a 204 response has no content");
        }
        Ok(Response {
            status,
            description,
            content,
            headers,
        })
    }

    fn content(&self, c: &Map<String, Value>, at: &str) -> Result<Content> {
        let media_schema = |media_type: &str| -> Result<(&Map<String, Value>, String)> {
            let mat = format!("{at}/{}", seg(media_type));
            let media = obj(&c[media_type], &mat)?;
            only_keys(media, &["schema", "example", "examples"], &mat)?;
            let sat = format!("{mat}/schema");
            Ok((
                obj(
                    media
                        .get("schema")
                        .with_context(|| format!("{sat}: missing"))?,
                    &sat,
                )?,
                sat,
            ))
        };
        let is_binary_schema = |m: &Map<String, Value>| {
            m.get("type").and_then(Value::as_str) == Some("string")
                && m.get("format").and_then(Value::as_str) == Some("binary")
        };
        let types: Vec<&str> = c.keys().map(String::as_str).collect();
        match types.as_slice() {
            ["application/json"] => {
                let (schema, sat) = media_schema("application/json")?;
                let (ty, _) = self.type_ref(schema, &sat)?;
                match &ty {
                    TypeRef::Ref(_) => {}
                    TypeRef::Array(inner) if matches!(**inner, TypeRef::Ref(_)) => {}
                    _ => bail!("{sat}: a JSON response must $ref a component schema or be an array of them"),
                }
                Ok(Content::Json(ty))
            }
            ["text/event-stream"] => {
                let (schema, sat) = media_schema("text/event-stream")?;
                match self.type_ref(schema, &sat)? {
                    (TypeRef::Ref(name), _) => Ok(Content::EventStream(name)),
                    _ => bail!(
                        "{sat}: an event stream's schema must $ref the event's component schema"
                    ),
                }
            }
            [wildcard] if MEDIA_WILDCARDS.contains(wildcard) => {
                let (schema, sat) = media_schema(wildcard)?;
                if !is_binary_schema(schema) {
                    bail!("{sat}: expected `type: string, format: binary`");
                }
                Ok(Content::MediaWildcard((*wildcard).to_owned()))
            }
            list if !list.is_empty() && list.iter().all(|t| BINARY_MEDIA_TYPES.contains(t)) => {
                for t in list {
                    let (schema, sat) = media_schema(t)?;
                    if !is_binary_schema(schema) {
                        bail!("{sat}: expected `type: string, format: binary`");
                    }
                }
                Ok(Content::Binary(
                    list.iter().map(|t| (*t).to_owned()).collect(),
                ))
            }
            _ => bail!(
                "{at}: media types {types:?} are not supported (one of application/json, \
                 text/event-stream, audio/*, image/*, or fixed binary types)"
            ),
        }
    }
}
