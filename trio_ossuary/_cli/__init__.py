"""The ``trio-ossuary`` command line (private; the library never imports it).

The package has two floors:

* :mod:`.commands`: one module per subcommand (what a person types), each
  declaring its own arguments and handler: keys (keygen, pubkey,
  fingerprint), known_hosts, serve, connect and demo;
* beside it, the machinery those commands share, one module per thing it
  is:

  - the command line: :mod:`.main` (the parser and error reporting),
    :mod:`.args`, :mod:`.errors`, :mod:`.log_sink` (where the command's own
    lines go, never onto a connection), :mod:`.terminal`,
    :mod:`.passphrase`;
  - this process's ends: :mod:`.stdio`, :mod:`.endpoints` (where the tunnel
    listens and connects), :mod:`.keepalive` (TCP options of every tunnel
    socket), :mod:`.processes` (the commands it starts);
  - a connection's life: :mod:`.relay` (copying between a channel and a
    plain stream, and how it ends), :mod:`.ending` (the endings and the
    line each logs);
  - a listening server's life: :mod:`.server`, :mod:`.admission` (the
    connection limits and the refusal log), :mod:`.held_signals` (signals
    held until their handlers exist), :mod:`.draining` (the graceful stop),
    :mod:`.workers`;
  - the client's side: :mod:`.client` and :mod:`.trust_prompt`.

Commands import machinery; machinery never imports a command.
"""
