<?php

declare(strict_types=1);

namespace Vendor\Messenger;

/**
 * Minimal stand-in for a Messenger consumer: pulls envelopes from a
 * receiver and calls the handler; failures are sent to the failure transport.
 */
final class Worker
{
    /** @var list<array{Envelope, string}> */
    public array $failed = [];

    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function handle(Envelope $envelope): void
    {
        $handler = $this->handlers[$envelope->message::class];
        try {
            $handler($envelope->message);
            $envelope->stamps[] = 'HandledStamp';
        } catch (\Throwable $e) {
            $envelope->stamps[] = 'ErrorDetailsStamp';
            // failure transport keeps only the last few for `messenger:failed:show`
            $this->failed[] = [$envelope, $e->getMessage()];
            if (count($this->failed) > 5) {
                array_shift($this->failed);
            }
        }
    }
}
