<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\HandledStamp;

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        yield from $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}

final class MessageBus
{
    public function __construct(private readonly HandlersLocator $locator)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp(
                is_array($result) ? count($result) : $result,
                get_debug_type($handler),
            ));
        }

        return $envelope;
    }
}
