"""A small JSON-schema check of API answers against /api/v1/openapi.json, importable by name
from any test folder (the suite has no jsonschema)."""

from __future__ import annotations

JSON_TYPES = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool,
              "null": type(None)}


def conforms(value, schema, document, where="$") -> None:
    """A small JSON-schema check of what these schemas use: $ref, oneOf, type (lists too),
    enum, required, additionalProperties (false, or the schema of every other key), items."""
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "oneOf" in schema:
        matched = 0
        for option in schema["oneOf"]:
            try:
                conforms(value, option, document, where)
                matched += 1
            except AssertionError:
                pass
        assert matched == 1, f"{where}: {value!r} matches {matched} of oneOf"
        return
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    if types:
        assert any(isinstance(value, JSON_TYPES[t]) and not (t == "integer" and
                                                             isinstance(value, bool))
                   for t in types), f"{where}: {value!r} is not {types}"
    if "enum" in schema:
        assert value in schema["enum"], where
    if isinstance(value, dict):
        assert set(schema.get("required", [])) <= set(value), f"{where}: missing keys"
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(schema["properties"]), \
                f"{where}: undocumented {set(value) - set(schema['properties'])}"
        others = schema.get("additionalProperties")
        for key, item in value.items():
            conforms(item, schema.get("properties", {}).get(
                key, others if isinstance(others, dict) else {}), document, f"{where}.{key}")
    if isinstance(value, list):
        for index, item in enumerate(value):
            conforms(item, schema.get("items", {}), document, f"{where}[{index}]")


def documented(document, method: str, template: str, status: int, found) -> None:
    """`found`, the JSON answer of `method template` with `status`, is an answer the document
    lists for that status, in the documented shape."""
    responses = document["paths"][template][method.lower()]["responses"]
    assert str(status) in responses, (template, status)
    conforms(found, responses[str(status)].get("content", {}).get(
        "application/json", {}).get("schema", {}), document)
