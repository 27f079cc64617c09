<?php

namespace Monolog\Handler;

interface HandlerInterface
{
    public function isHandling(array $record): bool;

    /**
     * @return bool true means that this handler handled the record, and that bubbling is not permitted.
     */
    public function handle(array $record): bool;

    public function close(): void;
}
