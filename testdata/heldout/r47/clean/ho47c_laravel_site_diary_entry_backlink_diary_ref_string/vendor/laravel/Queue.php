<?php

namespace Illuminate\Contracts\Queue {
    interface ShouldQueue
    {
    }
}

namespace Illuminate\Queue {

    use Illuminate\Container\Container;

    /** Stand-in for a queue connection: serialized job payloads in memory. */
    class ArrayQueue
    {
        /** @var list<string> */
        private array $jobs = [];

        public function push(object $job): void
        {
            $this->jobs[] = serialize($job);
        }

        public function pop(): ?object
        {
            $raw = array_shift($this->jobs);
            return $raw === null ? null : unserialize($raw);
        }
    }

    /** Stand-in for Illuminate\Queue\Worker::daemon(): pop, handle, repeat. */
    class Worker
    {
        private int $processed = 0;

        public function __construct(private Container $app, private ArrayQueue $queue)
        {
        }

        /** Runs until the queue is empty or $maxJobs were handled in this call. */
        public function daemon(int $maxJobs): int
        {
            $handled = 0;
            while ($handled < $maxJobs) {
                $job = $this->queue->pop();
                if ($job === null) {
                    break;
                }
                $this->process($job);
                $handled++;
            }
            return $handled;
        }

        private function process(object $job): void
        {
            try {
                $this->app->call($job, 'handle');
            } finally {
                $this->processed++;
            }
        }
    }
}
