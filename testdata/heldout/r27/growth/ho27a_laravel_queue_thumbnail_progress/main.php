<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel-lite/Container/Container.php';
require __DIR__ . '/vendor/laravel-lite/helpers.php';
require __DIR__ . '/vendor/laravel-lite/Events/Dispatcher.php';
require __DIR__ . '/vendor/laravel-lite/Queue/Worker.php';
require __DIR__ . '/app/Events/ThumbnailFrameExtracted.php';
require __DIR__ . '/app/Media/FrameExtractor.php';
require __DIR__ . '/app/Media/ThumbnailWriter.php';
require __DIR__ . '/app/Media/ProgressBroadcaster.php';
require __DIR__ . '/app/Support/ReportsProgress.php';
require __DIR__ . '/app/Jobs/GenerateVideoThumbnails.php';
require __DIR__ . '/app/RedisQueue.php';

use App\Media\FrameExtractor;
use App\Media\ProgressBroadcaster;
use App\Media\ThumbnailWriter;
use App\RedisQueue;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

// php artisan queue:work redis --queue=media --max-jobs=N
$app = Container::getInstance();
$app->singleton(Dispatcher::class, fn () => new Dispatcher());
$app->singleton(FrameExtractor::class, fn () => new FrameExtractor('/usr/bin/ffmpeg'));
$app->singleton(ThumbnailWriter::class, fn () => new ThumbnailWriter('s3://media-thumbs'));
$app->singleton(ProgressBroadcaster::class, fn () => new ProgressBroadcaster());

$worker = new Worker(new RedisQueue(), $app);
$worker->daemon('redis', 'media', new WorkerOptions(maxJobs: (int) (getenv('PHPLEAK_N') ?: 100)));
