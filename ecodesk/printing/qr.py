"""A small, fast QR encoder for badge payloads: alphanumeric mode, level M, one fixed mask.

General-purpose encoders spend most of their time choosing among the eight masks and in
pure-Python Reed-Solomon arithmetic. A badge payload is always short upper-case
alphanumeric text, so here everything that depends only on the version (function patterns,
the order of data modules, the mask) is built once, and each code only places its bits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(ALPHANUMERIC)}
# Mask 0, (row + column) even: a checkerboard, fine for random token data.
MASK_PATTERN = 0
# Error correction level M (about 15 %): survives a scuffed badge, keeps version 2-3.
_EC_LEVEL_BITS = 0b00
# Level M per version: (blocks, data codewords per block, EC codewords per block).
_BLOCKS_M: dict[int, tuple[tuple[int, int, int], ...]] = {
    1: ((1, 16, 10),),
    2: ((1, 28, 16),),
    3: ((1, 44, 26),),
    4: ((2, 32, 18),),
    5: ((2, 43, 24),),
    6: ((4, 27, 16),),
}
_ALIGNMENT = {1: (), 2: (6, 18), 3: (6, 22), 4: (6, 26), 5: (6, 30), 6: (6, 34)}
MAX_VERSION = max(_BLOCKS_M)

Matrix = NDArray[np.bool_]


class QrError(ValueError):
    """Text that a badge QR cannot carry (not alphanumeric, or too long)."""


# --- Reed-Solomon over GF(256) with the QR polynomial x^8+x^4+x^3+x^2+1 -------------------

_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@cache
def _generator(degree: int) -> tuple[int, ...]:
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            if c:
                nxt[j + 1] ^= _EXP[_LOG[c] + i]
        poly = nxt
    return tuple(poly)


@cache
def _products(degree: int) -> tuple[int, ...]:
    """For each byte f, f × generator (without its leading term) packed into one integer."""
    gen = _generator(degree)[1:]
    table = [0]
    for f in range(1, 256):
        packed = 0
        for g in gen:
            packed = (packed << 8) | (_EXP[_LOG[f] + _LOG[g]] if g else 0)
        table.append(packed)
    return tuple(table)


def _rs_remainder(data: list[int], degree: int) -> list[int]:
    """Error-correction bytes: the remainder of data × x^degree by the generator.

    The remainder is kept as one integer of ``degree`` bytes, so each step is a shift and
    an XOR with a precomputed product instead of a loop over the generator's terms.
    """
    products = _products(degree)
    top_shift = 8 * (degree - 1)
    mask = (1 << (8 * degree)) - 1
    rem = 0
    for byte in data:
        factor = (rem >> top_shift) ^ byte
        rem = ((rem << 8) & mask) ^ products[factor]
    return list(rem.to_bytes(degree, "big"))


# --- per-version template -------------------------------------------------------------


@dataclass(frozen=True)
class _Template:
    size: int
    base: Matrix  # function patterns and format information, drawn
    rows: NDArray[np.intp]  # data module positions in placement order
    cols: NDArray[np.intp]
    mask: Matrix  # mask bits at those positions
    data_codewords: int


def _bch_format(data: int) -> int:
    bits = data << 10
    for shift in range(4, -1, -1):
        if bits & (1 << (shift + 10)):
            bits ^= 0x537 << shift
    return ((data << 10) | bits) ^ 0x5412


@cache
def _template(version: int) -> _Template:
    n = 17 + 4 * version
    dark = np.zeros((n, n), dtype=bool)
    reserved = np.zeros((n, n), dtype=bool)

    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        # Finder pattern with its white separator.
        reserved[max(r0 - 1, 0) : r0 + 8, max(c0 - 1, 0) : c0 + 8] = True
        dark[r0 : r0 + 7, c0 : c0 + 7] = True
        dark[r0 + 1 : r0 + 6, c0 + 1 : c0 + 6] = False
        dark[r0 + 2 : r0 + 5, c0 + 2 : c0 + 5] = True
    centres = _ALIGNMENT[version]
    for r in centres:
        for c in centres:
            if reserved[r, c]:
                continue
            reserved[r - 2 : r + 3, c - 2 : c + 3] = True
            dark[r - 2 : r + 3, c - 2 : c + 3] = True
            dark[r - 1 : r + 2, c - 1 : c + 2] = False
            dark[r, c] = True
    for i in range(8, n - 8):
        reserved[6, i] = reserved[i, 6] = True
        dark[6, i] = dark[i, 6] = i % 2 == 0

    fmt = _bch_format((_EC_LEVEL_BITS << 3) | MASK_PATTERN)
    for i in range(15):
        bit = bool((fmt >> i) & 1)
        vr = i if i < 6 else (i + 1 if i < 8 else n - 15 + i)
        hc = n - i - 1 if i < 8 else (15 - i if i < 9 else 15 - i - 1)
        dark[vr, 8] = dark[8, hc] = bit
        reserved[vr, 8] = reserved[8, hc] = True
    dark[n - 8, 8] = reserved[n - 8, 8] = True

    rows: list[int] = []
    cols: list[int] = []
    col = n - 1
    upward = True
    while col > 0:
        if col == 6:
            col -= 1
        order = range(n - 1, -1, -1) if upward else range(n)
        for r in order:
            for c in (col, col - 1):
                if not reserved[r, c]:
                    rows.append(r)
                    cols.append(c)
        upward = not upward
        col -= 2
    r_arr = np.array(rows, dtype=np.intp)
    c_arr = np.array(cols, dtype=np.intp)
    data_codewords = sum(count * data for count, data, _ in _BLOCKS_M[version])
    return _Template(n, dark, r_arr, c_arr, (r_arr + c_arr) % 2 == 0, data_codewords)


def _capacity_bits(version: int) -> int:
    return sum(count * data for count, data, _ in _BLOCKS_M[version]) * 8


def _segment_bits(text: str) -> str:
    """Mode indicator, character count and the 11/6-bit groups of alphanumeric mode, as '0'/'1'."""
    try:
        values = [_ALNUM_VALUE[c] for c in text]
    except KeyError as exc:
        raise QrError(f"{text!r}: only A-Z, 0-9 and {ALPHANUMERIC[36:]!r} fit a badge QR") from exc
    pairs = (f"{values[i] * 45 + values[i + 1]:011b}" for i in range(0, len(values) - 1, 2))
    tail = f"{values[-1]:06b}" if len(values) % 2 else ""
    return f"0010{len(values):09b}" + "".join(pairs) + tail


def _version_for_bits(text: str, needed: int) -> int:
    for version in range(1, MAX_VERSION + 1):
        if needed <= _capacity_bits(version):
            return version
    raise QrError(f"{text!r} is too long for a badge QR ({len(text)} characters)")


def version_for(text: str) -> int:
    """The smallest QR version (at level M) that holds ``text``."""
    return _version_for_bits(text, len(_segment_bits(text)))


def _codewords(text: str) -> tuple[int, list[int]]:
    """The version and the final codeword sequence: data and error correction, interleaved."""
    bits = _segment_bits(text)
    version = _version_for_bits(text, len(bits))
    tpl = _template(version)
    capacity = tpl.data_codewords * 8
    bits += "0" * min(4, capacity - len(bits))
    bits += "0" * (-len(bits) % 8)
    data = list(int(bits, 2).to_bytes(len(bits) // 8, "big"))
    pad = (0xEC, 0x11)
    data.extend(pad[i % 2] for i in range(tpl.data_codewords - len(data)))

    blocks: list[list[int]] = []
    ecc: list[list[int]] = []
    offset = 0
    for count, size, ec in _BLOCKS_M[version]:
        for _ in range(count):
            block = data[offset : offset + size]
            offset += size
            blocks.append(block)
            ecc.append(_rs_remainder(block, ec))
    stream = [b[i] for i in range(max(map(len, blocks))) for b in blocks if i < len(b)]
    stream += [e[i] for i in range(len(ecc[0])) for e in ecc]
    return version, stream


def qr_matrices(texts: Sequence[str]) -> list[Matrix]:
    """The module matrices (True = dark, no quiet zone) of several texts.

    Codes of one version are placed in one array operation, as a page of badges has them.
    """
    found: list[Matrix] = [np.zeros((0, 0), dtype=bool)] * len(texts)
    by_version: dict[int, list[tuple[int, list[int]]]] = {}
    for n, text in enumerate(texts):
        version, stream = _codewords(text)
        by_version.setdefault(version, []).append((n, stream))
    for version, members in by_version.items():
        tpl = _template(version)
        placed = np.unpackbits(np.array([stream for _, stream in members], dtype=np.uint8), axis=1)
        # Remainder bits (versions 2-6 have 7) stay light before masking.
        values = np.zeros((len(members), len(tpl.rows)), dtype=bool)
        values[:, : placed.shape[1]] = placed
        stack = np.repeat(tpl.base[np.newaxis], len(members), axis=0)
        stack[:, tpl.rows, tpl.cols] = values ^ tpl.mask
        for (n, _), matrix in zip(members, stack, strict=True):
            found[n] = matrix
    return found


def qr_matrix(text: str) -> Matrix:
    """The module matrix (True = dark), without the quiet zone."""
    return qr_matrices([text])[0]


RUN_KEY_BASE = 64  # above the size of any supported version (41 modules at version 6)


def run_keys_many(matrices: Sequence[Matrix]) -> list[list[int]]:
    """Horizontal runs of dark modules of each matrix, packed as (row × 64 + column) × 64 +
    length: fewer shapes to paint than modules.

    Matrices of one size are handled in one array pass, and a painter keeps one shape per
    key, since the same run recurs across thousands of codes.
    """
    found: list[list[int]] = [[] for _ in matrices]
    by_size: dict[int, list[int]] = {}
    for n, matrix in enumerate(matrices):
        by_size.setdefault(matrix.shape[0], []).append(n)
    for size, members in by_size.items():
        # One light module after each row keeps runs from joining across rows and codes.
        stack = np.zeros((len(members), size, size + 1), dtype=np.int8)
        stack[:, :, :size] = np.stack([matrices[n] for n in members])
        edges = np.diff(stack.ravel(), prepend=0)
        starts = np.flatnonzero(edges == 1)
        lengths = np.flatnonzero(edges == -1) - starts
        code, rest = divmod(starts, size * (size + 1))
        row, col = divmod(rest, size + 1)
        keys = (row * RUN_KEY_BASE + col) * RUN_KEY_BASE + lengths
        bounds = np.searchsorted(code, np.arange(1, len(members)))
        for n, part in zip(members, np.split(keys, bounds), strict=True):
            found[n] = part.tolist()
    return found


def run_keys(matrix: Matrix) -> list[int]:
    return run_keys_many([matrix])[0]


def dark_runs(matrix: Matrix) -> list[tuple[int, int, int]]:
    """The runs of ``run_keys`` as (row, first column, length)."""
    runs = []
    for key in run_keys(matrix):
        rest, length = divmod(key, RUN_KEY_BASE)
        runs.append((*divmod(rest, RUN_KEY_BASE), length))
    return runs
