//! The spec poem-openapi derives from the generated routes is equivalent to the committed
//! document: same paths, operations, parameters, bodies, responses, schemas and security.
//! Prose (descriptions, summaries, examples) is the document's alone and is not compared.

use std::collections::BTreeMap;

use music_hub::api::generated::api;
use poem_openapi::OpenApiService;
use serde_json::{json, Map, Value};

use crate::common::{committed_document, TestHub};

/// Keys that describe rather than define.
const PROSE: &[&str] = &["description", "summary", "title", "example", "examples"];

/// Normalises a schema: drops prose, turns every number into a float (poem writes `1.0`
/// where the document says `1`), and unwraps the `allOf: [$ref]` that poem uses to attach
/// a description to a reference.
fn schema(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            if let Some(Value::Array(all)) = m.get("allOf") {
                // poem writes a described `$ref` as `allOf: [$ref, {description}]`.
                let parts: Vec<Value> =
                    all.iter().map(schema).filter(|p| p != &json!({})).collect();
                if let [only] = parts.as_slice() {
                    return only.clone();
                }
            }
            let mut out = Map::new();
            for (k, v) in m {
                if PROSE.contains(&k.as_str()) || k.starts_with("x-") {
                    continue;
                }
                // poem's schema model cannot express `additionalProperties: false`; the generator
                // turns it into `deny_unknown_fields` (its golden test pins that), and the body
                // tests send unknown keys to prove it.
                if k == "additionalProperties" && v == &Value::Bool(false) {
                    continue;
                }
                let v = if k == "required" {
                    let mut names: Vec<Value> = v.as_array().cloned().unwrap_or_default();
                    names.sort_by_key(|name| name.to_string());
                    if names.is_empty() {
                        continue;
                    }
                    Value::Array(names)
                } else {
                    schema(v)
                };
                out.insert(k.clone(), v);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(schema).collect()),
        Value::Number(n) => json!(n.as_f64()),
        other => other.clone(),
    }
}

/// Follows `$ref`s into `components/parameters` and `components/responses`, which poem
/// always inlines.
fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r)
            if r.starts_with("#/components/parameters/")
                || r.starts_with("#/components/responses/") =>
        {
            doc.pointer(&r[1..]).unwrap_or(v)
        }
        _ => v,
    }
}

fn content(c: Option<&Value>) -> Value {
    let mut out = BTreeMap::new();
    for (media_type, media) in c.and_then(Value::as_object).into_iter().flatten() {
        let mut s = media.get("schema").cloned().unwrap_or(Value::Null);
        // poem describes an event stream as `array` of events with format `event-stream`;
        // the document names the event itself.
        if media_type == "text/event-stream" && s.get("format") == Some(&json!("event-stream")) {
            s = s.get("items").cloned().unwrap_or(Value::Null);
        }
        // poem adds `; charset=utf-8` to JSON; the parameter is not part of the contract.
        let essence = media_type.split(';').next().unwrap_or(media_type).trim();
        out.insert(essence.to_owned(), schema(&s));
    }
    json!(out)
}

fn operation(doc: &Value, op: &Value) -> Value {
    let mut params: Vec<Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| {
            let p = resolve(doc, p);
            json!({
                "name": p["name"],
                "in": p["in"],
                "required": p.get("required").and_then(Value::as_bool).unwrap_or(false),
                "schema": schema(&p["schema"]),
            })
        })
        .collect();
    params.sort_by_key(|p| format!("{}:{}", p["in"], p["name"]));

    let body = op.get("requestBody").map(|b| {
        json!({
            "required": b.get("required").and_then(Value::as_bool).unwrap_or(false),
            "content": content(b.get("content")),
        })
    });

    let mut responses = BTreeMap::new();
    for (status, r) in op["responses"].as_object().into_iter().flatten() {
        let r = resolve(doc, r);
        let headers: BTreeMap<String, Value> = r
            .get("headers")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, h)| (name.to_lowercase(), schema(&h["schema"])))
            .collect();
        responses.insert(
            status.clone(),
            json!({ "content": content(r.get("content")), "headers": headers }),
        );
    }

    let mut security: Vec<String> = op
        .get("security")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|s| {
            let mut names: Vec<&String> = s
                .as_object()
                .map(|m| m.keys().collect())
                .unwrap_or_default();
            names.sort();
            format!("{names:?}")
        })
        .collect();
    security.sort();

    json!({
        "operationId": op["operationId"],
        "tags": op["tags"],
        "parameters": params,
        "requestBody": body,
        "responses": responses,
        "security": security,
    })
}

/// The comparable core of a document.
fn core(doc: &Value) -> Value {
    let mut paths = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            paths.insert(
                format!("{} {path}", method.to_uppercase()),
                operation(doc, op),
            );
        }
    }
    let schemas: BTreeMap<String, Value> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, s)| (name.clone(), schema(s)))
        .collect();
    let security_schemes = schema(
        doc.pointer("/components/securitySchemes")
            .unwrap_or(&Value::Null),
    );
    json!({ "operations": paths, "schemas": schemas, "securitySchemes": security_schemes })
}

