<?php

require __DIR__ . '/vendor/monolog/Logger.php';
require __DIR__ . '/vendor/illuminate/support/Facades/Log.php';
require __DIR__ . '/vendor/illuminate/queue/Worker.php';
require __DIR__ . '/app/Timesheets/Timesheet.php';
require __DIR__ . '/app/Logging/TimesheetLogContext.php';
require __DIR__ . '/app/Jobs/ReconcileTimesheetJob.php';

use App\Jobs\ReconcileTimesheetJob;
use App\Timesheets\PayrollLedger;
use App\Timesheets\TimesheetRepository;
use Illuminate\Queue\Worker;
use Illuminate\Support\Facades\Log;
use Monolog\Logger;

$logger = new Logger('worker');
$logger->pushHandler(static function (array $record): void {
    // stderr handler in production; discarded here
});
Log::swap($logger);

$services = [TimesheetRepository::class => new TimesheetRepository(), PayrollLedger::class => new PayrollLedger()];

$maxJobs = (int) (getenv('PHPLEAK_N') ?: 100);
$next = 0;
$worker = new Worker(
    static function (string $queue) use (&$next, $maxJobs): ?string {
        if ($next >= $maxJobs) {
            return null;
        }
        $id = 880000 + $next++;
        return serialize(new ReconcileTimesheetJob($id, sprintf('%08x-%04x-4%03x', crc32((string) $id), $id % 65536, $id % 4096)));
    },
    static fn (object $job): array => [$services[TimesheetRepository::class], $services[PayrollLedger::class]],
);

$worker->daemon('redis', 'timesheets', $maxJobs);
