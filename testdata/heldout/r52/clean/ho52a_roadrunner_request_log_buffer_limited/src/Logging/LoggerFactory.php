<?php

namespace App\Logging;

use Monolog\Handler\BufferHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Monolog\Processor\UidProcessor;

final class LoggerFactory
{
    public static function fromConfig(array $config): Logger
    {
        $stream = new StreamHandler($config['path']);
        $buffered = new BufferHandler(
            $stream,
            (int) ($config['buffer_limit'] ?? 0),
            (bool) ($config['flush_on_overflow'] ?? false),
        );

        return (new Logger($config['channel']))
            ->pushHandler($buffered)
            ->pushProcessor(new UidProcessor());
    }
}
