<?php

namespace Studio\Transcoding;

final class RenditionScheduler
{
    private const MAX_ATTEMPTS = 3;

    private \SplQueue $queue;
    private int $completed = 0;
    private int $abandoned = 0;

    public function __construct(private EncoderPool $encoders)
    {
        $this->queue = new \SplQueue();
    }

    public function schedule(RenditionJob $job): void
    {
        $this->queue->enqueue($job);
    }

    /** One pass over what is queued now; jobs that cannot run yet go to the back. */
    public function runReady(): int
    {
        $ran = 0;
        foreach ($this->pass() as $job) {
            $encoder = $this->encoders->find($job->profile);
            if ($encoder === null) {
                // The encoder node for this profile may come online later.
                if ($job->attempts < self::MAX_ATTEMPTS) {
                    $this->queue->enqueue($job->retried());
                } else {
                    $this->abandoned++;
                }
                continue;
            }
            $encoder->encode($job);
            $ran++;
        }
        $this->completed += $ran;
        return $ran;
    }

    /** @return \Generator<int, RenditionJob> */
    private function pass(): \Generator
    {
        for ($left = $this->queue->count(); $left > 0; $left--) {
            yield $this->queue->dequeue();
        }
    }
}
