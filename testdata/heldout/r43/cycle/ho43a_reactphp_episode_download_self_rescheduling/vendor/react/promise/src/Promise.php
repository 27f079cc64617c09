<?php

namespace React\Promise;

final class Promise
{
    private ?array $result = null;

    /** @var list<array{?callable, ?callable}> */
    private array $handlers = [];

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): void
    {
        if ($this->result !== null) {
            $this->call($onFulfilled, $onRejected);

            return;
        }

        $this->handlers[] = [$onFulfilled, $onRejected];
    }

    /** @internal */
    public function settle(bool $fulfilled, mixed $value): void
    {
        if ($this->result !== null) {
            return;
        }

        $this->result = [$fulfilled, $value];
        $handlers = $this->handlers;
        $this->handlers = [];

        foreach ($handlers as [$onFulfilled, $onRejected]) {
            $this->call($onFulfilled, $onRejected);
        }
    }

    private function call(?callable $onFulfilled, ?callable $onRejected): void
    {
        [$fulfilled, $value] = $this->result;
        $callback = $fulfilled ? $onFulfilled : $onRejected;
        if ($callback !== null) {
            $callback($value);
        }
    }
}
