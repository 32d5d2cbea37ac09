"""Engines that run shards elsewhere than in this process (see `pipeline.run` for local ones).

Each engine module offers a `*_mapper(...)` returning a `pipeline.run.ShardMapper`. They are
imported only when chosen, so their optional dependencies are needed only by those who use
them.
"""
