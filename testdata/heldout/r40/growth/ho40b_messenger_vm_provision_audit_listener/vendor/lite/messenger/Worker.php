<?php

namespace Lite\Messenger;

/**
 * Consumes a transport until it is empty and hands each message to the
 * handler registered for its class (a stand-in for messenger:consume).
 */
final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(
        private InMemoryTransport $transport,
        private array $handlers,
        private ?\Closure $onFailure = null,
    ) {
    }

    public function run(): void
    {
        while (true) {
            $envelopes = $this->transport->get();
            $got = false;

            foreach ($envelopes as $envelope) {
                $got = true;
                $message = $envelope->getMessage();
                $handler = $this->handlers[$message::class] ?? null;

                try {
                    if ($handler === null) {
                        throw new \LogicException('No handler for ' . $message::class);
                    }
                    $handler($message);
                    $this->transport->ack($envelope);
                } catch (\Throwable $e) {
                    $this->transport->reject($envelope);
                    if ($this->onFailure !== null) {
                        ($this->onFailure)($envelope, $e);
                    }
                }
            }

            if (!$got) {
                return;
            }
        }
    }
}
