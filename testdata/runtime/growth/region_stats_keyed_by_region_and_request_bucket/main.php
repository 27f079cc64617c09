<?php
// A gateway worker loads its regions from a config file that returns an
// array, once, and records the last request served per region and
// bucket: the buckets are whatever the requests name, one more entry per
// new bucket.

require __DIR__ . '/src/RegionStats.php';

$stats = new RegionStats(require __DIR__ . '/config/regions.php');
$regions = $stats->regions();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $stats->record($regions[$i % count($regions)], 'bucket-' . $i, 'GET /objects/' . $i . ' ' . str_repeat('h', 600));
}
