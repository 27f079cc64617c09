<?php

final class Kernel
{
    public function __construct(private PlaceOrderHandler $handler, private ServicesResetter $resetter) {}

    public function handle(array $message): int
    {
        return ($this->handler)($message);
    }

    public function terminate(): void
    {
        $this->resetter->resetAll();
    }
}
