"""Badges and printed sheets, painted with QPainter onto a PDF, a printer or a preview."""
