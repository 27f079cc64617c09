<?php

namespace App\Http\Controllers;

use App\Geo\Geocoder;
use Illuminate\Http\Request;

class StoreLocatorController
{
    public function __construct(private Geocoder $geocoder) {}

    public function nearest(Request $request): string
    {
        $origin = $this->geocoder->locate($request->input('address'));
        $stores = ['Berlin Mitte' => [52.52, 13.40], 'Hamburg Altona' => [53.55, 9.93], 'Munich Ost' => [48.13, 11.60]];
        uasort($stores, fn ($a, $b) => hypot($a[0] - $origin->lat, $a[1] - $origin->lng) <=> hypot($b[0] - $origin->lat, $b[1] - $origin->lng));

        return json_encode(['from' => $origin->formatted, 'nearest' => array_key_first($stores)]);
    }
}
