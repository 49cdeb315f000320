import pytest

from timedesk import __version__
from timedesk.server import add_openapi, create_app
from timedesk.server.openapi import build_document


async def test_openapi_json_is_a_3_1_document_with_bearer_auth_and_every_module_fragment(
        server_url, http):
    async with http.get(f"{server_url}/api/v1/openapi.json") as response:
        assert response.status == 200
        document = await response.json()
    assert document["openapi"].startswith("3.1")
    assert document["info"] == {"title": "timedesk", "version": __version__,
                                "description": document["info"]["description"]}
    assert document["components"]["securitySchemes"]["bearerAuth"] == {"type": "http",
                                                                      "scheme": "bearer"}
    assert document["security"] == [{"bearerAuth": []}]
    assert document["paths"]["/health"]["get"]["security"] == []
    assert "Health" in document["components"]["schemas"]
    assert "/api/v1/openapi.json" in document["paths"]
    assert "/api/v1/test/whoami" in document["paths"]  # registered by the sample module


def test_two_modules_describing_the_same_operation_is_an_error_not_an_overwrite(ctx):
    app = create_app(ctx)
    add_openapi(app, paths={"/health": {"get": {"summary": "again"}}})
    with pytest.raises(ValueError, match="GET /health is described twice"):
        build_document(app)


def test_a_component_described_twice_identically_is_merged(ctx):
    app = create_app(ctx)
    schema = {"type": "object"}
    add_openapi(app, components={"schemas": {"Turn": schema}})
    add_openapi(app, components={"schemas": {"Turn": dict(schema)}})
    assert build_document(app)["components"]["schemas"]["Turn"] == schema
    add_openapi(app, components={"schemas": {"Turn": {"type": "string"}}})
    with pytest.raises(ValueError, match="schemas/Turn"):
        build_document(app)
