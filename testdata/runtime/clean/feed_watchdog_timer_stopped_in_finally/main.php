<?php
// A Workerman worker fetches feeds on request. Each fetch starts a
// repeating watchdog timer that reports a stalled download and stops it
// in a finally block, also when a feed that has not changed (304)
// returns early.

require __DIR__ . '/vendor/workerman/workerman/src/Timer.php';
require __DIR__ . '/src/FeedPoller.php';

use App\FeedPoller;

$poller = new FeedPoller();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $url = 'https://feeds.example.org/' . ['news', 'sport', 'tech', 'culture'][$i % 4] . '.xml';
    $poller->poll($url, $i % 4 === 0 ? 200 : 304, str_repeat('<item>post</item>', 20));
}
