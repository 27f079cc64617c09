<?php

namespace Podcasts\Transcode;

use Podcasts\Entity\Episode;

final class TranscodeScheduler
{
    private \SplObjectStorage $inFlight;
    private \SplQueue $queue;

    /** @param list<string> $profiles */
    public function __construct(private Transcoder $transcoder, private array $profiles)
    {
        $this->inFlight = new \SplObjectStorage();
        $this->queue = new \SplQueue();
    }

    public function schedule(Episode $episode, int $now): void
    {
        $episode->status = 'transcoding';
        $this->inFlight->attach($episode, ['queued_at' => $now, 'profiles' => $this->profiles]); // leak
        $this->queue->enqueue(TranscodeJob::for($episode, $this->profiles));
    }

    public function drain(): int
    {
        $done = 0;
        while (!$this->queue->isEmpty()) {
            $job = $this->queue->dequeue();
            $this->transcoder->run($job);
            $this->completed($job->episode);
            $done++;
        }

        return $done;
    }

    public function pending(): int
    {
        return $this->inFlight->count();
    }

    private function completed(Episode $episode): void
    {
        $this->inFlight->detach($episode);
    }
}
