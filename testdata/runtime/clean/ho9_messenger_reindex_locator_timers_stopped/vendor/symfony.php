<?php
// Stripped-down Symfony service locator, Messenger attribute, envelope and worker.

namespace Symfony\Component\DependencyInjection {
    final class ServiceLocator
    {
        private array $resolved = [];
        public function __construct(private array $factories) {}
        public function has(string $id): bool { return isset($this->factories[$id]); }
        public function get(string $id): object { return $this->resolved[$id] ??= ($this->factories[$id])(); }
    }
}

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS)]
    final class AsMessageHandler {}
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(public readonly object $message) {}
    }

    final class Worker
    {
        /** @param iterable<Envelope> $receiver */
        public function __construct(private iterable $receiver, private array $handlers) {}

        public function run(): void
        {
            foreach ($this->receiver as $envelope) {
                ($this->handlers[$envelope->message::class])($envelope->message);
            }
        }
    }
}
