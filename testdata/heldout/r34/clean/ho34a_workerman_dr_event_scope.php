<?php
declare(strict_types=1);

namespace Gridline\DemandResponse;

/*
 * Workerman TCP worker on the demand-response gateway: the DERMS aggregator
 * pushes OpenADR-style event signals, the worker resolves the enrolled
 * load-control groups and dispatches shed commands to them.
 */

/** Stand-in for Workerman\Connection\TcpConnection. */
final class TcpConnection
{
    public int $id;

    public function __construct(int $id)
    {
        $this->id = $id;
    }

    public function send(string $buffer): bool
    {
        return true;
    }
}

/** Stand-in for Workerman\Worker: feeds recorded aggregator frames to onMessage. */
final class Worker
{
    /** @var callable|null */
    public $onWorkerStart = null;
    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public readonly string $listen, private readonly \Closure $frames)
    {
    }

    public function runAll(): void
    {
        if ($this->onWorkerStart) {
            ($this->onWorkerStart)($this);
        }
        $connection = new TcpConnection(1);
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $limit; $i++) {
            ($this->onMessage)($connection, ($this->frames)($i));
        }
    }
}

final class DrEventContext
{
    /** @param list<string> $groups */
    public function __construct(
        public readonly string $eventId,
        public readonly string $programCode,
        public readonly int $startsAt,
        public readonly int $durationMinutes,
        public readonly float $sheddingKw,
        public readonly array $groups,
        public readonly string $signalPayload,
    ) {
    }
}

/** Tracks the event being processed so log processors and dispatchers can tag their work. */
final class EventScope
{
    private \SplStack $stack;

    public function __construct()
    {
        $this->stack = new \SplStack();
    }

    public function enter(DrEventContext $context): void
    {
        $this->stack->push($context);
    }

    public function leave(): void
    {
        $this->stack->pop();
    }

    public function current(): ?DrEventContext
    {
        return $this->stack->isEmpty() ? null : $this->stack->top();
    }
}

final class GroupOfflineException extends \RuntimeException
{
}

final class AuditLog
{
    private int $lines = 0;

    public function __construct(private readonly EventScope $scope)
    {
    }

    public function info(string $message): void
    {
        $event = $this->scope->current();
        $line = sprintf('[%s] %s', $event?->eventId ?? '-', $message);
        $this->lines++;
    }
}

final class LoadControlDispatcher
{
    /** @var array<string, bool> group => reachable via the paging network */
    private array $reachable = ['DLC-AC-1' => true, 'DLC-AC-2' => true, 'DLC-WH-3' => false, 'DLC-EV-4' => true];

    public function __construct(private readonly EventScope $scope, private readonly AuditLog $log)
    {
    }

    public function shed(string $group): void
    {
        $event = $this->scope->current();
        if (!($this->reachable[$group] ?? false)) {
            throw new GroupOfflineException(sprintf('group %s unreachable for %s', $group, $event?->eventId));
        }
        $this->log->info(sprintf('shed %s for %d min', $group, $event?->durationMinutes ?? 0));
    }
}

final class EventSignalHandler
{
    public function __construct(
        private readonly EventScope $scope,
        private readonly LoadControlDispatcher $dispatcher,
        private readonly AuditLog $log,
    ) {
    }

    public function handle(array $signal, string $raw): string
    {
        $this->scope->enter(new DrEventContext(
            $signal['eventID'],
            $signal['program'],
            $signal['dtstart'],
            $signal['duration'],
            (float) $signal['targetKw'],
            $signal['groups'],
            $raw,
        ));
        try {
            $this->log->info('event received');
            foreach ($signal['groups'] as $group) {
                $this->dispatcher->shed($group);
            }
            $this->log->info('event dispatched');
        } finally {
            $this->scope->leave();
        }

        return 'optIn';
    }
}

$frames = static function (int $i): string {
    $groups = [['DLC-AC-1', 'DLC-AC-2'], ['DLC-AC-2', 'DLC-WH-3'], ['DLC-AC-2', 'DLC-EV-4'], ['DLC-AC-1', 'DLC-WH-3']][$i % 4];
    $intervals = [];
    for ($k = 0; $k < 6; $k++) {
        $intervals[] = ['uid' => $k, 'duration' => 'PT15M', 'signalPayload' => round(0.4 + (($i + $k) % 5) / 10, 2)];
    }

    return json_encode([
        'eventID' => sprintf('EVT-%s-%04d', gmdate('Ymd', 1719800000 + $i * 3600), $i % 10000),
        'program' => ['CPP-SUMMER', 'PTR-RES'][$i % 2],
        'dtstart' => 1719800000 + $i * 3600,
        'duration' => 60 + ($i % 4) * 30,
        'targetKw' => 850 + ($i * 37) % 400,
        'groups' => $groups,
        'intervals' => $intervals,
        'vtnComment' => sprintf('Critical peak event called by ISO for zone %s; market price %0.2f USD/MWh exceeded trigger. Dispatch per tariff schedule, notify enrolled participants via SMS and in-home display, reconcile baselines using 10-of-10 method with day-of adjustment capped at 20%%. Operator %s, ticket %d. Telemetry every 5 minutes through the DERMS head-end; curtailment verification runs after settlement.', ['SDGE', 'SCE', 'PGAE'][$i % 3], 400 + $i % 600, 'op' . ($i % 13), 90000 + $i),
    ]);
};

$worker = new Worker('tcp://0.0.0.0:8765', $frames);
$handler = null;

$worker->onWorkerStart = static function () use (&$handler): void {
    $scope = new EventScope();
    $log = new AuditLog($scope);
    $handler = new EventSignalHandler($scope, new LoadControlDispatcher($scope, $log), $log);
};

$worker->onMessage = static function (TcpConnection $connection, string $data) use (&$handler): void {
    $signal = json_decode($data, true);
    try {
        $connection->send(json_encode(['eventID' => $signal['eventID'], 'optType' => $handler->handle($signal, $data)]));
    } catch (GroupOfflineException $e) {
        $connection->send(json_encode(['eventID' => $signal['eventID'], 'optType' => 'optOut', 'reason' => $e->getMessage()]));
    }
};

$worker->runAll();
