"""Where shards of articles are processed.

- `shard`: the unit of work, `process_shard`, the one function every engine runs;
- `inflight`: the one loop that keeps a bounded number of shards in flight and obeys a stop;
- `local`: this process, or a pool of worker processes;
- `dask_engine`: a Dask cluster, imported only when chosen (an optional dependency);
- `interrupt`: the stop request raised by SIGINT/SIGTERM.

Each engine offers a `*_mapper(...)` returning an `inflight.ShardMapper`. None of them
imports `pipeline.run`, which uses them.
"""
