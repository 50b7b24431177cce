#!/usr/bin/env python3
"""Writes, from the declarations in `events/declarations/`, the Swift of every declared payload, the
command field tables and the properties of each event's JSON Schema.

Each payload (a case or staff event's payload, a value stored inside one, a command's input) is
declared once, in a `events/declarations/*.decl` file: its doc comment, its Swift header, its stored
type name and schema version when it is an event, and each field's doc comment, name and Swift
type. From that one place this tool writes, for each payload, one Swift file holding the stored
properties, the memberwise initialiser, `init(from: borrowing PayloadReader)` and
`encode(to: inout PayloadWriter)`; the command field tables (`CommandField`) take each field's
kind, whether it is required and its meaning from the same declarations, and so do the
properties of each event's JSON Schema in `events/catalogue`. Hand-written extensions (computed
properties, domain helpers) stay in their own files.

The JSON Schema of each event type, `events/catalogue/<type>/v<N>.schema.json`, is written in
part from the declaration: its description (the struct's doc), its `required` list (the fields
not optional, in order) and its properties. A declared field's property keeps its fragment when
it is of the declared shape (string, integer, boolean, `$defs/pence`, `$defs/date`,
`$defs/staffRole`, a list, a `$defs/<Type>` value or word list, or null when optional), so the
limits written by hand (a minimum, a pattern) stay; otherwise it is written from the Swift type.
Its description is the field's doc, with " Absent when there is none (null reads as absent)."
when optional; a description that starts with that and says more is kept. The same goes for each
declared value in its `$defs` (whose descriptions, specialised by hand, are kept). A `$defs`
entry the schema needs and lacks is copied from another schema of the catalogue; one that no
schema has (a new vocabulary) is an error to mend by hand. The copy of every correctable type's
schema inside `eventCorrected/v1.schema.json` is written from those schemas.

Usage:
    python3 tools/gen-declarations.py           rewrite every generated file that is out of date
    python3 tools/gen-declarations.py --check   write nothing; exit 1 naming each stale file

Either way a generated file whose struct is no longer declared is named, to be deleted, and
the exit status is 1; a declaration that cannot be read or written stops it with status 2.

The format, one line each (`#` starts a comment line; blank lines are ignored):

    output Sources/CaseLedger/Events/Payloads   where the following structs' files are written
    /// A doc comment line.                     the doc comment of the next struct or command
    struct Name: Conformances                   a payload: `Name.swift`, `public struct Name: Conformances`
        stored typeName, schema 1               an event's stored type name and schema version
        erasure keeps name, name                what remains when a case event's personal content is
                                                erased (issue 17): required on every case event
        metadata                                the decision metadata, stored flat, with its usual doc
        /// A doc comment line.                 the doc comment of the next field (kept as is)
        name: Type                              a field; `Type?` is optional (absent when nil)
        name: Type flat                         a field whose members are stored flat in the payload
        name: Type = value                      a field with a default value in the initialiser
    /// A doc comment line.
    typealias Name = Generic<Argument>          written before the generic struct, in its file

In the initialiser an optional field defaults to `nil` and a list to `[]`. A field is read with
`try r("name")` (`try r.optional("name")` when optional, `try Type(from: r)` when flat) and
written with `w.set` (`w.optional`, `.encode(to:)`), in the order declared: the keys, the order
and the decoding primitives are the declaration's, so the bytes written follow from it.

A command field table (`CommandDescription`s in `CaseService`) is declared as:

    output Sources/CaseService/Catalogue/CommandCatalogue+Case.swift   the file it is written to
    objects PlanComponents Note                 read as JSON objects, besides the declared structs
    /// A doc comment line.                     the doc comment of the table
    catalogue caseCommands                      `CommandCatalogue.caseCommands`
    /// One line.                               the command's summary
    command signOffPlan(SignOffPlan) records planSignedOff
                                                a command, its input struct and the event it records

The command's fields are its input's, in order: each field's meaning is its doc comment (on one
line), it is required unless optional, and its kind follows from its Swift type (`String` is
text, `Money` pence, `[String]` a list of texts, a declared struct or an `objects` type a JSON
object, any other type a word of that `PayloadEnum`). A flat `DecisionMetadata` is
`CommandField.decisionMetadata`; another flat struct's fields are written once, as
`CommandField.<struct>`. An input read by hand (not declared as a struct) has its fields
declared under its `command` line, as a struct's are; there `CaseEvent` is a whole case event
payload.

Python standard library only.
"""

