<?php

namespace App\Audit;

class AuditTrail
{
    /** @var list<callable(string, array): void> */
    private array $listeners = [];

    public function __construct(private string $application)
    {
    }

    public function listen(callable $listener): void
    {
        $this->listeners[] = $listener;
    }

    public function record(string $action, array $context = []): void
    {
        foreach ($this->listeners as $listener) {
            $listener($action, $context + ['application' => $this->application]);
        }
    }
}
