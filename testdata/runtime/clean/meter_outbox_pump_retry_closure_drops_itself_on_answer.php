<?php
// An energy meter outbox drains readings on a small event loop: pump()
// takes the next reading and schedules itself again with
// futureTick($this->pump(...)), so it runs once per reading. Each reading
// is sent by a retry closure that holds itself by reference
// (use (&$attempt)) and lets go of itself once it has an answer.

final class Loop
{
    private array $ticks = [];

    public function futureTick(callable $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function addTimer(float $after, callable $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function run(): void
    {
        while ($tick = array_shift($this->ticks)) {
            $tick();
        }
    }
}

final class ReadingFeed
{
    private int $next = 0;

    public function __construct(private int $limit)
    {
    }

    public function next(): ?array
    {
        if ($this->next >= $this->limit) {
            return null;
        }
        $i = $this->next++;

        return ['meter' => 'M' . ($i % 50), 'kwh' => $i * 0.25, 'raw' => str_repeat('r', 200)];
    }
}

final class Outbox
{
    public int $sent = 0;

    public function __construct(private Loop $loop, private ReadingFeed $feed)
    {
    }

    public function start(): void
    {
        $this->loop->futureTick($this->pump(...));
    }

    private function pump(): void
    {
        $reading = $this->feed->next();
        if ($reading === null) {
            return;
        }
        $attempt = function (int $try) use (&$attempt, $reading): void {
            if ($try < 2) {
                $this->loop->addTimer(0.5, fn () => $attempt($try + 1));
                return;
            }
            $attempt = null;
            if ($reading['kwh'] < 0) {
                return;
            }
            $this->sent += strlen($reading['raw']);
        };
        $attempt(1);
        $this->loop->futureTick($this->pump(...));
    }
}

$loop = new Loop();
$outbox = new Outbox($loop, new ReadingFeed((int) (getenv('PHPLEAK_N') ?: 100)));
$outbox->start();
$loop->run();
