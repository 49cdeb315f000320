"""The punch clock's screens: the Punches tab (my card, who is in, corrections, employees, the
office calendar) and the kiosk of a shared PC (`timedesk kiosk`)."""
