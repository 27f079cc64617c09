<?php
declare(strict_types=1);

namespace Illuminate\Log;

class LogManager
{
    /** @var array<string, mixed> */
    protected array $sharedContext = [];

    /** @var list<string> */
    private array $buffer = [];

    public function withContext(array $context): void
    {
        $this->sharedContext = array_merge($this->sharedContext, $context);
    }

    public function info(string $message, array $context = []): void
    {
        $this->buffer[] = $message . ' ' . json_encode($context + $this->sharedContext);
        if (count($this->buffer) >= 10) {
            $this->buffer = []; // handler writes the batch to stderr
        }
    }
}
