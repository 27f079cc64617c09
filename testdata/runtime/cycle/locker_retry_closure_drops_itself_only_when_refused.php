<?php
// A parcel locker gateway retries slot reservations on a small event loop.
// The retry closure holds itself by reference (use (&$attempt)) so that
// a timer can run it again; it lets go of itself only when the locker
// refuses, so every reservation that succeeds keeps a closure that holds
// itself, freed only by the cycle collector.

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

final class LockerGateway
{
    public function reserve(string $slot, int $try): string
    {
        return $try < 2 ? 'busy' : ($slot === 'X' ? 'refused' : 'reserved');
    }
}

final class Reservations
{
    public array $done = [];

    public function __construct(private Loop $loop, private LockerGateway $gateway)
    {
    }

    public function reserve(string $slot, string $parcel): void
    {
        $attempt = function (int $try) use (&$attempt, $slot, $parcel): void { // leak
            $status = $this->gateway->reserve($slot, $try);
            if ($status === 'busy') {
                $this->loop->addTimer(0.1 * $try, fn () => $attempt($try + 1));
                return;
            }
            if ($status !== 'reserved') {
                $attempt = null;
                return;
            }
            $this->done[$slot] = strlen($parcel);
        };
        $this->loop->futureTick(fn () => $attempt(1));
    }
}

$loop = new Loop();
$reservations = new Reservations($loop, new LockerGateway());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $reservations->reserve('S' . ($i % 40), str_repeat('p', 100));
    $loop->run();
}
