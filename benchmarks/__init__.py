"""Benchmarks: answer quality, latency, ingest throughput and memory, printing their figures."""
