<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Message/TranscodeVideo.php';
require __DIR__ . '/src/Transcode/TranscodePipeline.php';
require __DIR__ . '/src/Transcode/Stage/AbstractStage.php';
require __DIR__ . '/src/Transcode/Stage/Stages.php';
require __DIR__ . '/src/Handler/TranscodeVideoHandler.php';

use App\Handler\TranscodeVideoHandler;
use App\Message\TranscodeVideo;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

// messenger:consume transcode --limit=N
$handler = new TranscodeVideoHandler([
    'encode' => ['codec' => 'libx264', 'preset' => 'veryfast'],
    'package' => ['segment_prefix' => 'hls'],
]);
$bus = new MessageBus(new HandlersLocator([TranscodeVideo::class => [$handler]]));
$transport = new InMemoryTransport();
$worker = new Worker(['transcode' => $transport], $bus);

$ladders = [['1080', '720', '360'], ['720', '480'], ['2160', '1080', '720', '360']];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $videoId = sprintf('vid_%08x', 0x5A000 + $i * 7);
    $transport->send(Envelope::wrap(new TranscodeVideo(
        $videoId,
        sprintf('s3://uploads-raw/%s/original-%d.mov', $videoId, 1_700_000_000 + $i),
        $ladders[$i % 3],
        1_700_000_000 + $i,
    )));
    $worker->runOnce();
}
