<?php

declare(strict_types=1);

namespace Psr\Log;

final class NullLogger implements LoggerInterface
{
    public function info(string|\Stringable $message, array $context = []): void
    {
    }

    public function warning(string|\Stringable $message, array $context = []): void
    {
    }
}
