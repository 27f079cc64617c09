<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Reefer\AlarmDispatchQueue;
use App\Reefer\ReeferMonitor;
use App\Reefer\ReeferReading;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class ReeferReadingController
{
    public function __construct(
        private readonly ReeferMonitor $monitor,
        private readonly AlarmDispatchQueue $alarms,
    ) {}

    public function store(Request $request): JsonResponse
    {
        $reading = ReeferReading::fromInput($request->all());
        $alarm = $this->monitor->check($reading);
        $sent = $this->alarms->dispatchPending();

        return new JsonResponse([
            'container' => $reading->container,
            'alarm' => $alarm?->severity,
            'notified' => $sent,
        ], 202);
    }
}