import json
import os
import re
import sys
from dataclasses import dataclass
from dataclasses import field as dataclass_field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECLARATIONS = os.path.join(ROOT, "events", "declarations")
TOOL = "tools/gen-declarations.py"

# The widest one-line memberwise initialiser; a longer one is written one parameter a line.
INIT_WIDTH = 104

METADATA_DOC = "/// Who acted in which role, when it takes effect, why, and what is restricted."


class DeclarationError(Exception):
    """A line of a declaration file that cannot be read: the file, the line and the problem."""


@dataclass
class Field:
    """One stored field of a payload."""

    name: str
    swift_type: str
    doc: list
    flat: bool = False
    default: str = None

    @property
    def optional(self):
        return self.swift_type.endswith("?")

    @property
    def init_default(self):
        """The default written in the memberwise initialiser, if any."""
        if self.default is not None:
            return self.default
        if self.optional:
            return "nil"
        if self.swift_type.startswith("[") and ":" not in self.swift_type:
            return "[]"
        return None


@dataclass
class Struct:
    """One declared payload: where it came from, where it goes, its doc, header and fields, its
    stored type name and schema version when an event, and the typealiases written with it."""

    source: str
    output: str
    doc: list
    header: str
    stored: tuple = None
    fields: list = dataclass_field(default_factory=list)
    aliases: list = dataclass_field(default_factory=list)
    # issue 17: retention — the members that remain when the event's personal content is erased
    kept: list = None

    @property
    def name(self):
        return re.match(r"[A-Za-z_][A-Za-z0-9_]*", self.header).group(0)


@dataclass
class Command:
    """One command of a command field table: its name, input struct, event type and summary,
    and its fields when its input is read by hand."""

    source: str
    name: str
    input_type: str
    event_type: str
    doc: str
    fields: list = dataclass_field(default_factory=list)


@dataclass
class Catalogue:
    """One command field table: the file it is written to, its static's name, doc and commands."""

    source: str
    output: str
    objects: list
    name: str
    doc: list
    commands: list = dataclass_field(default_factory=list)


