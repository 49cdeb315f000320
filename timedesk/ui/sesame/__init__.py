"""The Sesame Time screens: the Reports tab (form, running report, history)."""
