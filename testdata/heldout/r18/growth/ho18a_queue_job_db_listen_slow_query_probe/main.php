<?php

declare(strict_types=1);

require __DIR__ . '/vendor/lite/framework/src/Events/Dispatcher.php';
require __DIR__ . '/vendor/lite/framework/src/Database/QueryExecuted.php';
require __DIR__ . '/vendor/lite/framework/src/Database/Connection.php';
require __DIR__ . '/vendor/lite/framework/src/Support/DB.php';
require __DIR__ . '/app/Reporting/SlowQueryReport.php';
require __DIR__ . '/app/Jobs/RecalculateLoyaltyPoints.php';

use App\Jobs\RecalculateLoyaltyPoints;
use Lite\Database\Connection;
use Lite\Events\Dispatcher;
use Lite\Support\DB;

final class QueueWorker
{
    private int $processed = 0;

    /** @param \Closure(): ?object $pop */
    public function __construct(private readonly \Closure $pop)
    {
    }

    public function runNextJob(): bool
    {
        $job = ($this->pop)();
        if ($job === null) {
            return false;
        }

        try {
            $job->handle();
        } finally {
            $this->processed++;
        }

        return true;
    }
}

DB::swap(new Connection('mysql', new Dispatcher()));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$i = 0;
$worker = new QueueWorker(static function () use (&$i, $n): ?object {
    if ($i >= $n) {
        return null;
    }
    $i++;

    return new RecalculateLoyaltyPoints(1000 + $i, bin2hex(random_bytes(8)));
});

while ($worker->runNextJob()) {
}