def parse(path):
    """Reads one declaration file into its structs and command field tables."""
    relative = os.path.relpath(path, ROOT)
    structs = []
    catalogues = []
    output = None
    objects = []
    doc = []
    field_doc = []
    current = None
    catalogue = None
    aliases = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number, raw in enumerate(lines, start=1):
        def fail(problem):
            raise DeclarationError(f"{relative}:{number}: {problem}: {raw.strip()!r}")

        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indented = line.startswith("    ")
        if not indented:
            current = None
            if field_doc:
                fail("a field's `///` doc comment belongs to no field")
            if stripped.startswith("output "):
                output = stripped[len("output "):].strip()
            elif stripped.startswith("objects "):
                objects += stripped[len("objects "):].split()
            elif stripped.startswith("///"):
                doc.append(stripped)
            elif stripped.startswith("struct "):
                if output is None:
                    fail("a struct before any `output` line")
                current = Struct(relative, output, doc, stripped[len("struct "):])
                structs.append(current)
                doc = []
            elif stripped.startswith("typealias "):
                m = re.fullmatch(r"typealias (\w+) = (\w+)<(\w+)>", stripped)
                if not m:
                    fail("expected `typealias Name = Generic<Argument>`")
                aliases.append((m.group(1), m.group(2), m.group(3), doc))
                doc = []
            elif stripped.startswith("catalogue "):
                if output is None or not output.endswith(".swift"):
                    fail("a catalogue needs an `output` line naming its .swift file")
                catalogue = Catalogue(relative, output, objects, stripped[len("catalogue "):].strip(), doc)
                catalogues.append(catalogue)
                doc = []
            elif stripped.startswith("command "):
                m = re.fullmatch(r"command (\w+)\((\w+)\) records (\w+)", stripped)
                if not m:
                    fail("expected `command name(InputType) records eventType`")
                if catalogue is None:
                    fail("a command before any `catalogue` line")
                if len(doc) != 1:
                    fail("a command needs a one-line `///` summary")
                current = Command(relative, m.group(1), m.group(2), m.group(3), doc[0][len("/// "):])
                catalogue.commands.append(current)
                doc = []
            else:
                fail("expected `output`, `objects`, `///`, `struct`, `catalogue` or `command`")
            continue
        if current is None:
            fail("an indented line outside a struct or command")
        if stripped.startswith("///"):
            field_doc.append(stripped)
        elif stripped.startswith("stored ") and isinstance(current, Struct):
            m = re.fullmatch(r"stored (\w+), schema (\d+)", stripped)
            if not m:
                fail("expected `stored typeName, schema N`")
            current.stored = (m.group(1), int(m.group(2)))
        elif stripped.startswith("erasure keeps") and isinstance(current, Struct):
            # issue 17: retention
            current.kept = [n.strip() for n in stripped[len("erasure keeps"):].split(",") if n.strip()]
        elif stripped == "metadata":
            current.fields.append(Field("metadata", "DecisionMetadata", field_doc or [METADATA_DOC], flat=True))
            field_doc = []
        else:
            m = re.fullmatch(r"(\w+): (.+?)( flat)?( = (.+))?", stripped)
            if not m:
                fail("expected `name: Type`")
            if not field_doc:
                fail("a field without a `///` doc comment")
            current.fields.append(Field(m.group(1), m.group(2), field_doc, flat=bool(m.group(3)), default=m.group(5)))
            field_doc = []
    if field_doc:
        raise DeclarationError(f"{relative}: a `///` doc comment at the end belongs to no field")
    if doc:
        raise DeclarationError(f"{relative}: a `///` doc comment at the end belongs to nothing")
    # issue 17: retention — every case event states what remains once its personal content is
    # erased; each kept name must be one of its stored members.
    for s in structs:
        if not s.stored or not s.output.endswith("Events/Payloads"):
            continue
        if s.kept is None:
            raise DeclarationError(f"{relative}: struct {s.name} has no `erasure keeps ...` line: say which members remain when its personal content is erased")
        members = set()
        for f in s.fields:
            members |= {"actingRole", "effectiveDate", "reasons", "references", "notes", "restricted", "imported"} if f.name == "metadata" else {f.name}
        for n in s.kept:
            if n not in members:
                raise DeclarationError(f"{relative}: struct {s.name} keeps {n!r} when erased, which is not one of its members")
    by_name = {s.name: s for s in structs}
    for alias in aliases:
        if alias[1] not in by_name:
            raise DeclarationError(f"{relative}: typealias {alias[0]} names {alias[1]}, which is not declared here")
        by_name[alias[1]].aliases.append(alias)
    return structs, catalogues


# How a field is read and written: when flat, when optional, otherwise.
READ = ("{name} = try {type}(from: r)", '{name} = try r.optional("{name}")', '{name} = try r("{name}")')
WRITE = ("{name}.encode(to: &w)", 'w.optional("{name}", {name})', 'w.set("{name}", {name})')


def coding_lines(fields, templates):
    """One line of `init(from:)` or `encode(to:)` for each field."""
    return [
        "        " + templates[0 if f.flat else 1 if f.optional else 2].format(name=f.name, type=f.swift_type)
        for f in fields
    ]


