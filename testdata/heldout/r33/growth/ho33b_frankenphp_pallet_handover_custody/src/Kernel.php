<?php

namespace App;

use App\Custody\CustodyTracker;
use App\Custody\DataLoggerVerifier;
use App\Custody\LoggerTraceStore;
use App\Http\HandoverController;

final class Kernel
{
    private ?HandoverController $handover = null;
    private ?CustodyTracker $tracker = null;

    public function tracker(): CustodyTracker
    {
        return $this->tracker ??= new CustodyTracker();
    }

    public function handoverController(): HandoverController
    {
        return $this->handover ??= new HandoverController(
            $this->tracker(),
            new DataLoggerVerifier([
                'DC-ROTTERDAM-FRESH' => ['min' => 1.0, 'max' => 6.0],
                'DC-VENLO-PHARMA' => ['min' => 2.0, 'max' => 8.0],
            ]),
            new LoggerTraceStore(),
        );
    }
}
