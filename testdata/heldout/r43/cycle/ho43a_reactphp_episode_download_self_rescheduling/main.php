<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Feed/Episode.php';
require __DIR__ . '/src/Download/EpisodeDownload.php';
require __DIR__ . '/src/Download/RangeClient.php';
require __DIR__ . '/src/Download/DownloadStats.php';
require __DIR__ . '/src/Download/EpisodeDownloader.php';

use Podcast\Download\DownloadStats;
use Podcast\Download\EpisodeDownloader;
use Podcast\Download\RangeClient;
use Podcast\Feed\Episode;
use React\EventLoop\Loop;

$loop = Loop::get();
$downloader = new EpisodeDownloader($loop, new RangeClient());
$stats = new DownloadStats();

$shows = ['the-daily-groove', 'deep-cuts-radio', 'liner-notes', 'b-side-stories'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // one job from the "episode-downloads" queue
    $show = $shows[$i % count($shows)];
    $guid = sprintf('%s-%s', $show, bin2hex(random_bytes(12)));
    $job = [
        'guid' => $guid,
        'show' => $show,
        'title' => 'Episode ' . (300 + $i) . ': ' . bin2hex(random_bytes(20)),
        'enclosure' => [
            'url' => 'https://cdn.podhost.example/' . $show . '/' . $guid . '.mp3?token=' . bin2hex(random_bytes(24)),
            'length' => 1024 + mt_rand(0, 255),
        ],
    ];

    $downloader->download(Episode::fromJob($job))->then(
        static function (array $result) use ($stats): void {
            $stats->record($result);
        },
    );

    $loop->run();
}
