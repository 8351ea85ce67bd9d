"""The contest's logic. Never imports Qt: the GUI and the command line both sit on top of it."""
