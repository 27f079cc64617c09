<?php

declare(strict_types=1);

namespace App\Jobs;

use App\GitHub\ChecksApiClient;
use App\GitHub\CheckRunUpdate;
use Spiral\RoadRunner\Jobs\ReceivedTask;

final class ReportCheckRunHandler
{
    public int $reported = 0;
    public int $rejected = 0;

    public function __construct(private readonly ChecksApiClient $checks)
    {
    }

    public function handle(ReceivedTask $task): void
    {
        $job = json_decode($task->getPayload(), true, 16, JSON_THROW_ON_ERROR);
        $response = $this->checks->update(CheckRunUpdate::fromJob($job));
        if ($response->status >= 400) {
            $this->rejected++;
            $task->fail(sprintf('GitHub answered %d', $response->status));

            return;
        }
        $this->reported++;
        $task->complete();
    }
}
