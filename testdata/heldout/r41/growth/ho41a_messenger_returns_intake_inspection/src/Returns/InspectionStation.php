<?php

namespace App\Returns;

use SymfonyLite\EventDispatcher\EventDispatcher;

final class InspectionStation
{
    public function __construct(private EventDispatcher $dispatcher)
    {
    }

    public function inspect(ReturnAuthorization $rma, string $dock): void
    {
        $grade = ['A', 'B', 'C', 'D'][crc32($rma->trackingNumber . $dock) % 4];
        $this->dispatcher->dispatch(new InspectionCompleted($rma->number, $grade), InspectionCompleted::NAME);
    }
}
