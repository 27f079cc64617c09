<?php

namespace Monolog\Handler;

interface HandlerInterface
{
    public function handle(array $record): bool;
}

final class StreamHandler implements HandlerInterface
{
    /** @var resource|null */
    private $stream = null;

    public function __construct(private string $url, private int $level = 100)
    {
    }

    public function handle(array $record): bool
    {
        if ($record['level'] < $this->level) {
            return false;
        }
        $this->stream ??= fopen($this->url, 'ab');
        fwrite($this->stream, json_encode([
            'time' => $record['datetime']->format(DATE_RFC3339_EXTENDED),
            'channel' => $record['channel'],
            'message' => $record['message'],
            'context' => $record['context'],
            'extra' => $record['extra'],
        ]) . "\n");

        return false;
    }
}