/// Puts poem-openapi's form of a discriminated union into the document's. poem writes each
/// shape `S` of a union `U` as a wrapper `U_S` (`allOf`: the discriminator property, then
/// `S` without it) and marks the union `type: object`; the document declares the
/// discriminator inside `S` and references `S` itself. Folding each wrapper back into its
/// shape compares like with like, discriminator values included.
fn fold_union_shapes(spec: &mut Value) {
    let Some(schemas) = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let mut renamed = Vec::new();
    let union_names: Vec<String> = schemas
        .iter()
        .filter(|(_, s)| s.get("oneOf").is_some())
        .map(|(name, _)| name.clone())
        .collect();
    for union in &union_names {
        if let Some(s) = schemas.get_mut(union).and_then(Value::as_object_mut) {
            s.remove("type");
        }
        let wrappers: Vec<String> = schemas
            .keys()
            .filter(|name| name.starts_with(&format!("{union}_")))
            .cloned()
            .collect();
        for wrapper in wrappers {
            let Some(body) = schemas.remove(&wrapper) else {
                continue;
            };
            let (Some(discriminator), Some(shape)) = (
                body.pointer("/allOf/0").cloned(),
                body.pointer("/allOf/1/$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    .map(str::to_owned),
            ) else {
                panic!("`{wrapper}` is not poem-openapi's union wrapper: {body}");
            };
            let target = schemas
                .get_mut(&shape)
                .and_then(Value::as_object_mut)
                .unwrap_or_else(|| panic!("`{shape}` is missing"));
            for (key, value) in discriminator["properties"]
                .as_object()
                .into_iter()
                .flatten()
            {
                target.entry("properties").or_insert_with(|| json!({}))[key] = value.clone();
            }
            for name in discriminator["required"].as_array().into_iter().flatten() {
                let required = target.entry("required").or_insert_with(|| json!([]));
                if let Some(list) = required.as_array_mut() {
                    list.push(name.clone());
                }
            }
            renamed.push((wrapper, shape));
        }
    }
    let mut text = spec.to_string();
    for (wrapper, shape) in renamed {
        text = text.replace(
            &format!("\"#/components/schemas/{wrapper}\""),
            &format!("\"#/components/schemas/{shape}\""),
        );
    }
    *spec = serde_json::from_str(&text).expect("still JSON");
}

/// poem-openapi derives only the schemas some route answers with. The document also holds
/// the error vocabulary's registry (`ErrorCode`) and the generic `ApiError` that SDK layers
/// read every refusal as, and the error shape of a `501` that no operation answers while all
/// are built: those come from their generated types, registered the way poem registers any.
fn add_schemas_no_route_answers(spec: &mut Value) {
    use music_hub::api::generated::{ApiError, NotImplementedError};
    use poem_openapi::registry::Registry;
    use poem_openapi::types::Type;

    let mut registry = Registry::new();
    ApiError::register(&mut registry);
    NotImplementedError::register(&mut registry);
    let registered = serde_json::to_value(&registry.schemas).expect("schemas are JSON");
    let Some(schemas) = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        panic!("the derived spec has no schemas");
    };
    for (name, schema) in registered.as_object().into_iter().flatten() {
        schemas
            .entry(name.clone())
            .or_insert_with(|| schema.clone());
    }
}

/// Reports the first differences key by key, so a failure says where the code and the
/// document part ways.
fn differences(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                differences(
                    &format!("{path}/{k}"),
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        _ if a != b => out.push(format!("{path}: document {a} ≠ derived {b}")),
        _ => {}
    }
}

#[tokio::test]
async fn the_generated_routes_derive_the_committed_contract() {
    let hub = TestHub::start().await;
    let derived: Value = serde_json::from_str(
        &OpenApiService::new(api(hub.hub.clone()), "Music Hub API", "derived").spec(),
    )
    .expect("derived spec is JSON");
    let mut derived = derived;
    fold_union_shapes(&mut derived);
    add_schemas_no_route_answers(&mut derived);
    let document = committed_document();

    let mut diffs = Vec::new();
    differences("", &core(&document), &core(&derived), &mut diffs);
    assert!(
        diffs.is_empty(),
        "{} differences between openapi/music-hub.yaml and the generated routes:\n{}",
        diffs.len(),
        diffs
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_comparison_sees_a_changed_schema() {
    // The check above must be able to fail: a document that differs in one property type
    // must not compare equal.
    let document = committed_document();
    let mut edited = document.clone();
    edited["components"]["schemas"]["Ping"]["properties"]["ok"]["type"] = json!("string");
    let mut diffs = Vec::new();
    differences("", &core(&document), &core(&edited), &mut diffs);
    assert_eq!(diffs.len(), 1, "{diffs:?}");
}
