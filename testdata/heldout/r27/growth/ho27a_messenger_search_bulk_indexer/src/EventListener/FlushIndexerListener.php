<?php

declare(strict_types=1);

namespace App\EventListener;

use App\Search\BulkIndexer;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;

/**
 * Sends whatever the indexer collected as soon as the queue runs dry.
 */
final class FlushIndexerListener
{
    public function __construct(private BulkIndexer $indexer)
    {
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        if ($event->isWorkerIdle()) {
            $this->indexer->flush();
        }
    }
}
