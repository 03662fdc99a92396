//! Validation errors in the hub's words. poem-openapi says why a parameter or a body did not
//! parse in its own terms (`failed to parse "SortOrder": Expect a valid enumeration value.`);
//! an agent needs the field, what the contract expects there, and for an enum the values it
//! may send. Those come from the contract itself (the embedded document), read only when a
//! request has already failed, so what the hub says always matches what it documents.

use serde_json::Value;

use crate::api::contract;

/// What a refused input must be, as the contract says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// A phrase that completes "must be …": `an integer from 1 to 500`.
    pub expected: String,
    /// For an enum (or a list of one), the values it takes.
    pub allowed: Vec<String>,
}

/// What the parameter `name` of `operation_id` must be.
pub fn parameter(operation_id: &str, name: &str) -> Option<Expectation> {
    let document = contract::document();
    let operation = operation(document, operation_id)?;
    operation
        .get("parameters")?
        .as_array()?
        .iter()
        .map(|p| resolve(document, p))
        .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
        .and_then(|p| p.get("schema"))
        .map(|schema| expectation(document, schema))
}

/// What the body field `field` of `operation_id` must be: the first property of that name in
/// the body's schema or the objects it holds (a refusal names the innermost field only).
pub fn body_field(operation_id: &str, field: &str) -> Option<Expectation> {
    let document = contract::document();
    let body = body_schema(document, operation_id)?;
    let mut queue = vec![body];
    let mut seen = Vec::new();
    while let Some(schema) = queue.pop() {
        let schema = resolve(document, schema);
        if seen.iter().any(|s| std::ptr::eq(*s, schema)) {
            continue;
        }
        seen.push(schema);
        if let Some(found) = schema.get("properties").and_then(|p| p.get(field)) {
            return Some(expectation(document, found));
        }
        for nested in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|p| p.values())
            .chain(schema.get("items"))
        {
            queue.insert(0, nested);
            if let Some(items) = nested.get("items") {
                queue.insert(0, items);
            }
        }
    }
    None
}

/// What the whole body of `operation_id` must be.
pub fn body(operation_id: &str) -> Option<Expectation> {
    let document = contract::document();
    body_schema(document, operation_id).map(|schema| expectation(document, schema))
}

/// The body field that poem-openapi refused as "not a `type_name`" when it cannot say which:
/// a property with a default (read without a field reader) whose type poem names
/// `type_name` (`boolean`, `integer(int32)`, a schema's name). Only when exactly one fits.
pub fn defaulted_body_field(operation_id: &str, type_name: &str) -> Option<String> {
    let document = contract::document();
    let schema = resolve(document, body_schema(document, operation_id)?);
    let mut fitting = schema
        .get("properties")?
        .as_object()?
        .iter()
        .filter(|(_, p)| p.get("default").is_some() || has_default(document, p))
        .filter(|(_, p)| poem_type_name(p).as_deref() == Some(type_name))
        .map(|(name, _)| name.clone());
    let first = fitting.next()?;
    fitting.next().is_none().then_some(first)
}

fn has_default(document: &Value, property: &Value) -> bool {
    resolve(document, property).get("default").is_some()
}

/// How poem-openapi names the type of a property in its refusals.
fn poem_type_name(property: &Value) -> Option<String> {
    if let Some(reference) = property.get("$ref").and_then(Value::as_str) {
        return reference.rsplit('/').next().map(str::to_owned);
    }
    let ty = property.get("type")?.as_str()?;
    Some(match property.get("format").and_then(Value::as_str) {
        Some(format) => format!("{ty}({format})"),
        None => ty.to_owned(),
    })
}

/// The name of the schema of `operation_id`'s body.
pub fn body_name(operation_id: &str) -> Option<&'static str> {
    body_schema(contract::document(), operation_id)?
        .get("$ref")?
        .as_str()?
        .rsplit('/')
        .next()
}

/// The names of the body schema's own properties, for a refusal of an unknown one.
pub fn body_fields(operation_id: &str) -> Vec<String> {
    let document = contract::document();
    body_schema(document, operation_id)
        .map(|schema| resolve(document, schema))
        .and_then(|schema| schema.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

fn operation<'a>(document: &'a Value, operation_id: &str) -> Option<&'a Value> {
    document
        .get("paths")?
        .as_object()?
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(operation_id))
}

