"""What the hub still does not build, from the document it serves, checked on the live hub.

An operation that lists `501` (the shared `NotImplemented` response) is not built yet: the
issue that builds it removes that `501` from the document. This test calls every operation
once, as the hub's own machine (a loopback call needs no token), with a request made of the
document's own examples (required parameters and bodies only, so that it reaches the
operation rather than a `400`), and:

- prints the operations that still list `501` as "remaining";
- fails when an operation that does NOT list `501` answers `501`: the document says it is
  built, the hub says it is not;
- prints an operation that lists `501` but answered something else: it may be built, and
  its `501` left in the document by mistake.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hubproc import HubProcess

METHODS = ("get", "put", "post", "delete", "patch")


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].split("/")
        node = document
        for part in name[1:]:
            node = node[part]
    return node


def sample(document: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A value for a schema with no example: its default, its first enum value, or a minimal
    value of its type (objects with their required properties only)."""
    schema = resolve(document, schema)
    if "example" in schema:
        return schema["example"]
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: sample(document, properties[name]) for name in schema.get("required", [])}
    if kind == "array":
        return [sample(document, schema["items"])]
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    return "x" * max(1, schema.get("minLength", 1))


def example_request(
    document: dict[str, Any], path: str, operation: dict[str, Any]
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for parameter in operation.get("parameters", []):
        parameter = resolve(document, parameter)
        if not parameter.get("required"):
            continue
        value = parameter.get("example", sample(document, parameter["schema"]))
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", str(value))
        elif parameter["in"] == "query":
            params[parameter["name"]] = value
        elif parameter["in"] == "header":
            headers[parameter["name"]] = str(value)
    request: dict[str, Any] = {"url": path, "params": params, "headers": headers}
    body = operation.get("requestBody")
    if body is not None and body.get("required"):
        media = body["content"]["application/json"]
        request["json"] = media.get("example", sample(document, media["schema"]))
    return request


def documents_501(operation: dict[str, Any]) -> bool:
    return "501" in operation.get("responses", {})


def test_only_operations_that_document_501_answer_it(
    hub: HubProcess, document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    remaining: list[str] = []
    hints: list[str] = []
    wrong: list[str] = []
    with httpx.Client(base_url=hub.url, timeout=10) as client:
        for path, item in document["paths"].items():
            for method in METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                name = f"{operation['operationId']} ({method.upper()} {path})"
                request = example_request(document, path, operation)
                # Streams (event feeds, media) are closed once the status line is in.
                with client.stream(method.upper(), **request) as response:
                    status = response.status_code
                if documents_501(operation):
                    remaining.append(name)
                    if status != 501:
                        hints.append(f"{name} lists 501 but answered {status}")
                elif status == 501:
                    wrong.append(name)
    with capsys.disabled():
        print(f"\n\nremaining (the document still lists 501): {len(remaining)} operations")
        for name in remaining:
            print(f"  remaining: {name}")
        for hint in hints:
            print(f"  note: {hint}; once it is built, drop its 501 from the document")
    assert not wrong, f"these answer 501 although the document does not list it: {wrong}"
