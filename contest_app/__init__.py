"""contest_app: runs the NEAR Youth Painting Contest from the first spreadsheet to the tour."""

APP_NAME = "contest_app"
APP_DISPLAY_NAME = "NEAR Contest"
ORG_NAME = "NEAR"
__version__ = "0.1.0"
