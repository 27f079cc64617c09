<?php

namespace App\MessageHandler;

use App\Returns\Disposition;
use App\Returns\InspectionCompleted;
use App\Returns\InspectionStation;
use App\Returns\ReturnAuthorization;
use App\Returns\ReturnParcelReceived;
use SymfonyLite\EventDispatcher\EventDispatcher;

final class ReturnParcelReceivedHandler
{
    public function __construct(
        private EventDispatcher $dispatcher,
        private InspectionStation $station,
    ) {
    }

    public function __invoke(ReturnParcelReceived $message): void
    {
        $rma = new ReturnAuthorization($message->rmaNumber, $message->trackingNumber, $message->items, $message->customerNote);
        $rma->record('received at ' . $message->dock);

        $listener = $this->gradeListener($rma);
        $this->dispatcher->addListener(InspectionCompleted::NAME, $listener);

        try {
            $this->station->inspect($rma, $message->dock);
        } finally {
            $this->dispatcher->removeListener(InspectionCompleted::NAME, $listener);
        }

        if ($rma->disposition === Disposition::Restock) {
            $rma->record('restocked');
        }
    }

    private function gradeListener(ReturnAuthorization $rma): \Closure
    {
        return static function (InspectionCompleted $event) use ($rma): void {
            if ($event->rmaNumber !== $rma->number) {
                return;
            }
            $rma->disposition = Disposition::fromGrade($event->grade);
            $rma->record('graded ' . $event->grade);
        };
    }
}
