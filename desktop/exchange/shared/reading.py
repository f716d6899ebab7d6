"""Opening a roster file: .xlsx, legacy .xls, or .csv in any encoding Chinese offices produce.

Which reader, and why:
- .xlsx: python-calamine (Rust), about ten times faster than openpyxl on a 10 000-row roster
  (0.4 s against 4 s here). It gives every number as a float, which is exact below 2**53, so such
  floats become ints as openpyxl would give them. A number above that (an 18-digit ID typed as a
  number) cannot be told apart from a damaged one in a float, so a sheet holding one is read again
  with openpyxl in read-only mode, which keeps an exact integer written by a program exact; the
  importer then rejects only the IDs that really lost digits. Neither reader needs merged-cell
  ranges: a merged title shows as a value in its first cell, and the header row is found by its words.
- .xls: xlrd 2.x — pure Python, reads BIFF cell types (so dates are told from numbers), and says
  plainly when a workbook is encrypted. In .xls every number is a double anyway, so nothing exact
  is lost that calamine would keep; python-calamine's speed is not needed for files capped at
  65 536 rows, and its binary wheel would be one more thing to package.
- .csv: charset-normalizer guesses the encoding (UTF-8, UTF-8 with BOM, GBK/GB18030 …); the whole
  GB family is decoded as gb18030, which also has the rare name characters gbk lacks.
The file's first bytes decide the reader, not its extension (an .xls that is really an .xlsx is
common). WPS .et files and password-protected workbooks get a message saying how to save as .xlsx.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterator, Protocol

from desktop.messages import QT_TRANSLATE_NOOP, UserError

Row = tuple[Any, ...]
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "cp936"}
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


class UnreadableFile(UserError):
    """The file cannot be read as a roster; the message says how to save it so that it can."""


class Spreadsheet(Protocol):
    path: Path

    def sheet_names(self) -> list[str]: ...
    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        """Rows from row 1, in order, each a tuple of raw cell values (None when empty)."""
    def close(self) -> None: ...


def _wps_message(path: Path) -> UnreadableFile:
    return UnreadableFile(QT_TRANSLATE_NOOP(
        "Import", "{file} is a WPS spreadsheet (.et). Open it in WPS, choose File → Save As → "
        "Excel workbook (*.xlsx), and import the .xlsx file.").format(file=path.name))


def _password_message(path: Path) -> UnreadableFile:
    return UnreadableFile(QT_TRANSLATE_NOOP(
        "Import", "{file} is protected with a password. Open it in Excel or WPS, remove the password "
        "(File → Info → Protect Workbook, or WPS: File → Document Encryption), save it as .xlsx and "
        "import that file.").format(file=path.name))


def _not_a_table(path: Path) -> UnreadableFile:
    return UnreadableFile(QT_TRANSLATE_NOOP(
        "Import", "{file} is not a spreadsheet UnionDesk can read. Save it from Excel or WPS as an "
        ".xlsx workbook or a .csv file and import that.").format(file=path.name))


def open_spreadsheet(path: str | Path) -> Spreadsheet:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        raise UnreadableFile(QT_TRANSLATE_NOOP(
            "Import", "{file} cannot be opened: check that it exists and is not open in another program."
        ).format(file=str(path))) from None
    suffix = path.suffix.lower()
    if head.startswith(_ZIP):
        return _XlsxFile(path)
    if head.startswith(_OLE):
        if _ENCRYPTED_MARK in head:
            raise _password_message(path)
        return _XlsFile(path)
    if suffix in (".et", ".ett"):
        raise _wps_message(path)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        return _CsvFile(path)  # Excel's "Unicode text": UTF-16, tab-separated
    if suffix in (".xlsx", ".xlsm", ".xls") or b"\x00" in head[:4096]:
        raise _not_a_table(path)
    return _CsvFile(path)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of the ASCII text (digits, tabs) is 0."""
    sample = head[:2048]
    if len(sample) < 16:
        return False
    odd_zeros = sample[1::2].count(0) / len(sample[1::2])
    even_zeros = sample[0::2].count(0) / len(sample[0::2])
    return (odd_zeros > 0.3 and even_zeros < 0.05) or (even_zeros > 0.3 and odd_zeros < 0.05)


_EXACT_LIMIT = 2 ** 53  # every integer below this is exact in a float