def swift(s):
    """The Swift file of one struct."""
    out = [f"// Generated by {TOOL} from {s.source}: edit the declaration, not this file.", ""]
    for name, generic, argument, doc in s.aliases:
        out += doc + [f"public typealias {name} = {generic}<{argument}>", ""]
    out += s.doc
    if s.stored:
        out += ["///", f"/// Stored as event type `{s.stored[0]}`, schema {s.stored[1]}."]
    out.append(f"public struct {s.header} {{")
    if s.stored:
        out += [
            "    /// The stored event type name.",
            f'    public static let typeName = "{s.stored[0]}"',
            "    /// The payload schema version.",
            f"    public static let schemaVersion = {s.stored[1]}",
        ]
        if s.kept is not None:
            out += [
                "    /// The members that remain when the event's personal content is erased (every other",
                "    /// member is personal content): declared by `erasure keeps` in the declaration.",
                "    public static let keptWhenErased: [String] = [" + ", ".join(f'"{n}"' for n in s.kept) + "]",
            ]
        out += [
            "",
        ]
    for f in s.fields:
        out += ["    " + d for d in f.doc]
        out.append(f"    public var {f.name}: {f.swift_type}")
    out += ["", "    /// A value with every field given."]
    params = []
    for f in s.fields:
        p = f"{f.name}: {f.swift_type}"
        if f.init_default is not None:
            p += f" = {f.init_default}"
        params.append(p)
    one_line = "    public init(" + ", ".join(params) + ") {"
    if len(one_line) <= INIT_WIDTH:
        out.append(one_line)
    else:
        out.append("    public init(")
        out += [f"        {p}," for p in params[:-1]] + [f"        {params[-1]}"]
        out.append("    ) {")
    out += [f"        self.{f.name} = {f.name}" for f in s.fields]
    out += [
        "    }",
        "",
        "    /// Reads every field; an error names the field that is missing or mistyped.",
        "    public init(from r: borrowing PayloadReader) throws(PayloadDecodingError) {",
    ]
    out += coding_lines(s.fields, READ)
    out += [
        "    }",
        "",
        "    /// Writes every field (an optional field only when it has a value).",
        "    public func encode(to w: inout PayloadWriter) {",
    ]
    out += coding_lines(s.fields, WRITE)
    out += ["    }", "}", ""]
    return "\n".join(out)


SCALAR_KINDS = {
    "String": ".text", "Int": ".integer", "Money": ".pence", "CalendarDate": ".date", "Bool": ".boolean",
    "StaffRole": ".role", "[String]": ".textList",
}


def swift_string(text):
    """`text` as a Swift string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lower_first(name):
    return name[0].lower() + name[1:]


def command_field(f, objects):
    """The `CommandField(...)` of one field of a command's input."""
    swift_type = f.swift_type.rstrip("?")
    if swift_type in SCALAR_KINDS:
        kind = SCALAR_KINDS[swift_type]
    elif swift_type == "CaseEvent":
        kind = '.object("CaseEvent payload")'
    elif swift_type.startswith("[") and swift_type.endswith("]"):
        element = swift_type[1:-1]
        kind = f'.objectList("{element}")' if element in objects else f".choices({element}.self)"
    else:
        kind = f'.object("{swift_type}")' if swift_type in objects else f".choice({swift_type}.self)"
    meaning = " ".join(line[len("/// "):] for line in f.doc)
    required = ", required: false" if f.optional else ""
    return f"CommandField({swift_string(f.name)}, {kind}{required}, {swift_string(meaning)}),"


def catalogue_swift(catalogue, structs):
    """The Swift file of one command field table, with the shared field lists it uses."""
    objects = set(structs) | set(catalogue.objects) | {a[0] for s in structs.values() for a in s.aliases}
    shared = []
    out = [
        f"// Generated by {TOOL} from {catalogue.source}: edit the declaration, not this file.",
        "",
        "import CaseLedger",
        "",
        "extension CommandCatalogue {",
    ]
    out += ["    " + d for d in catalogue.doc]
    out.append(f"    public static let {catalogue.name}: [CommandDescription] = [")
    for c in catalogue.commands:
        fields = c.fields
        if not fields:
            s = structs.get(c.input_type)
            if s is None:
                raise DeclarationError(f"{c.source}: command {c.name} takes {c.input_type}, which is not declared")
            if s.stored and s.stored[0] != c.event_type:
                raise DeclarationError(
                    f"{c.source}: command {c.name} records {c.event_type}, but {c.input_type} is stored as {s.stored[0]}")
            fields = s.fields
        out += [
            "        CommandDescription(",
            f"            name: {swift_string(c.name)}, eventType: {swift_string(c.event_type)},",
            f"            summary: {swift_string(c.doc)},",
        ]
        parts = []
        plain = []
        for f in fields:
            if f.flat:
                if plain:
                    parts.append(plain)
                    plain = []
                if f.swift_type == "DecisionMetadata":
                    parts.append("CommandField.decisionMetadata")
                else:
                    if f.swift_type not in structs:
                        raise DeclarationError(f"{c.source}: {c.name}: flat {f.swift_type} is not declared")
                    if f.swift_type not in shared:
                        shared.append(f.swift_type)
                    parts.append(f"CommandField.{lower_first(f.swift_type)}")
            else:
                plain.append("                " + command_field(f, objects))
        if plain:
            parts.append(plain)
        line = "            fields: "
        for i, part in enumerate(parts):
            if i:
                line += " + "
            if isinstance(part, str):
                line += part
            else:
                out.append(line + "[")
                out += part
                line = "            ]"
        out.append(line + "),")
    out += ["    ]", "}"]
    for name in shared:
        out += [
            "",
            "extension CommandField {",
            f"    /// The fields of `{name}`, stored flat in the payloads that hold one.",
            f"    public static let {lower_first(name)}: [CommandField] = [",
        ]
        out += ["        " + command_field(f, objects) for f in structs[name].fields]
        out += ["    ]", "}"]
    out.append("")
    return "\n".join(out)


