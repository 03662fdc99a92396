//! The component schemas and tags as Rust types, and the strict readers of string properties.

use anyhow::{bail, Result};
use heck::ToSnakeCase;

use super::*;
use crate::model::{Document, SchemaDef, TypeRef, REGISTRY};

pub(super) fn emit_tags(out: &mut Out, doc: &Document) {
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

pub(super) fn emit_schema(
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
            out.line("#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]");
            out.line(&format!("#[oai(rename = {})]", quote(name)));
            out.open(&format!("pub enum {} {{", type_name(name)));
            let mut seen = Vec::new();
            for value in values {
                let variant = variant_name(value);
                if seen.contains(&variant) {
                    bail!("/components/schemas/{name}/enum: `{value}` collides with another value as `{variant}`");
                }
                out.line(&format!("#[oai(rename = {})]", quote(value)));
                out.line(&format!("#[serde(rename = {})]", quote(value)));
                out.line(&format!("{variant},"));
                seen.push(variant);
            }
            out.close("}");
            if name == REGISTRY {
                emit_registry(out, doc);
            }
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
            // No `Serialize`: unions are sent only as events (`ToJSON`). serde's
            // `tag = "…"` would write the discriminator first, poem-openapi writes it last.
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
            // `Serialize` writes answers straight to bytes (`crate::api::payload::Json`);
            // its names and omissions mirror the `oai` ones, which the schema is made from.
            out.line("#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]");
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
                let mut serde_attrs = vec![format!("rename = {}", quote(&p.name))];
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
                    serde_attrs.push("skip_serializing_if = \"Option::is_none\"".into());
                    format!("Option<{ty}>")
                };
                if let TypeRef::Array(inner) | TypeRef::Map(inner) = &p.ty {
                    if matches!(**inner, TypeRef::F64 | TypeRef::DateTime) {
                        // serde would write what poem-openapi does not: `null` for a
                        // number JSON cannot hold, `Z` for UTC. Mirror it before allowing it.
                        bail!("{at}: a list or map of numbers or times is not supported");
                    }
                }
                if p.ty == TypeRef::F64 {
                    // poem-openapi leaves out a number JSON cannot hold (NaN, infinity)
                    // rather than write `null`, which the contract never allows.
                    let optional = field_ty.starts_with("Option<");
                    serde_attrs.retain(|a| !a.starts_with("skip_serializing_if"));
                    serde_attrs.push(format!(
                        "skip_serializing_if = {}",
                        quote(if optional {
                            "crate::api::payload::absent_or_not_finite"
                        } else {
                            "crate::api::payload::not_finite"
                        })
                    ));
                }
                if p.ty == TypeRef::DateTime {
                    // poem-openapi writes a time as `to_rfc3339` does (`+00:00`); chrono's
                    // serde would write `Z`. Answers keep the one form they always had.
                    let writer = if field_ty.starts_with("Option<") {
                        "rfc3339_if_any"
                    } else {
                        "rfc3339"
                    };
                    serde_attrs.push(format!(
                        "serialize_with = {}",
                        quote(&format!("crate::api::payload::{writer}"))
                    ));
                }
                if p.default.is_none() && is_text(&p.ty) {
                    // poem-openapi would read `1` or `true` given for a string as its
                    // text; the contract says string, so they are refused.
                    attrs.push(format!(
                        "deserialize_with = {}",
                        quote(&format!("text_readers::{}", text_reader(&p.name)))
                    ));
                } else if p.default.is_none() {
                    // So that a refusal names the field (poem-openapi's names only a type).
                    attrs.push(format!(
                        "deserialize_with = {}",
                        quote(&format!("field_readers::{}", text_reader(&p.name)))
                    ));
                }
                if let Some(v) = validator_attr(&p.validators) {
                    attrs.push(v);
                }
                out.line(&format!("#[oai({})]", attrs.join(", ")));
                out.line(&format!("#[serde({})]", serde_attrs.join(", ")));
                out.line(&format!("pub {}: {field_ty},", field_name(&p.name)));
            }
            out.close("}");
        }
    }
    out.blank();
    Ok(())
}

/// A string, or a list of strings: the properties read by a `text_readers` function.
pub(super) fn is_text(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String => true,
        TypeRef::Array(inner) => **inner == TypeRef::String,
        _ => false,
    }
}

/// The reader of string properties called `property`.
pub(super) fn text_reader(property: &str) -> String {
    format!("read_{}", property.to_snake_case())
}

/// One reader per name of a string property, which hands the name to the hub's strict
/// reader (`crate::api::strict_json::text`) so that its refusal names the field.
pub(super) fn emit_text_readers(out: &mut Out, doc: &Document) {
    let names = property_names(doc, true);
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

/// One reader per name of any other property without a default, which hands the name to
/// `crate::api::strict_json::field_value` so that a refusal names the field.
pub(super) fn emit_field_readers(out: &mut Out, doc: &Document) {
    out.blank();
    out.line("/// Readers of the other properties, whose refusals name the field.");
    out.open("pub(crate) mod field_readers {");
    out.line("use poem_openapi::types::{ParseFromJSON, ParseResult};");
    for name in property_names(doc, false) {
        out.blank();
        out.open(&format!(
            "pub fn {}<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {{",
            text_reader(&name)
        ));
        out.line(&format!(
            "crate::api::strict_json::field_value(value, {})",
            quote(&name)
        ));
        out.close("}");
    }
    out.close("}");
}

/// The names of the properties without a default that are text (`text`) or are not.
fn property_names(doc: &Document, text: bool) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    for schema in &doc.schemas {
        if let SchemaDef::Object { properties, .. } = schema {
            for p in properties {
                if p.default.is_none() && is_text(&p.ty) == text {
                    names.insert(p.name.clone());
                }
            }
        }
    }
    names
}

/// What the registry of error codes adds to its enum: each code's text, status and meaning,
/// read by the hub's errors and by the status rule.
fn emit_registry(out: &mut Out, doc: &Document) {
    let ty = type_name(REGISTRY);
    out.blank();
    out.open(&format!("impl {ty} {{"));
    out.line("/// Every code, in the registry's order.");
    out.open(&format!("pub const ALL: &'static [{ty}] = &["));
    for def in &doc.error_codes {
        out.line(&format!("{ty}::{},", variant_name(&def.code)));
    }
    out.close("];");
    out.blank();
    let table = |out: &mut Out,
                 doc_line: &str,
                 signature: &str,
                 value: &dyn Fn(&crate::model::ErrorCodeDef) -> String| {
        out.line(doc_line);
        out.open(&format!("pub fn {signature} {{"));
        out.open("match self {");
        for def in &doc.error_codes {
            out.line(&format!(
                "{ty}::{} => {},",
                variant_name(&def.code),
                value(def)
            ));
        }
        out.close("}");
        out.close("}");
    };
    table(
        out,
        "/// The code as an answer writes it.",
        "as_str(self) -> &'static str",
        &|d| quote(&d.code),
    );
    out.blank();
    table(
        out,
        "/// The one status the code comes with.",
        "status(self) -> u16",
        &|d| d.status.to_string(),
    );
    out.blank();
    table(
        out,
        "/// What the code means, as the registry says.",
        "meaning(self) -> &'static str",
        &|d| quote(&d.description),
    );
    out.close("}");
}
