<?php

namespace App\Rpc;

final class RpcCall
{
    /** @var list<callable(array): void> */
    private array $completionCallbacks = [];
    private ?array $result = null;

    public function __construct(
        public readonly string $id,
        public readonly string $method,
        public readonly array $params,
        public readonly string $peer,
    ) {
    }

    public function onComplete(callable $callback): void
    {
        $this->completionCallbacks[] = $callback;
    }

    public function complete(array $result): void
    {
        $this->result = $result;
        foreach ($this->completionCallbacks as $callback) {
            $callback($result);
        }
    }

    public function result(): ?array
    {
        return $this->result;
    }
}
