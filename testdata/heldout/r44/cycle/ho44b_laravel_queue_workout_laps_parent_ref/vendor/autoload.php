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
require_once $app . '/Workouts/Lap.php';
require_once $app . '/Workouts/Workout.php';
require_once $app . '/Workouts/FitSummaryDecoder.php';
require_once $app . '/Records/PersonalRecordRepository.php';
require_once $app . '/Records/PersonalRecordDetector.php';
require_once $app . '/Infrastructure/FeedClient.php';
require_once $app . '/Workouts/WorkoutFeedPublisher.php';
require_once $app . '/Jobs/ProcessWorkoutUpload.php';
require_once $app . '/Providers/WorkoutServiceProvider.php';
require_once __DIR__ . '/../tests/Support/ReplayQueue.php';
