"""The ``trio-ossuary`` command line (private; the library never imports it).

The package has two floors:

* :mod:`.commands`: one module per subcommand (what a person types), each
  declaring its own arguments and handler;
* beside it, the machinery those commands share, one module per thing it
  is: :mod:`.main` (the parser and error reporting), :mod:`.args`,
  :mod:`.errors`, :mod:`.terminal`, :mod:`.stdio`, :mod:`.endpoints`
  (where the tunnel listens and connects), :mod:`.relay` (copying between a
  channel and a plain stream, and how it ends), :mod:`.ending` (the endings
  and the line each logs), :mod:`.processes` (the commands it starts),
  :mod:`.server`, :mod:`.draining` (the graceful stop), :mod:`.workers`,
  :mod:`.client` and :mod:`.trust_prompt`.

Commands import machinery; machinery never imports a command.
"""
