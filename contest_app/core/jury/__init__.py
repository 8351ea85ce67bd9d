"""The blind jury: jurors, rounds, assignments, scores, offline packages, paper sheets.

Nothing a juror's screen or package holds may reveal a student, school or region.
"""
