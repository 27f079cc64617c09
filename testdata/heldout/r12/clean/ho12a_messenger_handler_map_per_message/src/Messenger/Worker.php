<?php

declare(strict_types=1);

namespace App\Messenger;

use App\Handler\HandlerLocator;

final class Worker
{
    public function __construct(
        private readonly InMemoryTransport $transport,
        private readonly HandlerLocator $locator,
    ) {
    }

    public function run(int $limit): void
    {
        for ($sequence = 0; $sequence < $limit; $sequence++) {
            $envelope = $this->transport->get($sequence);
            if ($envelope === null) {
                break;
            }
            $this->consume($envelope);
        }
    }

    private function consume(Envelope $envelope): void
    {
        $handler = $this->locator->createHandler($envelope);
        try {
            $handler->handle();
            $this->transport->ack($envelope);
        } catch (\Throwable $e) {
            $this->transport->reject($envelope);
        } finally {
            $this->locator->release($envelope);
        }
    }
}
