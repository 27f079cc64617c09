<?php

declare(strict_types=1);

namespace React\Stream;

use Evenement\EventEmitter;
use React\EventLoop\StreamSelectLoop;

/**
 * Stand-in for a ReadableResourceStream on the claims event feed: emits one
 * newline-delimited JSON event per loop tick.
 */
final class ReadableLineStream extends EventEmitter
{
    private int $position = 0;

    /** @param \Closure(int): string $source */
    public function __construct(
        private readonly StreamSelectLoop $loop,
        private readonly \Closure $source,
        private readonly int $length,
    ) {
    }

    public function resume(): void
    {
        $this->loop->futureTick([$this, 'handleData']);
    }

    public function handleData(): void
    {
        if ($this->position >= $this->length) {
            $this->emit('end');
            $this->removeAllListeners();

            return;
        }
        $this->emit('data', [($this->source)($this->position++) . "\n"]);
        $this->resume();
    }
}
