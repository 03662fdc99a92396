//! The error vocabulary: the registry of every `error` code with its one status (the
//! `ErrorCode` schema's `enum`, `x-status` and `x-description`), and the codes each error
//! response names through its body's `error` enum. A response that names a code the
//! registry lacks, or gives a code another status than the registry's, is refused here, so
//! no code can be answered without being documented in one place.

use std::collections::BTreeMap;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::*;

/// The name of the registry schema.
pub const REGISTRY: &str = "ErrorCode";

/// One code of the registry.
#[derive(Debug, Clone)]
pub struct ErrorCodeDef {
    pub code: String,
    pub status: u16,
    pub description: String,
}

impl<'a> Ctx<'a> {
    /// The registry, in the document's order. Its `enum`, `x-status` and `x-description`
    /// must name the same codes, each code one status.
    pub(super) fn error_registry(&self) -> Result<Vec<ErrorCodeDef>> {
        let at = format!("/components/schemas/{REGISTRY}");
        let m = obj(
            self.schemas
                .and_then(|s| s.get(REGISTRY))
                .with_context(|| format!("{at}: missing: the registry of error codes"))?,
            &at,
        )?;
        let values: Vec<&str> = m
            .get("enum")
            .and_then(Value::as_array)
            .with_context(|| format!("{at}/enum: expected a list"))?
            .iter()
            .map(|v| {
                v.as_str()
                    .with_context(|| format!("{at}/enum: expected strings"))
            })
            .collect::<Result<_>>()?;
        let statuses = obj(
            m.get("x-status")
                .with_context(|| format!("{at}/x-status: missing"))?,
            &format!("{at}/x-status"),
        )?;
        let descriptions = obj(
            m.get("x-description")
                .with_context(|| format!("{at}/x-description: missing"))?,
            &format!("{at}/x-description"),
        )?;
        for key in statuses.keys().chain(descriptions.keys()) {
            if !values.contains(&key.as_str()) {
                bail!("{at}: `{key}` has a status or description but is not in `enum`");
            }
        }
        let mut registry = Vec::new();
        for code in values {
            let status = statuses
                .get(code)
                .and_then(Value::as_u64)
                .filter(|s| (400..600).contains(s))
                .with_context(|| format!("{at}/x-status/{code}: expected a 4xx or 5xx status"))?;
            let description = descriptions
                .get(code)
                .and_then(Value::as_str)
                .with_context(|| format!("{at}/x-description/{code}: expected a sentence"))?;
            registry.push(ErrorCodeDef {
                code: code.to_owned(),
                status: status as u16,
                description: description.to_owned(),
            });
        }
        Ok(registry)
    }

    /// The codes an error response names: its JSON body must `$ref` an object whose
    /// required `error` property is a `$ref` to a string enum, and every value of that enum
    /// must be in the registry with this response's status.
    pub(super) fn response_codes(
        &self,
        status: u16,
        content: &Content,
        registry: &[ErrorCodeDef],
        at: &str,
    ) -> Result<Vec<String>> {
        let Content::Json(TypeRef::Ref(body)) = content else {
            bail!("{at}/content: a {status} answer's body must be a `$ref` to an error object");
        };
        let body_at = format!("/components/schemas/{}", seg(body));
        let schema = obj(
            self.schemas
                .and_then(|s| s.get(body))
                .with_context(|| format!("{body_at}: missing"))?,
            &body_at,
        )?;
        let reference = schema
            .get("properties")
            .and_then(|p| p.get("error"))
            .and_then(|e| e.get("$ref"))
            .and_then(Value::as_str)
            .with_context(|| {
                format!(
                    "{body_at}/properties/error: the body of an error answer ({at}) must name \
                     its codes with a `$ref` to a string enum"
                )
            })?;
        let required = schema
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|n| n == "error"));
        if !required {
            bail!("{body_at}/required: `error` must be required");
        }
        let codes_name =
            self.schema_name_of_ref(reference, &format!("{body_at}/properties/error"))?;
        let codes_at = format!("/components/schemas/{}", seg(&codes_name));
        let codes: Vec<String> = self
            .schemas
            .and_then(|s| s.get(&codes_name))
            .and_then(|s| s.get("enum"))
            .and_then(Value::as_array)
            .with_context(|| format!("{codes_at}/enum: expected the list of codes"))?
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .with_context(|| format!("{codes_at}/enum: expected strings"))
            })
            .collect::<Result<_>>()?;
        let by_code: BTreeMap<&str, u16> = registry
            .iter()
            .map(|def| (def.code.as_str(), def.status))
            .collect();
        for code in &codes {
            match by_code.get(code.as_str()) {
                None => bail!(
                    "{codes_at}/enum: `{code}` (answered at {at}) is not in the registry \
                     /components/schemas/{REGISTRY}: add it there with its status"
                ),
                Some(&registered) if codes_name != REGISTRY && registered != status => bail!(
                    "{codes_at}/enum: `{code}` is a {registered} code in the registry, but {at} \
                     answers it with {status}"
                ),
                Some(_) => {}
            }
        }
        Ok(codes)
    }
}