class _XlsxFile:
    """An .xlsx read by calamine, falling back to openpyxl per sheet (see the module docstring)."""

    def __init__(self, path: Path):
        from python_calamine import CalamineWorkbook

        self.path = path
        self._fallback: _OpenpyxlFile | None = None
        self._cache: dict[str, list[Row]] = {}  # the header survey and the import read a sheet once
        try:
            self._book = CalamineWorkbook.from_path(str(path))
        except Exception:  # a zip that is not a workbook (a .docx, a damaged download …)
            if path.suffix.lower() in (".et", ".ett"):
                raise _wps_message(path) from None
            raise _not_a_table(path) from None

    def sheet_names(self) -> list[str]:
        return list(self._book.sheet_names)

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        rows = self._cache.get(sheet)
        if rows is None:
            rows = self._cache[sheet] = self._read(sheet)
        yield from rows[:limit]

    def _read(self, sheet: str) -> list[Row]:
        # skip_empty_area=False starts at A1, so row numbers stay the ones the user sees in Excel.
        raw = self._book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        rows = []
        for cells in raw:
            row = []
            for value in cells:
                if value == "":
                    value = None
                elif type(value) is float and value.is_integer():
                    if abs(value) >= _EXACT_LIMIT:
                        return list(self._openpyxl().rows(sheet))
                    value = int(value)
                row.append(value)
            rows.append(tuple(row))
        return rows

    def _openpyxl(self) -> _OpenpyxlFile:
        if self._fallback is None:
            self._fallback = _OpenpyxlFile(self.path)
        return self._fallback

    def close(self) -> None:
        if self._fallback is not None:
            self._fallback.close()
        self._cache.clear()


class _OpenpyxlFile:
    def __init__(self, path: Path):
        from openpyxl import load_workbook

        self.path = path
        try:
            self._book = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # a zip that is not a workbook (a .docx, a damaged download …)
            if path.suffix.lower() in (".et", ".ett"):
                raise _wps_message(path) from None
            raise _not_a_table(path) from None

    def sheet_names(self) -> list[str]:
        return [ws.title for ws in self._book.worksheets]

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        ws = self._book[sheet]
        ws.reset_dimensions()  # some programs write a wrong size; read what is really there
        yield from ws.iter_rows(min_row=1, max_row=limit, values_only=True)

    def close(self) -> None:
        self._book.close()


class _XlsFile:
    def __init__(self, path: Path):
        import xlrd

        self.path = path
        try:
            self._book = xlrd.open_workbook(str(path), on_demand=True)
        except xlrd.XLRDError as error:
            if "encrypted" in str(error).lower():
                raise _password_message(path) from None
            if path.suffix.lower() in (".et", ".ett"):
                raise _wps_message(path) from None
            raise _not_a_table(path) from None
        except Exception:
            raise _not_a_table(path) from None

    def sheet_names(self) -> list[str]:
        return self._book.sheet_names()

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        import xlrd

        ws = self._book.sheet_by_name(sheet)
        count = ws.nrows if limit is None else min(limit, ws.nrows)
        for r in range(count):
            yield tuple(self._value(ws.cell(r, c), xlrd) for c in range(ws.row_len(r)))

    def _value(self, cell, xlrd) -> Any:
        kind = cell.ctype
        if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
            return None
        if kind == xlrd.XL_CELL_DATE:
            try:
                return xlrd.xldate_as_datetime(cell.value, self._book.datemode)
            except (ValueError, OverflowError):
                return cell.value
        if kind == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        return cell.value  # text as str, numbers as float (all .xls numbers are doubles)

    def close(self) -> None:
        self._book.release_resources()


def decode_text(data: bytes) -> str:
    """CSV bytes as text: a BOM decides; else UTF-8 if it decodes; else charset-normalizer's guess,
    with the GB family read as gb18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if _looks_utf16(data):
        little = data[1::2].count(0) > data[0::2].count(0)
        return data.decode("utf-16-le" if little else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = (best.encoding if best else "gb18030").lower().replace("-", "").replace("_", "")
    if encoding in _GB_FAMILY or best is None:
        encoding = "gb18030"
    else:
        encoding = best.encoding
    return data.decode(encoding, errors="replace")


# A cell may be as long as a text file can make it (a pasted letter); the csv module's default limit
# of 128 KiB ends in an exception. The importer cuts long values with a warning.
_CSV_FIELD_LIMIT = 1 << 30


class _CsvFile:
    def __init__(self, path: Path):
        self.path = path
        text = decode_text(path.read_bytes())
        if csv.field_size_limit() < _CSV_FIELD_LIMIT:
            csv.field_size_limit(_CSV_FIELD_LIMIT)
        try:  # only the delimiter is guessed: the sniffer's quoting guesses break quoted text
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",\t;").delimiter
        except csv.Error:
            delimiter = ","
        self._rows = [tuple(cell if cell != "" else None for cell in row)
                      for row in csv.reader(io.StringIO(text), delimiter=delimiter)]

    def sheet_names(self) -> list[str]:
        return [self.path.stem]

    def rows(self, sheet: str, limit: int | None = None) -> Iterator[Row]:
        yield from self._rows[:limit] if limit is not None else self._rows

    def close(self) -> None:
        pass


__all__ = ["Row", "Spreadsheet", "UnreadableFile", "decode_text", "open_spreadsheet"]
