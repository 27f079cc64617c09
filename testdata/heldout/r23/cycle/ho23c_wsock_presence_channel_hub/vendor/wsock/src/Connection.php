<?php

declare(strict_types=1);

namespace Wsock;

class Connection
{
    use EventEmitterTrait;

    private \SplQueue $outbound;
    private bool $closed = false;
    private int $bytesWritten = 0;

    /** @param array<string, string> $headers */
    public function __construct(
        public readonly int $id,
        public readonly string $remoteAddress,
        public readonly array $headers,
        private readonly \Closure $socketWriter,
    ) {
        $this->outbound = new \SplQueue();
    }

    public function send(string $frame): void
    {
        if ($this->closed) {
            return;
        }

        $this->outbound->enqueue($frame);
        $this->flush();
    }

    public function flush(): void
    {
        while (!$this->outbound->isEmpty()) {
            $frame = $this->outbound->dequeue();
            $this->bytesWritten += ($this->socketWriter)($this->id, $frame);
        }
    }

    public function receive(string $payload): void
    {
        $this->emit('message', [$payload, $this]);
    }

    public function close(int $code = 1000): void
    {
        if ($this->closed) {
            return;
        }

        $this->closed = true;
        $this->emit('close', [$this, $code]);
    }
}
