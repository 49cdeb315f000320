"""Turns: services and desks, numbered turns issued at reception, called at desks and shown on
the lobby display. No Qt and no aiohttp here: the faces (ui/turns, server/turns, cli) call the
services of this package."""
