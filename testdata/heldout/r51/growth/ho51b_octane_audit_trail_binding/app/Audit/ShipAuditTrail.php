<?php
namespace App\Audit;

use Laravel\Octane\Events\RequestTerminated;

final class ShipAuditTrail
{
    public function handle(RequestTerminated $event): void
    {
        $event->sandbox->make(AuditTrail::class)->ship();
    }
}
