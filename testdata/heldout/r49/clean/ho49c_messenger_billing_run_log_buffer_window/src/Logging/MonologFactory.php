<?php

namespace App\Logging;

use Monolog\Handler\BufferHandler;
use Monolog\Handler\HandlerInterface;
use Monolog\Handler\StreamHandler;
use Monolog\Level;
use Monolog\Logger;

/**
 * Builds channel loggers from the monolog package config, as MonologBundle's
 * extension does at container compile time.
 */
final class MonologFactory
{
    /** @var array<string, HandlerInterface> */
    private array $built = [];

    public function __construct(private array $config)
    {
    }

    public function channel(string $channel): Logger
    {
        $handlers = [];
        foreach ($this->config['handlers'] as $name => $handler) {
            if (in_array($channel, $handler['channels'] ?? [], true)) {
                $handlers[] = $this->handler($name);
            }
        }

        return new Logger($channel, $handlers);
    }

    private function handler(string $name): HandlerInterface
    {
        if (isset($this->built[$name])) {
            return $this->built[$name];
        }
        $c = $this->config['handlers'][$name];
        $level = Level::fromName($c['level'] ?? 'debug');

        return $this->built[$name] = match ($c['type']) {
            'stream' => new StreamHandler($c['path'], $level),
            'buffer' => new BufferHandler(
                $this->handler($c['handler']),
                (int) ($c['buffer_size'] ?? 0),
                $level,
                (bool) ($c['bubble'] ?? true),
                (bool) ($c['flush_on_overflow'] ?? false),
            ),
        };
    }
}
