<?php

declare(strict_types=1);

namespace App\Messenger;

final class Consumer
{
    /** @var callable(object): void */
    private $handler;

    public function __construct(
        private readonly \Iterator $transport,
        callable $handler,
    ) {
        $this->handler = $handler;
    }

    public function run(): void
    {
        foreach ($this->transport as $message) {
            try {
                ($this->handler)($message);
            } catch (\DomainException) {
                // rejected messages go to the failure transport in production
            }
        }
    }
}
