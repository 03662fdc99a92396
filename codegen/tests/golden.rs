//! The generator's own tests: golden output for a small document that uses every supported
//! construct, one test per refusal, and the drift check on a scratch copy of the repository.
//!
//! `UPDATE_GOLDEN=1 cargo test -p codegen` rewrites the golden file after a deliberate change.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The golden module: one file per generated file, compiled by the hub's unit tests
/// (`src/api/mod.rs`) so every construct is proven to build.
fn golden_dir() -> PathBuf {
    fixtures().join("small_golden")
}

#[test]
fn small_document_matches_golden_output() {
    let doc = std::fs::read_to_string(fixtures().join("small.yaml")).expect("fixture");
    let generated = codegen::generate_rust(&doc).expect("generates");
    let names: Vec<&str> = generated.iter().map(|f| f.name).collect();
    assert_eq!(names, codegen::emit::FILES);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden_dir()).expect("golden dir");
        for file in &generated {
            std::fs::write(golden_dir().join(file.name), &file.text).expect("write golden");
        }
    }
    for file in &generated {
        let golden = std::fs::read_to_string(golden_dir().join(file.name)).expect("golden file");
        assert!(
            file.text == golden,
            "generated {} differs from tests/fixtures/small_golden/{}; if the change is \
             intended, rerun with UPDATE_GOLDEN=1 and review the diff",
            file.name,
            file.name
        );
    }
}

/// Generating twice gives the same bytes (the drift check depends on it), and every file is
/// already as `rustfmt` would write it.
#[test]
fn generation_is_deterministic_and_formatted() {
    let doc = std::fs::read_to_string(fixtures().join("small.yaml")).expect("fixture");
    let first = codegen::generate_rust(&doc).expect("generates");
    let second = codegen::generate_rust(&doc).expect("generates");
    for (a, b) in first.iter().zip(&second) {
        assert!(a.text == b.text, "{} differs between two runs", a.name);
        let again = codegen::emit::rustfmt(&a.text).expect("rustfmt");
        assert!(again == a.text, "{} is not rustfmt-clean", a.name);
    }
}

/// The status rule's table lists each operation's statuses, shared responses included,
/// sorted, and nothing for an unknown id.
#[test]
fn documented_statuses_cover_shared_responses() {
    let doc = std::fs::read_to_string(fixtures().join("small.yaml")).expect("fixture");
    let generated = codegen::generate_rust(&doc).expect("generates");
    let operations = generated
        .iter()
        .find(|f| f.name == "operations.rs")
        .expect("operations.rs");
    assert!(
        operations
            .text
            .contains("pub fn documented_statuses(operation_id: &str) -> Option<&'static [u16]>"),
        "{}",
        operations.text
    );
    for line in [
        "\"listThings\" => Some(&[200, 501]),",
        "\"thingPicture\" => Some(&[200, 203, 206, 299]),",
        "_ => None,",
    ] {
        assert!(
            operations.text.contains(line),
            "{line} in {}",
            operations.text
        );
    }
}

/// The registry of error codes every document carries.
const REGISTRY: &str = r#"    ErrorCode:
      type: string
      enum: [not_found, gone_away, not_implemented]
      x-status: {not_found: 404, gone_away: 410, not_implemented: 501}
      x-description: {not_found: No such thing., gone_away: It went., not_implemented: Not yet.}"#;

/// A minimal valid document with one operation, into which each refusal case splices a bad
/// piece.
fn document_with(operation_extra: &str, schemas: &str) -> String {
    format!(
        r#"openapi: 3.0.3
info: {{title: T, version: '1'}}
tags: [{{name: t}}]
paths:
  /api/x:
    get:
      operationId: getX
      tags: [t]
      summary: s
      description: d
      x-access: public
{operation_extra}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/X'
components:
  schemas:
    X:
      type: object
      properties:
        a: {{type: string}}
{REGISTRY}
{schemas}
"#
    )
}

