<?php

namespace Acme\Bus;

/** Stand-in for a messenger worker: polls its receiver until it has nothing. */
final class Worker
{
    public function __construct(private object $receiver, private array $handlers)
    {
    }

    public function run(): void
    {
        while (true) {
            $batch = $this->receiver->get();
            if ($batch === []) {
                return;
            }
            foreach ($batch as $message) {
                ($this->handlers[$message::class])($message);
            }
        }
    }
}
