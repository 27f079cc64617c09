<?php

// Generated class map (composer dump-autoload --classmap-authoritative, trimmed).

$vendor = __DIR__ . '/laravel/framework/src/Illuminate';
require_once $vendor . '/Container/BindingResolutionException.php';
require_once $vendor . '/Container/Container.php';
require_once $vendor . '/Support/ServiceProvider.php';
require_once $vendor . '/Foundation/Application.php';
require_once $vendor . '/Contracts/Queue/ShouldQueue.php';
require_once $vendor . '/Contracts/Queue/Job.php';
require_once $vendor . '/Contracts/Queue/Queue.php';
require_once $vendor . '/Bus/Queueable.php';
require_once $vendor . '/Foundation/Bus/Dispatchable.php';
require_once $vendor . '/Queue/InteractsWithQueue.php';
require_once $vendor . '/Queue/SerializesModels.php';
require_once $vendor . '/Queue/CallQueuedHandler.php';
require_once $vendor . '/Queue/Jobs/Job.php';
require_once $vendor . '/Queue/Jobs/RedisJob.php';
require_once $vendor . '/Queue/WorkerOptions.php';
require_once $vendor . '/Queue/QueueManager.php';
require_once $vendor . '/Queue/Worker.php';

$app = __DIR__ . '/../app';
require_once $app . '/Sleep/Epoch.php';
require_once $app . '/Sleep/EpochWindow.php';
require_once $app . '/Sleep/MovementBaseline.php';
require_once $app . '/Sleep/SleepStager.php';
require_once $app . '/Infrastructure/TimelineApiClient.php';
require_once $app . '/Sleep/SleepSegmentPublisher.php';
require_once $app . '/Jobs/AnalyzeSleepChunk.php';
require_once $app . '/Providers/SleepServiceProvider.php';
require_once __DIR__ . '/../tests/Support/ReplayQueue.php';
