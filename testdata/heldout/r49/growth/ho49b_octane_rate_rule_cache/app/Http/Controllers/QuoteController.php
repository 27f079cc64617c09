<?php
namespace App\Http\Controllers;

use App\Enums\VehicleClass;
use App\Facades\Pricing;
use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class QuoteController
{
    public function show(Request $request): JsonResponse
    {
        $config = Container::getInstance()->make('config');
        $branch = (string) $request->query('branch');
        if (!in_array($branch, $config->get('fleet.branches'), true)) {
            return new JsonResponse(['message' => 'Unknown branch'], 404);
        }
        $class = VehicleClass::tryFrom((string) $request->query('class'));
        if ($class === null) {
            return new JsonResponse(['message' => 'Unknown vehicle class'], 422);
        }
        $pickup = \DateTimeImmutable::createFromFormat('Y-m-d\TH:i', (string) $request->query('pickup'));
        if ($pickup === false) {
            return new JsonResponse(['message' => 'Invalid pickup time'], 422);
        }
        $days = max(1, min($request->integer('days', 1), $config->get('fleet.max_rental_days')));

        return new JsonResponse(Pricing::quote($branch, $class, $pickup, $days) + [
            'currency' => $config->get('fleet.currency'),
        ]);
    }
}
