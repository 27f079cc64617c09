<?php

namespace App\WorkOrders;

use App\Alarms\LeakAlarm;

final class WorkOrderFactory
{
    private int $next = 52000;

    /** @var array<string, array{string, string, float}> */
    private const PLAYBOOK = [
        'ISO' => ['Isolate main: close boundary valves, notify affected services', 'valves', 1.5],
        'LOC' => ['Acoustic leak location and utility locate (811 ticket)', 'leak-detection', 2.0],
        'EXC' => ['Excavate, shore trench, expose main', 'construction', 3.0],
        'REP' => ['Install repair clamp or replace pipe section', 'construction', 2.5],
        'FLU' => ['Flush, chlorinate and take bacteriological sample', 'water-quality', 1.0],
    ];

    public function fromAlarm(LeakAlarm $alarm): WorkOrder
    {
        $priority = $alarm->flowDeltaLps > 15.0 ? 'P1' : ($alarm->flowDeltaLps > 5.0 ? 'P2' : 'P3');
        $order = new WorkOrder(
            sprintf('WO-%06d', $this->next++),
            $alarm->mainId,
            $priority,
            'construction',
            sprintf('Suspected main break on %s (zone %s), +%.1f L/s', $alarm->mainId, $alarm->pressureZone, $alarm->flowDeltaLps),
        );

        foreach (self::PLAYBOOK as $code => [$description, $crew, $hours]) {
            $order->addTask(new Task($code, $description, $crew, $hours));
        }

        return $order;
    }
}
