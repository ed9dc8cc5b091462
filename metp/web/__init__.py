"""The web UI (`metp serve`): a Starlette application over the library API (metp/archive), rendering the
same views as the CLI.  See app.py for its shape, pages.py and staff.py for the routes, security.py for
what keeps it safe, pool.py for how the synchronous library is shared between threads."""
