"""The first-run set-up wizard: database, Sesame, Clockify, mail and turns, one page each, every
page skippable, then a summary of what is set and where to change it later."""
