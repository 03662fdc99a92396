//! Enrichment suggestions: made when asked for, from the offline sources (`enrich`), kept
//! with a digest of the track's state (its file's tag values and version, its overrides) so that
//! applying one after the track changed is refused as stale, not applied to a track it
//! was not made for. Applying copies values into the overrides with the source recorded.

use std::collections::BTreeMap;

use serde_json::Value;
use sha2::{Digest, Sha256};

use tracing::warn;

use super::enrich::{self, Proposal};
use super::musicbrainz::Query;
use super::{
    overrides_of, read_file_values, rules, write_overrides, Author, MetadataError, MetadataService,
    TrackMetadata, Values,
};
use crate::db::metadata::{self as store, OverrideRow, SuggestionRow, TrackFile};
use crate::library::fields::Field;

/// How long listing suggestions waits for the online source.
const ONLINE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(8);

/// One suggestion as the service answers it.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub id: String,
    pub source: String,
    pub confidence: f64,
    pub values: Values,
    /// The fields whose value differs from the track's effective one.
    pub changed: Vec<Field>,
    pub created_at: i64,
}

/// A track's suggestions, best first.
#[derive(Debug, Clone)]
pub struct Enrichment {
    pub track_id: String,
    pub suggestions: Vec<Suggestion>,
    pub checked_at: i64,
}

/// A track as the suggestions see it: where it is, its file's values, its overrides.
struct Seen {
    file: TrackFile,
    values: Values,
    overrides: Vec<OverrideRow>,
}

impl Seen {
    fn effective(&self) -> Values {
        let mut effective = self.values.clone();
        for o in overrides_of(&self.overrides) {
            effective.insert(o.field, o.value);
        }
        effective
    }

