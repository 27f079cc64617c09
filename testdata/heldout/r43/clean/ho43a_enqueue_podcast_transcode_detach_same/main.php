<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Entity/Episode.php';
require __DIR__ . '/src/Transcode/TranscodeJob.php';
require __DIR__ . '/src/Transcode/Transcoder.php';
require __DIR__ . '/src/Transcode/TranscodeScheduler.php';
require __DIR__ . '/src/Ingest/FeedItemProcessor.php';

use Enqueue\Consumption\QueueConsumer;
use Enqueue\Null\NullMessage;
use Enqueue\Null\ReplayContext;
use Podcasts\Ingest\FeedItemProcessor;
use Podcasts\Transcode\TranscodeScheduler;
use Podcasts\Transcode\Transcoder;

$scheduler = new TranscodeScheduler(new Transcoder(), ['aac-64k', 'opus-48k', 'mp3-128k']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$context = new ReplayContext(static function (string $queue) use ($n): \Generator {
    $shows = ['liner-notes', 'b-side-stories', 'the-mixdown', 'studio-floor'];
    for ($i = 0; $i < $n; $i++) {
        $show = $shows[$i % count($shows)];
        $guid = 'tag:' . $show . '.fm,2024:episode/' . bin2hex(random_bytes(10));
        yield new NullMessage(json_encode([
            'show' => $show,
            'item' => [
                'guid' => $guid,
                'title' => '#' . (120 + $i) . ' &ndash; Sampling, clearances &amp; the ' . bin2hex(random_bytes(6)) . ' session',
                'description' => '<p>This week we sit down with ' . bin2hex(random_bytes(10)) . ' to talk about '
                    . 'clearing samples, the economics of a vinyl reissue, and ' . str_repeat(bin2hex(random_bytes(16)) . ' ', 4) . '</p>',
                'enclosure' => ['url' => 'https://media.podhost.example/' . $show . '/' . bin2hex(random_bytes(16)) . '.mp3', 'type' => 'audio/mpeg'],
                'itunes:duration' => sprintf('%d:%02d:%02d', mt_rand(0, 1), mt_rand(0, 59), mt_rand(0, 59)),
                'pubDate' => gmdate(DATE_RSS, 1717000000 + $i * 3600),
            ],
        ]), ['timestamp' => 1717000000 + $i]);
    }
});

$consumer = new QueueConsumer($context);
$consumer->bind('podcast.feed_items', new FeedItemProcessor($scheduler));
$consumer->consume($n);
