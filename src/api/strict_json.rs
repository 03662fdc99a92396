//! What JSON parsers let through and our contract does not: a key given twice (serde keeps
//! the last, so `{"name": "a", "name": "b"}` silently means "b", and two components that
//! read the same body differently is how request smuggling starts), and bodies declared in
//! another character set (`charset=utf-16` was read as UTF-8). Checked on the bytes before
//! poem-openapi parses them.

use std::collections::HashSet;
use std::fmt;

use poem_openapi::types::{ParseError, ParseFromJSON, ParseResult};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// Reads a string property (or a list of strings, or an optional one) without poem-openapi's
/// leniency, which takes `{"name": 1}` or `true` as the text `"1"`/`"true"`. The generated
/// types read every string property through this (`deserialize_with`, by way of the
/// generated `text_readers`, which pass the property's name), so a number where the contract
/// says string is a `400 invalid_body` naming the field.
pub fn text<T: ParseFromJSON>(value: Option<Value>, field: &str) -> ParseResult<T> {
    if let Some(found) = value.as_ref().and_then(not_text) {
        return Err(ParseError::custom(format!(
            "field `{field}` must be a string, not {found}"
        )));
    }
    field_value(value, field)
}

/// Reads any other property, so that a refusal names the field: poem-openapi's own says
/// only which type failed (`Expected input type "integer(int32)"`), never where. The error
/// boundary finds the field in this message and says what the contract expects there.
pub fn field_value<T: ParseFromJSON>(value: Option<Value>, field: &str) -> ParseResult<T> {
    let missing = value.is_none();
    T::parse_from_json(value).map_err(|_| {
        ParseError::custom(if missing {
            format!("field `{field}` is missing")
        } else {
            format!("field `{field}` is invalid")
        })
    })
}

/// What a value given for a string (or a list of strings) is instead, if it is not one.
fn not_text(value: &Value) -> Option<&'static str> {
    match value {
        Value::Number(_) => Some("a number"),
        Value::Bool(_) => Some("a boolean"),
        Value::Array(items) => items.iter().find_map(not_text),
        _ => None,
    }
}

/// Why a JSON body is refused before it is parsed.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A `charset` other than UTF-8: `415`.
    Charset(String),
    /// An object with the same key twice: `400 invalid_body`, naming the key.
    DuplicateKey(String),
}

/// Checks a body whose `Content-Type` is `content_type`. Anything that is not JSON, or not
/// even well-formed JSON, is left to the parser, which says what is wrong with it.
pub fn check(content_type: &str, body: &[u8]) -> Result<(), Refusal> {
    let mut parts = content_type.split(';');
    let essence = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    if essence != "application/json" && !essence.ends_with("+json") {
        return Ok(());
    }
    for parameter in parts {
        if let Some((name, value)) = parameter.split_once('=') {
            let value = value.trim().trim_matches('"').to_ascii_lowercase();
            if name.trim().eq_ignore_ascii_case("charset") && value != "utf-8" && value != "utf8" {
                return Err(Refusal::Charset(value));
            }
        }
    }
    if body.is_empty() {
        return Ok(());
    }
    let mut parser = serde_json::Deserializer::from_slice(body);
    match NoDuplicateKeys.deserialize(&mut parser) {
        Err(err) if err.is_data() => Err(Refusal::DuplicateKey(
            err.to_string()
                .split_once(DUPLICATE)
                .map(|(_, key)| key.split(" at line").next().unwrap_or(key).to_owned())
                .unwrap_or_default(),
        )),
        _ => Ok(()),
    }
}

/// The start of the error this visitor raises (the only "data" error it can raise).
const DUPLICATE: &str = "duplicate key: ";

/// Walks any JSON value, failing on an object that repeats a key.
struct NoDuplicateKeys;

impl<'de> DeserializeSeed<'de> for NoDuplicateKeys {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NoDuplicateKeys {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                let shown: String = key.chars().take(40).collect();
                return Err(serde::de::Error::custom(format!("{DUPLICATE}{shown}")));
            }
            map.next_value_seed(NoDuplicateKeys)?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(NoDuplicateKeys)?.is_some() {}
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any body under any declared type is judged without panicking, and a body that
        /// serde reads is refused only for a repeated key.
        #[test]
        fn any_body_is_judged(
            content_type in "(application/json|text/plain|application/x\\+json)(; ?charset=[a-z0-9-]{0,8})?",
            body in proptest::collection::vec(any::<u8>(), 0..200),
        ) {
            let _ = check(&content_type, &body);
        }

        #[test]
        fn json_without_repeats_passes(value in proptest::arbitrary::any::<u32>().prop_map(|n| serde_json::json!({"a": n, "b": [n, {"c": n}]}))) {
            let text = value.to_string();
            prop_assert_eq!(check("application/json", text.as_bytes()), Ok(()));
        }
    }

    const JSON: &str = "application/json";

    #[test]
    fn a_repeated_key_is_refused_at_any_depth() {
        assert_eq!(
            check(JSON, br#"{"name": "a", "name": "b"}"#),
            Err(Refusal::DuplicateKey("name".into()))
        );
        assert_eq!(
            check(JSON, br#"{"a": [{"x": 1, "y": {"k": 1, "k": 2}}]}"#),
            Err(Refusal::DuplicateKey("k".into()))
        );
        assert_eq!(check(JSON, br#"{"a": {"k": 1}, "b": {"k": 2}}"#), Ok(()));
    }

    #[test]
    fn only_utf8_is_accepted() {
        assert_eq!(
            check("application/json; charset=UTF-16", b"{}"),
            Err(Refusal::Charset("utf-16".into()))
        );
        assert_eq!(check("application/json; charset=\"utf-8\"", b"{}"), Ok(()));
    }

    #[test]
    fn malformed_json_and_other_types_are_left_to_the_parser() {
        assert_eq!(check(JSON, b"{\"a\": "), Ok(()));
        assert_eq!(check("text/plain", br#"{"a":1,"a":2}"#), Ok(()));
    }
}
