<?php

namespace App;

use Evenement\EventEmitter;

// One upload: its progress events go to listeners the session builds
// for itself, on an emitter it is given.
final class UploadSession
{
    private int $received = 0;

    /** @var list<string> */
    private array $log = [];

    public function __construct(public readonly string $id, private EventEmitter $events)
    {
        $this->events->on('chunk', $this->progressListener('chunk'));
        $this->events->on('done', $this->progressListener('done'));
    }

    public function receive(string $chunk): void
    {
        $this->events->emit('chunk', [strlen($chunk)]);
    }

    public function finish(): void
    {
        $this->events->emit('done', [0]);
    }

    public function close(): void
    {
        $this->events->removeAllListeners();
    }

    private function progressListener(string $event): \Closure
    {
        return function (int $bytes) use ($event): void {
            $this->received += $bytes;
            $this->log[] = sprintf('%s %s %d bytes, %d so far', $this->id, $event, $bytes, $this->received);
        };
    }
}
