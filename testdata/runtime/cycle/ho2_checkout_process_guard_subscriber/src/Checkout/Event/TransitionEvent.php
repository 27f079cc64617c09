<?php

namespace App\Checkout\Event;

use App\Checkout\CheckoutProcess;
use Symfony\Contracts\EventDispatcher\Event;

final class TransitionEvent extends Event
{
    private ?string $blockedBy = null;

    public function __construct(private CheckoutProcess $process, private string $transition)
    {
    }

    public function getProcess(): CheckoutProcess
    {
        return $this->process;
    }

    public function getTransition(): string
    {
        return $this->transition;
    }

    public function block(string $reason): void
    {
        $this->blockedBy = $reason;
        $this->stopPropagation();
    }

    public function isBlocked(): bool
    {
        return null !== $this->blockedBy;
    }
}
