"""The desktop face: PySide6 widgets over the shared services (see ARCHITECTURE.md).

Other modules add their tabs with `timedesk.ui.tabs.register_tab` and their settings (File >
Settings) with `timedesk.ui.connection.sections.register_connection_section`; long work goes
through the job runner (`services.jobs`, timedesk.jobs).
"""
