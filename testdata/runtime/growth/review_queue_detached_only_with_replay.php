<?php
// An anti-cheat monitor keeps the frames it flags in a long-lived
// storage until someone reviews them. The input handler reviews a
// flagged frame inline only when the client sent its replay with it;
// every other flagged frame stays in the storage, and nothing else
// ever takes it out.

final class InputFrame
{
    public function __construct(
        public readonly string $playerId,
        public readonly int $tick,
        public readonly float $speed,
        public readonly string $trace,
    ) {
    }
}

final class AntiCheatMonitor
{
    private SplObjectStorage $awaitingReview;

    public function __construct(private readonly float $maxSpeed)
    {
        $this->awaitingReview = new SplObjectStorage();
    }

    /** @return list<string> */
    public function inspect(InputFrame $frame): array
    {
        $found = [];
        if ($frame->speed > $this->maxSpeed) {
            $found[] = sprintf('speed %.1f over %.1f at tick %d', $frame->speed, $this->maxSpeed, $frame->tick);
        }
        if ($found) {
            $this->awaitingReview->attach($frame, $found); // leak
        }

        return $found;
    }

    public function reviewed(InputFrame $frame): void
    {
        $this->awaitingReview->detach($frame);
    }
}

final class InputHandler
{
    public function __construct(private readonly AntiCheatMonitor $monitor)
    {
    }

    public function handle(array $message): string
    {
        $frame = new InputFrame($message['pid'], $message['tick'], $message['speed'], str_repeat($message['pid'], 24));
        $violations = $this->monitor->inspect($frame);
        if ($violations && !empty($message['replay'])) {
            $this->monitor->reviewed($frame);
        }

        return $violations ? 'rejected' : 'ok';
    }
}

$handler = new InputHandler(new AntiCheatMonitor(12.0));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['pid' => 'p_' . (81000 + $i), 'tick' => $i, 'speed' => 13.0 + $i % 5, 'replay' => $i % 9 === 0]);
}
