"""The subcommands of ``trio-ossuary``, one module each.

Each module has a ``register(commands)`` function (see :mod:`..args`) that
adds its subparser and sets its handler; :mod:`..main` calls them in order.
"""