def declarations():
    """Every declared struct and command field table, from every declaration file in name order."""
    structs = []
    catalogues = []
    for name in sorted(os.listdir(DECLARATIONS)):
        if name.endswith(".decl"):
            s, c = parse(os.path.join(DECLARATIONS, name))
            structs += s
            catalogues += c
    seen = set()
    for s in structs:
        if s.name in seen:
            raise DeclarationError(f"{s.source}: {s.name} is declared twice")
        seen.add(s.name)
    return structs, catalogues


def outputs():
    """Every generated file: its path from the repository root and its text."""
    structs, catalogues = declarations()
    by_name = {s.name: s for s in structs}
    files = [(os.path.join(s.output, s.name + ".swift"), swift(s)) for s in structs]
    files += [(c.output, catalogue_swift(c, by_name)) for c in catalogues]
    schemas = synced_schemas(structs, catalogue_definitions())
    files += [(path, json_text(document)) for path, document in schemas.items()]
    files.append(correction_schema(schemas))
    return files


CATALOGUE = "events/catalogue"

# The fields `DecisionMetadata` (written by hand) stores flat in every event payload.
METADATA_FIELDS = [
    ("actingRole", "StaffRole"), ("effectiveDate", "CalendarDate"), ("reasons", "[String]"),
    ("references", "[String]"), ("notes", "[Note]"), ("restricted", "[String]"),
    ("imported", "ImportedFrom?"),
]

# How a Swift type is written in a JSON Schema of the catalogue (any other type: a `$ref`).
SCHEMA_SHAPES = {
    "String": "string", "Int": "integer", "Bool": "boolean", "Money": "$defs/pence",
    "CalendarDate": "$defs/date", "StaffRole": "$defs/staffRole",
}


def declared_shape(swift_type, substitutions):
    """The shape of a Swift type in a schema, in words: `string`, `array of $defs/Note`…"""
    optional = swift_type.endswith("?")
    bare = swift_type.rstrip("?")
    bare = substitutions.get(bare, bare)
    if bare.startswith("[") and bare.endswith("]"):
        shape = "array of " + declared_shape(bare[1:-1], substitutions)
    else:
        shape = SCHEMA_SHAPES.get(bare, "$defs/" + bare)
    return shape + " or null" if optional else shape


def schema_shape(fragment):
    """The shape a schema gives a property, in the words of `declared_shape`."""
    if "anyOf" in fragment:
        shapes = [schema_shape(f) for f in fragment["anyOf"]]
        return shapes[0] + " or null" if len(shapes) == 2 and shapes[1] == "null" else " or ".join(shapes)
    if "$ref" in fragment:
        return fragment["$ref"].replace("#/", "", 1)
    kind = fragment.get("type")
    if isinstance(kind, list):
        return " or ".join(kind)
    if kind == "array":
        return "array of " + schema_shape(fragment.get("items", {}))
    return kind or "anything"


OPTIONAL_NOTE = " Absent when there is none (null reads as absent)."


def stored_fields(s, structs):
    """The (name, Swift type, doc) of each member `s` stores, flat members in their place (the
    metadata's without a doc: its schema properties are kept as they are)."""
    out = []
    for f in s.fields:
        if f.flat and f.swift_type == "DecisionMetadata":
            out += [(name, swift_type, None) for name, swift_type in METADATA_FIELDS]
        elif f.flat:
            out += stored_fields(structs[f.swift_type], structs)
        else:
            out.append((f.name, f.swift_type, " ".join(line[len("/// "):] for line in f.doc)))
    return out


