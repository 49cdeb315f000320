"""The live chat's faces: the panel docked beside the tabs and its conversation view."""
