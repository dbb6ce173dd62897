"""Benchmark: a realistic Arabic corpus generator and throughput/memory measurements.

``hadath.bench.corpus.generate(n)`` yields Articles; ``hadath.bench.runner.run_bench`` measures
articles/s, MB/s, peak RSS and per-stage time for 1 process, N processes and Dask.
"""
