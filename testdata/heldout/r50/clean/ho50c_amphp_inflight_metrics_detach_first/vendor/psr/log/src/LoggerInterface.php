<?php

namespace Psr\Log;

interface LoggerInterface
{
    public function info(string|\Stringable $message, array $context = []): void;

    public function error(string|\Stringable $message, array $context = []): void;
}

final class NullLogger implements LoggerInterface
{
    public function info(string|\Stringable $message, array $context = []): void
    {
    }

    public function error(string|\Stringable $message, array $context = []): void
    {
    }
}
