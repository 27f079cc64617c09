<?php

final class SagaFactory
{
    public function create(string $orderId, int $cents): Saga
    {
        $saga = new Saga($orderId);
        $charge = new Step('charge', $cents);
        $saga->start($charge);
        $charge->compensation = new Compensation($saga, 'refund ' . $cents . ' cents; ' . str_repeat('notify-customer;', 25)); // leak
        return $saga;
    }
}
