<?php

namespace App\Http;

use App\Alarms\LeakAlarm;
use App\WorkOrders\WorkOrderFactory;

final class LeakAlarmController
{
    public function __construct(private WorkOrderFactory $factory)
    {
    }

    public function handle(array $post): void
    {
        $alarm = LeakAlarm::fromPost($post);
        $order = $this->factory->fromAlarm($alarm);

        http_response_code(201);
        echo json_encode(['alarm' => $alarm->alarmId, 'work_order' => $order->toArray()]);
    }
}
