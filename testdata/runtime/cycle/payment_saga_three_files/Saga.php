<?php

final class Saga
{
    private ?Step $current = null;
    /** @var list<string> */
    public array $log = [];

    public function __construct(public readonly string $orderId) {}

    public function start(Step $step): void
    {
        $this->current = $step;
    }

    public function run(): void
    {
        $this->log[] = $this->current->name . ' for ' . $this->orderId;
    }
}
