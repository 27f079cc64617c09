<?php
namespace Illuminate\Contracts\Queue {
    interface ShouldQueue
    {
    }

    interface Job
    {
        public function getJobId(): string;
        public function payload(): array;
        public function fire(): void;
        public function delete(): void;
        public function isDeleted(): bool;
        public function attempts(): int;
    }
}

namespace Illuminate\Bus {
    trait Queueable
    {
        public ?string $connection = null;
        public ?string $queue = null;

        public function onQueue(?string $queue): static
        {
            $this->queue = $queue;
            return $this;
        }
    }
}

namespace Illuminate\Queue {
    trait InteractsWithQueue
    {
        public ?\Illuminate\Contracts\Queue\Job $job = null;

        public function attempts(): int
        {
            return $this->job ? $this->job->attempts() : 1;
        }

        public function setJob(\Illuminate\Contracts\Queue\Job $job): static
        {
            $this->job = $job;
            return $this;
        }
    }

    trait SerializesModels
    {
    }
}

namespace Illuminate\Foundation\Bus {
    trait Dispatchable
    {
        public static function dispatch(mixed ...$arguments): object
        {
            return new static(...$arguments);
        }
    }
}
