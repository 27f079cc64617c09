<?php
declare(strict_types=1);

namespace Gridline\Ami\Jobs;

/*
 * queue:work consumer for the AMI collection engine: each job carries one
 * meter's daily load profile (96 quarter-hour intervals, exported by the
 * head-end as CSV) and checks it for the first power-failure or missing
 * interval, so VEE can schedule an estimation for that day.
 */

final class LoadProfile
{
    private ?\Generator $reader = null;

    public function __construct(
        public readonly string $meterSerial,
        public readonly string $day,
        private readonly string $csv,
    ) {
    }

    /** @return array{start: string, kwh: float, status: string}|null */
    public function nextInterval(): ?array
    {
        $this->reader ??= $this->readIntervals();
        if (!$this->reader->valid()) {
            return null;
        }
        $row = $this->reader->current();
        $this->reader->next();

        return $row;
    }

    private function readIntervals(): \Generator
    {
        $offset = 0;
        $length = strlen($this->csv);
        while ($offset < $length) {
            $end = strpos($this->csv, "\n", $offset);
            $end = $end === false ? $length : $end;
            [$start, $kwh, $status] = explode(',', substr($this->csv, $offset, $end - $offset));
            $offset = $end + 1;
            yield ['start' => $start, 'kwh' => (float) $kwh, 'status' => $status];
        }
    }
}

final class ValidateLoadProfile
{
    public function __construct(public readonly LoadProfile $profile)
    {
    }
}

final class EstimationScheduler
{
    private int $scheduled = 0;

    public function schedule(string $meterSerial, string $day, string $from): void
    {
        $this->scheduled++;
    }
}

final class ValidateLoadProfileHandler
{
    public function __construct(private readonly EstimationScheduler $estimations)
    {
    }

    public function handle(ValidateLoadProfile $job): void
    {
        $profile = $job->profile;
        $firstGap = null;
        $gaps = 0;
        while (($interval = $profile->nextInterval()) !== null) {
            if ($interval['status'] !== 'OK') {
                $firstGap ??= $interval['start'];
                $gaps++;
            }
        }
        if ($firstGap !== null) {
            $this->estimations->schedule($profile->meterSerial, $profile->day, $firstGap);
        }
    }
}

/** Stand-in for the Redis queue connection: pops serialized job payloads. */
final class RedisQueue
{
    private int $popped = 0;

    public function __construct(private readonly int $available)
    {
    }

    public function pop(string $queue): ?array
    {
        if ($this->popped >= $this->available) {
            return null;
        }
        $n = $this->popped++;
        $day = gmdate('Y-m-d', 1714521600 + intdiv($n, 500) * 86400);
        $gapAt = $n % 4 === 3 ? -1 : 20 + ($n * 13) % 70;
        $lines = [];
        for ($k = 0; $k < 96; $k++) {
            $lines[] = sprintf('%sT%02d:%02d,%.3f,%s', $day, intdiv($k, 4), ($k % 4) * 15, 0.12 + (($n + $k) % 23) / 50, $k === $gapAt ? 'PF' : 'OK');
        }

        return ['meter' => sprintf('AMI%08d', 31000000 + $n * 7), 'day' => $day, 'csv' => implode("\n", $lines)];
    }
}

final class QueueWorker
{
    public function __construct(private readonly RedisQueue $queue, private readonly ValidateLoadProfileHandler $handler)
    {
    }

    public function daemon(string $queueName): void
    {
        while (($payload = $this->queue->pop($queueName)) !== null) {
            $this->handler->handle(new ValidateLoadProfile(new LoadProfile($payload['meter'], $payload['day'], $payload['csv'])));
        }
    }
}

$worker = new QueueWorker(
    new RedisQueue((int) (getenv('PHPLEAK_N') ?: 100)),
    new ValidateLoadProfileHandler(new EstimationScheduler()),
);
$worker->daemon('ami-vee');
