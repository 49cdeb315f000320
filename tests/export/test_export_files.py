"""Exports are all or nothing: a temporary file renamed when complete; a cancel or an error
leaves the previous file (or no file) and no temporary one; progress counts the rows."""

from pathlib import Path

import pytest

from timedesk.errors import ValidationError
from timedesk.export import NUMBER, Column, ExportFailed, atomic_output, write_csv, write_xlsx
from timedesk.jobs import JobCancelled

COLUMNS = [Column("n", "Número", "Number", NUMBER)]
WRITERS = [pytest.param(write_xlsx, "xlsx", id="xlsx"), pytest.param(write_csv, "csv", id="csv")]


@pytest.mark.parametrize("write, suffix", WRITERS)
def test_a_cancel_midway_raises_job_cancelled_and_leaves_no_file(tmp_path, write, suffix):
    seen = []
    rows = ({"n": i} for i in range(10_000))
    with pytest.raises(JobCancelled):
        write(tmp_path / f"out.{suffix}", COLUMNS, rows,
              progress=lambda done, total: seen.append(done), cancel=lambda: len(seen) >= 2)
    assert list(tmp_path.iterdir()) == [] and seen == [250, 500]


@pytest.mark.parametrize("write, suffix", WRITERS)
def test_an_error_midway_keeps_the_previous_file_whole(tmp_path, write, suffix):
    target = tmp_path / f"out.{suffix}"
    target.write_bytes(b"previous report")

    def rows():
        yield {"n": 1}
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write(target, COLUMNS, rows())
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


@pytest.mark.parametrize("write, suffix", WRITERS)
def test_progress_counts_rows_up_to_the_total(tmp_path, write, suffix):
    calls = []
    write(tmp_path / f"out.{suffix}", COLUMNS, [{"n": i} for i in range(600)],
          progress=lambda done, total: calls.append((done, total)))
    assert calls == [(250, 600), (500, 600), (600, 600)]


def test_a_missing_folder_is_named_in_a_validation_error(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        write_xlsx(tmp_path / "nowhere" / "out.xlsx", COLUMNS, [])


def test_a_file_that_cannot_be_renamed_into_place_is_an_export_failure(tmp_path):
    target = tmp_path / "taken"
    target.mkdir()
    (target / "inside").write_text("a folder is in the way")
    with pytest.raises(ExportFailed, match="cannot write"):
        with atomic_output(target) as temporary:
            Path(temporary).write_text("report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
