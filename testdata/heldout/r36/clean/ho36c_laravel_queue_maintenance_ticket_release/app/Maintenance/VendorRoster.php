<?php

namespace App\Maintenance;

final class VendorRoster
{
    private const VENDORS = [
        'plumbing' => ['Aqua Pro Plumbing', 'Rooter Brothers'],
        'electrical' => ['BrightLine Electric'],
        'hvac' => ['Comfort Air Services', 'Polar HVAC'],
        'appliance' => ['FixIt Appliance Repair'],
    ];

    public function assign(MaintenanceTicket $ticket): array
    {
        $vendors = self::VENDORS[$ticket->trade] ?? ['In-house Maintenance'];
        $vendor = $vendors[$ticket->id % count($vendors)];
        return ['vendor' => $vendor, 'window' => $ticket->permissionToEnter ? 'any weekday 9-5' : 'call tenant first'];
    }

    public function onCall(string $trade): string
    {
        return (self::VENDORS[$trade] ?? ['In-house Maintenance'])[0] . ' (after hours)';
    }
}
