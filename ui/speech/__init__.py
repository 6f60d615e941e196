"""Reading documents aloud in the window (issue 18): the platform voice, the choice of
voice for this PC, and the reading window with its large buttons."""
