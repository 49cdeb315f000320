"""Clockify: webhook tokens, the durable inbox of deliveries, and the audited log of work sessions
(overtime, edit review, approvals). Domain only: nothing here imports Qt or aiohttp.

Where faces find what they call (rules = ClockifyRules.from_settings(ctx.settings)):
- webhooks: add_webhook, list_webhooks, remove_webhook; registered_hooks and
  match_webhook_token (the listener's token check, server/clockify/tokens.py)
- inbox: store_deliveries (through server/clockify/batching.py), process_delivery,
  reprocess_failed, log_rejection, list_deliveries, list_error_log
- overtime: flag_running_overtime (the every-minute monitor)
- review: approve_session, reject_session
- queries: list_sessions (SessionFilter), get_session, session_history
- users: list_users, get_user, update_user
- backfill: import_members, backfill_entries (REST API shape)
- payload: parse_webhook_entry, parse_rest_entry (pure); topics: event types and bus topics

"The legacy service" in these modules is the Clockify webhook service timedesk replaced: its URLs,
its report's 21 columns and its statuses are kept, its defects are not.
"""
