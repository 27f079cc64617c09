<?php

require __DIR__ . '/vendor/react/event-loop/src/TimerInterface.php';
require __DIR__ . '/vendor/react/event-loop/src/Timer.php';
require __DIR__ . '/vendor/react/event-loop/src/Timers.php';
require __DIR__ . '/vendor/react/event-loop/src/StreamSelectLoop.php';
require __DIR__ . '/vendor/react/event-loop/src/Loop.php';
require __DIR__ . '/src/Feed/FeedResponse.php';
require __DIR__ . '/src/Feed/ConditionalFeedClient.php';
require __DIR__ . '/src/Feed/RssParser.php';
require __DIR__ . '/src/Feed/FeedPoller.php';

use App\Feed\ConditionalFeedClient;
use App\Feed\FeedPoller;
use App\Feed\RssParser;

// A long-running RSS aggregator: the scheduler tick polls the next feed in
// round-robin order and hands new items to the ingest queue.
$feeds = [
    'https://planet.example-php.test/rss',
    'https://news.example-tech.test/feed.xml',
    'https://blog.example-search.test/atom',
    'https://releases.example-crawler.test/rss',
    'https://status.example-cdn.test/history.rss',
];
$poller = new FeedPoller(new ConditionalFeedClient(), new RssParser());
$ingested = 0;

$tick = function (int $tick) use ($poller, $feeds, &$ingested): void {
    $feedUrl = $feeds[$tick % count($feeds)];
    $pollId = sprintf('poll-%s-%06d', date('Ymd'), $tick);
    $ingested += count($poller->poll($feedUrl, $pollId));
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tick($i);
}
