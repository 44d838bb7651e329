# `python3 scripts/wasm_parts.py <module.wasm>...`: the code of a wasm module by part, from the
# function names (the name section) that cargo's release output still has before wasm-bindgen
# and wasm-opt: bytes of function bodies per crate, and per module of Client Fit's own crates.
# Before wasm-opt, so the figures are larger than what ships; they are for comparing parts.
import re
import sys
from collections import Counter


def leb(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def parts(path):
    b = open(path, "rb").read()
    i = 8
    imported = 0
    bodies = []
    names = {}
    data = 0
    while i < len(b):
        section = b[i]
        size, i = leb(b, i + 1)
        end = i + size
        if section == 2:  # imports: functions among them are numbered first
            count, j = leb(b, i)
            for _ in range(count):
                for _ in range(2):
                    n, j = leb(b, j)
                    j += n
                kind = b[j]
                j += 1
                if kind == 0:
                    _, j = leb(b, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(b, j + 0)
                    _, j = leb(b, j)
                    if flags & 1:
                        _, j = leb(b, j)
                elif kind == 2:
                    flags, j = leb(b, j)
                    _, j = leb(b, j)
                    if flags & 1:
                        _, j = leb(b, j)
                elif kind == 3:
                    j += 2
        elif section == 10:
            count, j = leb(b, i)
            for _ in range(count):
                n, j = leb(b, j)
                bodies.append(n)
                j += n
        elif section == 11:
            data = size
        elif section == 0:
            n, j = leb(b, i)
            if b[j : j + n] == b"name":
                j += n
                while j < end:
                    sub = b[j]
                    sub_size, j = leb(b, j + 1)
                    if sub == 1:
                        count, k = leb(b, j)
                        for _ in range(count):
                            index, k = leb(b, k)
                            n, k = leb(b, k)
                            names[index] = b[k : k + n].decode("utf-8", "replace")
                            k += n
                    j += sub_size
        i = end
    return [(names.get(imported + f, "?"), size) for f, size in enumerate(bodies)], data


def demangle(name):
    """Rust's legacy mangling (`_ZN` + length-prefixed parts + `E`), roughly: enough to read
    which crate and module a function is in."""
    if not name.startswith("_ZN"):
        return name
    i, parts = 3, []
    while i < len(name) and name[i].isdigit():
        j = i
        while name[j].isdigit():
            j += 1
        n = int(name[i:j])
        parts.append(name[j : j + n])
        i = j + n
    text = "::".join(parts)
    for code, char in [("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("..", "::")]:
        text = text.replace(code, char)
    return text


def part_of(name):
    if name.startswith("__w"):
        return "wasm-bindgen, js-sys, web-sys, gloo"
    name = demangle(name).lstrip("_")
    own = re.search(r"client_fit_(core|ui|web|widget)::(\w+)", name)
    first = re.search(r"[A-Za-z_][A-Za-z0-9_]*", name.lstrip("_<"))
    for pattern, label in [
        (r"^<?serde_path_to_error", "serde_path_to_error"),
        (r"^<?serde_json", "serde_json"),
        (r"^<?serde", "serde"),
        (r"^<?(yew|implicit_clone|prokio|tokise)", "yew"),
        (r"^<?(wasm_bindgen|js_sys|web_sys|gloo)", "wasm-bindgen, js-sys, web-sys, gloo"),
    ]:
        if re.search(pattern, name) and not (own and own.start() < 3):
            return label
    if own:
        return f"client_fit_{own.group(1)}::{own.group(2)}"
    for pattern, label in [
        (r"float|flt2dec|dec2flt|Grisu|Dragon", "std: float formatting and parsing"),
        (r"sort|smallsort|driftsort|quicksort", "std: sorting"),
        (r"unicode|to_lower|to_upper|conversions", "std: Unicode tables"),
        (r"hashbrown|collections::hash", "std: HashMap"),
        (r"btree", "std: BTreeMap"),
        (r"core::fmt|alloc::fmt", "std: formatting"),
        (r"dlmalloc|alloc::", "std: allocation"),
    ]:
        if re.search(pattern, name):
            return label
    return "other (std, closures, generics)" if first else "?"


if __name__ == "__main__":
    for path in sys.argv[1:]:
        functions, data = parts(path)
        total = sum(size for _, size in functions)
        by = Counter()
        for name, size in functions:
            by[part_of(name)] += size
        print(f"{path}: code {total / 1024:.1f} KiB in {len(functions)} functions, data {data / 1024:.1f} KiB")
        for part, size in by.most_common(40):
            print(f"  {size / 1024:8.1f} KiB  {part}")
