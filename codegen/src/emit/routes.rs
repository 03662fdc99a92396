//! The poem-openapi routes (guard, parse, delegate), the operation table and the documented statuses.

use anyhow::Result;
use heck::ToSnakeCase;

use super::operations::{method_name, param_type, trait_name};
use super::*;
use crate::model::{Access, Document, Operation, ParamLocation};

pub(super) fn guard_type(op: &Operation) -> String {
    let guard = match op.access {
        Access::Public => "Public",
        Access::Authenticated => "Authenticated",
        Access::LocalOnly => "LocalOnly",
        Access::Media => "Media",
    };
    format!("{ACCESS}::{guard}<{}>", op.requires_healthy_database)
}

pub(super) fn access_variant(access: Access) -> &'static str {
    match access {
        Access::Public => "Public",
        Access::Authenticated => "Authenticated",
        Access::LocalOnly => "LocalOnly",
        Access::Media => "Media",
    }
}

pub(super) fn poem_path(path: &str) -> String {
    path.split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => format!(":{name}"),
                None => s.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

pub(super) fn emit_routes(
    out: &mut Out,
    doc: &Document,
    tag: &str,
    ops: &[&Operation],
    defaults: &mut Defaults,
) -> Result<()> {
    let routes = format!("{}Routes", type_name(tag));
    out.line(&format!(
        "/// The `{tag}` routes: they check access, parse inputs and call a `{}`.",
        trait_name(tag)
    ));
    out.line(&format!("pub struct {routes}<T>(pub Arc<T>);"));
    out.blank();
    out.line("#[OpenApi]");
    out.open(&format!("impl<T: {}> {routes}<T> {{", trait_name(tag)));
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.blank();
        }
        out.doc(&op.summary);
        out.line("///");
        out.doc(&op.description);
        out.line(&format!(
            "#[oai(path = {}, method = {}, operation_id = {}, tag = \"ApiTags::{}\")]",
            quote(&poem_path(&op.path)),
            quote(&op.method),
            quote(&op.id),
            type_name(tag)
        ));
        out.open(&format!("async fn {}(", method_name(op)));
        out.line("&self,");
        out.line(&format!("access: {},", guard_type(op)));
        let mut fields = Vec::new();
        for (pi, p) in op.params.iter().enumerate() {
            let at = format!(
                "/paths/{}/{}/parameters/{pi}",
                op.path.replace('/', "~1"),
                op.method
            );
            let mut attrs = vec![format!("name = {}", quote(&p.name))];
            if let Some(default) = &p.default {
                attrs.push(format!(
                    "default = {}",
                    quote(&defaults.path_for(doc, &p.ty, default, &at)?)
                ));
            }
            if let Some(v) = validator_attr(&p.validators) {
                attrs.push(v);
            }
            let wrapper = match p.location {
                ParamLocation::Path => "Path",
                ParamLocation::Query => "Query",
                ParamLocation::Header => "Header",
            };
            let var = format!("param_{}", p.name.to_snake_case());
            out.line(&format!(
                "#[oai({})] {var}: {wrapper}<{}>,",
                attrs.join(", "),
                param_type(p)
            ));
            fields.push(format!("{}: {var}.0", field_name(&p.name)));
        }
        if let Some(body) = &op.body {
            let ty = type_name(&body.schema);
            if body.required {
                out.line(&format!("body: {PAYLOAD}::JsonBody<{ty}>,"));
            } else {
                out.line(&format!("body: {PAYLOAD}::OptionalJson<{ty}>,"));
            }
            fields.push("body: body.0".into());
        }
        out.close(&format!(
            ") -> poem::Result<{}Response> {{",
            type_name(&op.id)
        ));
        out.indent += 1;
        out.line(&format!(
            "let request = {}Request {{ {} }};",
            type_name(&op.id),
            fields.join(", ")
        ));
        out.line(&format!(
            "Ok(self.0.{}(access.into_caller(), request).await?)",
            method_name(op)
        ));
        out.close("}");
    }
    out.close("}");
    out.blank();
    Ok(())
}

