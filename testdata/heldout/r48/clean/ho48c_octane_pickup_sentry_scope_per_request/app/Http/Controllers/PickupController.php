<?php

namespace App\Http\Controllers;

use App\Services\PickupScheduler;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Sentry\Breadcrumb;

use function Sentry\addBreadcrumb;

final class PickupController
{
    public function __construct(private PickupScheduler $scheduler)
    {
    }

    public function confirm(Request $request, int $pickupId): JsonResponse
    {
        $items = $request->input('items', []);
        $confirmation = $this->scheduler->confirm($pickupId, $request->input('donor'), $request->input('address'), $items);

        addBreadcrumb(new Breadcrumb(
            Breadcrumb::LEVEL_INFO,
            Breadcrumb::TYPE_DEFAULT,
            'pickup',
            sprintf('Pickup #%d confirmed for %s at %s', $pickupId, $confirmation['donor'], $confirmation['address']),
            ['window' => $confirmation['window'], 'pallets' => $confirmation['pallets'], 'items' => $items],
        ));

        return new JsonResponse($confirmation, 201);
    }
}
