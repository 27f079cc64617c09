<?php

namespace Illuminate\Log;

/** Writes to a "null" channel in this stand-in: records are formatted and dropped. */
class LogManager
{
    private int $written = 0;

    public function info(string $message, array $context = []): void
    {
        $line = sprintf('[%s] local.INFO: %s %s', date('Y-m-d H:i:s'), $message, json_encode($context));
        $this->written += strlen($line);
    }
}
