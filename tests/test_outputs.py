"""The languages timedesk speaks and its report formats are named once (timedesk.outputs), so
adding a language or a format is one change, not six."""

from __future__ import annotations

from timedesk import outputs
from timedesk.clockify import reports as clockify_reports
from timedesk.export import columns
from timedesk.export import files as export_files
from timedesk.mail import templates
from timedesk.sesame import report_write
from timedesk.sesame import service as sesame_service
from timedesk.settings import REGISTRY, load_module_settings
from timedesk.turns import history_export


def test_every_language_list_is_the_one_in_outputs():
    for module in (columns, templates, sesame_service, clockify_reports, history_export):
        assert module.LANGUAGES is outputs.LANGUAGES, module.__name__
    load_module_settings()
    assert REGISTRY["ui.language"].choices == ("", *outputs.LANGUAGES)
    assert REGISTRY["clockify.notice_language"].choices is outputs.LANGUAGES


def test_every_report_format_list_is_the_one_in_outputs():
    for module in (sesame_service, report_write, clockify_reports):
        assert module.FORMATS is outputs.FORMATS, module.__name__
    # the turns history (and any export choosing by extension) asks export.files.output_format
    assert export_files.output_format.__defaults__ == (None, outputs.FORMATS)
