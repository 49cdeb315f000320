"""The punch clock: people punch in and out and take breaks; corrections are separate and
reasoned; "who is in" is read from the punches."""
