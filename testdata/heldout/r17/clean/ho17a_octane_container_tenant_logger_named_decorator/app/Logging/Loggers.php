<?php

declare(strict_types=1);

namespace App\Logging;

interface LoggerInterface
{
    public function info(string $message, array $context = []): void;
}

final class BufferLogger implements LoggerInterface
{
    /** @var list<string> */
    private array $lines = [];

    public function __construct(private readonly int $capacity)
    {
    }

    public function info(string $message, array $context = []): void
    {
        $this->lines[] = $message . ' ' . json_encode($context);
        if (\count($this->lines) > $this->capacity) {
            array_shift($this->lines);
        }
    }
}

final class TenantLogger implements LoggerInterface
{
    public function __construct(
        private readonly LoggerInterface $inner,
        private readonly string $tenant,
        private readonly string $requestId,
    ) {
    }

    public function info(string $message, array $context = []): void
    {
        $this->inner->info($message, ['tenant' => $this->tenant, 'request_id' => $this->requestId] + $context);
    }
}
