"""The pieces of the benchmarks, by concern.

``benchmarks/benchmark.py`` (the library against SSLStream and the floors)
is the script; this package holds what it is made of:

* :mod:`.timing`: the one timing loop (``Stopwatch``) and the task-switch
  counter;
* :mod:`.machine`: what the figures were measured on (CPU, versions, load,
  commit) and process facts (RSS, file-descriptor limit);
* :mod:`.report`: per-round results, medians and ranges, text tables and the
  reStructuredText fragments the docs include;
* :mod:`.subject`: which ``trio_ossuary`` is measured (this checkout's, or
  the tree ``OSSUARY_BENCH_ROOT`` names);
* :mod:`.contenders`: OssuaryStream, SSLStream and the bare transport, made
  alike for each figure;
* :mod:`.figures`: the library's timed figures (raw limits, the engine
  alone, bulk, handshakes, ping-pong);
* :mod:`.workers`: the figures that need a fresh process (memory, the two
  scale tests);
* :mod:`.targets`: the library's figures, their targets and the ratios.
"""
