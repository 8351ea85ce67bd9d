"""Certificates: who receives which certificate, their serials, and the templates they print from.

Qt-free and ReportLab-free: contest_app.reports.certificates draws what this package decides.
"""
