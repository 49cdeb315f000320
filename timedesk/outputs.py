"""What timedesk writes for people, named once: the languages it speaks (mail, reports,
exports, the interface, the display's voice) and the file formats of its reports."""

LANGUAGES = ("es", "en")
FORMATS = ("xlsx", "csv")
