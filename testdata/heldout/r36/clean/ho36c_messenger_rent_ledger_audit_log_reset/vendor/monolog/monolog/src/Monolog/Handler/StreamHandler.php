<?php

namespace Monolog\Handler;

class StreamHandler implements HandlerInterface
{
    /** @var resource|null */
    private $stream = null;

    public function __construct(private string $url)
    {
    }

    public function handle(array $record): bool
    {
        $this->stream ??= fopen($this->url, 'a');
        fwrite($this->stream, sprintf(
            "[%s] %s.%s: %s %s\n",
            $record['datetime']->format('Y-m-d\TH:i:s.uP'),
            $record['channel'],
            $record['level_name'],
            $record['message'],
            json_encode($record['context'], JSON_UNESCAPED_SLASHES),
        ));
        return false;
    }

    public function close(): void
    {
        if (is_resource($this->stream)) {
            fclose($this->stream);
        }
        $this->stream = null;
    }
}
