<?php

declare(strict_types=1);

require __DIR__ . '/vendor/psr/Container.php';
require __DIR__ . '/vendor/spiral/roadrunner-jobs/Consumer.php';
require __DIR__ . '/src/Moderation/ContentReport.php';
require __DIR__ . '/src/Moderation/ReviewerPool.php';
require __DIR__ . '/src/Moderation/ModerationInbox.php';
require __DIR__ . '/src/Handler/ContentReportedHandler.php';

use App\Handler\ContentReportedHandler;
use App\Moderation\ModerationInbox;
use App\Moderation\ReviewerPool;
use Spiral\Core\Container;
use Spiral\RoadRunner\Jobs\Consumer;

$container = new Container();
$container->bindSingleton(ReviewerPool::class, fn () => new ReviewerPool());
$container->bindSingleton(ModerationInbox::class, fn (Container $c) => new ModerationInbox($c->get(ReviewerPool::class)));

$handlers = [
    'content.reported' => new ContentReportedHandler($container),
];

$consumer = new Consumer();
while ($task = $consumer->waitTask()) {
    try {
        ($handlers[$task->getName()])($task);
    } catch (\Throwable $e) {
        $task->fail($e);
    }
}
