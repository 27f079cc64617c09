<?php

declare(strict_types=1);

namespace Monolog\Handler;

use Monolog\Formatter\LineFormatter;
use Monolog\Logger;

/**
 * Stores to any stream resource, the stream is opened lazily on the first write.
 */
class StreamHandler implements HandlerInterface
{
    /** @var resource|null */
    private $stream = null;

    private LineFormatter $formatter;

    public function __construct(
        private string $url,
        private int $level = Logger::DEBUG,
    ) {
        $this->formatter = new LineFormatter();
    }

    public function isHandling(array $record): bool
    {
        return $record['level'] >= $this->level;
    }

    public function handle(array $record): bool
    {
        if (!$this->isHandling($record)) {
            return false;
        }

        if ($this->stream === null) {
            $dir = dirname($this->url);
            if (!is_dir($dir)) {
                mkdir($dir, 0777, true);
            }
            $this->stream = fopen($this->url, 'a');
        }
        fwrite($this->stream, $this->formatter->format($record));

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
