<?php
namespace App\Eta;

use Monolog\Logger;
use Monolog\Registry;

trait LogsWithRequestContext
{
    protected function log(): Logger
    {
        return Registry::getInstance(static::LOG_CHANNEL);
    }

    protected function enterRequestContext(EtaRequest $request): void
    {
        $this->log()->pushProcessor(static function (array $record) use ($request): array { // leak
            $record['extra'] += [
                'trace_id' => $request->traceId,
                'order_id' => $request->orderId,
                'restaurant_id' => $request->restaurantId,
                'basket_size' => count($request->basket),
            ];
            return $record;
        });
    }

    protected function leaveRequestContext(): void
    {
        $this->log()->popProcessor();
    }
}
