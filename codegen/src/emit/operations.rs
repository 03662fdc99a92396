//! Per operation: the request struct and the response enum; per tag: the trait.

use anyhow::Result;
use heck::ToSnakeCase;

use super::*;
use crate::model::{Content, Operation, Param, Response};

pub(super) fn param_type(p: &Param) -> String {
    let ty = rust_type(&p.ty);
    if p.required || p.default.is_some() {
        ty
    } else {
        format!("Option<{ty}>")
    }
}

pub(super) fn emit_request(out: &mut Out, op: &Operation) {
    out.line(&format!(
        "/// The inputs of `{}`: its path, query and header parameters and its body.",
        op.id
    ));
    out.line("#[derive(Debug, Clone)]");
    if op.params.is_empty() && op.body.is_none() {
        out.line(&format!("pub struct {}Request {{}}", type_name(&op.id)));
        out.blank();
        return;
    }
    out.open(&format!("pub struct {}Request {{", type_name(&op.id)));
    for p in &op.params {
        if let Some(d) = &p.description {
            out.doc(d);
        }
        out.line(&format!("pub {}: {},", field_name(&p.name), param_type(p)));
    }
    if let Some(body) = &op.body {
        if let Some(d) = &body.description {
            out.doc(d);
        }
        let ty = type_name(&body.schema);
        if body.required {
            out.line(&format!("pub body: {ty},"));
        } else {
            out.line(&format!("pub body: Option<{ty}>,"));
        }
    }
    out.close("}");
    out.blank();
}

pub(super) fn variant_for_status(status: u16) -> String {
    match status {
        200 => "Ok".into(),
        201 => "Created".into(),
        202 => "Accepted".into(),
        204 => "NoContent".into(),
        206 => "PartialContent".into(),
        304 => "NotModified".into(),
        400 => "BadRequest".into(),
        401 => "Unauthorized".into(),
        403 => "Forbidden".into(),
        404 => "NotFound".into(),
        405 => "MethodNotAllowed".into(),
        409 => "Conflict".into(),
        410 => "Gone".into(),
        413 => "PayloadTooLarge".into(),
        416 => "RangeNotSatisfiable".into(),
        422 => "UnprocessableEntity".into(),
        429 => "TooManyRequests".into(),
        500 => "InternalError".into(),
        501 => "NotImplemented".into(),
        503 => "ServiceUnavailable".into(),
        other => format!("Status{other}"),
    }
}

pub(super) fn content_variant_name(media_type: &str) -> String {
    let subtype = media_type.rsplit('/').next().unwrap_or(media_type);
    let subtype = subtype.split('+').next().unwrap_or(subtype);
    subtype.to_upper_camel_case()
}

pub(super) fn content_enum_name(op: &Operation, r: &Response) -> String {
    format!(
        "{}{}Content",
        type_name(&op.id),
        variant_for_status(r.status)
    )
}

pub(super) fn emit_response(out: &mut Out, op: &Operation) -> Result<()> {
    // Several fixed binary types in one response become a content enum of their own.
    for r in &op.responses {
        if let Content::Binary(types) = &r.content {
            if types.len() > 1 {
                out.line(&format!(
                    "/// The media types of `{}`'s {} answer.",
                    op.id, r.status
                ));
                out.line("#[derive(ResponseContent)]");
                out.open(&format!("pub enum {} {{", content_enum_name(op, r)));
                for t in types {
                    out.line(&format!("#[oai(content_type = {})]", quote(t)));
                    out.line(&format!("{}(Binary<Vec<u8>>),", content_variant_name(t)));
                }
                out.close("}");
                out.blank();
            }
        }
    }
    out.line(&format!(
        "/// The answers of `{}`, one variant per documented status.",
        op.id
    ));
    out.line("#[derive(ApiResponse)]");
    out.open(&format!("pub enum {}Response {{", type_name(&op.id)));
    for r in &op.responses {
        out.doc(&r.description);
        let mut attrs = vec![format!("status = {}", r.status)];
        let mut fields = Vec::new();
        match &r.content {
            Content::None => {}
            Content::Json(ty) => fields.push(format!("Json<{}>", rust_type(ty))),
            Content::EventStream(event) => fields.push(format!(
                "EventStream<futures_util::stream::BoxStream<'static, {}>>",
                type_name(event)
            )),
            Content::Binary(types) if types.len() == 1 => {
                attrs.push(format!("content_type = {}", quote(&types[0])));
                fields.push("Binary<Vec<u8>>".into());
            }
            Content::Binary(_) => fields.push(content_enum_name(op, r)),
            Content::MediaWildcard(t) => fields.push(match t.as_str() {
                "audio/*" => format!("{PAYLOAD}::AudioBody"),
                _ => format!("{PAYLOAD}::ImageBody"),
            }),
        }
        for h in &r.headers {
            let ty = rust_type(&h.ty);
            let ty = if h.required {
                ty
            } else {
                format!("Option<{ty}>")
            };
            fields.push(format!("#[oai(header = {})] {ty}", quote(&h.name)));
        }
        out.line(&format!("#[oai({})]", attrs.join(", ")));
        let variant = variant_for_status(r.status);
        if fields.is_empty() {
            out.line(&format!("{variant},"));
        } else {
            out.line(&format!("{variant}({}),", fields.join(", ")));
        }
    }
    out.close("}");
    out.blank();
    Ok(())
}

pub(super) fn method_name(op: &Operation) -> String {
    op.id.to_snake_case()
}

pub(super) fn trait_name(tag: &str) -> String {
    format!("{}Api", type_name(tag))
}

pub(super) fn emit_trait(out: &mut Out, tag: &str, description: Option<&str>, ops: &[&Operation]) {
    out.line(&format!(
        "/// The `{tag}` operations. Implement this in `src/handlers/`."
    ));
    if let Some(d) = description {
        out.line("///");
        out.doc(d);
    }
    out.open(&format!(
        "pub trait {}: Send + Sync + 'static {{",
        trait_name(tag)
    ));
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.blank();
        }
        out.doc(&format!("`{}`: {}", op.id, op.summary));
        let ty = type_name(&op.id);
        let signature = format!(
            "fn {}(&self, caller: {ACCESS}::Caller, request: {ty}Request) -> impl Future<Output = Result<{ty}Response, {HANDLER_ERROR}>> + Send",
            method_name(op)
        );
        if op.is_implemented() {
            out.line(&format!("{signature};"));
        } else {
            // The document still lists 501: until an issue builds it, it answers that.
            out.line("///");
            out.line(
                "/// Not built yet: the document still lists `501`, so this default answers it.",
            );
            out.open(&format!("{signature} {{"));
            out.line("let _ = (caller, request);");
            out.line(&format!(
                "async {{ Err({HANDLER_ERROR}::not_implemented({})) }}",
                quote(&op.id)
            ));
            out.close("}");
        }
    }
    out.close("}");
    out.blank();
}
