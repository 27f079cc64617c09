<?php

return [
    // Latency histograms are sampled: recording every request costs more
    // than it tells us at this traffic level.
    'sample_rate' => 0.05,
    'latency_buckets_ms' => [5, 10, 25, 50, 100, 250, 500, 1000],
];
