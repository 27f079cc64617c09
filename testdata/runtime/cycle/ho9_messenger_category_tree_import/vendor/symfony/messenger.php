<?php
namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null) {}
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private object $message) {}

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    final class Worker
    {
        public function __construct(private iterable $receiver, private array $handlers) {}

        public function run(): void
        {
            foreach ($this->receiver as $envelope) {
                $message = $envelope->getMessage();
                ($this->handlers[$message::class])($message);
            }
        }
    }
}
