"""The Reports page: the officials' workbook and the participant export."""
