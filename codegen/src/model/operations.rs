//! The operations: their parameters, bodies and responses, each checked against what the
//! generator supports and against the access rules (`x-access` and `security` agree).

use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};

use super::*;

/// How a summary ends while its operation still lists `501`.
pub const NOT_BUILT_MARK: &str = " (not built yet)";

impl<'a> Ctx<'a> {
    pub(super) fn operation(
        &self,
        path: &str,
        method: &str,
        v: &Value,
        at: &str,
    ) -> Result<Operation> {
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
        // Swagger UI lists operations by summary: one that is not built yet says so there,
        // and the mark goes with the `501` when the operation is built.
        let summary = str_at(m, "summary", at)?.to_owned();
        let lists_501 = responses.iter().any(|r| r.status == 501);
        if lists_501 != summary.ends_with(NOT_BUILT_MARK) {
            bail!(
                "{at}/summary: an operation that lists `501` (not built yet) ends its summary \
                 with `{NOT_BUILT_MARK}`, and no other operation does"
            );
        }

        Ok(Operation {
            id,
            method: method.to_owned(),
            path: path.to_owned(),
            tag,
            summary,
            description: str_at(m, "description", at)?.to_owned(),
            access,
            requires_healthy_database,
            params,
            body,
            responses,
        })
    }

    pub(super) fn param(&self, v: &'a Value, at: &str) -> Result<Param> {
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

    pub(super) fn is_enum(&self, name: &str) -> bool {
        self.schemas
            .and_then(|s| s.get(name))
            .and_then(|s| s.get("enum"))
            .is_some()
    }

    pub(super) fn body(&self, v: &Value, at: &str) -> Result<Body> {
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

    pub(super) fn response(&self, status: u16, v: &'a Value, at: &str) -> Result<Response> {
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
        let error_codes = if status >= 400 {
            self.response_codes(status, &content, &self.error_codes, &at)?
        } else {
            Vec::new()
        };
        Ok(Response {
            status,
            description,
            content,
            headers,
            error_codes,
        })
    }

    pub(super) fn content(&self, c: &Map<String, Value>, at: &str) -> Result<Content> {
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