fn body_schema<'a>(document: &'a Value, operation_id: &str) -> Option<&'a Value> {
    operation(document, operation_id)?.pointer("/requestBody/content/application~1json/schema")
}

/// Follows a local `$ref` (to a parameter or a schema); anything else is itself.
fn resolve<'a>(document: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference
            .strip_prefix('#')
            .and_then(|pointer| document.pointer(pointer))
            .unwrap_or(v),
        None => v,
    }
}

/// What a value of `schema` must be, in words.
fn expectation(document: &Value, schema: &Value) -> Expectation {
    let name = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next());
    let schema = resolve(document, schema);
    let number = |key: &str| schema.get(key).and_then(Value::as_f64);
    let count = |key: &str| schema.get(key).and_then(Value::as_u64);
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let allowed: Vec<String> = values
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        let listed: Vec<String> = allowed.iter().map(|v| format!("`{v}`")).collect();
        return Expectation {
            expected: format!("one of {}", listed.join(", ")),
            allowed,
        };
    }
    let ty = schema.get("type").and_then(Value::as_str).unwrap_or("");
    let expected = match ty {
        "integer" => format!("an integer{}", range(number("minimum"), number("maximum"))),
        "number" => format!("a number{}", range(number("minimum"), number("maximum"))),
        "boolean" => "`true` or `false`".to_owned(),
        "string" if schema.get("format").and_then(Value::as_str) == Some("date-time") => {
            "a date-time such as `2026-11-26T08:00:00Z`".to_owned()
        }
        "string" => {
            let mut text = "a string".to_owned();
            match (count("minLength"), count("maxLength")) {
                (Some(min), Some(max)) => text += &format!(" of {min} to {max} characters"),
                (Some(1), None) => text = "a non-empty string".to_owned(),
                (Some(min), None) => text += &format!(" of at least {min} characters"),
                (None, Some(max)) => text += &format!(" of at most {max} characters"),
                (None, None) => {}
            }
            if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
                text += &format!(" matching `{pattern}`");
            }
            text
        }
        "array" => {
            let items = schema
                .get("items")
                .map(|items| expectation(document, items))
                .unwrap_or_else(|| Expectation {
                    expected: "anything".to_owned(),
                    allowed: Vec::new(),
                });
            let size = match (count("minItems"), count("maxItems")) {
                (Some(min), Some(max)) => format!(" of {min} to {max} items"),
                (Some(min), None) => format!(" of at least {min} items"),
                (None, Some(max)) => format!(" of at most {max} items"),
                (None, None) => String::new(),
            };
            return Expectation {
                expected: format!("a list{size}, each {}", items.expected),
                allowed: items.allowed,
            };
        }
        "object" => match name {
            Some(name) => format!("an object (`{name}`)"),
            None => "an object".to_owned(),
        },
        _ => "a value the contract describes".to_owned(),
    };
    Expectation {
        expected,
        allowed: Vec::new(),
    }
}

fn range(min: Option<f64>, max: Option<f64>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!(" from {min} to {max}"),
        (Some(min), None) => format!(" of at least {min}"),
        (None, Some(max)) => format!(" of at most {max}"),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_described_from_the_document() {
        let limit = parameter("listTracks", "limit").expect("listTracks takes a limit");
        assert_eq!(limit.expected, "an integer from 1 to 500");
        let sort = parameter("listTracks", "sort").expect("listTracks takes a sort");
        assert!(sort.expected.starts_with("one of `"), "{sort:?}");
        assert!(sort.allowed.contains(&"title".to_owned()), "{sort:?}");
        assert_eq!(parameter("listTracks", "noSuchParameter"), None);
        assert_eq!(parameter("noSuchOperation", "limit"), None);
    }

    #[test]
    fn body_fields_are_found_in_nested_objects_too() {
        let state = body_field("updatePlaybackSession", "state").expect("a session has a state");
        assert!(state.allowed.contains(&"playing".to_owned()), "{state:?}");
        assert!(body_fields("createPlaylist").contains(&"name".to_owned()));
    }
}
