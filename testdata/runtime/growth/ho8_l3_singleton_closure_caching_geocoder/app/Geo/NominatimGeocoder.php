<?php

namespace App\Geo;

class NominatimGeocoder implements Geocoder
{
    public function locate(string $address): Coordinates
    {
        $h = crc32($address);

        return new Coordinates(($h % 18000) / 100, ($h % 36000) / 100, ucwords(strtolower($address)));
    }
}