    /// What a suggestion is checked against: any change to the file's values or to the
    /// overrides changes it.
    fn state(&self) -> String {
        let mut text = String::new();
        for (field, value) in &self.values {
            text.push_str(&format!("{}={value};", field.stored()));
        }
        // The file itself: new audio (a `loudness` suggestion) under the same tags.
        text.push_str(&format!("|{}|", self.file.mtime_ms));
        for row in &self.overrides {
            text.push_str(&format!("{}={:?};", row.field, row.value));
        }
        hex(&Sha256::digest(text.as_bytes()))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Same track, source and values: same id, so a suggestion keeps its id while it holds.
fn suggestion_id(track_id: &str, source: &str, values_json: &str) -> String {
    let digest = Sha256::digest(format!("{track_id}\n{source}\n{values_json}").as_bytes());
    format!("sug_{}", &hex(&digest)[..16])
}

fn values_json(values: &Values) -> String {
    let map: serde_json::Map<String, Value> = values
        .iter()
        .map(|(f, v)| (f.stored().to_owned(), v.clone()))
        .collect();
    Value::Object(map).to_string()
}

fn values_from_json(text: &str) -> Values {
    match serde_json::from_str::<BTreeMap<String, Value>>(text) {
        Ok(map) => map
            .into_iter()
            .filter_map(|(name, value)| Some((Field::from_stored(&name)?, value)))
            .collect(),
        Err(_) => Values::new(),
    }
}

impl MetadataService {
    /// Reads the tracks, their files and overrides.
    async fn seen(&self, track_ids: Vec<String>) -> Result<Vec<Seen>, MetadataError> {
        let (files, overrides) = crate::app::read(self.db(), move |conn| {
            Ok::<_, MetadataError>((
                store::track_files(conn, &track_ids)?,
                store::override_list(conn, &track_ids)?,
            ))
        })
        .await?;
        let mut seen = Vec::with_capacity(files.len());
        for file in files {
            let values = read_file_values(file.clone()).await;
            let overrides = overrides
                .iter()
                .filter(|o| o.track_id == file.track_id)
                .cloned()
                .collect();
            seen.push(Seen {
                file,
                values,
                overrides,
            });
        }
        Ok(seen)
    }

    async fn seen_one(&self, track_id: &str) -> Result<Seen, MetadataError> {
        self.seen(vec![track_id.to_owned()])
            .await?
            .pop()
            .ok_or(MetadataError::NoSuchTrack)
    }

    /// The suggestions for a track, made now from its path and its album folder.
    #[tracing::instrument(skip_all, fields(track = %track_id))]
    pub async fn enrichment(&self, track_id: String) -> Result<Enrichment, MetadataError> {
        let this = self.seen_one(&track_id).await?;
        let dir = this
            .file
            .rel_path
            .rsplit_once('/')
            .map_or("", |(d, _)| d)
            .to_owned();
        let root = this.file.root_id.clone();
        let peer_ids = crate::app::read(self.db(), move |conn| {
            Ok::<_, MetadataError>(store::track_ids_in_dir(conn, &root, &dir)?)
        })
        .await?;
        let album: Vec<Values> = self
            .seen(peer_ids)
            .await?
            .iter()
            .map(Seen::effective)
            .collect();
        let effective = this.effective();
        let mut proposals: Vec<Proposal> = enrich::from_path(&this.file.rel_path, &effective)
            .into_iter()
            .collect();
        proposals.extend(enrich::from_album(&effective, &album));
        let measured = crate::app::loudness::current_values(self.db(), track_id.clone()).await?;
        proposals.extend(measured.and_then(enrich::from_loudness));
        if let Some(provider) = self.provider() {
            // The offline sources are answered without it when it cannot be asked now, or
            // not soon enough: the one-request-a-second queue and the service's retries must
            // not hold the person's request for long.
            let query = Query::of(&effective);
            let lookup = provider.lookup(&query);
            match tokio::time::timeout(ONLINE_PATIENCE, lookup).await {
                Ok(Ok(found)) => proposals.extend(found),
                Ok(Err(err)) => warn!(%err, "no online suggestions this time"),
                Err(_) => warn!(
                    patience_secs = ONLINE_PATIENCE.as_secs(),
                    "no online suggestions this time: the lookup took too long"
                ),
            }
        }

        let now = self.now();
        let state = this.state();
        let rows: Vec<SuggestionRow> = proposals
            .into_iter()
            .filter_map(|p| p.within_rules(&effective))
            .filter(|p| !p.changed(&effective).is_empty())
            .map(|p| {
                let json = values_json(&p.values);
                SuggestionRow {
                    id: suggestion_id(&track_id, p.source, &json),
                    track_id: track_id.clone(),
                    source: p.source.to_owned(),
                    values_json: json,
                    confidence: p.confidence,
                    track_state: state.clone(),
                    created_at: now,
                }
            })
            .collect();
        let stored = crate::app::write(self.db(), move |conn| {
            Ok::<_, MetadataError>(store::suggestion_upsert(conn, &rows)?)
        })
        .await?;
        let mut suggestions: Vec<Suggestion> = stored
            .into_iter()
            .map(|row| {
                let values = values_from_json(&row.values_json);
                let changed = values
                    .iter()
                    .filter(|(f, v)| effective.get(f) != Some(v))
                    .map(|(f, _)| *f)
                    .collect();
                Suggestion {
                    id: row.id,
                    source: row.source,
                    confidence: row.confidence,
                    values,
                    changed,
                    created_at: row.created_at,
                }
            })
            .collect();
        suggestions.sort_by(|a, b| {
            b.confidence
                .total_cmp(&a.confidence)
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(Enrichment {
            track_id,
            suggestions,
            checked_at: now,
        })
    }

    /// Copies a suggestion's values (all that differ, or only `fields`) into the track's
    /// overrides, recording its source.
    #[tracing::instrument(skip_all, fields(track = %track_id))]
    pub async fn apply(
        &self,
        track_id: String,
        suggestion_id: String,
        fields: Option<Vec<Field>>,
        device_id: Option<String>,
    ) -> Result<TrackMetadata, MetadataError> {
        let this = self.seen_one(&track_id).await?;
        let id = suggestion_id.clone();
        let row = crate::app::read(self.db(), move |conn| {
            Ok::<_, MetadataError>(store::suggestion_get(conn, &id)?)
        })
        .await?
        .filter(|row| row.track_id == track_id)
        .ok_or(MetadataError::NoSuchSuggestion)?;
        if row.track_state != this.state() {
            return Err(MetadataError::StaleSuggestion);
        }
        let proposed = values_from_json(&row.values_json);
        let mut effective = this.effective();
        let chosen: Vec<Field> = match fields {
            Some(fields) => {
                if let Some(missing) = fields.iter().find(|f| !proposed.contains_key(f)) {
                    return Err(MetadataError::Invalid {
                        field: "fields".into(),
                        message: format!(
                            "The suggestion has no value for `{}`; it proposes {}.",
                            missing.api(),
                            proposed
                                .keys()
                                .map(|f| format!("`{}`", f.api()))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    });
                }
                fields
            }
            None => proposed
                .iter()
                .filter(|(f, v)| effective.get(f) != Some(v))
                .map(|(f, _)| *f)
                .collect(),
        };
        let set = rules::clean(
            chosen
                .iter()
                .filter_map(|f| Some((*f, proposed.get(f)?.clone())))
                .collect(),
        )?;
        effective.extend(set.clone());
        rules::check_totals(&effective, None)?;

        let before = self.groups(vec![track_id.clone()]).await?;
        let now = self.now();
        let author = Author {
            device_id,
            source: row.source,
        };
        let seen_overrides = this.overrides;
        let id = track_id.clone();
        crate::app::write(self.db(), move |conn| {
            // The overrides read above must still be those of now.
            if store::override_list(conn, std::slice::from_ref(&id))? != seen_overrides {
                return Err(MetadataError::StaleSuggestion);
            }
            write_overrides(conn, &id, &set, &author, now)
        })
        .await?;
        self.reapply(vec![track_id.clone()], before).await?;
        self.get(track_id).await
    }
}
