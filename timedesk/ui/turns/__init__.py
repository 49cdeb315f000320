"""The Turns faces: reception, desk panel, lobby display window, dashboard."""