fn refusal(operation_extra: &str, schemas: &str) -> String {
    let doc = document_with(operation_extra, schemas);
    match codegen::generate_rust(&doc) {
        Ok(_) => panic!("the generator accepted:\n{doc}"),
        Err(err) => format!("{err:#}"),
    }
}

#[test]
fn the_refusal_harness_accepts_its_base_document() {
    codegen::generate_rust(&document_with("", "")).expect("base document is supported");
}

#[test]
fn refuses_a_not_built_mark_that_disagrees_with_a_501() {
    let marked = document_with("", "").replace("summary: s", "summary: s (not built yet)");
    let err = format!(
        "{:#}",
        codegen::generate_rust(&marked).expect_err("a mark without 501")
    );
    assert!(err.contains("/paths/~1api~1x/get/summary"), "{err}");
    let unmarked = with_error_answer(501, "not_implemented");
    assert!(unmarked.contains("'501'"));
    let err = format!(
        "{:#}",
        codegen::generate_rust(&unmarked).expect_err("a 501 without mark")
    );
    assert!(err.contains("/paths/~1api~1x/get/summary"), "{err}");
}

#[test]
fn refuses_one_of_without_a_discriminator() {
    let err = refusal(
        "",
        "    Y:\n      oneOf:\n        - $ref: '#/components/schemas/X'",
    );
    assert!(err.contains("/components/schemas/Y/discriminator"), "{err}");
}

/// A union `U` of `A` and `B`, told apart by `kind`; `a_kind` is what `A` declares.
fn union_schemas(mapping: &str, a_kind: &str) -> String {
    format!(
        r#"    U:
      oneOf:
        - $ref: '#/components/schemas/A'
        - $ref: '#/components/schemas/B'
      discriminator:
        propertyName: kind
        mapping:
{mapping}
    A:
      type: object
      required: [kind]
      properties:
        kind: {{type: string, enum: [{a_kind}]}}
        n: {{type: integer, format: int64}}
    B:
      type: object
      required: [kind]
      properties:
        kind: {{type: string, enum: [b]}}"#
    )
}

const UNION_MAPPING: &str =
    "          a: '#/components/schemas/A'\n          b: '#/components/schemas/B'";

#[test]
fn a_discriminated_union_becomes_a_poem_union_whose_shapes_leave_the_discriminator_to_it() {
    let doc = document_with("", &union_schemas(UNION_MAPPING, "a"));
    let files = codegen::generate_rust(&doc).expect("a discriminated union is supported");
    let types = files
        .iter()
        .find(|f| f.name == "types.rs")
        .expect("types.rs");
    assert!(types
        .text
        .contains("#[oai(rename = \"U\", discriminator_name = \"kind\", one_of)]"));
    assert!(types.text.contains("#[oai(mapping = \"a\")]\n    A(A),"));
    // poem-openapi writes and checks `kind`; the shape has only its own fields.
    let shape = types.text.split("pub struct A {").nth(1).expect("struct A");
    let shape = shape.split('}').next().unwrap_or_default();
    assert!(
        shape.contains("pub n:") && !shape.contains("kind"),
        "{shape}"
    );
}

#[test]
fn refuses_a_shape_whose_discriminator_disagrees_with_the_mapping() {
    let err = refusal("", &union_schemas(UNION_MAPPING, "b"));
    assert!(
        err.contains("/components/schemas/A/properties/kind"),
        "{err}"
    );
}

#[test]
fn refuses_a_mapping_out_of_the_one_of_order() {
    let swapped = "          b: '#/components/schemas/B'\n          a: '#/components/schemas/A'";
    let err = refusal("", &union_schemas(swapped, "a"));
    assert!(
        err.contains("/components/schemas/U/discriminator/mapping"),
        "{err}"
    );
}

