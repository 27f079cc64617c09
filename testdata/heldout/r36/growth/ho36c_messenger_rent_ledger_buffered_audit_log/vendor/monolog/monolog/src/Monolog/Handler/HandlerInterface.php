<?php

namespace Monolog\Handler;

interface HandlerInterface
{
    public function handle(array $record): bool;

    public function close(): void;
}
