"""The Settings dialog (File > Settings): categories of sections (this computer: database,
listener, language, secrets; integrations: Sesame, Clockify; mail).

Other modules add theirs with `sections.register_connection_section`.
"""
