"""Words for the core's error and problem codes, in English; the GUI translates them.

QT_TRANSLATE_NOOP here only marks the strings for lupdate: this module must stay free of Qt so
the command line can use it without a GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("Messages", "Not found."),
    "contest_not_found": QT_TRANSLATE_NOOP("Messages", "There is no contest with id {id}."),
    "region_not_found": QT_TRANSLATE_NOOP("Messages", "There is no region with code {code}."),
    "country_not_found": QT_TRANSLATE_NOOP("Messages", "There is no country with code {code}."),
    "edition_exists": QT_TRANSLATE_NOOP(
        "Messages", "Edition {edition} exists already. Choose another edition number."),
    "edition_invalid": QT_TRANSLATE_NOOP("Messages", "The edition number must be 1 or more."),
    "year_invalid": QT_TRANSLATE_NOOP("Messages", "The year {value} is not a plausible year."),
    "age_range_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The age range {min_age}-{max_age} is not valid: the minimum must not "
        "exceed the maximum."),
    "quota_invalid": QT_TRANSLATE_NOOP("Messages", "A quota cannot be negative."),
    "tier_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Each award tier must appear once, and there must be at least one."),
    "tier_spec_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read the tier \"{value}\": write tiers as key=quota, for example "
        "grand=1,excellence=10."),
    "criterion_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The criterion \"{key}\" needs a positive weight and a scale whose minimum "
        "is below its maximum."),
    "theme_lang_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read \"{value}\": write LANG=TEXT with LANG one of en, ko, zh, ja, "
        "ru, mn."),
    "date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read the date \"{value}\": write it as YYYY-MM-DD."),
    "region_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The region code \"{code}\" is not valid: use the country code, a hyphen "
        "and letters or digits, for example KR-47 or KR-POHANG."),
    "region_code_country": QT_TRANSLATE_NOOP(
        "Messages", "The region code \"{code}\" must start with its country code {country}."),
    "region_code_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another region already has the code {code}."),
    "region_name_missing": QT_TRANSLATE_NOOP("Messages", "The region needs an English name."),
    "membership_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{membership}\" is not a membership kind."),
    "edited_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this record while you were editing it. Reload it and "
        "make your change again; nothing was overwritten."),
    "entry_not_found": QT_TRANSLATE_NOOP("Messages", "The work {id} no longer exists."),
    "student_not_found": QT_TRANSLATE_NOOP("Messages", "The student {id} no longer exists."),
    "field_unknown": QT_TRANSLATE_NOOP("Messages", "\"{field}\" cannot be edited here."),
    "status_invalid": QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not a status of a work."),
    "reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give a reason: it is kept in the audit log and can be sent to the region."),
    "schema_newer": QT_TRANSLATE_NOOP(
        "Messages", "This database was written by a newer version of the app (schema "
        "{revision}). Install the newer version to open it; nothing was changed."),
    "schema_foreign": QT_TRANSLATE_NOOP(
        "Messages", "This database was not made by this app (it holds tables such as "
        "{tables}). Choose another database; nothing was changed."),
    "schema_outdated": QT_TRANSLATE_NOOP(
        "Messages", "This database needs an upgrade to the current schema."),
    "database_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot open the database {url}: {detail}"),
    # intake: problems found in a region's batch (row and column are shown beside the words)
    # also raised by the reading half (intake/dates.py) as IntakeError with the same value
    "date_unparseable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read \"{value}\" as a date. Write it as YYYY-MM-DD, for example "
        "2010-05-03."),
    "date_impossible": QT_TRANSLATE_NOOP(
        "Messages", "The date \"{value}\" does not exist or lies in the future. Check it and "
        "correct it."),
    "field_missing": QT_TRANSLATE_NOOP(
        "Messages", "The {column} cell is empty, but it is required. Fill it in and send the "
        "sheet again."),
    "age_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The student is {age} years old on {reference_date}; the contest is for "
        "ages {min} to {max}. Check the birth date: if it is right, the work cannot take part."),
    "consent_missing": QT_TRANSLATE_NOOP(
        "Messages", "No guardian consent is recorded for {name}. The work is kept but cannot be "
        "judged until the consent arrives: ask for it and mark it \"yes\"."),
    "consent_unclear": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" does not say yes or no. Write \"yes\" if the guardian agreed, "
        "otherwise \"no\"; until then the consent counts as missing."),
    "image_missing": QT_TRANSLATE_NOOP(
        "Messages", "The image file \"{value}\" is not in the batch. Add the file, or correct "
        "its name in the sheet."),
    "image_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The image \"{value}\" cannot be opened: it is damaged, cut short, or not a "
        "JPEG, PNG, TIFF, WebP or HEIC file. Send the file again."),
    "image_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The image \"{value}\" is too large to open safely. Send a photograph or "
        "scan of the work of at most 100 megapixels."),
    "group_inconsistent": QT_TRANSLATE_NOOP(
        "Messages", "The rows of work {entry_no} disagree: this row has \"{value}\" as "
        "{column}, row {first_row} has \"{first_value}\". Give every row of one work the same "
        "title and image."),
    "duplicate_row": QT_TRANSLATE_NOOP(
        "Messages", "This student is listed for this work already, in row {first_row}. The "
        "repeated row was left out; delete it from the sheet."),
    "image_duplicate_exact": QT_TRANSLATE_NOOP(
        "Messages", "The image \"{value}\" is the same file as work {other_entry_no} "
        "({other_region}, edition {other_edition}). Each work needs its own image, and a work "
        "of an earlier edition cannot enter again."),
    "image_duplicate_near": QT_TRANSLATE_NOOP(
        "Messages", "The image \"{value}\" looks very like the image of work {other_entry_no} "
        "({other_region}, edition {other_edition}). Check that these are two different works."),
    "number_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a size in centimetres. Write a number such as 54.5; "
        "the size was left empty."),
    "name_latin_suggested": QT_TRANSLATE_NOOP(
        "Messages", "No Latin spelling was given for {name}, so \"{value}\" was suggested. "
        "Check it and correct it if needed."),
    "award_tier_unknown": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not an award tier of this contest. Write the name of one of "
        "its tiers, or leave the cell empty."),
    "entry_not_in_batch": QT_TRANSLATE_NOOP(
        "Messages", "Work {value} is in the database but not in this batch. It was kept; "
        "withdraw it by hand if the region took it back."),
    "column_missing": QT_TRANSLATE_NOOP(
        "Messages", "The sheet has no {column} column. Add it, or say which column holds it "
        "(--map HEADER={column})."),
    "column_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The column \"{value}\" is not one the app knows; its values were kept with "
        "each work."),
    "plan_blocked": QT_TRANSLATE_NOOP(
        "Messages", "This batch cannot be imported until the problems of the whole sheet are "
        "fixed."),
    "plan_used": QT_TRANSLATE_NOOP(
        "Messages", "This import was already done or discarded. Check the batch again."),
    "plan_stale": QT_TRANSLATE_NOOP(
        "Messages", "The region's works changed after the batch was checked. Check the batch "
        "again, then import it."),
    # jury: jurors, rounds, scores, paper sheets
    "juror_not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no juror \"{ref}\" in this contest. Give the juror's id or exact "
        "name."),
    "juror_name_missing": QT_TRANSLATE_NOOP("Messages", "The juror needs a name."),
    "juror_name_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{name}\" cannot be a juror's name: a name made of digits would be read "
        "as an id."),
    "juror_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "This contest has a juror named {name} already. Add something to tell them "
        "apart, such as the affiliation."),
    "juror_inactive": QT_TRANSLATE_NOOP(
        "Messages", "{name} is no longer on the panel, so no works can be assigned to them."),
    "jurors_none": QT_TRANSLATE_NOOP(
        "Messages", "There is no active juror to assign works to. Add jurors first."),
    "language_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not one of the languages en, ko, zh, ja, ru, mn."),
    "conflict_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{code}\" is neither a country code (such as KR) nor a region code (such "
        "as KR-47)."),
    "conflict_scope_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a kind of conflict: use country or region."),
    "round_not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no round {id} in this contest."),
    "round_none_open": QT_TRANSLATE_NOOP(
        "Messages", "This contest has no open round. Create one first."),
    "round_closed": QT_TRANSLATE_NOOP(
        "Messages", "Round {round} is closed: its scores can no longer be entered or changed."),
    "round_kind_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a kind of round: use preliminary, final or boundary."),
    "round_top_n_required": QT_TRANSLATE_NOOP(
        "Messages", "A final round needs the number of works to take from the previous round "
        "(1 or more)."),
    "round_previous_missing": QT_TRANSLATE_NOOP(
        "Messages", "A final round takes the best works of an earlier round, but there is none "
        "yet."),
    "round_previous_open": QT_TRANSLATE_NOOP(
        "Messages", "Round {round} is still open. Close it before taking its best works into a "
        "final round."),
    "round_entries_required": QT_TRANSLATE_NOOP(
        "Messages", "A boundary round needs the works it is to decide: give their codes."),
    "round_no_works": QT_TRANSLATE_NOOP(
        "Messages", "This round would hold no works. A preliminary round takes the eligible "
        "works, and there are none yet."),
    "per_work_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{value} jurors per work is not possible: give 1 or more."),
    "round_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "{missing} assigned scores are still missing in round {round}. Reassign "
        "the works, or accept the gap, to close it; the decision is kept in the audit log."),
    "close_decision_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a decision: use accept_gap or reassigned."),
    "work_short": QT_TRANSLATE_NOOP(
        "Messages", "Work {code} has only {got} jurors: the others have a conflict with it."),
    "criterion_unknown": QT_TRANSLATE_NOOP(
        "Messages", "\"{key}\" is not a criterion of this round."),
    "score_not_number": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a number. Write the {key} score as a number such as 7 "
        "or 7.5."),
    "score_out_of_scale": QT_TRANSLATE_NOOP(
        "Messages", "{value} is outside the scale of {key}: write a score from {min} to {max}."),
    "score_missing": QT_TRANSLATE_NOOP(
        "Messages", "The {column} score is empty while other scores of this work are filled "
        "in. Type the missing score, or clear the row if the work was not scored."),
    "score_source_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a source of scores: use screen, package or paper."),
    "work_not_assigned": QT_TRANSLATE_NOOP(
        "Messages", "Work {code} is not assigned to juror {juror} in this round, so the score "
        "cannot be taken."),
    "score_code_unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no work with the code \"{value}\" in this contest. Check the code "
        "on the sheet."),
    "score_juror_unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no juror \"{value}\" in this contest. Write the juror's id or "
        "exact name."),
    "score_row_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Work {value} is scored for the same juror again in row {rows}. Neither row "
        "was imported: keep the right one and import the sheet again."),
    "paper_column_missing": QT_TRANSLATE_NOOP(
        "Messages", "The sheet has no {column} column. Use the score sheet made for the juror: "
        "its first row names the columns code, juror, one per criterion and comment."),
    "sheet_format_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write \"{value}\": a score sheet is a .xlsx or a .pdf file."),
    "entry_code_unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no work with the code \"{value}\" in this contest."),
    # offline juror packages and shared-database scoring
    "package_no_works": QT_TRANSLATE_NOOP(
        "Messages", "{juror} has no works to score in {round}. Assign works first, then export "
        "the package."),
    "package_preview_missing": QT_TRANSLATE_NOOP(
        "Messages", "Work {code} has no preview image, so it cannot be put in a package. "
        "Re-import its image first."),
    "package_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "\"{path}\" is not a juror package. Open the .nearjury file staff sent."),
    "package_version": QT_TRANSLATE_NOOP(
        "Messages", "\"{path}\" was made by a newer version of the app (format {version}). "
        "Install the newer version to open it."),
    "package_tampered": QT_TRANSLATE_NOOP(
        "Messages", "The package \"{path}\" was changed after it was exported, so it cannot be "
        "trusted. Ask staff to send it again."),
    "package_scores_tampered": QT_TRANSLATE_NOOP(
        "Messages", "The saved scores \"{path}\" were changed outside the app, so they cannot "
        "be trusted. Ask staff what to do; the file was left as it is."),
    "package_work_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Work {code} is not one of the works you were given."),
    "results_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "\"{path}\" is not a results file of a juror package. Nothing was "
        "imported."),
    "results_unknown_package": QT_TRANSLATE_NOOP(
        "Messages", "The results \"{path}\" belong to a package this database never exported. "
        "Nothing was imported; check that you opened the right contest database."),
    "results_tampered": QT_TRANSLATE_NOOP(
        "Messages", "The results \"{path}\" were changed outside the app after the juror "
        "exported them. Nothing was imported; ask the juror to export them again."),
    "results_outdated": QT_TRANSLATE_NOOP(
        "Messages", "The results \"{path}\" are older than results already imported from the "
        "same package. Nothing was imported, so the newer scores stay."),
    "results_code_not_in_package": QT_TRANSLATE_NOOP(
        "Messages", "Work {work} was not in this juror's package; its score was not imported."),
    "results_score_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The score for work {work} cannot be read; it was not imported."),
    "scoring_screen_missing": QT_TRANSLATE_NOOP(
        "Messages", "The scoring screen is not part of this installation. Export the results "
        "with: contest-app juror --export-results PACKAGE OUT"),
    "shared_db_postgres_only": QT_TRANSLATE_NOOP(
        "Messages", "Jurors can sign in to a shared database on PostgreSQL only, not on "
        "{backend}. Use offline packages instead."),
    "shared_db_no_round": QT_TRANSLATE_NOOP(
        "Messages", "There is no open round with works for you to score."),
    "juror_password_missing": QT_TRANSLATE_NOOP(
        "Messages", "Give the juror a password for signing in."),
    # awards: results, committee decisions and what the committee should know
    "awards_method_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a method of combining scores. Choose one of {methods}."),
    "awards_round_open": QT_TRANSLATE_NOOP(
        "Messages", "Round {round} is still open: its scores may still change."),
    "awards_boundary_open": QT_TRANSLATE_NOOP(
        "Messages", "Boundary round {round} is still open; its scores count once it is closed."),
    "awards_scores_conflicts": QT_TRANSLATE_NOOP(
        "Messages", "{count} scores were set aside: the juror has a conflict of interest with "
        "the work's region or country."),
    "awards_scores_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "{count} scores were set aside because not every criterion was scored."),
    "awards_scores_reassigned": QT_TRANSLATE_NOOP(
        "Messages", "{count} scores were set aside because the work was handed to another "
        "juror."),
    "awards_not_eligible_scored": QT_TRANSLATE_NOOP(
        "Messages", "{count} scored works are not eligible (or were disqualified) and are not "
        "ranked."),
    "awards_no_scores": QT_TRANSLATE_NOOP(
        "Messages", "No work has a usable score yet, so there is nothing to rank."),
    "awards_constraint_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read \"{value}\": write TIER=N with N at least 1, for example "
        "excellence=3."),
    "awards_tier_unknown": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not an award tier of this contest. Its tiers are {tiers}."),
    "awards_region_infeasible": QT_TRANSLATE_NOOP(
        "Messages", "Region {region} could not get a work into the {tier} tier: no other "
        "region has a place to spare within the constraints."),
    "awards_shortfall": QT_TRANSLATE_NOOP(
        "Messages", "There are not enough ranked works to fill every tier (places left: "
        "{tiers})."),
    "awards_locked": QT_TRANSLATE_NOOP(
        "Messages", "The results of edition {edition} are final and locked. Unlock them, with "
        "a reason, before changing them."),
    "awards_not_locked": QT_TRANSLATE_NOOP(
        "Messages", "The results of edition {edition} are not locked."),
    "awards_decisions_exist": QT_TRANSLATE_NOOP(
        "Messages", "The committee has already decided on {count} awards. A new proposal would "
        "replace those decisions; confirm that you want to replace them."),
    "awards_none": QT_TRANSLATE_NOOP(
        "Messages", "There are no awards yet. Propose the awards first."),
    "awards_entry_unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no work with the code {code} in this contest."),
    "awards_entry_disqualified": QT_TRANSLATE_NOOP(
        "Messages", "Work {code} is disqualified and cannot receive an award."),
    "awards_quota_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Some tiers do not hold their quota ({tiers}). Give a reason to finalise "
        "the results anyway."),
    "awards_boundary_too_few": QT_TRANSLATE_NOOP(
        "Messages", "A boundary round needs at least two works."),
    "awards_export_nothing": QT_TRANSLATE_NOOP(
        "Messages", "Say what to write: a results workbook (OUT.xlsx), --pdf OUT.pdf or "
        "--regions OUT.xlsx."),
    # certificates
    "certificate_kind_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a kind of certificate: use award, participation, "
        "teacher or all."),
    "certificate_template_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The certificate template cannot be used ({value}): every field needs a "
        "width, a height and a font size above zero."),
    "certificate_image_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The image \"{value}\" cannot be opened. Choose a PNG or JPEG file."),
    "certificate_not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no certificate with the serial {serial} in this contest."),
    "calibration_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The calibration ({dx} mm, {dy} mm, scale {scale}) is not plausible: "
        "offsets must be within 30 mm and the scale between 0.8 and 1.2."),
    "awards_held_back": QT_TRANSLATE_NOOP(
        "Messages", "{count} works have awards that are not final yet. Their students get no "
        "certificate until the awards are final (or until you allow provisional awards)."),
    "awards_provisional": QT_TRANSLATE_NOOP(
        "Messages", "{count} works have provisional awards; their award certificates were made "
        "as you allowed. Check them before they are sent."),
    "award_not_eligible": QT_TRANSLATE_NOOP(
        "Messages", "{count} awarded works are not eligible (disqualified or without consent) "
        "and got no certificate. Check the awards."),
    "student_purged": QT_TRANSLATE_NOOP(
        "Messages", "{count} students' personal data has been removed, so they get no "
        "certificate."),
    "glyphs_missing": QT_TRANSLATE_NOOP(
        "Messages", "The {field} \"{text}\" has characters no font can print ({characters}); "
        "they would come out as empty boxes. Correct the text or add a font that has them."),
    "certificate_image_missing": QT_TRANSLATE_NOOP(
        "Messages", "The template's {field} image ({text}) is missing from the data folder. "
        "Choose the image again in the template editor."),
    "thumbnail_missing": QT_TRANSLATE_NOOP(
        "Messages", "The painting's image for \"{text}\" is missing; the certificate prints "
        "without it."),
    "package_scores_unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Your score could not be saved in {path}: the folder cannot be written to. "
        "Copy the package to a folder of your own (such as Documents) and open it there."),
    # touring exhibitions: tours, venues, catalogue, wall labels
    "tour_not_found": QT_TRANSLATE_NOOP("Messages", "There is no tour with id {id}."),
    "venue_not_found": QT_TRANSLATE_NOOP(
        "Messages", "This tour has no venue \"{id}\". Give the venue's id or exact name."),
    "tour_name_missing": QT_TRANSLATE_NOOP("Messages", "The tour needs a name."),
    "venue_name_missing": QT_TRANSLATE_NOOP("Messages", "The venue needs a name."),
    "tour_dates_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The period ends ({ends_on}) before it starts ({starts_on}). Check the "
        "dates."),
    "tour_work_not_awarded": QT_TRANSLATE_NOOP(
        "Messages", "Work {id} has no award, so it cannot tour. Tours show awarded works "
        "only."),
    "tour_work_not_found": QT_TRANSLATE_NOOP(
        "Messages", "Work {id} is not part of this tour."),
    "tour_work_status_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a status of a touring work: use selected, packed, "
        "shipped, on_show or returned."),
    "tour_empty": QT_TRANSLATE_NOOP(
        "Messages", "The tour \"{tour}\" has no works to print. Add works first, or show "
        "works without consent anonymised instead of leaving them out."),
    "page_size_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{value}\" is not a page size the catalogue offers: use A4 or B5."),
    "label_size_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot use the label size \"{value}\": write WIDTHxHEIGHT in millimetres, "
        "for example 100x70, from 50x30 up to 200x287."),
    "venue_no_works": QT_TRANSLATE_NOOP(
        "Messages", "No works are shown at {venue} yet, so there are no labels to print. Choose "
        "the venue's works first."),
    # reading a region's batch: refused whole before anything is written
    "sheet_missing": QT_TRANSLATE_NOOP(
        "Messages", "The batch {file} holds no sheet (.xlsx, .xls, .ods or .csv). Add the "
        "region's entry sheet and import the batch again."),
    "sheet_ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "The batch {file} holds more than one sheet ({names}); it must hold exactly "
        "one. Remove the others and import it again."),
    "sheet_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The sheet {file} cannot be read ({detail}). Open it in the office program, "
        "save it again as .xlsx and import that. Nothing was imported."),
    "sheet_empty": QT_TRANSLATE_NOOP(
        "Messages", "The sheet {file} has no works: it is empty or has only a header row."),
    "sheet_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The sheet {file} is larger than the app reads (limit {value}). Check that it "
        "is the right file, or split it. Nothing was imported."),
    "sheet_cell_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Row {row} of the sheet {file} has a cell longer than a spreadsheet can hold "
        "({value} characters). The file was not typed in Excel or is damaged; nothing was "
        "imported."),
    "file_type_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{file} is named as a {value} file but its content is something else "
        "({detail}). Send the sheet itself, saved in the format its name says."),
    "encoding_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The text of {file} is in no code page the app knows (or mixes several). "
        "Save it as UTF-8 or as .xlsx and import it again."),
    "zip_unsafe_path": QT_TRANSLATE_NOOP(
        "Messages", "The zip holds a file named \"{name}\" that would be written outside its "
        "folder (an absolute path, \"..\", a link or a device name). Nothing was unpacked; ask "
        "the region to zip its folder again."),
    "zip_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The zip {file} is too large to unpack safely ({value}): too many files, too "
        "many bytes, or a compression ratio no real batch has (a zip bomb). Nothing was kept."),
    "zip_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The zip {file} cannot be opened ({detail}): it is damaged, encrypted or not "
        "a zip. Ask the region to send it again."),
    "batch_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a batch: choose a folder, a .zip, or a sheet (.xlsx, .xls, "
        ".ods or .csv)."),
    "file_unknown": QT_TRANSLATE_NOOP("Messages", "{value} is not one of the batch's files."),
    "header_missing": QT_TRANSLATE_NOOP(
        "Messages", "The sheet has no column for {field}. Use the template's headers, or say "
        "which column it is (--map HEADER={field})."),
    "header_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Two columns of the sheet mean {field} (one is \"{header}\"). Remove or "
        "rename one."),
    "map_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot use the column mapping \"{value}\": write HEADER=field with a field "
        "the app knows."),
    # backups and restore
    "backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be written ({detail}). Nothing else was done: free "
        "some disk space or check the backup folder, then try again."),
    "backup_exists": QT_TRANSLATE_NOOP(
        "Messages", "{path} exists already. Choose a new file or folder name for the backup."),
    "backup_target_memory": QT_TRANSLATE_NOOP(
        "Messages", "A database held only in memory cannot be backed up or restored."),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a backup of this app, or it is damaged ({detail}). Nothing "
        "was changed."),
    "backup_newer": QT_TRANSLATE_NOOP(
        "Messages", "The backup {file} was written by a newer version of the app (schema "
        "{revision}). Install that version to restore it; nothing was changed."),
    "restore_busy": QT_TRANSLATE_NOOP(
        "Messages", "The database is in use by another window or program ({detail}). Close it "
        "and restore again; nothing was changed."),
    # privacy of minors
    "privacy_retention_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The retention period must be a whole number of days from 0 to {max}, not "
        "{value}."),
    "privacy_retention_unset": QT_TRANSLATE_NOOP(
        "Messages", "No retention period is set. Set one first (privacy retention --days N), "
        "or give --days."),
    "privacy_not_due": QT_TRANSLATE_NOOP(
        "Messages", "This contest's deadline ({deadline}) is within the retention period of "
        "{days} days: its personal data may be removed from {due} on."),
}


def message(code: str, values: dict[str, Any] | None = None,
            translate: Callable[[str, str], str] | None = None) -> str:
    """The words for code with its values filled in, translated when a translator is given."""
    template = MESSAGES.get(code)
    if template is None:
        return f"{code}: {values}" if values else code
    if translate is not None:
        template = translate(CONTEXT, template)
    try:
        return template.format(**(values or {}))
    except (KeyError, IndexError, ValueError):
        return template
