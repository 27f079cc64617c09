<?php

final class CheckoutController
{
    private int $rejected = 0;

    public function checkout(array $payload): int
    {
        $order = new Order($payload['number']);
        try {
            foreach ($payload['items'] as [$description, $cents, $quantity]) {
                $order->addLine($description, $cents, $quantity);
            }
            return $order->total();
        } catch (InvalidArgumentException) {
            $this->rejected++;
            return 0;
        } finally {
            $order->detachLines();
        }
    }
}
