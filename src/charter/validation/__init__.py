"""Request bodies checked against declared schemas, for the `validate` stage.

- `schemas`: loading a JSON Schema (inline, or a JSON/YAML file) and compiling it once;
- `openapi`: finding an operation's request body schema in an OpenAPI 3.x document;
- `navigate`: walking a schema alongside a value (`$ref`s, combinators);
- `undeclared`: members a schema does not declare, found or stripped at any depth;
- `personal`: which fields a schema declares to carry personal data (`x-personal-data`);
- `messages`: violation messages built from the schema, never from the submitted value;
- `paths`: the `$.a.b[0]` paths all of these report.
"""
