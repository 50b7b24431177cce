#!/usr/bin/env python3
"""Writes the Swift of every declared payload from the declarations in `declarations/`.

Each payload (a case or staff event's payload, a value stored inside one, a command's input) is
declared once, in a `declarations/*.decl` file: its doc comment, its Swift header, its stored
type name and schema version when it is an event, and each field's doc comment, name and Swift
type. From that one place this tool writes, for each payload, one Swift file holding the stored
properties, the memberwise initialiser, `init(from: borrowing PayloadReader)` and
`encode(to: inout PayloadWriter)`; the command field tables (`CommandField`) take each field's
kind, whether it is required and its meaning from the same declarations. Hand-written
extensions (computed properties, domain helpers) stay in their own files.

Usage:
    python3 tools/gen-declarations.py           rewrite every generated file that is out of date
    python3 tools/gen-declarations.py --check   write nothing; exit 1 naming each stale file

Either way a generated file whose struct is no longer declared is named, to be deleted, and the
exit status is 1.

The format, one line each (`#` starts a comment line; blank lines are ignored):

    output Sources/CaseLedger/Events/Payloads   where the following structs' files are written
    /// A doc comment line.                     the doc comment of the next struct or command
    struct Name: Conformances                   a payload: `Name.swift`, `public struct Name: Conformances`
        stored typeName, schema 1               an event's stored type name and schema version
        metadata                                the decision metadata, stored flat, with its usual doc
        /// A doc comment line.                 the doc comment of the next field (kept as is)
        name: Type                              a field; `Type?` is optional (absent when nil)
        name: Type flat                         a field whose members are stored flat in the payload
        name: Type = value                      a field with a default value in the initialiser

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

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECLARATIONS = os.path.join(ROOT, "declarations")
TOOL = "tools/gen-declarations.py"

# The widest one-line memberwise initialiser; a longer one is written one parameter a line.
INIT_WIDTH = 104

METADATA_DOC = "/// Who acted in which role, when it takes effect, why, and what is restricted."


class DeclarationError(Exception):
    """A line of a declaration file that cannot be read: the file, the line and the problem."""


class Field:
    """One stored field of a payload."""

    def __init__(self, name, swift_type, doc, flat=False, default=None):
        self.name = name
        self.swift_type = swift_type
        self.doc = doc
        self.flat = flat
        self.default = default

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


class Struct:
    """One declared payload: where it came from, where it goes, its doc, header and fields."""

    def __init__(self, source, output, doc, header):
        self.source = source
        self.output = output
        self.doc = doc
        self.header = header
        self.name = re.match(r"[A-Za-z_][A-Za-z0-9_]*", header).group(0)
        self.stored = None
        self.fields = []


class Command:
    """One command of a command field table: its name, input struct, event type and summary."""

    def __init__(self, source, name, input_type, event_type, doc):
        self.source = source
        self.name = name
        self.input_type = input_type
        self.event_type = event_type
        self.doc = doc
        self.fields = []


class Catalogue:
    """One command field table: the file it is written to, its static's name, doc and commands."""

    def __init__(self, source, output, objects, name, doc):
        self.source = source
        self.output = output
        self.objects = objects
        self.name = name
        self.doc = doc
        self.commands = []


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
    return structs, catalogues


def swift(s):
    """The Swift file of one struct."""
    out = [f"// Generated by {TOOL} from {s.source}: edit the declaration, not this file.", ""]
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
    for f in s.fields:
        if f.flat:
            out.append(f"        {f.name} = try {f.swift_type}(from: r)")
        elif f.optional:
            out.append(f'        {f.name} = try r.optional("{f.name}")')
        else:
            out.append(f'        {f.name} = try r("{f.name}")')
    out += [
        "    }",
        "",
        "    /// Writes every field (an optional field only when it has a value).",
        "    public func encode(to w: inout PayloadWriter) {",
    ]
    for f in s.fields:
        if f.flat:
            out.append(f"        {f.name}.encode(to: &w)")
        elif f.optional:
            out.append(f'        w.optional("{f.name}", {f.name})')
        else:
            out.append(f'        w.set("{f.name}", {f.name})')
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
    objects = set(structs) | set(catalogue.objects)
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
    return files


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
    orphans = orphaned({path for path, _ in files}, {os.path.dirname(path) for path, _ in files})
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
            print(f"gen-declarations: {path} is not what the declarations say; run python3 {TOOL}", file=sys.stderr)
    else:
        for path in stale:
            print(f"wrote {path}")
    for path in orphans:
        print(f"gen-declarations: {path} was generated but its struct is no longer declared; delete it", file=sys.stderr)
    return 1 if orphans or (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
