"""The OpenAPI 3.1 description of the read-only JSON API (tracker/views/api.py), written by
hand: three GET endpoints with the same paging. tests/test_api_described.py checks that every
parameter listed here is one the API reads and every field is one it returns."""

from __future__ import annotations

from typing import Any

PAGING = [
    {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "maximum": 200},
        "description": "Rows per answer (default 50); `page_size` is the same.",
    },
    {
        "name": "page_size",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "maximum": 200},
    },
    {
        "name": "page",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "maximum": 2000},
        "description": "Page number, from 1.",
    },
    {
        "name": "cursor",
        "in": "query",
        "schema": {"type": "string"},
        "description": "The `next_cursor` of the previous answer: the rows after it.",
    },
]

SEARCH = [
    {
        "name": "q",
        "in": "query",
        "schema": {"type": "string", "maxLength": 200},
        "description": 'Words (every one, any form), "a phrase", -excluded, OR.',
    },
    {
        "name": "speaker",
        "in": "query",
        "schema": {"type": "string"},
        "description": "A speaker's id (slug), e.g. mike-pompeo.",
    },
    {"name": "outlet", "in": "query", "schema": {"type": "string"}},
    {"name": "start", "in": "query", "schema": {"type": "string", "format": "date"}},
    {"name": "end", "in": "query", "schema": {"type": "string", "format": "date"}},
    {
        "name": "statement",
        "in": "query",
        "schema": {"type": "integer"},
        "description": "Only the quotations of this statement.",
    },
]

NULLABLE_STRING = {"type": ["string", "null"]}
QUOTATION = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "date": {"type": ["string", "null"], "format": "date"},
        "speaker": NULLABLE_STRING,
        "speaker_id": NULLABLE_STRING,
        "text": {"type": "string"},
        "outlet": {"type": "string"},
        "article": {"type": "string"},
        "article_url": NULLABLE_STRING,
        "source_id": {"type": "integer"},
        "cue": {"type": "string"},
        "confidence": {"type": "number"},
        "statement_id": {"type": ["integer", "null"]},
        "attribution_status": {"type": "string", "enum": ["auto", "confirmed", "corrected"]},
    },
}
SPEAKER = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "kind": {"type": "string", "enum": ["person", "organisation"]},
        "role": {"type": "string", "description": "the current role"},
        "roles": {
            "type": "array",
            "description": "the roles articles gave, newest first, with their dates",
            "items": {
                "type": "object",
                "properties": {
                    "title": {"type": "string"},
                    "first_date": {"type": ["string", "null"], "format": "date"},
                    "last_date": {"type": ["string", "null"], "format": "date"},
                },
            },
        },
        "external_id": {"type": "string", "description": "e.g. a Wikidata QID"},
        "affiliation": {"type": "string"},
        "aliases": {"type": "array", "items": {"type": "string"}},
        "url": {"type": "string"},
    },
}
STATEMENT = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "text": {"type": "string"},
        "kind": {"type": "string", "enum": ["utterance", "talking_point"]},
        "quotation_count": {"type": "integer"},
        "story_count": {"type": "integer", "description": "independent stories"},
        "first_date": {"type": ["string", "null"], "format": "date"},
        "last_date": {"type": ["string", "null"], "format": "date"},
        "has_conflict": {"type": "boolean"},
        "url": {"type": "string"},
    },
}


def _page_of(item: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "page": {"type": ["integer", "null"]},
            "page_size": {"type": "integer"},
            "next": {"type": ["string", "null"]},
            "previous": {"type": ["string", "null"]},
            "next_cursor": {"type": ["string", "null"]},
            "results": {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}},
        },
    }


def _get(summary: str, item: str, parameters: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "One page",
                    "content": {"application/json": {"schema": _page_of(item)}},
                },
                "400": {"description": "A parameter was not understood: `errors` says which."},
            },
        }
    }


def document(server: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Quote Tracker API",
            "version": "1",
            "description": "Read-only: quotations, speakers and statements as JSON.",
        },
        "servers": [{"url": server.rstrip("/")}],
        "paths": {
            "/api/quotations/": _get(
                "Quotations, newest first (undated last)", "Quotation", SEARCH + PAGING
            ),
            "/api/speakers/": _get("Speakers by name", "Speaker", PAGING),
            "/api/statements/": _get("Statements, the most repeated first", "Statement", PAGING),
        },
        "components": {
            "schemas": {"Quotation": QUOTATION, "Speaker": SPEAKER, "Statement": STATEMENT}
        },
    }
