#!/usr/bin/env python3
"""Writes the corpus of tricky case files in fuzz/corpus/load/ (committed; the test
`tests/corpus.rs` replays it, and the fuzzer starts from it). Run again after changing it."""
import pathlib
import struct
import zlib

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "fuzz" / "corpus" / "load"
out.mkdir(parents=True, exist_ok=True)
for old in out.iterdir():
    old.unlink()

golden = (root / "tests" / "golden" / "case.ron").read_bytes()
sample = (root / "saves" / "club-randonnee.ron").read_text(encoding="utf-8")
files = {"valid-golden.ron": golden, "valid-sample.ron": sample.encode()}

# Truncated at every structural point of a valid file.
# (The last closing parenthesis ends the file: cutting there gives a whole, valid case.)
for i, byte in enumerate(golden[: len(golden.rstrip()) - 1]):
    if chr(byte) in "()[]{},:\"":
        files[f"truncated-{i:05}.ron"] = golden[: i + 1]

def variant(name, old, new):
    assert old in sample, old
    files[name] = sample.replace(old, new, 1).encode()

variant("wrong-type-bool.ron", "general_interest: false", "general_interest: 12")
variant("wrong-type-string.ron", 'name: "Les Randonneurs des Trois Vallées"', "name: 42")
variant("wrong-type-list.ron", "snapshots: [", "snapshots: (")
variant("huge-number.ron", "amount: Some(4650.0)", "amount: Some(1e309)")
variant("huge-integer.ron", "id: 3,", "id: 99999999999999999999999,")
variant("nan.ron", "amount: Some(4650.0)", "amount: Some(NaN)")
variant("infinity.ron", "amount: Some(4650.0)", "amount: Some(inf)")
variant("negative.ron", "amount: Some(4650.0)", "amount: Some(-1.0)")
variant("duplicate-key.ron", "general_interest: false,", "general_interest: false, general_interest: true,")
variant("unknown-kind.ron", 'kind: "cotisations"', 'kind: "loterie"')
variant("unknown-field.ron", "general_interest: false,", "general_interest: false, secret: 1,")
variant("future-version.ron", "format_version: 2", "format_version: 99")
variant("zero-version.ron", "format_version: 2", "format_version: 0")
variant("dangling-alliance.ron", "amount: Some(4650.0)", "amount: Some(4650.0), alliance: Some(999)")
variant("importance-9.ron", "importance: Some(3)", "importance: Some(9)")
variant("duplicate-line-id.ron", "(\n                    id: 2,", "(\n                    id: 1,")
files["deep-nesting.ron"] = b"(format_version: 2, organisation: " + b"(" * 5000 + b")" * 5000 + b")"
files["deep-lists.ron"] = b"(format_version: 2, snapshots: " + b"[" * 100000 + b"]" * 100000 + b")"
files["enormous-string.ron"] = sample.replace("Les Randonneurs", "x" * 200_000, 1).encode()
files["non-utf8.ron"] = sample.encode()[:200] + b"\xff\xfe\xfd" + sample.encode()[200:]
files["latin1.ron"] = sample.encode("latin-1", errors="replace")
files["bom.ron"] = b"\xef\xbb\xbf" + sample.encode()
files["crlf.ron"] = sample.replace("\n", "\r\n").encode()
files["empty.ron"] = b""
files["only-comment.ron"] = b"// rien\n"
files["unclosed-comment.ron"] = b"/* (format_version: 2"
files["trailing-garbage.ron"] = sample.encode() + b"\n(encore)"
files["no-version.ron"] = b"(organisation: (name: \"x\"), snapshots: [])"
files["empty-snapshots.ron"] = b"(format_version: 2, snapshots: [])"
files["json.ron"] = b'{"format_version": 2, "snapshots": []}'
files["nul-bytes.ron"] = b"\x00" * 64

def png_bytes():
    raw = b"\x00\xff\x00\x00" * 1
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

files["image-renamed.ron"] = png_bytes()
zip_local = b"PK\x03\x04" + b"\x14\x00" + b"\x00" * 22 + b"case.ron" + sample.encode()[:100]
files["zip-renamed.ron"] = zip_local + b"PK\x05\x06" + b"\x00" * 18

for name, data in files.items():
    (out / name).write_bytes(data)
print(f"{len(files)} files in {out.relative_to(root)}")
