<?php
// A push job keeps its batches generator on itself and sends a few
// batches per tick(); tick() returns true once the generator is done.
// The consumer calls tick() until it says so: the generator finishes
// and lets go of the job.

final class PushJob
{
    private const PER_TICK = 2;
    private ?Generator $cursor = null;
    public int $sent = 0;

    public function __construct(private readonly array $tokens, private readonly string $body)
    {
    }

    public function tick(): bool
    {
        $this->cursor ??= $this->batches();
        $done = 0;
        while ($this->cursor->valid()) {
            if ($done++ >= self::PER_TICK) {
                return false;
            }
            $this->sent += count($this->cursor->current());
            $this->cursor->next();
        }
        return true;
    }

    private function batches(): Generator
    {
        foreach (array_chunk($this->tokens, 3) as $batch) {
            yield $batch;
        }
    }
}

final class PushConsumer
{
    public int $ticks = 0;

    public function consume(PushJob $job): void
    {
        while (!$job->tick()) {
            $this->ticks++;
        }
    }
}

$consumer = new PushConsumer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tokens = [];
    for ($t = 0; $t < 12; $t++) {
        $tokens[] = sprintf('tok-%06d-%02d-', $i, $t) . str_repeat('x', 40);
    }
    $consumer->consume(new PushJob($tokens, str_repeat('Your parcel is on its way. ', 10)));
}
