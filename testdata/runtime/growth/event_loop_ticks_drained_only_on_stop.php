<?php
// An event loop (ReactPHP's shape) runs timers and the callbacks queued
// with futureTick(); the tick queue is drained only by stop(), and
// nothing stops the loop while feeds keep coming.
final class TickLoop
{
    private SplQueue $ticks;
    /** @var list<array{0: float, 1: callable}> */
    private array $timers = [];
    private bool $running = false;
    private int $turns = 0;

    public function __construct(private int $maxTurns)
    {
        $this->ticks = new SplQueue();
    }

    public function futureTick(callable $listener): void
    {
        $this->ticks->enqueue($listener); // leak
    }

    public function addPeriodicTimer(float $interval, callable $callback): void
    {
        $this->timers[] = [$interval, $callback];
    }

    public function run(): void
    {
        $this->running = true;
        while ($this->running && $this->turns < $this->maxTurns) {
            $this->turns++;
            foreach ($this->timers as [, $callback]) {
                $callback();
            }
        }
    }

    public function stop(): void
    {
        $this->running = false;
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

final class FeedPoller
{
    public int $seen = 0;

    public function __construct(private TickLoop $loop)
    {
    }

    public function poll(): void
    {
        $episode = ['guid' => bin2hex(random_bytes(8)), 'title' => str_repeat('chapter ', 40)];
        $seen = &$this->seen;
        $this->loop->futureTick(static function () use ($episode, &$seen): void {
            $seen += strlen($episode['title']);
        });
    }
}

$loop = new TickLoop((int) (getenv('PHPLEAK_N') ?: 100));
$poller = new FeedPoller($loop);
$loop->addPeriodicTimer(1.0, static function () use ($poller): void {
    $poller->poll();
});
$loop->run();
