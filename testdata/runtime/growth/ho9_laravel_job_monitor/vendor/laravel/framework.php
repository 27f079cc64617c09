<?php

namespace Illuminate\Contracts\Queue {
    interface Job
    {
        public function getRawBody(): string;
        public function fire(): void;
    }
}

namespace Illuminate\Queue\Events {
    use Illuminate\Contracts\Queue\Job;

    final class JobProcessing
    {
        public function __construct(public string $connectionName, public Job $job) {}
    }

    final class JobProcessed
    {
        public function __construct(public string $connectionName, public Job $job) {}
    }
}

namespace Illuminate\Events {
    final class Dispatcher
    {
        /** @var array<string, list<callable>> */
        private array $listeners = [];

        public function listen(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
        }
    }
}

namespace Illuminate\Queue {
    use Illuminate\Contracts\Queue\Job;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Queue\Events\JobProcessed;
    use Illuminate\Queue\Events\JobProcessing;

    final class RedisJob implements Job
    {
        public function __construct(private string $rawBody) {}

        public function getRawBody(): string
        {
            return $this->rawBody;
        }

        public function fire(): void
        {
            json_decode($this->rawBody, true);
        }
    }

    final class Worker
    {
        public function __construct(private Dispatcher $events) {}

        public function process(string $connectionName, Job $job): void
        {
            $this->events->dispatch(new JobProcessing($connectionName, $job));
            $job->fire();
            $this->events->dispatch(new JobProcessed($connectionName, $job));
        }
    }
}
