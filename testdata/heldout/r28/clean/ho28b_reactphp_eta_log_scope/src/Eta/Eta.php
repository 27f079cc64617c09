<?php
namespace App\Eta;

final class Eta
{
    public function __construct(
        public readonly string $orderId,
        public readonly int $prepMinutes,
        public readonly int $travelMinutes,
        public readonly int $deliverBy,
        public readonly string $source,
    ) {}

    public function toArray(): array
    {
        return [
            'order_id' => $this->orderId,
            'eta_minutes' => $this->prepMinutes + $this->travelMinutes,
            'deliver_by' => gmdate(DATE_ATOM, $this->deliverBy),
            'source' => $this->source,
        ];
    }
}
