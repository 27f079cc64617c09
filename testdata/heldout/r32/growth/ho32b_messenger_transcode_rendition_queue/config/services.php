<?php

use Studio\Handler\TranscodeVideoHandler;
use Studio\Message\TranscodeVideo;
use Studio\Transcoding\EncoderPool;
use Studio\Transcoding\FfmpegEncoder;
use Studio\Transcoding\RenditionScheduler;
use Symfony\Component\Messenger\MessageBus;

$encoders = new EncoderPool();
foreach (['h264_480p' => 480, 'h264_720p' => 720, 'h264_1080p' => 1080] as $profile => $height) {
    $encoders->register($profile, new FfmpegEncoder('libx264', $height, $height >= 1080 ? '5M' : '2500k'));
}
$encoders->register('hevc_2160p', new FfmpegEncoder('libx265', 2160, '16M'));

$scheduler = new RenditionScheduler($encoders);

return new MessageBus([
    TranscodeVideo::class => [new TranscodeVideoHandler($scheduler)],
]);
