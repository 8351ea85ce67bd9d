"""Touring exhibitions of past winners: tours, their venues and works, and what they print.

- selection: the awarded works of every edition a tour can draw on, with filters;
- tours: create and edit tours, their works (order, status, condition) and venues;
- settings: the catalogue's own texts per tour (title, theme, forewords, cover work);
- content: the numbered works, sections, index and statistics every document shares;
- texts / captions: document words in the six languages and the caption of a work;
- export: the work list spreadsheet and the originals with a manifest, for a venue or printer.

Nothing here imports Qt or ReportLab: contest_app.reports draws the PDFs from content.
"""
