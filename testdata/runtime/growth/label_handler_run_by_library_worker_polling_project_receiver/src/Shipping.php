<?php

namespace App;

final class LabelRequested
{
    public function __construct(public readonly string $parcelId, public readonly string $carrier, public readonly string $address)
    {
    }
}

/** The project's own receiver: one message per poll, none once the queue is empty. */
final class LabelReceiver
{
    private int $polled = 0;

    public function __construct(private int $queued)
    {
    }

    public function get(): array
    {
        if ($this->polled >= $this->queued) {
            return [];
        }
        $i = $this->polled++;
        return [new LabelRequested(sprintf('PCL-%07d', $i), ['dhl', 'ups', 'gls'][$i % 3], str_repeat('Main Street 1, ', 20))];
    }
}

final class LabelHandler
{
    /** @var array<string, string> */
    private array $printed = [];

    public function __invoke(LabelRequested $message): void
    {
        $this->printed[$message->parcelId] = $message->carrier . ': ' . $message->address; // leak
    }
}
