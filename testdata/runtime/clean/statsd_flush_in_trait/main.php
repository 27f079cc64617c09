<?php
// A StatsD client buffers metrics; the flush() that empties the buffer comes from a trait in another file.

require_once __DIR__ . '/FlushesBuffer.php';
require_once __DIR__ . '/StatsdClient.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$statsd = new StatsdClient('app.checkout');
for ($i = 0; $i < $n; $i++) {
    $statsd->timing('request.duration', 12.5 + $i % 7, ['route' => '/checkout/' . str_repeat('step', 100)]);
}
