<?php

declare(strict_types=1);

namespace Media\Messenger;

final class Envelope
{
    private static int $nextDeliveryTag = 1;

    public readonly int $deliveryTag;

    /**
     * @param array<string, string> $headers
     */
    public function __construct(
        public readonly object $message,
        public readonly array $headers = [],
    ) {
        $this->deliveryTag = self::$nextDeliveryTag++;
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[$name] ?? $default;
    }
}