def schema_fragment(swift_type, substitutions):
    """The schema of a Swift type, without a description."""
    bare = substitutions.get(swift_type.rstrip("?"), swift_type.rstrip("?"))
    if bare.startswith("[") and bare.endswith("]"):
        fragment = {"items": schema_fragment(bare[1:-1], substitutions), "type": "array"}
    else:
        shape = SCHEMA_SHAPES.get(bare, "$defs/" + bare)
        fragment = {"$ref": "#/" + shape} if shape.startswith("$defs/") else {"type": shape}
    if swift_type.endswith("?"):
        if list(fragment) == ["type"]:
            return {"type": [fragment["type"], "null"]}
        return {"anyOf": [fragment, {"type": "null"}]}
    return fragment


def referenced_defs(fragment):
    """The names of the `$defs` a schema fragment refers to."""
    if isinstance(fragment, dict):
        names = set()
        for key, value in fragment.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                names.add(value[len("#/$defs/"):])
            else:
                names |= referenced_defs(value)
        return names
    if isinstance(fragment, list):
        return set().union(*(referenced_defs(v) for v in fragment)) if fragment else set()
    return set()


def sync_object(where, schema, s, substitutions, structs, aliases, keep_descriptions):
    """Writes the properties and required list of the schema object `schema` from struct `s`:
    a declared field's property keeps its fragment when of the declared shape (a description
    that starts with the field's doc keeps what it adds), and is written from the declaration
    otherwise; a property not declared goes. Returns the declared value types it refers to,
    with the substitutions of their generic parameter."""
    properties = schema.get("properties", {})
    written = {}
    values = {}
    for name, swift_type, doc in stored_fields(s, structs):
        old = properties.get(name)
        if doc is None:
            if old is None:
                raise DeclarationError(f"{where}: the metadata property {name} is missing; write it by hand")
            written[name] = old
            continue
        description = doc + (OPTIONAL_NOTE if swift_type.endswith("?") else "")
        if old is not None and schema_shape(old) == declared_shape(swift_type, substitutions):
            fragment = dict(old)
        else:
            fragment = schema_fragment(swift_type, substitutions)
        old_description = (old or {}).get("description", "")
        keep = old_description and (keep_descriptions or old_description.startswith(description))
        fragment["description"] = old_description if keep else description
        written[name] = fragment
        inner = swift_type.rstrip("?").strip("[]")
        inner = substitutions.get(inner, inner)
        if inner in structs:
            values[inner] = (structs[inner], {})
        elif inner in aliases:
            generic, argument = aliases[inner]
            parameter = re.match(r"\w+<(\w+)", structs[generic].header).group(1)
            values[inner] = (structs[generic], {parameter: argument})
    schema["properties"] = written
    schema["required"] = [name for name, swift_type, _ in stored_fields(s, structs) if not swift_type.endswith("?")]
    return values


def synced_schemas(structs, catalogue_defs):
    """Each event's catalogue schema with its properties and required list (and those of each
    declared value in its `$defs`) written from the declaration: path to (document, problems)."""
    by_name = {s.name: s for s in structs}
    aliases = {a[0]: (a[1], a[2]) for s in structs for a in s.aliases}
    out = {}
    for s in structs:
        if not s.stored:
            continue
        path = f"{CATALOGUE}/{s.stored[0]}/v{s.stored[1]}.schema.json"
        try:
            with open(os.path.join(ROOT, path), encoding="utf-8") as f:
                document = json.load(f)
        except FileNotFoundError:
            raise DeclarationError(f"{path} is missing: {s.name} is stored as {s.stored[0]}, schema {s.stored[1]}")
        document["description"] = " ".join(line[len("/// "):] for line in s.doc)
        defs = document.setdefault("$defs", {})
        pending = sync_object(path, document, s, {}, by_name, aliases, keep_descriptions=False)
        done = set()
        while pending:
            name, (value, substitutions) = pending.popitem()
            done.add(name)
            if name not in defs:
                if name not in catalogue_defs:
                    raise DeclarationError(f"{path}: no schema in {CATALOGUE} has $defs/{name}; write it in this one")
                defs[name] = json.loads(json.dumps(catalogue_defs[name]))
            found = sync_object(f"{path} $defs/{name}", defs[name], value, substitutions, by_name, aliases,
                                keep_descriptions=True)
            pending.update({k: v for k, v in found.items() if k not in done})
        needed = referenced_defs({k: v for k, v in document.items() if k != "$defs"})
        while True:
            more = set().union(*(referenced_defs(defs[n]) for n in needed if n in defs)) - needed
            if not more:
                break
            needed |= more
        for name in needed - set(defs):
            if name not in catalogue_defs:
                raise DeclarationError(f"{path}: no schema in {CATALOGUE} has $defs/{name}; write it in this one")
            defs[name] = json.loads(json.dumps(catalogue_defs[name]))
        for name in set(defs) - needed:
            del defs[name]
        out[path] = document
    return out


