<?php

namespace Symfony\Component\Messenger\Attribute;

#[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
final class AsMessageHandler
{
    public function __construct(public ?string $handles = null, public ?string $method = null)
    {
    }
}

namespace Symfony\Component\Messenger;

final class Envelope
{
    private array $stamps = [];

    public function __construct(private object $message)
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[$stamp::class][] = $stamp;
        return $clone;
    }
}

final class HandlersLocator
{
    /** @var array<class-string, list<callable>> */
    private array $handlers = [];

    /** Reads #[AsMessageHandler] the way the container compiler pass does. */
    public function __construct(iterable $handlerServices)
    {
        foreach ($handlerServices as $service) {
            $ref = new \ReflectionObject($service);
            foreach ($ref->getAttributes(Attribute\AsMessageHandler::class) as $attr) {
                $conf = $attr->newInstance();
                $method = $conf->method ?? '__invoke';
                $handles = $conf->handles ?? $ref->getMethod($method)->getParameters()[0]->getType()->getName();
                $this->handlers[$handles][] = [$service, $method];
            }
        }
    }

    public function getHandlers(Envelope $envelope): array
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}

final class MessageBus
{
    public function __construct(private HandlersLocator $locator)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $handler($envelope->getMessage());
        }
        return $envelope;
    }
}

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

/** Stand-in receiver: yields the queued check-ins one at a time. */
final class InMemoryReceiver
{
    private int $fetched = 0;
    private int $acked = 0;

    /** @param \Closure(int): object $messages */
    public function __construct(private int $count, private \Closure $messages)
    {
    }

    public function get(): ?Envelope
    {
        if ($this->fetched >= $this->count) {
            return null;
        }
        return new Envelope(($this->messages)(++$this->fetched));
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\InMemoryReceiver;

/** messenger:consume */
final class Worker
{
    public function __construct(private InMemoryReceiver $receiver, private MessageBus $bus)
    {
    }

    public function run(): void
    {
        while (($envelope = $this->receiver->get()) !== null) {
            $this->bus->dispatch($envelope);
            $this->receiver->ack($envelope);
        }
    }
}
