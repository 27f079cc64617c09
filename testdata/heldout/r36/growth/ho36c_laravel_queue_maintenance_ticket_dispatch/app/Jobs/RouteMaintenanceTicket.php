<?php

namespace App\Jobs;

use App\Maintenance\DispatchBoard;
use App\Maintenance\MaintenanceTicket;
use App\Maintenance\Notifier;
use App\Maintenance\VendorRoster;
use Illuminate\Queue\ShouldQueue;

final class RouteMaintenanceTicket implements ShouldQueue
{
    public function __construct(public array $payload)
    {
    }

    public function handle(DispatchBoard $board, VendorRoster $roster, Notifier $notifier): void
    {
        $ticket = MaintenanceTicket::fromPayload($this->payload);
        $board->claim($ticket, 'queue-worker-' . getmypid());

        if ($ticket->isEmergency()) {
            $notifier->page($roster->onCall($ticket->trade), $ticket);
            $notifier->sms($ticket->tenantPhone, 'An on-call technician has been paged for your emergency request.');
            return;
        }

        $assignment = $roster->assign($ticket);
        $notifier->sms($ticket->tenantPhone, sprintf('%s will contact you (%s).', $assignment['vendor'], $assignment['window']));
        $board->release($ticket);
    }

    public function failed(\Throwable $e): void
    {
    }
}
