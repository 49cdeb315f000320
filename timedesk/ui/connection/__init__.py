"""The Connection tab: a column of sections (database, listener, language, secrets...).

Other modules add theirs (Sesame, Clockify, SMTP) with `sections.register_connection_section`.
"""
