<?php

declare(strict_types=1);

namespace PhpAmqpLib\Channel;

final class AMQPChannel
{
    /** @var array<string, callable> */
    private array $consumers = [];
    private int $delivered = 0;

    public function __construct(private readonly \Closure $source)
    {
    }

    public function basic_consume(string $queue, string $tag, callable $callback): void
    {
        $this->consumers[$queue] = $callback;
    }

    public function is_consuming(): bool
    {
        return ($this->source)($this->delivered) !== null;
    }

    public function wait(): void
    {
        $body = ($this->source)($this->delivered++);
        foreach ($this->consumers as $callback) {
            $callback($body);
        }
    }
}
