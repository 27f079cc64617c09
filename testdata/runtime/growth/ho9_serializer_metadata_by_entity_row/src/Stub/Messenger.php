<?php
namespace Symfony\Component\Messenger\Attribute;

#[\Attribute(\Attribute::TARGET_CLASS)]
final class AsMessageHandler
{
    public function __construct(public ?string $fromTransport = null) {}
}

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(private object $message) {}

    public function getMessage(): object { return $this->message; }
}

final class Worker
{
    /** @param iterable<Envelope> $transport @param array<class-string, callable> $handlers */
    public function __construct(private iterable $transport, private array $handlers) {}

    public function run(): void
    {
        foreach ($this->transport as $envelope) {
            $message = $envelope->getMessage();
            ($this->handlers[$message::class])($message);
        }
    }
}
