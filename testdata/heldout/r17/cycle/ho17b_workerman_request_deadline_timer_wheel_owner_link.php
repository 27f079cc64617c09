<?php

declare(strict_types=1);

namespace App\Scheduling;

interface Expirable
{
    public function expire(): void;
}

final class Timer
{
    public bool $cancelled = false;

    public function __construct(
        public readonly int $slot,
        public readonly int $dueTick,
        private readonly Expirable $owner, // leak
    ) {
    }

    public function fire(): void
    {
        if (!$this->cancelled) {
            $this->owner->expire();
        }
    }
}

final class TimerWheel
{
    /** @var list<\SplObjectStorage> */
    private array $slots = [];
    private int $tick = 0;

    public function __construct(
        private readonly int $size = 64,
        private readonly int $tickMs = 10,
    ) {
        for ($i = 0; $i < $size; $i++) {
            $this->slots[$i] = new \SplObjectStorage();
        }
    }

    public function schedule(int $delayMs, Expirable $owner): Timer
    {
        $ticks = max(1, intdiv($delayMs, $this->tickMs));
        $slot = ($this->tick + $ticks) % $this->size;
        $timer = new Timer($slot, $this->tick + $ticks, $owner);
        $this->slots[$slot]->attach($timer);

        return $timer;
    }

    public function cancel(Timer $timer): void
    {
        $timer->cancelled = true;
        $this->slots[$timer->slot]->detach($timer);
    }

    public function advance(): void
    {
        $this->tick++;
        $bucket = $this->slots[$this->tick % $this->size];
        $due = [];
        foreach ($bucket as $timer) {
            if ($timer->dueTick <= $this->tick) {
                $due[] = $timer;
            }
        }
        foreach ($due as $timer) {
            $bucket->detach($timer);
            $timer->fire();
        }
    }
}

namespace App\Http;

use App\Scheduling\Expirable;
use App\Scheduling\Timer;
use App\Scheduling\TimerWheel;

final class Request
{
    public function __construct(
        public readonly string $id,
        public readonly string $uri,
        public readonly string $body,
    ) {
    }
}

final class RequestDeadline implements Expirable
{
    private ?Timer $timer = null;
    public bool $expired = false;

    public function __construct(
        private readonly TimerWheel $wheel,
        public readonly Request $request,
    ) {
    }

    public function arm(int $budgetMs): void
    {
        $this->timer = $this->wheel->schedule($budgetMs, $this); // leak
    }

    public function disarm(): void
    {
        if ($this->timer !== null) {
            $this->wheel->cancel($this->timer);
        }
    }

    public function expire(): void
    {
        $this->expired = true;
    }
}

final class DeadlineMiddleware
{
    public function __construct(
        private readonly TimerWheel $wheel,
        private readonly int $budgetMs = 250,
    ) {
    }

    public function __invoke(Request $request, callable $next): string
    {
        $deadline = new RequestDeadline($this->wheel, $request);
        $deadline->arm($this->budgetMs);
        try {
            return $next($request, $deadline);
        } finally {
            $deadline->disarm();
        }
    }
}

final class SearchController
{
    public function __invoke(Request $request, RequestDeadline $deadline): string
    {
        if ($deadline->expired) {
            return '{"error":"timeout"}';
        }
        parse_str((string) parse_url($request->uri, PHP_URL_QUERY), $query);

        return json_encode(['q' => $query['q'] ?? '', 'hits' => []]);
    }
}

namespace Main;

use App\Http\DeadlineMiddleware;
use App\Http\Request;
use App\Http\SearchController;
use App\Scheduling\TimerWheel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$wheel = new TimerWheel(size: 64, tickMs: 10);
$middleware = new DeadlineMiddleware($wheel, budgetMs: 250);
$controller = new SearchController();

// Workerman onMessage stand-in: the event loop ticks the wheel between messages.
for ($i = 0; $i < $n; $i++) {
    $request = new Request(
        sprintf('req-%06d', $i),
        '/search?q=' . rawurlencode("wireless headphones {$i}") . '&page=1',
        str_repeat('{"filter":"brand:acme","sort":"relevance"}', 16),
    );
    $middleware($request, $controller);
    $wheel->advance();
}