#[test]
fn refuses_nullable() {
    let err = refusal(
        "",
        "    Y:\n      type: object\n      properties:\n        b: {type: string, nullable: true}",
    );
    assert!(
        err.contains("/components/schemas/Y/properties/b/nullable"),
        "{err}"
    );
}

#[test]
fn refuses_inline_objects() {
    let err = refusal("", "    Y:\n      type: object\n      properties:\n        b:\n          type: object\n          properties:\n            c: {type: string}");
    assert!(err.contains("/components/schemas/Y/properties/b"), "{err}");
}

#[test]
fn refuses_inline_enums() {
    let err = refusal(
        "",
        "    Y:\n      type: object\n      properties:\n        b: {type: string, enum: [a, b]}",
    );
    assert!(err.contains("/components/schemas/Y/properties/b"), "{err}");
}

#[test]
fn refuses_cookie_parameters() {
    let err = refusal(
        "      parameters:\n        - {name: c, in: cookie, schema: {type: string}}",
        "",
    );
    assert!(err.contains("/paths/~1api~1x/get/parameters/0/in"), "{err}");
}

#[test]
fn refuses_unknown_operation_keys() {
    let err = refusal("      deprecated: true", "");
    assert!(err.contains("/paths/~1api~1x/get/deprecated"), "{err}");
}

#[test]
fn refuses_security_that_disagrees_with_x_access() {
    let err = refusal("      security:\n        - bearerAuth: []", "");
    assert!(err.contains("/paths/~1api~1x/get/security"), "{err}");
}

#[test]
fn refuses_an_unresolvable_reference() {
    let err = refusal("", "    Y:\n      type: object\n      properties:\n        b:\n          $ref: '#/components/schemas/Nope'");
    assert!(
        err.contains("/components/schemas/Y/properties/b/$ref"),
        "{err}"
    );
}

#[test]
fn refuses_integers_without_a_format() {
    let err = refusal(
        "",
        "    Y:\n      type: object\n      properties:\n        b: {type: integer}",
    );
    assert!(err.contains("/components/schemas/Y/properties/b"), "{err}");
}

#[test]
fn refuses_unsupported_media_types() {
    let doc = document_with("", "").replace("application/json:", "application/xml:");
    let err = format!(
        "{:#}",
        codegen::generate_rust(&doc).expect_err("xml is refused")
    );
    assert!(
        err.contains("/paths/~1api~1x/get/responses/200/content"),
        "{err}"
    );
}

#[test]
fn refuses_an_undeclared_path_parameter() {
    let doc = document_with("", "").replace("/api/x:", "/api/x/{id}:");
    let err = format!("{:#}", codegen::generate_rust(&doc).expect_err("refused"));
    assert!(err.contains("path parameter `id`"), "{err}");
}

fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("copy {}: {e}", from.display()));
}

/// A scratch copy of the parts of the repository that generation reads and writes. The
/// installed SDK tools are linked, not copied (nor installed again).
fn scratch_checkout() -> tempfile::TempDir {
    let root = workspace_root();
    let dir = tempfile::tempdir().expect("temp");
    for output in codegen::outputs(root).expect("outputs") {
        copy(&root.join(&output.path), &dir.path().join(&output.path));
    }
    for input in std::iter::once(codegen::DOCUMENT).chain(codegen::sdk::INPUTS.iter().copied()) {
        let from = root.join(input);
        let files = if from.is_dir() {
            codegen::sdk::files_under(&from).expect("list inputs")
        } else {
            vec![from]
        };
        for file in files {
            let relative = file.strip_prefix(root).expect("under the root");
            copy(&file, &dir.path().join(relative));
        }
    }
    for tools in codegen::sdk::TOOL_DIRS {
        std::os::unix::fs::symlink(root.join(tools), dir.path().join(tools)).expect("link tools");
    }
    dir
}

fn run_check(root: &Path) -> (bool, String) {
    run_check_scoped(root, &[])
}

