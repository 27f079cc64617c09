<?php
namespace Illuminate\Database\Eloquent {
    abstract class Model
    {
        protected array $attributes = [];

        public function __construct(array $attributes = [])
        {
            $this->attributes = $attributes;
        }

        public function __get(string $key): mixed
        {
            return $this->attributes[$key] ?? null;
        }

        public function getKey(): mixed
        {
            return $this->attributes['id'] ?? null;
        }

        public function save(): bool
        {
            return true;
        }
    }
}

namespace Illuminate\Queue {
    final class Worker
    {
        private array $after = [];

        public function after(callable $callback): void
        {
            $this->after[] = $callback;
        }

        public function process(object $job): void
        {
            $job->handle();
            foreach ($this->after as $callback) {
                $callback($job);
            }
        }
    }
}
