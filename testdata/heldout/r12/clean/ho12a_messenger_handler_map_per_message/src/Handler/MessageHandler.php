<?php

declare(strict_types=1);

namespace App\Handler;

use App\Messenger\Envelope;

abstract class MessageHandler
{
    private bool $cancelled = false;

    public function __construct(
        protected readonly HandlerLocator $locator,
        protected readonly Envelope $envelope,
    ) {
    }

    public function cancel(): void
    {
        $this->cancelled = true;
    }

    public function handle(): void
    {
        if ($this->cancelled) {
            return;
        }
        $this->process();
        $this->locator->metrics()->increment(static::class);
    }

    abstract protected function process(): void;
}
