"""The one error type of intake: a stable code plus the place (file, row, column, value)."""

from __future__ import annotations

from contest_app.core.errors import ContestAppError

# Every code raised by the reading half of intake, so the GUI and command line can check that
# each has a translated message. The place travels in `.values` (file, row, column, value, ...).
CODES = (
    "sheet_missing",       # no sheet in the batch
    "sheet_ambiguous",     # several sheets; values: names
    "sheet_unreadable",    # values: file, detail
    "sheet_empty",         # no header, or a header and no data rows
    "sheet_too_large",     # more data rows than allowed; values: file, value (the limit)
    "sheet_cell_too_long",  # a cell longer than Excel allows; values: file, row, value (limit)
    "file_type_mismatch",  # the extension promises one format, the content is another
    "encoding_unknown",    # no candidate code page decodes the text (or the override fails)
    "zip_unsafe_path",     # values: name
    "zip_too_large",       # declared or actual size, or compression ratio, over the limits
    "zip_unreadable",      # not a zip, corrupt, or encrypted
    "batch_unreadable",    # the path is neither a folder, a zip nor a sheet
    "file_unknown",        # a relative path that is not one of the batch's files
    "header_missing",      # values: field (the first missing), missing (all)
    "header_duplicate",    # values: header, field
    "map_invalid",         # a --map HEADER=field item that cannot be used; values: value
    "date_unparseable",    # values: value
    "date_impossible",     # values: value
)


class IntakeError(ContestAppError):
    """IntakeError(code, file=..., row=..., column=..., value=...): the values go to `.values`."""

    code = "intake_error"
