<?php

final class Compensation
{
    public function __construct(
        private Saga $saga, // leak
        private string $action,
    ) {}

    public function apply(): string
    {
        return $this->action . ' ' . $this->saga->orderId;
    }
}
