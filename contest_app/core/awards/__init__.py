"""Results and awards: aggregate the jury's scores, rank, fill the tiers, record every decision.

aggregate (scores -> one result per work, four methods), ranking (all rounds -> one ranked
list), allocate (quotas, constraints, tier lines), stats (jurors and their agreement),
sensitivity (which works a change of method would move), decisions (the committee's changes,
locking), boundary (boundary rounds), board (what the Awards page and the command line show),
export_xlsx and report_pdf (documents).
"""