pub(super) fn emit_operation_table(out: &mut Out, doc: &Document) {
    out.line(
        "/// Every operation of the document, for tests and middleware that must cover them all.",
    );
    out.open(&format!(
        "pub const OPERATIONS: &[{ACCESS}::OperationInfo] = &["
    ));
    for op in &doc.operations {
        out.line(&format!(
            "{ACCESS}::OperationInfo {{ operation_id: {}, method: {}, path: {}, tag: {}, access: {ACCESS}::AccessLevel::{}, requires_healthy_database: {}, implemented: {} }},",
            quote(&op.id),
            quote(&op.method.to_uppercase()),
            quote(&op.path),
            quote(&op.tag),
            access_variant(op.access),
            op.requires_healthy_database,
            op.is_implemented(),
        ));
    }
    out.close("];");
    out.blank();
}

/// The status rule's source: every status each operation's document lists, shared
/// responses (`$ref: '#/components/responses/…'`) included. The error boundary holds every
/// answer of an operation to this list.
pub(super) fn emit_documented_statuses(out: &mut Out, doc: &Document) {
    out.line("/// The statuses the document lists for an operation (its `responses`, shared ones");
    out.line("/// included), or `None` for an id the document does not have. The error boundary");
    out.line("/// logs, and in debug builds refuses, any other status an operation answers.");
    out.open("pub fn documented_statuses(operation_id: &str) -> Option<&'static [u16]> {");
    out.open("match operation_id {");
    for op in &doc.operations {
        let mut statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
        statuses.sort_unstable();
        statuses.dedup();
        let statuses: Vec<String> = statuses.iter().map(u16::to_string).collect();
        out.line(&format!(
            "{} => Some(&[{}]),",
            quote(&op.id),
            statuses.join(", ")
        ));
    }
    out.line("_ => None,");
    out.close("}");
    out.close("}");
    out.blank();
}

pub(super) fn emit_documented_codes(out: &mut Out, doc: &Document) {
    let ty = type_name(crate::model::REGISTRY);
    out.line(
        "/// The `error` codes the document lists for an operation's error status (the enum of",
    );
    out.line(
        "/// that response's body), or `None` when it lists no such status. The error boundary",
    );
    out.line("/// logs, and in debug builds refuses, any other code an operation answers.");
    out.open(&format!(
        "pub fn documented_codes(operation_id: &str, status: u16) -> Option<&'static [{ty}]> {{"
    ));
    out.open("match (operation_id, status) {");
    for op in &doc.operations {
        for r in op.responses.iter().filter(|r| r.status >= 400) {
            let codes: Vec<String> = r
                .error_codes
                .iter()
                .map(|c| format!("{ty}::{}", variant_name(c)))
                .collect();
            out.line(&format!(
                "({}, {}) => Some(&[{}]),",
                quote(&op.id),
                r.status,
                codes.join(", ")
            ));
        }
    }
    out.line("_ => None,");
    out.close("}");
    out.close("}");
    out.blank();
}

pub(super) fn emit_api_fn(out: &mut Out, doc: &Document) {
    let tags: Vec<&str> = doc
        .tags
        .iter()
        .filter(|t| doc.operations.iter().any(|o| o.tag == t.name))
        .map(|t| t.name.as_str())
        .collect();
    let bounds: Vec<String> = tags.iter().map(|t| trait_name(t)).collect();
    out.line("/// All routes of the document, served by one implementation of every trait.");
    out.open(&format!(
        "pub fn api<T: {}>(implementation: Arc<T>) -> impl OpenApi {{",
        bounds.join(" + ")
    ));
    out.open("(");
    for t in &tags {
        out.line(&format!("{}Routes(implementation.clone()),", type_name(t)));
    }
    out.close(")");
    out.close("}");
    out.blank();
}