def catalogue_definitions():
    """Every `$defs` entry of the catalogue's schemas by name (the same in every schema)."""
    defs = {}
    for name in sorted(os.listdir(os.path.join(ROOT, CATALOGUE))):
        directory = os.path.join(ROOT, CATALOGUE, name)
        if not os.path.isdir(directory):
            continue
        for file in sorted(os.listdir(directory)):
            if file.endswith(".schema.json"):
                with open(os.path.join(directory, file), encoding="utf-8") as f:
                    for key, value in json.load(f).get("$defs", {}).items():
                        if not re.fullmatch(r"\w+\.v\d+", key):
                            defs.setdefault(key, value)
    return defs


def json_text(document):
    """A catalogue file's text: sorted keys, 2-space indents, a final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def correction_schema(schemas):
    """The path and text of eventCorrected's schema, its copy of each correctable type's schema
    (`$defs/<type>.v<N>`, and the `$defs` those use) taken from that type's schema in `schemas`
    (or on disk)."""
    path = f"{CATALOGUE}/eventCorrected/v1.schema.json"
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        document = json.load(f)
    defs = document["$defs"]
    for key in sorted(defs):
        m = re.fullmatch(r"(\w+)\.v(\d+)", key)
        if not m:
            continue
        source = f"{CATALOGUE}/{m.group(1)}/v{m.group(2)}.schema.json"
        schema = schemas.get(source)
        if schema is None:
            with open(os.path.join(ROOT, source), encoding="utf-8") as f:
                schema = json.load(f)
        defs[key] = {k: schema[k] for k in ("description", "properties", "required", "type")}
        defs.update(schema.get("$defs", {}))
    return path, json_text(document)


def orphaned(generated, directories):
    """The files in the output directories marked as generated that no declaration writes."""
    orphans = []
    for directory in sorted(directories):
        if not os.path.isdir(os.path.join(ROOT, directory)):
            continue
        for name in sorted(os.listdir(os.path.join(ROOT, directory))):
            path = os.path.join(directory, name)
            if not name.endswith(".swift") or path in generated:
                continue
            with open(os.path.join(ROOT, path), encoding="utf-8") as f:
                if f.readline().startswith(f"// Generated by {TOOL} "):
                    orphans.append(path)
    return orphans


def main(argv):
    check = "--check" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--check"]
    if unknown:
        print(f"gen-declarations: unknown argument {unknown[0]!r}; usage: {TOOL} [--check]", file=sys.stderr)
        return 2
    try:
        files = outputs()
    except DeclarationError as e:
        print(f"gen-declarations: {e}", file=sys.stderr)
        return 2
    stale = []
    swift_files = [path for path, _ in files if path.endswith(".swift")]
    orphans = orphaned(set(swift_files), {os.path.dirname(path) for path in swift_files})
    for path, text in files:
        full = os.path.join(ROOT, path)
        try:
            with open(full, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current == text:
            continue
        stale.append(path)
        if not check:
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(text)
    if check:
        for path in stale:
            print(f"gen-declarations: {path} is out of date; run python3 {TOOL}", file=sys.stderr)
    else:
        for path in stale:
            print(f"wrote {path}")
    for path in orphans:
        print(f"gen-declarations: {path} was generated but its struct is no longer declared; delete it", file=sys.stderr)
    return 1 if orphans or (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
