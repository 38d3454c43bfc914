"""The ``trio-ossuary`` command line (private; the library never imports it).

The package has two floors:

* :mod:`.commands`: one module per subcommand (what a person types), each
  declaring its own arguments and handler;
* beside it, the machinery those commands share, one module per thing it
  is: :mod:`.main` (the parser and error reporting), :mod:`.args`,
  :mod:`.errors`, :mod:`.terminal`, :mod:`.stdio`, :mod:`.endpoints`
  (where the tunnel listens and connects), :mod:`.relay` (copying between a
  channel and a plain stream), :mod:`.ending` (how a connection ends and the
  line it logs), :mod:`.server`, :mod:`.draining`, :mod:`.workers`,
  :mod:`.client` and :mod:`.trust_prompt`.

Commands import machinery; machinery never imports a command.
"""
