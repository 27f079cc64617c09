<?php

namespace App\Controller;

use Acme\HttpKernel\Request;
use Acme\HttpKernel\Response;
use App\Repository\ShipmentRepository;

final class ShipmentController
{
    public function __construct(private ShipmentRepository $shipments)
    {
    }

    public function tracking(Request $request): Response
    {
        $data = $this->shipments->findTracking((int) $request->attributes['id']);

        return new Response(json_encode($data));
    }
}
