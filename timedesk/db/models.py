"""Import every module's models so that Base.metadata knows all tables (migrations, tests)."""

from timedesk.audit import models as audit_models  # noqa: F401
from timedesk.auth import models as auth_models  # noqa: F401
from timedesk.clockify import models as clockify_models  # noqa: F401
from timedesk.events import models as event_models  # noqa: F401
from timedesk.mail import models as mail_models  # noqa: F401
from timedesk.office import models as office_models  # noqa: F401
from timedesk.people import models as people_models  # noqa: F401
from timedesk.punches import models as punches_models  # noqa: F401
from timedesk.punches import rules_store as punch_rules_models  # noqa: F401
from timedesk.sesame import models as sesame_models  # noqa: F401
from timedesk.tickets import models as tickets_models  # noqa: F401
from timedesk.turns import displays as turn_display_models  # noqa: F401
from timedesk.turns import models as turns_models  # noqa: F401