/// `check` with a scope flag (`--rust`, `--sdk`) or none.
fn run_check_scoped(root: &Path, scope: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .arg("check")
        .args(scope)
        .arg("--root")
        .arg(root)
        .output()
        .expect("run codegen");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn check_passes_on_the_committed_tree_and_fails_on_hand_edits() {
    let scratch = scratch_checkout();
    let root = scratch.path();
    let (ok, stderr) = run_check(root);
    assert!(ok, "the committed tree must be in step: {stderr}");

    // A hand edit to a generated file.
    let generated = root.join("src/api/generated/types.rs");
    let original = std::fs::read_to_string(&generated).expect("read");
    std::fs::write(
        &generated,
        original.replace("pub struct", "pub(crate) struct"),
    )
    .expect("edit");
    let (ok, stderr) = run_check(root);
    assert!(!ok, "a hand-edited generated file must fail the check");
    assert!(stderr.contains("src/api/generated/types.rs"), "{stderr}");
    std::fs::write(&generated, &original).expect("restore");

    // A document edit that was not regenerated.
    let doc = root.join(codegen::DOCUMENT);
    let text = std::fs::read_to_string(&doc).expect("read");
    std::fs::write(
        &doc,
        text.replacen(
            "summary: Check that the hub is up",
            "summary: Is the hub up?",
            1,
        ),
    )
    .expect("edit");
    let (ok, stderr) = run_check(root);
    assert!(
        !ok,
        "an edited document must fail the check until regenerated"
    );
    assert!(stderr.contains("src/api/generated/routes.rs"), "{stderr}");

    // Regenerating brings it back in step.
    run_generate(root);
    assert!(run_check(root).0);
}

fn run_generate(root: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(["generate", "--root"])
        .arg(root)
        .status()
        .expect("run codegen");
    assert!(status.success());
}

/// The drift check covers both SDKs: a hand edit to a generated SDK file, or a file left in
/// a generated-only directory, fails it naming the file; `generate` repairs both.
#[test]
fn check_fails_on_hand_edits_to_the_sdks() {
    let scratch = scratch_checkout();
    let root = scratch.path();

    let edits = [
        (
            "clients/typescript/src/generated/schema.ts",
            "accessToken: string;",
            "accessToken?: string;",
        ),
        (
            "clients/python/music_hub_client/models/token_pair.py",
            "access_token: str",
            "access_token: str | None",
        ),
        (
            "clients/python/music_hub_client/client.py",
            "raise_on_unexpected_status: bool = field(default=False",
            "raise_on_unexpected_status: bool = field(default=True",
        ),
    ];
    for (file, from, to) in edits {
        let path = root.join(file);
        let original = std::fs::read_to_string(&path).expect("read");
        assert!(
            original.contains(from),
            "{file} no longer contains {from:?}"
        );
        std::fs::write(&path, original.replacen(from, to, 1)).expect("edit");
        let (ok, stderr) = run_check(root);
        assert!(!ok, "a hand edit to {file} must fail the check");
        assert!(stderr.contains(&format!("stale: {file}")), "{stderr}");
        std::fs::write(&path, original).expect("restore");
    }

    // A module that the document does not generate (say, of a removed operation).
    let leftover = "clients/python/music_hub_client/api/auth/removed_operation.py";
    std::fs::write(root.join(leftover), "def sync(): ...\n").expect("write");
    let (ok, stderr) = run_check(root);
    assert!(!ok, "a leftover generated file must fail the check");
    assert!(stderr.contains(&format!("stale: {leftover}")), "{stderr}");
    run_generate(root);
    assert!(!root.join(leftover).exists(), "generate removes leftovers");
    let (ok, stderr) = run_check(root);
    assert!(ok, "{stderr}");
}

#[test]
fn refuses_additional_properties_other_than_false_on_a_named_object() {
    let err = refusal(
        "",
        "    Y:\n      type: object\n      additionalProperties: true\n      properties:\n        b: {type: string}",
    );
    assert!(
        err.contains("/components/schemas/Y/additionalProperties"),
        "{err}"
    );
}

/// `check --rust` needs neither Node nor Python: it passes on a checkout without the SDK
/// tools, sees a hand edit to the Rust module and ignores one to an SDK; `check --sdk` is
/// the other way round. The module's former single file is stale wherever it reappears.
#[test]
fn check_scopes_split_the_rust_module_from_the_sdks() {
    let scratch = scratch_checkout();
    let root = scratch.path();
    // Without the tools: an SDK check would have to install them, a Rust check must not.
    for tools in codegen::sdk::TOOL_DIRS {
        std::fs::remove_file(root.join(tools)).expect("unlink tools");
    }
    let (ok, stderr) = run_check_scoped(root, &["--rust"]);
    assert!(ok, "check --rust on the committed tree: {stderr}");

    let sdk_file = root.join("clients/typescript/src/generated/schema.ts");
    let original = std::fs::read_to_string(&sdk_file).expect("read");
    std::fs::write(&sdk_file, format!("{original}// edit\n")).expect("edit");
    let (ok, stderr) = run_check_scoped(root, &["--rust"]);
    assert!(ok, "check --rust must not look at the SDKs: {stderr}");
    std::fs::write(&sdk_file, &original).expect("restore");

    let traits = root.join("src/api/generated/traits.rs");
    let original = std::fs::read_to_string(&traits).expect("read");
    std::fs::write(&traits, format!("{original}// edit\n")).expect("edit");
    let (ok, stderr) = run_check_scoped(root, &["--rust"]);
    assert!(!ok, "check --rust must see a hand edit to the module");
    assert!(
        stderr.contains("stale: src/api/generated/traits.rs"),
        "{stderr}"
    );
    std::fs::write(&traits, &original).expect("restore");

    std::fs::write(root.join("src/api/generated.rs"), "// the old module\n").expect("write");
    let (ok, stderr) = run_check_scoped(root, &["--rust"]);
    assert!(!ok, "the former single-file module is stale");
    assert!(stderr.contains("stale: src/api/generated.rs"), "{stderr}");
    std::fs::remove_file(root.join("src/api/generated.rs")).expect("remove");
    let stray = root.join("src/api/generated/extra.rs");
    std::fs::write(&stray, "// not generated\n").expect("write");
    let (ok, stderr) = run_check_scoped(root, &["--rust"]);
    assert!(
        !ok,
        "a file the generator does not write is stale in its directory"
    );
    assert!(
        stderr.contains("stale: src/api/generated/extra.rs"),
        "{stderr}"
    );
}

#[test]
fn check_sdk_ignores_the_rust_module() {
    let scratch = scratch_checkout();
    let root = scratch.path();
    let traits = root.join("src/api/generated/traits.rs");
    let original = std::fs::read_to_string(&traits).expect("read");
    std::fs::write(&traits, format!("{original}// edit\n")).expect("edit");
    let (ok, stderr) = run_check_scoped(root, &["--sdk"]);
    assert!(ok, "check --sdk must not look at the Rust module: {stderr}");
    let (ok, stderr) = run_check(root);
    assert!(!ok, "plain check covers the Rust module too");
    assert!(
        stderr.contains("stale: src/api/generated/traits.rs"),
        "{stderr}"
    );
}

#[test]
fn unknown_arguments_are_refused() {
    for args in [
        &["check", "--python"][..],
        &["check", "--rust", "--sdk"],
        &["lint"],
    ] {
        let status = Command::new(env!("CARGO_BIN_EXE_codegen"))
            .args(args)
            .status()
            .expect("run codegen");
        assert_eq!(status.code(), Some(2), "{args:?}");
    }
}

/// An error object whose `error` enum is `codes`.
fn error_schemas(codes: &str) -> String {
    format!(
        r#"    XError:
      type: object
      required: [error, message]
      properties:
        error: {{$ref: '#/components/schemas/XCode'}}
        message: {{type: string}}
    XCode: {{type: string, enum: [{codes}]}}"#
    )
}

/// `getX` answering `status` with an `XError` whose codes are `codes`.
fn with_error_answer(status: u16, codes: &str) -> String {
    document_with("", &error_schemas(codes)).replace(
        "      responses:\n",
        &format!(
            "      responses:\n        '{status}':\n          description: refused\n          \
             content:\n            application/json:\n              schema:\n                \
             $ref: '#/components/schemas/XError'\n"
        ),
    )
}

#[test]
fn error_answers_list_registered_codes_and_the_table_says_which() {
    let doc = with_error_answer(404, "not_found");
    let generated = codegen::generate_rust(&doc).expect("a registered code is accepted");
    let operations = generated
        .iter()
        .find(|f| f.name == "operations.rs")
        .expect("operations.rs");
    assert!(
        operations
            .text
            .contains("(\"getX\", 404) => Some(&[ErrorCode::NotFound]),"),
        "{}",
        operations.text
    );
    let types = generated
        .iter()
        .find(|f| f.name == "types.rs")
        .expect("types.rs");
    assert!(
        types.text.contains("ErrorCode::GoneAway => 410,"),
        "{}",
        types.text
    );
}

#[test]
fn refuses_an_error_code_the_registry_lacks() {
    let doc = with_error_answer(404, "not_found, no_such_code");
    let err = format!("{:#}", codegen::generate_rust(&doc).expect_err("refused"));
    assert!(
        err.contains("`no_such_code`") && err.contains("not in the registry"),
        "{err}"
    );
}

#[test]
fn refuses_an_error_code_answered_with_another_status_than_its_own() {
    let doc = with_error_answer(404, "gone_away");
    let err = format!("{:#}", codegen::generate_rust(&doc).expect_err("refused"));
    assert!(err.contains("`gone_away` is a 410 code"), "{err}");
}

#[test]
fn refuses_an_error_answer_whose_code_is_free_text() {
    let doc = with_error_answer(404, "not_found").replace(
        "error: {$ref: '#/components/schemas/XCode'}",
        "error: {type: string}",
    );
    let err = format!("{:#}", codegen::generate_rust(&doc).expect_err("refused"));
    assert!(err.contains("/properties/error"), "{err}");
}

/// `check --rust` on a copy of the repository fails, naming the code, when the contract
/// lists a code its registry lacks; the Rust module alone is enough to see it.
#[test]
fn check_fails_when_the_contract_names_an_unregistered_code() {
    let root = workspace_root();
    let dir = tempfile::tempdir().expect("temp");
    for output in codegen::rust_outputs(root).expect("outputs") {
        copy(&root.join(&output.path), &dir.path().join(&output.path));
    }
    copy(
        &root.join(codegen::DOCUMENT),
        &dir.path().join(codegen::DOCUMENT),
    );
    let (ok, stderr) = run_check_scoped(dir.path(), &["--rust"]);
    assert!(ok, "the committed tree must be in step: {stderr}");

    let doc = dir.path().join(codegen::DOCUMENT);
    let text = std::fs::read_to_string(&doc).expect("read");
    let listed = "NotFoundCode: {type: string, enum: [not_found]}";
    assert!(text.contains(listed), "the document lists `{listed}`");
    std::fs::write(
        &doc,
        text.replacen(
            listed,
            "NotFoundCode: {type: string, enum: [not_found, gone_missing]}",
            1,
        ),
    )
    .expect("edit");
    let (ok, stderr) = run_check_scoped(dir.path(), &["--rust"]);
    assert!(!ok, "an unregistered code must fail the check");
    assert!(
        stderr.contains("`gone_missing`") && stderr.contains("registry"),
        "{stderr}"
    );
}
