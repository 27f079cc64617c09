<?php

declare(strict_types=1);

namespace Monolog\Handler;

interface HandlerInterface
{
    /**
     * Checks whether the given record will be handled by this handler.
     *
     * @param array<string, mixed> $record
     */
    public function isHandling(array $record): bool;

    /**
     * Handles a record.
     *
     * @param array<string, mixed> $record
     *
     * @return bool true means that this handler handled the record, and that bubbling is not permitted.
     */
    public function handle(array $record): bool;

    public function close(): void;
}
