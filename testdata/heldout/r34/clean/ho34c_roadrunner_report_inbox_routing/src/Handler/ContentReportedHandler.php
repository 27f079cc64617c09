<?php

namespace App\Handler;

use App\Moderation\ContentReport;
use App\Moderation\ModerationInbox;
use Psr\Container\ContainerInterface;
use Spiral\RoadRunner\Jobs\ReceivedTask;

final class ContentReportedHandler
{
    public function __construct(private ContainerInterface $container)
    {
    }

    public function __invoke(ReceivedTask $task): void
    {
        $report = ContentReport::fromJob(json_decode($task->getPayload(), true, 8, JSON_THROW_ON_ERROR));
        $inbox = $this->container->get(ModerationInbox::class);
        $inbox->submit($report);
        $assignments = $inbox->dispatchPending();
        if ($assignments === []) {
            $task->fail('no reviewer available', requeue: true);
            return;
        }
        $task->complete();
    }
}
