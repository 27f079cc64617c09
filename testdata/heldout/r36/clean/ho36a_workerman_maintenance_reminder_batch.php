<?php

declare(strict_types=1);

// Workerman text-protocol worker receiving odometer/engine-hour readings from
// fleet gateways. Readings are checked against each vehicle's maintenance plan;
// due services are batched into a digest for the workshop planner mailbox.

namespace Workerman\Connection {
    final class TcpConnection
    {
        public int $id;
        public string $remoteAddress;
        /** @var list<string> */
        public array $sent = [];

        public function __construct(int $id, string $remoteAddress)
        {
            $this->id = $id;
            $this->remoteAddress = $remoteAddress;
        }

        public function send(string $data): void
        {
            $this->sent = [$data];
        }
    }
}

namespace Workerman {
    final class Worker
    {
        public string $name = 'none';
        public int $count = 1;
        /** @var null|callable */
        public $onWorkerStart = null;
        /** @var null|callable */
        public $onMessage = null;

        public function __construct(public readonly string $socketName)
        {
        }

        /** Replays a gateway capture instead of listening on the socket. */
        public static function runAll(self $worker, iterable $capture): void
        {
            if ($worker->onWorkerStart) {
                ($worker->onWorkerStart)($worker);
            }
            foreach ($capture as [$connection, $data]) {
                ($worker->onMessage)($connection, $data);
            }
        }
    }
}

namespace Fleet\Maintenance {
    final class ServicePlan
    {
        /** @param array<string, int> $intervalsKm */
        public function __construct(public readonly string $model, public readonly array $intervalsKm)
        {
        }
    }

    final class DueService
    {
        public function __construct(
            public readonly string $vin,
            public readonly string $plate,
            public readonly string $service,
            public readonly int $odometerKm,
            public readonly int $dueAtKm,
            public readonly string $depot,
            public readonly int $reportedAtMs,
        ) {
        }

        public function digestLine(): array
        {
            return [
                'vin' => $this->vin,
                'plate' => $this->plate,
                'service' => $this->service,
                'summary' => sprintf(
                    '%s (%s) is due for %s: %s km on the clock, planned at %s km, depot %s',
                    $this->plate,
                    $this->vin,
                    str_replace('_', ' ', $this->service),
                    number_format($this->odometerKm),
                    number_format($this->dueAtKm),
                    $this->depot,
                ),
                'reported_at' => gmdate(DATE_ATOM, intdiv($this->reportedAtMs, 1000)),
            ];
        }
    }

    final class MaintenanceScheduler
    {
        /** @param array<string, ServicePlan> $plans */
        public function __construct(private readonly array $plans)
        {
        }

        /** The most urgent service coming up within the warning distance, if any. */
        public function nextDueFor(array $reading): ?DueService
        {
            $plan = $this->plans[$reading['model']] ?? null;
            if ($plan === null) {
                return null;
            }
            $best = null;
            foreach ($plan->intervalsKm as $service => $interval) {
                $next = (intdiv($reading['odo'], $interval) + 1) * $interval;
                if ($next - $reading['odo'] <= 1_500 && ($best === null || $next < $best[1])) {
                    $best = [$service, $next];
                }
            }

            return $best === null ? null : new DueService($reading['vin'], $reading['plate'], $best[0], $reading['odo'], $best[1], $reading['depot'], $reading['ts']);
        }
    }

    final class PlannerMailer
    {
        public int $digestsSent = 0;

        public function sendDigest(array $lines): void
        {
            $this->digestsSent++;
        }
    }

    final class DigestBuffer
    {
        /** @var list<array> */
        private array $pending = [];
        private int $lastFlushMs;

        public function __construct(
            private readonly PlannerMailer $mailer,
            private readonly int $flushEveryMs,
            private readonly int $maxLines,
            int $bootMs,
        ) {
            $this->lastFlushMs = $bootMs;
        }

        public function add(DueService $due): void
        {
            $this->pending[] = $due->digestLine();
        }

        public function tick(int $nowMs): void
        {
            if ($nowMs - $this->lastFlushMs >= $this->flushEveryMs || count($this->pending) >= $this->maxLines) {
                $this->mailer->sendDigest($this->pending);
                $this->pending = [];
                $this->lastFlushMs = $nowMs;
            }
        }
    }
}

namespace {
    use Fleet\Maintenance\DigestBuffer;
    use Fleet\Maintenance\MaintenanceScheduler;
    use Fleet\Maintenance\PlannerMailer;
    use Fleet\Maintenance\ServicePlan;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    const BOOT_MS = 1_717_400_000_000;

    $config = [
        'digest' => [
            'flush_every_ms' => 15 * 60 * 1000,   // planner gets at most four mails an hour
            'max_lines' => 40,                    // or sooner, once a digest fills a screen
        ],
    ];

    $scheduler = new MaintenanceScheduler([
        'Actros 1845' => new ServicePlan('Actros 1845', ['oil_change' => 100_000, 'brake_inspection' => 60_000, 'tachograph_check' => 50_000]),
        'Sprinter 316' => new ServicePlan('Sprinter 316', ['oil_change' => 30_000, 'brake_inspection' => 40_000]),
        'eCitaro' => new ServicePlan('eCitaro', ['hv_battery_check' => 25_000, 'brake_inspection' => 40_000]),
    ]);
    $digest = new DigestBuffer(new PlannerMailer(), $config['digest']['flush_every_ms'], $config['digest']['max_lines'], BOOT_MS);

    $worker = new Worker('text://0.0.0.0:8686');
    $worker->name = 'odometer-ingest';
    $worker->onMessage = static function (TcpConnection $connection, string $data) use ($scheduler, $digest): void {
        $reading = json_decode($data, true, 8, JSON_THROW_ON_ERROR);
        if ($due = $scheduler->nextDueFor($reading)) {
            $digest->add($due);
        }
        $digest->tick($reading['ts']);
        $connection->send('ACK ' . $reading['seq']);
    };

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $capture = (static function () use ($n): \Generator {
        $models = ['Actros 1845', 'Sprinter 316', 'eCitaro'];
        $connections = [];
        for ($i = 0; $i < $n; $i++) {
            $gateway = $i % 8;
            $connections[$gateway] ??= new TcpConnection($gateway, '10.20.0.' . (10 + $gateway) . ':5' . (1000 + $gateway));
            $model = $models[$i % 3];
            // odometer always lands just below the next oil-change interval
            $interval = ['Actros 1845' => 100_000, 'Sprinter 316' => 30_000, 'eCitaro' => 25_000][$model];
            yield [$connections[$gateway], json_encode([
                'seq' => $i,
                'vin' => sprintf('WDB%014d', 9_000_000 + $i * 3),
                'plate' => sprintf('HH-%s %d', chr(65 + $i % 26) . chr(65 + intdiv($i, 26) % 26), 100 + $i % 9_000),
                'model' => $model,
                'odo' => (1 + $i % 5) * $interval - 200 - $i % 700,
                'depot' => ['Hamburg-Billbrook', 'Bremen-Hemelingen', 'Hannover-Laatzen'][$i % 3],
                'ts' => BOOT_MS + $i * 250,
            ])];
        }
    })();

    Worker::runAll($worker, $capture);
}
