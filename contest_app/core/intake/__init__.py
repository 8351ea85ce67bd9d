"""Reading what regions send: batch folders and zips, sheets in any office format and code page,
dates as offices type them, header mapping and suggested Latin spellings of names.

Validation, images, the database write, the command line and the GUI build on these modules.
"""
