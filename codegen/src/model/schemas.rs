//! The component schemas: objects, string enums and discriminated unions, and the types of
//! properties and parameters, each checked against what the generator supports.

use std::collections::HashMap;

use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};

use super::*;

impl<'a> Ctx<'a> {
    /// Every union's shapes, read before the schemas themselves so that each shape knows
    /// the discriminator it must declare.
    pub(super) fn union_shapes(&self) -> Result<HashMap<String, Discriminator>> {
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
    pub(super) fn union_variants(
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
    pub(super) fn check_discriminator(
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

    pub(super) fn schema_def(&self, name: &str, v: &Value) -> Result<SchemaDef> {
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
            // Only the registry carries each code's status and meaning.
            let keys: &[&str] = if name == REGISTRY {
                &["type", "enum", "description", "x-status", "x-description"]
            } else {
                &["type", "enum", "description", "example", "title"]
            };
            only_keys(m, keys, &at)?;
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
    pub(super) fn type_ref(
        &self,
        m: &Map<String, Value>,
        at: &str,
    ) -> Result<(TypeRef, Validators)> {
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
}
