//! The rules an override must meet beyond what the schema says: text stored trimmed, no
//! control characters, no empty name in a list, and a track (disc) number not above its
//! total when both are set. Pure functions over values, so they read as the rules.

use std::collections::BTreeMap;

use serde_json::Value;

use super::MetadataError;
use crate::library::fields::{Field, Kind};

/// Field values, in the contract's field order.
pub type Values = BTreeMap<Field, Value>;

/// The values as they will be stored: text trimmed, lists of trimmed names. Refuses a
/// value of the wrong kind (the schema makes that rare), a control character, and an empty
/// name in a list.
pub fn clean(values: Values) -> Result<Values, MetadataError> {
    values
        .into_iter()
        .map(|(field, value)| Ok((field, clean_one(field, value)?)))
        .collect()
}

fn clean_one(field: Field, value: Value) -> Result<Value, MetadataError> {
    let invalid = |message: String| MetadataError::invalid(field, message);
    let text = |text: &str, what: &str| -> Result<String, MetadataError> {
        if text.chars().any(char::is_control) {
            return Err(invalid(format!(
                "`{}` {what}must not contain control characters (tabs, line breaks, ...).",
                field.api()
            )));
        }
        Ok(text.trim().to_owned())
    };
    match (field.kind(), value) {
        (Kind::Text, Value::String(s)) => Ok(Value::String(text(&s, "")?)),
        (Kind::List, Value::Array(items)) => {
            let mut names = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let Some(name) = item.as_str() else {
                    return Err(invalid(format!("`{}` must list strings.", field.api())));
                };
                let name = text(name, "names ")?;
                if name.is_empty() {
                    return Err(invalid(format!(
                        "`{}[{i}]` is empty; leave a name out instead.",
                        field.api()
                    )));
                }
                names.push(Value::String(name));
            }
            Ok(Value::Array(names))
        }
        (Kind::Number(max), Value::Number(n)) if n.as_u64().is_some_and(|n| n <= max.into()) => {
            Ok(Value::Number(n))
        }
        (Kind::Real(min, max), Value::Number(n))
            if n.as_f64().is_some_and(|x| (min..=max).contains(&x)) =>
        {
            Ok(Value::Number(n))
        }
        (Kind::Flag, Value::Bool(b)) => Ok(Value::Bool(b)),
        (_, _) => Err(invalid(format!(
            "`{}` does not take this kind of value.",
            field.api()
        ))),
    }
}

/// Refuses a number above its total in the values a track would have. `track` names the
/// track in the message when the values are one track's among many.
pub fn check_totals(effective: &Values, track: Option<&str>) -> Result<(), MetadataError> {
    let number = |field| effective.get(&field).and_then(Value::as_u64);
    for (n, total) in [
        (Field::TrackNumber, Field::TrackTotal),
        (Field::DiscNumber, Field::DiscTotal),
    ] {
        if let (Some(value), Some(max)) = (number(n), number(total)) {
            if value > max {
                let on = track.map_or(String::new(), |t| format!(" on track {t}"));
                return Err(MetadataError::invalid(
                    n,
                    format!(
                        "`{}` ({value}) would be above `{}` ({max}){on}; nothing was changed.",
                        n.api(),
                        total.api()
                    ),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(Field, Value)]) -> Values {
        pairs.iter().cloned().collect()
    }

    fn refused_field(result: Result<Values, MetadataError>) -> String {
        match result {
            Err(MetadataError::Invalid { field, .. }) => field,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn text_is_trimmed_and_control_characters_refused() {
        let clean_title = clean(values(&[(Field::Title, Value::from("  Airbag "))])).unwrap();
        assert_eq!(clean_title[&Field::Title], Value::from("Airbag"));
        let refused = clean(values(&[(Field::Album, Value::from("OK\u{7}Computer"))]));
        assert_eq!(refused_field(refused), "album");
    }

    #[test]
    fn lists_hold_no_empty_names() {
        let refused = clean(values(&[(
            Field::Genres,
            serde_json::json!(["Rock", "  "]),
        )]));
        assert_eq!(refused_field(refused), "genres");
        let empty = clean(values(&[(Field::Genres, serde_json::json!([]))])).unwrap();
        assert_eq!(empty[&Field::Genres], serde_json::json!([]));
    }

    #[test]
    fn a_number_above_its_total_is_refused() {
        let over = values(&[
            (Field::TrackNumber, Value::from(13)),
            (Field::TrackTotal, Value::from(12)),
        ]);
        assert!(matches!(
            check_totals(&over, None),
            Err(MetadataError::Invalid { ref field, .. }) if field == "trackNumber"
        ));
        let disc = values(&[
            (Field::DiscNumber, Value::from(2)),
            (Field::DiscTotal, Value::from(1)),
        ]);
        assert!(check_totals(&disc, Some("trk_1")).is_err());
        let alone = values(&[(Field::TrackNumber, Value::from(13))]);
        assert!(check_totals(&alone, None).is_ok());
    }
}
