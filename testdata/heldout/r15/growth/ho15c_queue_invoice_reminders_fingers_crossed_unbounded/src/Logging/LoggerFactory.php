<?php

declare(strict_types=1);

namespace App\Logging;

use Monolog\Handler\FingersCrossedHandler;
use Monolog\Handler\HandlerInterface;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

final class LoggerFactory
{
    public function __construct(private array $config)
    {
    }

    public function channel(?string $name = null): Logger
    {
        $name ??= $this->config['default'];

        return new Logger($name, [$this->handler($this->config['channels'][$name])]);
    }

    private function handler(array $channel): HandlerInterface
    {
        return match ($channel['driver']) {
            'stream' => new StreamHandler($channel['path'], $channel['level']),
            'fingers_crossed' => new FingersCrossedHandler(
                $this->handler($channel['handler']),
                $channel['action_level'],
                $channel['buffer_size'],
            ),
        };
    }
}
