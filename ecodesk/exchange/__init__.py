"""Spreadsheet import and export: registration lists in, workbooks for officials out."""
